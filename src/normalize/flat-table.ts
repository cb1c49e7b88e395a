import { TABLE_COLUMNS, type TableColumnRole } from '../vocab/tables.js';
import { type Line, mergeLines } from './lines.js';

/** A header cell is a short line; a header has at least this many of them in a row. */
const HEADER_CELL_MAX = 8;
const HEADER_MIN_CELLS = 3;
const ROW_NUMBER = /^\d{1,3}$/;

/**
 * A task table (任务分解表) pasted from Word or a PDF with every cell on its
 * own line: the header cells (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 /
 * 完成时限) one a line, then each row's cells, an empty line for an empty cell
 * (a 重点任务 merged down over the rows below it). Each row becomes a numbered
 * task line (`1.具体措施（牵头单位：…；配合单位：…）（完成时限：…）`), and a
 * 重点任务 cell the heading of the rows it stands over, so the rest of the
 * pipeline reads it like typed text. Empty lines are dropped everywhere.
 */
export function unflattenTables(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = headerAt(lines, i);
    if (!header) {
      if (lines[i]!.text.length > 0) out.push(lines[i]!);
      i++;
      continue;
    }
    const { lines: rows, next } = readRows(lines, i + header.length, header);
    if (rows.length === 0) {
      if (lines[i]!.text.length > 0) out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(...rows);
    i = next;
  }
  return out;
}

function roleOf(text: string): TableColumnRole | null {
  if (text.length === 0 || text.length > HEADER_CELL_MAX) return null;
  return TABLE_COLUMNS.find((c) => c.heading.test(text.replace(/\s+/g, '')))?.role ?? null;
}

/** The column roles of a header that starts at line `i`, or null. */
function headerAt(lines: readonly Line[], i: number): (TableColumnRole | null)[] | null {
  if (roleOf(lines[i]!.text) !== 'ordinal') return null;
  const roles: TableColumnRole[] = [];
  for (let k = i; k < lines.length && roles.length < 10; k++) {
    const role = roleOf(lines[k]!.text);
    if (!role || roles.includes(role)) break;
    roles.push(role);
  }
  if (roles.length < HEADER_MIN_CELLS || !(roles.includes('title') || roles.includes('text'))) return null;
  return roles;
}

/** Reads rows until the numbering stops: each row starts with its number, 1, 2, 3… */
function readRows(lines: readonly Line[], start: number, roles: readonly (TableColumnRole | null)[]): { lines: Line[]; next: number } {
  const width = roles.length - 1;
  const out: Line[] = [];
  let expected = 1;
  let at = start;
  while (at < lines.length && lines[at]!.text.length === 0) at++;
  while (at < lines.length && lines[at]!.text === String(expected)) {
    let end = at + 1;
    while (end < lines.length && lines[end]!.text !== String(expected + 1)) end++;
    // The last row has exactly its cells; what follows the table is not part of it.
    if (end >= lines.length) end = Math.min(lines.length, at + 1 + width);
    const cells = lines.slice(at + 1, end);
    while (cells.length > width && cells[cells.length - 1]!.text.length === 0) cells.pop();
    out.push(...rowLines(lines[at]!, assign(cells, roles.slice(1))));
    expected++;
    at = end;
  }
  return { lines: out, next: at };
}

/**
 * Cells to columns. A cell that wrapped over several lines makes more lines
 * than columns: the columns before the text column are read from the start,
 * those after it from the end, and the text column takes the rest.
 */
function assign(cells: readonly Line[], roles: readonly (TableColumnRole | null)[]): Map<TableColumnRole, Line | null> {
  const out = new Map<TableColumnRole, Line | null>();
  const textIndex = roles.indexOf('text') >= 0 ? roles.indexOf('text') : roles.indexOf('title');
  if (cells.length === roles.length || textIndex < 0) {
    roles.forEach((r, k) => r && out.set(r, nonEmpty(cells[k])));
    return out;
  }
  const after = roles.length - 1 - textIndex;
  roles.forEach((r, k) => {
    if (!r) return;
    if (k < textIndex) out.set(r, nonEmpty(cells[k]));
    else if (k > textIndex) out.set(r, nonEmpty(cells[cells.length - (roles.length - k)]));
  });
  const middle = cells.slice(textIndex, Math.max(textIndex, cells.length - after)).filter((c) => c.text.length > 0);
  out.set(roles[textIndex]!, middle.length ? mergeLines(middle) : null);
  return out;
}

function nonEmpty(line: Line | undefined): Line | null {
  return line && line.text.length > 0 ? line : null;
}

/** The heading a 重点任务 cell makes, and the row as one numbered task line. */
function rowLines(number: Line, cells: Map<TableColumnRole, Line | null>): Line[] {
  const out: Line[] = [];
  const title = cells.get('title') ?? null;
  const text = cells.get('text') ?? null;
  if (title && text) out.push(title);
  const parts: Line[] = [number, synthetic('.', number)];
  const body = text ?? title;
  if (body) parts.push(body);
  const lead = cells.get('lead') ?? null;
  const support = cells.get('support') ?? null;
  const deadline = cells.get('deadline') ?? null;
  const anchor = lead ?? support ?? deadline ?? body ?? number;
  if (lead || support) {
    parts.push(synthetic('（', anchor));
    if (lead) parts.push(synthetic('牵头单位：', lead), lead);
    if (lead && support) parts.push(synthetic('；', support));
    if (support) parts.push(synthetic('配合单位：', support), support);
    parts.push(synthetic('）', anchor));
  }
  if (deadline) parts.push(synthetic('（完成时限：', deadline), deadline, synthetic('）', deadline));
  out.push(mergeLines(parts));
  return out;
}

/** Words the table's layout implies; they point at the cell they introduce. */
function synthetic(text: string, at: Line): Line {
  return { text, origin: new Int32Array(text.length).fill(at.origin[0] ?? 0) };
}
