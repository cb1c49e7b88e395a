import { INDICATOR_ITEM_HEADING, INDICATOR_KIND_ROW, INDICATOR_NOTE, INDICATOR_PROPERTY, INDICATOR_TABLE_COLUMNS, type IndicatorColumnRole } from '../vocab/tables.js';
import { type Line, mergeLines, sliceLine, spaceBefore, synthetic, trimLine } from './lines.js';

/**
 * An indicator table (指标 / 基期值 / 2022年目标值 / 指标属性) as pages paste it: a row a line, its cells
 * parted by spaces, or a cell a line (with or without empty lines between). Each row is written as the
 * sentence it stands for (`人均预期寿命到2022年达到79.8岁`), one clause per column of aims, its year the
 * clause's deadline. A table that numbers its rows (序号) makes a task of each row, under the groups its
 * first column names (领域 / 类别); one that does not, or that has no groups and stands under an item of the
 * outline that names it (`（二）主要指标。`), finishes the paragraph that introduced it.
 */
export function indicatorTableAt(lines: readonly Line[], i: number): { lines: Line[]; next: number; finishesIntro: boolean } | null {
  const byColumn = columnByColumnAt(lines, i);
  if (byColumn) return byColumn;
  const header = spacedHeader(lines, i) ?? stackedHeader(lines, i);
  if (!header) return null;
  // `一级指标 | 二级指标 | … ` a cell a line, a group's cell left empty under its first row: each row is read whole.
  const grouped = header.stacked && header.contiguous && !header.columns.some((c) => c.role === 'ordinal') && header.columns.some((c) => c.role === 'group');
  const read = grouped ? groupedRows(lines, header.next, header.columns) : header.stacked ? stackedRows(lines, header.next, header.columns) : spacedRows(lines, header.next, header.columns);
  const rows = read.items.filter((r) => 'name' in r);
  if (rows.length === 0) return null;
  const intro = lines.slice(0, i).findLast((l) => l.text.trim().length > 0);
  const underItem = !header.columns.some((c) => c.role === 'group') && intro !== undefined && INDICATOR_ITEM_HEADING.test(intro.text.trim());
  const numbered = grouped || (header.columns.some((c) => c.role === 'ordinal') && !underItem);
  const out: Line[] = [];
  const clauses: Line[] = [];
  for (const item of read.items) {
    if ('note' in item) {
      // Within the row's task: a line of its own would read as the notes under a document's end.
      const row = out[out.length - 1];
      if (numbered && row) out[out.length - 1] = mergeLines([row, item.note]);
      continue;
    }
    if (!('name' in item)) {
      if (numbered) out.push({ ...item, tableRow: true });
      continue;
    }
    const sentence = clausesOf(item, header.columns);
    if (!numbered) {
      if (sentence.length > 0) clauses.push(...(clauses.length > 0 ? [synthetic('；', sentence[0]!)] : []), ...sentence);
      continue;
    }
    // The title leaves out the unit its name gives in brackets (`（1/10万）`), a figure of no target.
    const title = unitLessName(item.name);
    const parts: Line[] = item.number ? [item.number, synthetic('.', item.number), title, synthetic('。', title, true)] : [title, synthetic('。', title, true)];
    if (sentence.length > 0) parts.push(...sentence, synthetic('。', sentence[sentence.length - 1]!, true));
    parts.push(...unitsOf(item, header.columns));
    // A row is a sentence of its own: no line of it runs into the next.
    out.push({ ...mergeLines(parts), tableRow: true });
  }
  if (!numbered) {
    if (clauses.length === 0) return null;
    out.push(mergeLines([...clauses, synthetic('。', clauses[clauses.length - 1]!, true)]));
  }
  return { lines: out, next: read.next, finishesIntro: !numbered };
}

interface Column {
  readonly role: IndicatorColumnRole;
  readonly heading: Line;
}

interface Row {
  readonly number: Line | null;
  readonly name: Line;
  /** The cells right of the name, by column; absent where the row left it empty. */
  readonly values: ReadonlyMap<Column, Line>;
}

