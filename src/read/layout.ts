import { NUMBERING_PATTERNS } from '../vocab/numbering.js';

/** A line of a page as a PDF's text layer or OCR gives it: left and right ends, a height, and its size. */
export interface PageLine {
  readonly text: string;
  readonly x: number;
  readonly right: number;
  /** Only for ordering and edges: lines come in reading order already. */
  readonly y: number;
  /** The font size, or the glyph height of an OCR'd line: how far short of the margin a full line may end. */
  readonly size: number;
}

const PAGE_NUMBER = /^[-—–\s]*(?:第\s*\d+\s*页(?:\s*[\/,，共]\s*共?\s*\d+\s*页)?|\d+\s*\/\s*\d+|[-—–]?\s*\d{1,4}\s*[-—–]?)[-—–\s]*$/;
/** `— 1 —` as OCR reads it: the dashes of a 公文's page number come out as `一` or `_` as often as as dashes. */
const OCR_PAGE_NUMBER = /^[-—–一_~\s]*[\d０-９]{1,4}[-—–一_~\s]*$/;

export interface LaidOut {
  /** One paragraph a line. */
  readonly text: string;
  /** Where each page's lines start in `text`, page by page and line by line; -1 for a line removed (a page number, a running header). */
  readonly offsets: readonly (readonly number[])[];
}

/**
 * The text of a document's pages, one paragraph a line: page headers and footers
 * (lines that repeat on most pages) and page numbers removed, lines that wrap or
 * that a page break cut joined again. `ocr` also takes `一1一` for a page number.
 */
export function layOut(pages: readonly (readonly PageLine[])[], options: { ocr?: boolean } = {}): LaidOut {
  const repeated = repeatedEdges(pages);
  const isPageNumber = (l: PageLine) => PAGE_NUMBER.test(l.text) || (options.ocr === true && OCR_PAGE_NUMBER.test(l.text));
  const kept = pages.map((lines) => lines.map((l) => !isPageNumber(l) && !repeated.has(key(l.text))));
  const all: { line: PageLine; page: number; index: number }[] = [];
  pages.forEach((lines, page) => lines.forEach((line, index) => kept[page]![index] && all.push({ line, page, index })));
  const offsets = pages.map((lines) => lines.map(() => -1));
  const starts = joinParagraphs(all.map((a) => a.line), options.ocr === true);
  all.forEach((a, k) => (offsets[a.page]![a.index] = starts.offsets[k]!));
  return { text: starts.text, offsets };
}

const key = (text: string) => text.replace(/\d+/g, '#');

/** Lines at the top or bottom of a page that recur on at least half the pages: running headers and footers. */
function repeatedEdges(pages: readonly (readonly PageLine[])[]): Set<string> {
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
function joinParagraphs(all: readonly PageLine[], centred = false): { text: string; offsets: number[] } {
  if (all.length === 0) return { text: '', offsets: [] };
  const long = all.filter((l) => l.text.length >= 10);
  const ends = long.map((l) => l.right).sort((a, b) => a - b);
  const margin = ends.length ? ends[Math.floor(ends.length * 0.9)]! : Math.max(...all.map((l) => l.right));
  const starts = long.map((l) => l.x).sort((a, b) => a - b);
  const left = starts.length ? starts[Math.floor(starts.length * 0.1)]! : Math.min(...all.map((l) => l.x));
  // With `centred` (OCR, where a line's ends are where its ink is): a line set in the middle, as
  // far from both margins, is a heading or a title of its own, never part of a wrapped paragraph.
  const isCentred = (l: PageLine) => centred && l.x - left > l.size && margin - l.right > l.size && Math.abs(l.x - left - (margin - l.right)) < l.size * 1.5;
  const out: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  let current = '';
  all.forEach((line, i) => {
    offsets.push(length + current.length);
    current += line.text;
    const next = all[i + 1];
    // Chinese line breaking keeps `办）` together, so a full line may end two characters short.
    const full = line.right >= margin - line.size * 2.5 && !isCentred(line);
    if (!full || ENDS_PARAGRAPH.test(line.text) || !next || STARTS_ITEM.some((p) => p.test(next.text)) || isCentred(next)) {
      out.push(current);
      length += current.length + 1;
      current = '';
    }
  });
  if (current) out.push(current);
  return { text: out.join('\n'), offsets };
}
