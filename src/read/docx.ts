import { importExternal } from '../external.js';
import { toChineseNumeral } from '../extract/numbers/resolve.js';
import { PlansError } from '../types.js';
import { type TableCell, tableLines } from './tables.js';
import { NUMBERING_PATTERNS, STYLE_RANK } from '../vocab/numbering.js';

interface MammothNode {
  readonly type: string;
  readonly value?: string;
  readonly children?: readonly MammothNode[];
  readonly styleName?: string | null;
  readonly numbering?: { readonly level: string; readonly isOrdered: boolean } | null;
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

interface Paragraph {
  readonly text: string;
  /** The outline level Word gives it: a heading style (`h1`…) or a numbered list level (`l0`…). */
  readonly key: string | null;
}

/** Markers written for Word's automatic numbers, by conventional rank. */
const AUTO_MARKERS: readonly { readonly rank: number; readonly write: (n: number) => string }[] = [
  { rank: STYLE_RANK['cn-dun'], write: (n) => `${toChineseNumeral(n)}、` },
  { rank: STYLE_RANK['cn-paren'], write: (n) => `（${toChineseNumeral(n)}）` },
  { rank: STYLE_RANK['ar-dot'], write: (n) => `${n}.` },
  { rank: STYLE_RANK['ar-paren'], write: (n) => `(${n})` },
];

const HEADING_STYLE = /^(?:heading|标题)\s*(\d)$/i;

/**
 * The text of a .docx, one paragraph a line. Numbers that Word generates
 * (automatic lists, numbered heading styles) are not in the text, so they are
 * written back as markers the segmenter knows, at levels that do not clash
 * with numbering typed by hand.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<string> {
  const mammoth = (await importExternal<{ default: typeof import('mammoth') }>('mammoth')).default;
  let root: MammothNode | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (doc: MammothNode) => {
          root = doc;
          return doc;
        },
      } as never,
    );
  } catch (e) {
    throw new PlansError('input', `is not a valid .docx (corrupt or encrypted: ${String((e as Error).message ?? e).split('\n')[0]}); open and save it again in Word, or save it as .txt`, file);
  }
  if (!root) throw new PlansError('input', 'is not a valid .docx', file);
  const paragraphs: Paragraph[] = [];
  collect(root, paragraphs);
  return numberParagraphs(paragraphs).join('\n');
}

function collect(node: MammothNode, out: Paragraph[]): void {
  if (node.type === 'table') {
    const lines = tableLines((node.children ?? []).filter((r) => r.type === 'tableRow').map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell').map(cellOf)));
    if (lines) {
      for (const text of lines) out.push({ text, key: null });
      return;
    }
  }
  if (node.type === 'paragraph') {
    const heading = node.styleName ? HEADING_STYLE.exec(node.styleName) : null;
    const key = heading ? `h${heading[1]}` : node.numbering?.isOrdered ? `l${node.numbering.level}` : null;
    out.push({ text: textOf(node).trim(), key });
    return;
  }
  for (const child of node.children ?? []) collect(child, out);
}

/** A table cell's paragraphs on one line, so that numbers inside a cell are not read as the plan's outline. */
function cellOf(node: MammothNode): TableCell {
  const paragraphs: Paragraph[] = [];
  collect(node, paragraphs);
  const text = paragraphs.map((p) => p.text).filter(Boolean).join(' ');
  return { text, rowSpan: node.rowSpan ?? 1, colSpan: node.colSpan ?? 1 };
}

function textOf(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

/** Writes a marker before each paragraph that Word numbers, counting each level and resetting deeper ones. */
function numberParagraphs(paragraphs: readonly Paragraph[]): string[] {
  const manual = new Set<number>();
  for (const p of paragraphs) {
    for (const pattern of NUMBERING_PATTERNS) {
      if (!pattern.damaged && pattern.pattern.test(p.text)) {
        manual.add(STYLE_RANK[pattern.style]);
        break;
      }
    }
  }
  // Headings before lists, shallow before deep.
  const keys = [...new Set(paragraphs.map((p) => p.key).filter((k): k is string => k !== null))].sort((a, b) => (a[0] === b[0] ? Number(a.slice(1)) - Number(b.slice(1)) : a[0] === 'h' ? -1 : 1));
  const markerOf = new Map<string, (n: number) => string>();
  let next = 0;
  for (const key of keys) {
    while (next < AUTO_MARKERS.length && manual.has(AUTO_MARKERS[next]!.rank)) next++;
    const marker = AUTO_MARKERS[Math.min(next, AUTO_MARKERS.length - 1)]!;
    markerOf.set(key, marker.write);
    next++;
  }
  const counters = new Map<string, number>();
  return paragraphs.map((p) => {
    if (!p.key || !p.text) return p.text;
    const n = (counters.get(p.key) ?? 0) + 1;
    counters.set(p.key, n);
    for (const deeper of keys.slice(keys.indexOf(p.key) + 1)) counters.delete(deeper);
    return markerOf.get(p.key)!(n) + p.text;
  });
}