/** A group's heading (`（一）健康知识普及行动`, `健康水平`) is a line of its own; a note (`说明：…`) goes with the row above. */
type Item = Row | Line | { readonly note: Line };

/** A heading cell is short; a header has at least this many cells, each a known heading. */
const HEADING_MAX = 12;
const HEADER_MIN_CELLS = 3;
/** A row's name is a measure's name, not a paragraph. */
const NAME_MAX = 60;
/** A cell a wrapped name left on the next line (`率`, `医师数`): words only, short. */
const NAME_TAIL = /^[^\d\s。，,；;：:]{1,8}$/;
const GROUP_MARK = /^[(（]?[一二三四五六七八九十]{1,3}[)）]$/;
const GROUP_MARK_WITH_NAME = /^[(（][一二三四五六七八九十]{1,3}[)）]\s*[\u4e00-\u9fa5]/;
/** A top heading of the text after the table (`三、保障措施`). */
const TOP_HEADING = /^[一二三四五六七八九十]{1,3}、/;
const YEAR_IN_HEADING = /(?:19|20)\d{2}年(?:底|末)?/;
const FIGURE = /\d/;
const BARE_FIGURE = /^\d/;
/** `人均预期寿命（岁）`, `孕产妇死亡率(1/10万)`: the unit of the row's figures said in its name. */
const UNIT_IN_NAME = /[（(]([^（）()]{1,6})[)）]$/;

function roleOfHeading(text: string): IndicatorColumnRole | 'year' | null {
  if (text.length === 0 || text.length > HEADING_MAX) return null;
  return INDICATOR_TABLE_COLUMNS.find((c) => c.heading.test(text))?.role ?? null;
}

/** The columns, once every heading is known and the table names a measure and an aim. */
function columnsOf(cells: readonly Line[]): Column[] | null {
  if (cells.length < HEADER_MIN_CELLS) return null;
  const roles = cells.map((c) => roleOfHeading(c.text));
  if (roles.some((r) => r === null)) return null;
  if (roles.filter((r) => r === 'name').length !== 1 || !roles.some((r) => r === 'target' || r === 'year' || r === 'result')) return null;
  // `2020年 | 2025年` with no baseline named: the earlier year is where the table starts from.
  const years = cells.filter((_, k) => roles[k] === 'year').map((c) => Number(YEAR_IN_HEADING.exec(c.text)![0].slice(0, 4)));
  const baselineYear = !roles.includes('baseline') && years.length >= 2 ? Math.min(...years) : null;
  return cells.map((heading, k) => {
    const role = roles[k]!;
    if (role !== 'year') return { role, heading };
    return { role: Number(heading.text.slice(0, 4)) === baselineYear ? 'baseline' : 'target', heading };
  });
}

/**
 * `指标名称` / its names, a line each / `目标值` / their values in the same order: a preview that copied a two-column
 * table a column at a time. Each name and its value make a clause; the clauses finish the paragraph that introduced them.
 */
function columnByColumnAt(lines: readonly Line[], i: number): { lines: Line[]; next: number; finishesIntro: true } | null {
  if (roleOfHeading(lines[i]!.text.trim()) !== 'name') return null;
  const next = (k: number) => {
    while (k < lines.length && lines[k]!.text.trim().length === 0) k++;
    return k;
  };
  const names: Line[] = [];
  let k = next(i + 1);
  for (; k < lines.length && roleOfHeading(lines[k]!.text.trim()) === null && isName(lines[k]!.text.trim()); k = next(k + 1)) names.push(trimLine(lines[k]!));
  const aim = k < lines.length ? roleOfHeading(lines[k]!.text.trim()) : null;
  if (names.length < COLUMN_ROWS_MIN || (aim !== 'target' && aim !== 'year')) return null;
  const values: Line[] = [];
  for (k = next(k + 1); k < lines.length && values.length < names.length && VALUE_CELL.test(lines[k]!.text.trim()); k = next(k + 1)) values.push(trimLine(lines[k]!));
  // Only two columns: a table with its numbers before the names or a column after the aims is read by the readers of whole tables.
  if (values.length !== names.length || (k < lines.length && roleOfHeading(lines[k]!.text.trim()) !== null) || (i > 0 && /^(?:\d{1,3}|序号)$/.test(lines[i - 1]!.text.trim()))) return null;
  const clauses = names.flatMap((name, j) => [...(j > 0 ? [synthetic('；', name)] : []), name, values[j]!]);
  return { lines: [mergeLines([...clauses, synthetic('。', values[values.length - 1]!, true)])], next: k, finishesIntro: true };
}
const COLUMN_ROWS_MIN = 2;

