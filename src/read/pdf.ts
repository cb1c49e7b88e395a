import { importExternal } from '../external.js';
import { PlansError } from '../types.js';
import { NUMBERING_PATTERNS } from '../vocab/numbering.js';

interface Line {
  readonly text: string;
  readonly x: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
}

const PAGE_NUMBER = /^[-—–\s]*(?:第\s*\d+\s*页(?:\s*[\/,，共]\s*共?\s*\d+\s*页)?|\d+\s*\/\s*\d+|[-—–]?\s*\d{1,4}\s*[-—–]?)[-—–\s]*$/;

/**
 * The text of a PDF, one paragraph a line: page headers and footers (lines
 * that repeat on most pages) and page numbers removed, lines that wrap or that
 * a page break cut joined again.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<string> {
  const pdfjs = await importExternal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new PlansError('input', 'is a password-protected PDF; remove the password or save it as .txt', file);
    throw new PlansError('input', `is not a valid PDF (${(e as Error).message}); check the file or save it as .txt`, file);
  }
  const pages: Line[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(toLines(content.items as { str: string; transform: number[]; width: number; hasEOL?: boolean }[]));
  }
  await doc.destroy();
  const repeated = repeatedEdges(pages);
  const kept = pages.map((lines) => lines.filter((l) => !PAGE_NUMBER.test(l.text) && !repeated.has(key(l.text))));
  const text = joinParagraphs(kept);
  if (!/[\u4e00-\u9fff]/.test(text)) {
    throw new PlansError('input', 'is a PDF without a text layer (a scan?); run OCR on it first, or save it as .txt', file);
  }
  return text;
}

/** Groups text items into lines by their baseline, left to right. */
function toLines(items: readonly { str: string; transform: number[]; width: number }[]): Line[] {
  const rows: { y: number; size: number; parts: { x: number; right: number; str: string }[] }[] = [];
  for (const it of items) {
    if (!it.str) continue;
    const x = it.transform[4]!;
    const y = it.transform[5]!;
    const size = Math.abs(it.transform[3]!) || 10;
    let row = rows.find((r) => Math.abs(r.y - y) < size * 0.4);
    if (!row) rows.push((row = { y, size, parts: [] }));
    row.parts.push({ x, right: x + it.width, str: it.str });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    r.parts.sort((a, b) => a.x - b.x);
    return { text: r.parts.map((p) => p.str).join('').trim(), x: r.parts[0]!.x, right: Math.max(...r.parts.map((p) => p.right)), y: r.y, size: r.size };
  }).filter((l) => l.text.length > 0);
}

const key = (text: string) => text.replace(/\d+/g, '#');

/** Lines at the top or bottom of a page that recur on at least half the pages: running headers and footers. */
function repeatedEdges(pages: readonly Line[][]): Set<string> {
  const out = new Set<string>();
  if (pages.length < 3) return out;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => key(l.text)));
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [k, n] of counts) if (n >= pages.length / 2) out.add(k);
  return out;
}

const ENDS_PARAGRAPH = /[。！？!?；;]$/;
const STARTS_ITEM = NUMBERING_PATTERNS.filter((p) => !p.damaged).map((p) => p.pattern);

/**
 * A line that reaches the right margin continues on the next line, also across
 * a page break; a line that ends short or with a full stop, or is followed by
 * a numbered line, ends its paragraph. The margin is where most long lines end
 * (a few lines may reach further).
 */
function joinParagraphs(pages: readonly Line[][]): string {
  const all = pages.flat();
  if (all.length === 0) return '';
  const ends = all.filter((l) => l.text.length >= 10).map((l) => l.right).sort((a, b) => a - b);
  const margin = ends.length ? ends[Math.floor(ends.length * 0.9)]! : Math.max(...all.map((l) => l.right));
  const out: string[] = [];
  let current = '';
  all.forEach((line, i) => {
    current += line.text;
    const next = all[i + 1];
    // Chinese line breaking keeps `办）` together, so a full line may end two characters short.
    const full = line.right >= margin - line.size * 2.5;
    if (!full || ENDS_PARAGRAPH.test(line.text) || !next || STARTS_ITEM.some((p) => p.test(next.text))) {
      out.push(current);
      current = '';
    }
  });
  if (current) out.push(current);
  return out.join('\n');
}
