import { STYLE_RANK, markerStarts } from '../vocab/numbering.js';
import type { NumberingPattern } from '../vocab/numbering.js';

/** A paragraph of normalized text, each character remembering its offset in the source. */
export interface Line {
  text: string;
  origin: Int32Array;
  /** An empty line stood before it in the source: a paragraph break the writer made. */
  afterBlank?: true;
  /** Its cells are parted by spaces only: characters left out of it (a spreadsheet's quotes) part nothing. */
  spacedCells?: true;
  /** A table's row made into a line of its own: never joined to the line before or after. */
  tableRow?: true;
  /** A page's dateline (`2014-01-21  来源:…`) stood before it and was dropped: what it parted stays parted. */
  afterDateline?: true;
}

export const TERMINAL_PUNCTUATION = '。！？!?；;:：)）」”"…』';
const CLAUSE_PUNCTUATION = /[。，,；;：:！？!?]/;

export function endsSentence(text: string): boolean {
  const last = text[text.length - 1];
  return last !== undefined && TERMINAL_PUNCTUATION.includes(last);
}

export function startsWithMarker(text: string, numbering: readonly NumberingPattern[]): NumberingPattern | null {
  const starts = markerStarts(numbering);
  if (starts && starts[text.charCodeAt(0)] !== 1) return null;
  for (const p of numbering) if (p.pattern.test(text)) return p;
  return null;
}

/** A heading: a numbered line with no full stop, or a short line with no punctuation at all. */
export function isHeadingLike(text: string, numbering: readonly NumberingPattern[], marker = startsWithMarker(text, numbering)): boolean {
  if (marker && STYLE_RANK[marker.style] <= STYLE_RANK['cn-paren'] && !text.includes('。') && text.length <= 60) return true;
  return text.length <= 30 && !CLAUSE_PUNCTUATION.test(text);
}

export function sliceLine(line: Line, start: number, end = line.text.length): Line {
  const slice: Line = { text: line.text.slice(start, end), origin: line.origin.subarray(start, end) };
  if (line.spacedCells) slice.spacedCells = true;
  return slice;
}

/** Where the source had a space that cleaning removed (`1 提升…` cleaned to `1提升…`): a cell boundary. */
export function spaceBefore(line: Line, i: number): boolean {
  return line.text[i] === ' ' || (i > 0 && !line.spacedCells && line.origin[i]! - line.origin[i - 1]! > 1);
}

/** Joins lines in one pass (joining pairwise would copy the growing line again and again). */
export function mergeLines(lines: readonly Line[]): Line {
  if (lines.length === 1) return lines[0]!;
  const origin = new Int32Array(lines.reduce((n, l) => n + l.origin.length, 0));
  let at = 0;
  for (const l of lines) {
    origin.set(l.origin, at);
    at += l.origin.length;
  }
  return { text: lines.map((l) => l.text).join(''), origin };
}

/** Words a table's layout implies, standing where the cell they go with starts (or ends), so spans point into it. */
export function synthetic(text: string, at: Line, atEnd = false): Line {
  const origin = at.origin.length === 0 ? 0 : atEnd ? at.origin[at.origin.length - 1]! : at.origin[0]!;
  return { text, origin: new Int32Array(text.length).fill(origin) };
}

/** The line without the spaces around its text. */
export function trimLine(line: Line): Line {
  const start = line.text.length - line.text.trimStart().length;
  const end = line.text.trimEnd().length;
  return start === 0 && end === line.text.length ? line : sliceLine(line, start, Math.max(start, end));
}