/** Two bars or more between cells: a row of a table the page drew. */
const BARRED_ROW = /\S\s*\|\s*\S[^|]*\|/;

function spacedHeader(lines: readonly Line[], i: number): { columns: Column[]; next: number; stacked: false } | null {
  const line = lines[i]!;
  // Its column of names is headed 指标: a line without the word is no such header, whatever its cells.
  if (line.text.length > HEADING_MAX * HEADER_MIN_CELLS * 3 || !line.text.includes('指标')) return null;
  const columns = columnsOf(cellsOfRow(line));
  return columns ? { columns, next: i + 1, stacked: false } : null;
}

/** Heading cells one a line, empty lines between them or not. */
function stackedHeader(lines: readonly Line[], i: number): { columns: Column[]; next: number; stacked: true; contiguous: boolean } | null {
  if (roleOfHeading(lines[i]!.text.trim()) === null) return null;
  const cells: Line[] = [];
  let k = i;
  let contiguous = true;
  for (; k < lines.length; k++) {
    const text = lines[k]!.text.trim();
    if (text.length === 0) {
      contiguous = false;
      continue;
    }
    if (roleOfHeading(text) === null) break;
    cells.push(trimLine(lines[k]!));
  }
  const columns = columnsOf(cells);
  return columns ? { columns, next: k, stacked: true, contiguous } : null;
}

/**
 * Rows of a grouped table a cell a line, no empty line between the header's cells: an empty line is an
 * empty cell (the group's, merged down from the row above), and each row is as many cells as the header.
 * A group's first row starts it.
 */
function groupedRows(lines: readonly Line[], start: number, columns: readonly Column[]): { items: Item[]; next: number } {
  const items: Item[] = [];
  const width = columns.length;
  const nameAt = columns.findIndex((c) => c.role === 'name');
  const groupAt = columns.findIndex((c) => c.role === 'group');
  const after = columns.slice(nameAt + 1);
  let k = start;
  while (k + width <= lines.length) {
    const cells = lines.slice(k, k + width).map(trimLine);
    const name = cells[nameAt]!;
    if (!isName(name.text) || cells.some((c) => INDICATOR_NOTE.test(c.text) || TOP_HEADING.test(c.text))) break;
    const group = cells[groupAt]!;
    if (group.text.length > 0) {
      if (!isName(group.text)) break;
      items.push(group);
    }
    const values = new Map<Column, Line>();
    after.forEach((column, j) => {
      const cell = cells[nameAt + 1 + j]!;
      if (cell.text.length > 0) values.set(column, cell);
    });
    items.push({ number: null, name, values });
    k += width;
  }
  return { items, next: k };
}

/** Rows a line each: `健康水平 1 人均预期寿命 岁 79.6 79.8 预期性`, a wrapped name's tail on the line after. */
function spacedRows(lines: readonly Line[], start: number, columns: readonly Column[]): { items: Item[]; next: number } {
  const items: Item[] = [];
  const ordinal = columns.findIndex((c) => c.role === 'ordinal');
  const nameAt = columns.findIndex((c) => c.role === 'name');
  const after = columns.slice(nameAt + 1);
  const group = columns.findIndex((c) => c.role === 'group');
  let expected = 1;
  let k = start;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.text.trim().length === 0) continue;
    const cells = cellsOfRow(line);
    const last = lastRow(items);
    // `三、主要任务` after the last row is the text's next heading, no name's tail.
    if (cells.length === 1 && last && NAME_TAIL.test(cells[0]!.text) && !INDICATOR_PROPERTY.test(cells[0]!.text) && !TOP_HEADING.test(cells[0]!.text) && !GROUP_MARK_WITH_NAME.test(cells[0]!.text)) {
      replaceLast(items, { ...last, name: mergeLines([last.name, cells[0]!]) });
      continue;
    }
    let rest = cells;
    let number: Line | null = null;
    if (ordinal >= 0) {
      const o = cells.slice(0, 2).findIndex((c) => c.text === String(expected));
      if (o < 0) break;
      if (o === 1) {
        if (group < 0 || FIGURE.test(cells[0]!.text)) break;
        items.push(cells[0]!);
      }
      number = cells[o]!;
      rest = cells.slice(o + 1);
    } else if (group >= 0 && cells.length === columns.length) {
      items.push(cells[0]!);
      rest = cells.slice(1);
    }
    // The name takes what the columns after it leave; an empty cell the row left out shifts nothing to its right.
    const nameCells = Math.max(1, rest.length - after.length);
    if (rest.length < 2 || !isName(rest[0]!.text)) break;
    const name = sliceLine(line, rest[0]!.from, rest[nameCells - 1]!.from + rest[nameCells - 1]!.text.length);
    if (name.text.length > NAME_MAX) break;
    items.push({ number, name, values: rightAligned(rest.slice(nameCells), after) });
    expected++;
  }
  return { items, next: k };
}

/** Cells one a line: a row starts at its number (or, unnumbered, at a name) and ends at its 属性 cell or when its columns are full. */
function stackedRows(lines: readonly Line[], start: number, columns: readonly Column[]): { items: Item[]; next: number } {
  const cells: { line: Line; at: number }[] = [];
  for (let k = start; k < lines.length; k++) if (lines[k]!.text.trim().length > 0) cells.push({ line: trimLine(lines[k]!), at: k });
  const ordinal = columns.some((c) => c.role === 'ordinal');
  const property = columns.some((c) => c.role === 'property');
  const after = columns.slice(columns.findIndex((c) => c.role === 'name') + 1).filter((c) => c.role !== 'property');
  const items: Item[] = [];
  let expected = 1;
  let p = 0;
  let next = start;
  const isRowStart = (c: Line | undefined) => c !== undefined && (ordinal ? c.text === String(expected) : isName(c.text));
  const header = columns.map((c) => c.heading.text);
  while (p < cells.length) {
    const cell = cells[p]!.line;
    // The header printed again at a page's top (`序号` / `指标名称` / …): no row.
    if (header.every((h, j) => cells[p + j]?.line.text === h)) {
      p += header.length;
      continue;
    }
    if (!isRowStart(cell)) {
      const following = cells[p + 1]?.line;
      if (GROUP_MARK.test(cell.text) && following && isName(following.text)) {
        items.push(mergeLines([cell, following]));
        p += 2;
      } else if (GROUP_MARK_WITH_NAME.test(cell.text) && cell.text.length <= NAME_MAX) {
        items.push(cell);
        p++;
      } else if (INDICATOR_KIND_ROW.test(cell.text)) {
        p++;
      } else if (INDICATOR_NOTE.test(cell.text) && items.length > 0 && continuesAt(cells, p + 1, isRowStart)) {
        // A note on the row above stays with it, as the text of its task.
        items.push({ note: cell });
        p++;
      } else if (ordinal && isName(cell.text) && cell.text.length <= HEADING_MAX && isRowStart(following)) {
        items.push(cell);
        p++;
      } else break;
      continue;
    }
    let q = ordinal ? p + 1 : p;
    const number = ordinal ? cell : null;
    const name = cells[q]?.line;
    if (!name || !isName(name.text)) break;
    q++;
    const row: Line[] = [];
    // Where no 属性 cell ends the row, it ends when its columns are full or the next row begins.
    while (q < cells.length && !(ordinal && cells[q]!.line.text === String(expected + 1)) && !TOP_HEADING.test(cells[q]!.line.text)) {
      const c = cells[q]!.line;
      if (INDICATOR_NOTE.test(c.text) || INDICATOR_KIND_ROW.test(c.text) || GROUP_MARK.test(c.text)) break;
      q++;
      if (property && INDICATOR_PROPERTY.test(c.text)) break;
      row.push(c);
      if (!property && row.length >= after.length) break;
      if (!ordinal && !property && row.length >= after.length) break;
    }
    // `每千常住人口执业(助理)` / `医师数`: a name wrapped onto a second cell, more cells than columns.
    let fullName = name;
    while (row.length > after.length && NAME_TAIL.test(row[0]!.text)) fullName = mergeLines([fullName, row.shift()!]);
    items.push({ number, name: fullName, values: rightAligned(row, after) });
    expected++;
    p = q;
    next = cells[q - 1]!.at + 1;
  }
  return { items, next: items.length > 0 ? next : start };
}

/** Whether the table goes on after a note: the next cell starts a row or a group. */
function continuesAt(cells: readonly { line: Line }[], p: number, isRowStart: (c: Line | undefined) => boolean): boolean {
  for (; p < cells.length && INDICATOR_NOTE.test(cells[p]!.line.text); p++);
  const c = cells[p]?.line;
  return c !== undefined && (isRowStart(c) || GROUP_MARK.test(c.text) || GROUP_MARK_WITH_NAME.test(c.text) || INDICATOR_KIND_ROW.test(c.text));
}

/** A measure's name (`5岁以下儿童死亡率（‰）`): words, not a figure, a 属性 or a sentence. */
function isName(text: string): boolean {
  return text.length > 0 && text.length <= NAME_MAX && /[\u4e00-\u9fa5]/.test(text) && !VALUE_CELL.test(text) && !INDICATOR_PROPERTY.test(text) && !/[。；;]/.test(text) && !TOP_HEADING.test(text) && !INDICATOR_NOTE.test(text);
}

/** A cell that gives a figure to reach (`≥24`, `<5.5`, `90`, `0.4`, `85%以上`): a clause is written for it, for no other cell. */
const VALUE_CELL = /^(?:[≥≤<>＞＜]=?|不(?:低|高|少|超|大|小)于)?\s*\d+(?:\.\d+)?\s*(?:[%‰％]|(?<=^[≥≤<>＞＜]=?\s*[\d.]+)(?:[\u4e00-\u9fa5]{1,2}|[A-Za-z]{1,5}))?\s*(?:以上|以下|左右|以内)?$/;

/** `达到520张`, `新增45人`, `保持在88%左右`: a few words of a comparator, then the figure. */
const WORDED_VALUE_CELL = /^[\u4e00-\u9fa5]{1,4}\d+(?:\.\d+)?[^。，,；;]{0,8}$/;

/** Values to the columns right of the name, the last value to the last column: a cell left empty is one on the left (a baseline not given). */
function rightAligned(values: readonly Line[], columns: readonly Column[]): Map<Column, Line> {
  const out = new Map<Column, Line>();
  const cols = columns.filter((c) => c.role !== 'property' || values.length >= columns.length);
  const shift = cols.length - values.length;
  values.forEach((v, k) => {
    const column = cols[k + shift];
    if (column && !(column.role === 'property' && INDICATOR_PROPERTY.test(v.text))) out.set(column, v);
  });
  return out;
}

/** The row as the sentence it stands for: a clause for each column of aims (or results) that holds a figure. */
function clausesOf(row: Row, columns: readonly Column[]): Line[] {
  const results = columns.some((c) => c.role === 'result');
  const unitColumn = columns.find((c) => c.role === 'unit');
  const inName = UNIT_IN_NAME.exec(row.name.text);
  const label = unitLessName(row.name);
  const unitCell = unitColumn ? row.values.get(unitColumn) : undefined;
  const unit = unitCell?.text ?? (inName ? inName[1]! : '');
  const parts: Line[] = [];
  for (const column of columns) {
    if (column.role !== (results ? 'result' : 'target')) continue;
    const value = row.values.get(column);
    // `达到520张`, `保持在88%左右`: a cell that says its aim in words is its own clause's end.
    if (!value || !(VALUE_CELL.test(value.text) || WORDED_VALUE_CELL.test(value.text))) continue;
    if (parts.length > 0) parts.push(synthetic('；', value));
    // `到2022年` opens the clause, standing where the name starts: the target's text runs from the name to its figure.
    const year = results ? null : YEAR_IN_HEADING.exec(column.heading.text);
    if (year) parts.push(synthetic(`到${year[0]}`, label));
    parts.push(label);
    if (BARE_FIGURE.test(value.text)) parts.push(synthetic(results ? '为' : '达到', value));
    parts.push(value);
    // `1/10万`: a rate per 100,000 written with its 1; the unit goes where the figure ends, so the span ends there too.
    if (unit && /\d$/.test(value.text)) parts.push(synthetic(unit.startsWith('1/') ? unit.slice(1) : unit, value, true));
  }
  return parts;
}

/** The row's units, as the bracket a task gives them in (`（牵头单位：县卫健局；责任单位：县疾控中心）`), under their columns' headings. */
function unitsOf(row: Row, columns: readonly Column[]): Line[] {
  const parts: Line[] = [];
  for (const column of columns) {
    if (column.role !== 'lead' && column.role !== 'support') continue;
    const cell = row.values.get(column);
    if (!cell || cell.text.length === 0) continue;
    parts.push(synthetic(`${parts.length === 0 ? '（' : '；'}${column.heading.text}：`, cell), cell);
  }
  if (parts.length > 0) parts.push(synthetic('）', parts[parts.length - 1]!, true));
  return parts;
}

/** The cells of a line parted by spaces, each with where it starts in the line. */
function unitLessName(name: Line): Line {
  const inName = UNIT_IN_NAME.exec(name.text);
  return inName ? sliceLine(name, 0, inName.index) : name;
}

/** A row's cells: parted by bars where the page drew them (`类别 | 序号 | 指标名称 |`), else by spaces. */
function cellsOfRow(line: Line): (Line & { from: number })[] {
  return BARRED_ROW.test(line.text) ? splitOnBars(line) : splitOnSpaces(line);
}

/** Bars part the cells, and a cell may hold a space (`健康水平 指标`); an empty cell shifts nothing, as the rows read it. */
function splitOnBars(line: Line): (Line & { from: number })[] {
  const cells: (Line & { from: number })[] = [];
  let from = 0;
  for (let j = 0; j <= line.text.length; j++) {
    if (j < line.text.length && line.text[j] !== '|') continue;
    const cell = trimLine(sliceLine(line, from, j));
    if (cell.text.length > 0) cells.push({ ...cell, from: from + line.text.slice(from, j).search(/\S/) });
    from = j + 1;
  }
  return cells;
}

function splitOnSpaces(line: Line): (Line & { from: number })[] {
  const cells: (Line & { from: number })[] = [];
  let from = -1;
  for (let j = 0; j <= line.text.length; j++) {
    const space = j === line.text.length || /[\s\u3000]/.test(line.text[j]!);
    if ((space || (from >= 0 && spaceBefore(line, j))) && from >= 0) {
      cells.push({ ...sliceLine(line, from, j), from });
      from = space ? -1 : j;
    } else if (!space && from < 0) from = j;
  }
  return cells;
}


function lastRow(items: readonly Item[]): Row | null {
  const last = items[items.length - 1];
  return last && 'name' in last ? last : null;
}

function replaceLast(items: Item[], row: Row): void {
  items[items.length - 1] = row;
}

