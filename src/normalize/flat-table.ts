import { RESTATED_AIM_HEADING, BRACKETED_FIELD, INDICATOR_PROPERTY, INDICATOR_TABLE_COLUMNS, BRACKET_HEADING_AFTER, HEADING_FIELD, HEADING_YEAR, INDICATOR_COLUMNS, PROGRESS_STATUS, RECORD_FIELDS, TABLE_COLUMNS, TABLE_FOOTER, type TableColumnRole } from '../vocab/tables.js';
import { UNIT_NAME_ENDINGS } from '../vocab/departments.js';
import { DUE_FORMS, DUE_PREFIX, DUE_SUFFIX } from '../vocab/deadlines.js';
import { indicatorTableAt } from './indicator-table.js';
import { toChineseNumeral } from '../extract/numbers/resolve.js';
import { type Line, mergeLines, sliceLine, spaceBefore, synthetic, trimLine } from './lines.js';

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
export function unflattenTables(given: readonly Line[], source = ''): Line[] {
  // `---|---|---|`: the rule a converter draws under a header, between cells closed by their bars, is no cell.
  const barred = given.some((l) => l.text === '|') && !given.some((l) => l.text.length > 1 && l.text.endsWith('|')) ? cellsBetweenBars(given) : given;
  const piped = barred.some((l) => l.text.endsWith('|') && !l.text.startsWith('|')) ? framePipedTables(barred) : barred;
  // `…分解表 序号 工作任务 …`: a header run on after a title, its rows after it.
  const runOn = piped.some((l) => l.text.includes('序号 ') && RUN_ON_HEADER.test(l.text)) ? rowsRunOn(piped) : piped;
  // `…(二)主要指标指标名称 单位 2020年 2025年 指标性质 人均预期寿命 岁 79.6 80.3 预期性 …`: an indicator table run on too.
  const framed = runOn.some((l) => l.text.includes('单位') && INDICATOR_ROW_END.test(l.text)) ? indicatorRowsRunOn(runOn) : runOn;
  const lines = framed.some((l) => l.text.endsWith('|') && !l.text.startsWith('|')) ? cellsOfBarredLines(framed.filter((l) => !BARRED_RULE.test(l.text))) : framed;
  const out: Line[] = [];
  // Tabs are folded to spaces with the rest of the white space: where a spreadsheet's cells stood is read from the source.
  const tabbed = source.includes('\t') ? source : null;
  let i = 0;
  while (i < lines.length) {
    const read = (tabbed && tabbedTableAt(lines, i, tabbed)) || readTableAt(lines, i);
    if (!read) {
      const line = lines[i]!;
      if (line.text.length > 0) out.push(i > 0 && lines[i - 1]!.text.length === 0 ? { ...line, afterBlank: true } : line);
      i++;
      continue;
    }
    if (read.finishesIntro) {
      // `主要指标如下：` / the table, `具体指标见表1。` / `表1 …` / the table: the rows finish the paragraph that introduced them.
      if (out.length > 1 && TABLE_CAPTION.test(out[out.length - 1]!.text)) out.pop();
      const intro = out[out.length - 1];
      if (intro && TABLE_INTRO.test(intro.text)) out[out.length - 1] = mergeLines([intro, ...read.lines]);
      else out.push(...read.lines);
    } else out.push(...read.lines);
    i = read.next;
  }
  return out;
}

/** Where a header run on after a title or a lead-in's last sentence starts. */
const RUN_ON_HEADER = /[ 。：:；;]序号 /;

/**
 * A document site's preview runs a table's rows into one line after its title (`…分解表 序号 工作任务 … 完成时间`,
 * then `一、医疗质量 1 创建… 韩振东 医务科 2019年10月底前 2 推进…`): the header is parted from the title, and
 * each row from the one before where its number, the next in turn, stands between spaces.
 */
function rowsRunOn(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // `…分解表 序号 …`, `…每季度末报送进展。序号 …`: the header after the title or after the lead-in's last sentence.
    const found = RUN_ON_HEADER.exec(line.text);
    const at = found ? found.index + found[0].length - '序号 '.length - 1 : -1;
    const end = at > 0 ? headerEnd(line, at + 1) : -1;
    // The title before the header, the rows after it on the same line: a header on a line of its own is read as such.
    if (end < 0 || at <= HEADER_CELL_MAX || roleOf(line.text.slice(line.text.lastIndexOf(' ', at - 1) + 1, at)) !== null || !inlineHeaderAt(sliceLine(line, at + 1, end)) || rowsOfLine(sliceLine(line, end), 1).count === 0) {
      out.push(line);
      continue;
    }
    out.push(sliceLine(line, 0, line.text[at] === ' ' ? at : at + 1), sliceLine(line, at + 1, end));
    let expected = 1;
    let rest: Line | undefined = sliceLine(line, end);
    for (;;) {
      const rows = rowsOfLine(rest, expected);
      if (rows.count === 0 && !GROUP_ROW.test(rest.text.trim())) break;
      // `2、接,门诊…`: the next page's number before the rest of a cell the page cut.
      const last = rows.lines.pop();
      let n = i + 1;
      while (n < lines.length && lines[n]!.text.length === 0) n++;
      const next = lines[n];
      const page = next ? PAGE_RUN.exec(next.text) : null;
      if (last && next && page && !/[。；;]$/.test(last.text)) {
        out.push(...rows.lines);
        rest = mergeLines([last, sliceLine(next, page[0].length)]);
        i = n;
      } else {
        out.push(...rows.lines, ...(last ? [last] : []));
        rest = undefined;
      }
      expected += rows.count;
      if (!rest) break;
    }
    if (rest) out.push(rest);
  }
  return out;
}

/**
 * An indicator table run into a line (`…主要指标指标名称 单位 2020年 2025年 指标性质 人均预期寿命 岁 79.6 80.3 预期性 …`):
 * the header is parted from what stands before it, each row after its 属性 cell, and the text after the last row.
 */
function indicatorRowsRunOn(lines: readonly Line[]): Line[] {
  return lines.flatMap((line) => {
    const cells = cellBounds(line);
    const h = cells.findIndex(([a, b], k) => NAME_HEADING_END.test(line.text.slice(a, b)) && UNIT_HEADING.test(cellText(line, cells[k + 1])));
    const p = h < 0 ? -1 : cells.findIndex(([a, b], k) => k > h && k <= h + HEADER_CELLS_MAX && PROPERTY_HEADING.test(line.text.slice(a, b)));
    if (p < 0) return [line];
    const nameAt = cells[h]![0] + line.text.slice(cells[h]![0], cells[h]![1]).search(NAME_HEADING_END);
    const parts: Line[] = [sliceLine(line, 0, nameAt), sliceLine(line, nameAt, cells[p]![1])];
    let from = cells[p]![1];
    let rows = 0;
    for (let k = p + 1; k < cells.length; k++) {
      if (!INDICATOR_PROPERTY.test(cellText(line, cells[k]))) continue;
      parts.push(sliceLine(line, from, cells[k]![1]));
      from = cells[k]![1];
      rows++;
    }
    parts.push(sliceLine(line, from));
    // Fewer than two rows: a sentence that names a unit and a property by chance.
    return rows >= INDICATOR_RUN_ON_ROWS_MIN ? parts.map(trimLine).filter((l) => l.text.length > 0) : [line];
  });
}
const NAME_HEADING_END = /(?:指标名称|指标)$/;
const UNIT_HEADING = INDICATOR_TABLE_COLUMNS.find((c) => c.role === 'unit')!.heading;
const PROPERTY_HEADING = INDICATOR_TABLE_COLUMNS.find((c) => c.role === 'property')!.heading;
const HEADER_CELLS_MAX = 8;
const INDICATOR_ROW_END = /预期性|约束性/;
const INDICATOR_RUN_ON_ROWS_MIN = 2;

/** Where each of a line's cells starts and ends, cells parted by spaces, written or left out by cleaning. */
function cellBounds(line: Line): [number, number][] {
  const bounds: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= line.text.length; i++) {
    const boundary = i === line.text.length || line.text[i] === ' ' || (start >= 0 && spaceBefore(line, i));
    if (boundary && start >= 0) {
      bounds.push([start, i]);
      start = -1;
    }
    if (i < line.text.length && line.text[i] !== ' ' && start < 0) start = i;
  }
  return bounds;
}
function cellText(line: Line, cell: [number, number] | undefined): string {
  return cell ? line.text.slice(cell[0], cell[1]) : '';
}

/** `2、`: a document site's page number before the text the page break cut. */
const PAGE_RUN = /^\d{1,2}、(?![\u4e00-\u9fa5]{2,12}\s)/;

/** Where a header's cells (`序号 工作任务 … 完成时间`) end in a line that runs on into the rows, or -1. */
function headerEnd(line: Line, from: number): number {
  // A cell ends at a space, or where cleaning took one out (`完成时限1疾病防控`, the row's number after the last heading).
  const cells = cellBounds(sliceLine(line, from));
  if (cells[0]?.[0] !== 0 || line.text.slice(from, from + cells[0][1]) !== '序号') return -1;
  let end = cells[0][1];
  for (const [a, b] of cells.slice(1)) {
    if (!roleOf(line.text.slice(from + a, from + b))) break;
    end = b;
  }
  return from + end;
}

/** A line parted before each row number in turn from `expected` that stands between spaces, and before a group's heading. */
function rowsOfLine(line: Line, expected: number): { lines: Line[]; count: number } {
  const parts: Line[] = [];
  let from = 0;
  let count = 0;
  for (let k = 0; k < line.text.length; k++) {
    if (k > 0 && !spaceBefore(line, k) && line.text[k - 1] !== ' ') continue;
    const number = String(expected + count);
    const row = line.text.startsWith(number, k) && spaceBefore(line, k + number.length) && !/\d/.test(line.text[k + number.length] ?? '');
    const group = !row && GROUP_START.test(line.text.slice(k, k + 5));
    if (!row && !group) continue;
    if (k > from) parts.push(sliceLine(line, from, k));
    from = k;
    if (row) count++;
  }
  parts.push(sliceLine(line, from));
  return { lines: parts.map(trimLine).filter((l) => l.text.length > 0), count };
}
const GROUP_START = /^[一二三四五六七八九十]{1,3}、/;

/**
 * A table pasted one cell a line, each cell closed by a bar (`工作任务 |`, or `工作任务` over `|`):
 * the bars are taken off, and a bar that closes no cell is an empty cell, an empty line, as the
 * readers of one cell a line take it. Lines outside such a run of cells are left as they are.
 */
function cellsOfBarredLines(lines: readonly Line[]): Line[] {
  const closed = (l: Line | undefined) => l !== undefined && l.text.endsWith('|') && !l.text.startsWith('|');
  const bar = (l: Line | undefined) => l !== undefined && l.text.trim() === '|';
  const out: Line[] = [];
  let k = 0;
  while (k < lines.length) {
    // A run of cells: each line closed by its bar, or a bare bar.
    let end = k;
    let cells = 0;
    while (end < lines.length && (closed(lines[end]) || bar(lines[end]) || (lines[end]!.text.length > 0 && bar(lines[end + 1])))) {
      if (!bar(lines[end])) cells++;
      end++;
    }
    if (cells < BARRED_CELLS_MIN) {
      out.push(lines[k]!);
      k++;
      continue;
    }
    for (let j = k; j < end; j++) {
      const line = lines[j]!;
      if (bar(line)) {
        // `省疾控中心` / `|` closes its cell; a bar after a closed cell is an empty one.
        if (j === k || bar(lines[j - 1]) || closed(lines[j - 1])) out.push(sliceLine(line, 0, 0));
      } else out.push(trimLine(sliceLine(line, 0, closed(line) ? line.text.lastIndexOf('|') : line.text.length)));
    }
    k = end;
  }
  return out;
}

const BARRED_RULE = /^(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/**
 * `序号` / `|` / `主要工作目标` / `|` / … / `县卫生健康委` / `县发展改革委` / `|`: a table a converter wrote a cell at a
 * time, a bar's line after each. The lines between two bars are one cell (names a cell lists, joined by `、`), and the
 * bars go. Before the first bar only the line right above it is a cell; after the last, the text goes on.
 */
function cellsBetweenBars(lines: readonly Line[]): Line[] {
  const bars = lines.flatMap((l, k) => (l.text === '|' ? [k] : []));
  const out: Line[] = lines.slice(0, bars[0]!).filter((l) => l.text.length > 0);
  for (let b = 0; b < bars.length; b++) {
    const cell = lines.slice(bars[b]! + 1, bars[b + 1] ?? bars[b]! + 1).filter((l) => l.text.length > 0);
    if (cell.length > BAR_CELL_LINES_MAX) out.push(...cell);
    else if (cell.length > 1) out.push(cell.every((l) => UNIT_LINE.test(l.text)) ? mergeLines(cell.flatMap((l, k) => (k > 0 ? [synthetic('、', l), l] : [l]))) : mergeLines(cell));
    else if (cell.length === 1) out.push(cell[0]!);
    // Two bars in a row: a cell left empty.
    else if (b + 1 < bars.length) out.push(synthetic('', lines[bars[b]!]!));
  }
  out.push(...lines.slice(bars[bars.length - 1]! + 1));
  return out;
}
/** A cell a converter wrapped over more lines than this is text between tables, not a cell. */
const BAR_CELL_LINES_MAX = 6;
/** `县卫生健康委`: a unit's name alone on a line of a cell that lists units. */
const UNIT_LINE = new RegExp(`^[^。，,；;：:\\s]{2,20}(?:${UNIT_NAME_ENDINGS.join('|')})$`);

/**
 * A task table whose rows part their cells by bars but open with none (`序号 | 项目内容 | … | 责任单位 |`
 * over `1 | 新增托位600个 | … |`), as a forum's printable page gives it, without the rule under its header:
 * framed as the piped table it is, a bar before each row and a rule under the header, so one reader reads both.
 */
function framePipedTables(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    // Most lines hold no bar: only a line that parts cells by bars can head such a table.
    const cells = header.text.startsWith('|') || !header.text.includes('|') ? [] : header.text.replace(/\|\s*$/, '').split('|');
    const roles: (TableColumnRole | null)[] = [];
    for (const cell of cells) roles.push(roleBeside(roles, roleOf(cell.trim().replace(/\s+/g, '').replace(HEADING_YEAR, '')), cell));
    if (cells.length >= HEADER_MIN_CELLS && roles[0] === 'category' && roles.includes('lead') && (roles.includes('title') || roles.includes('text'))) {
      const read = categoryRows(lines, i + 1, roles);
      if (read) {
        out.push(...read.lines);
        i = read.next - 1;
        continue;
      }
    }
    const framed = cells.length >= HEADER_MIN_CELLS && roles[0] === 'ordinal' && (roles.includes('title') || roles.includes('text')) && roles.filter((r) => r !== null).length >= HEADER_MIN_CELLS && OPEN_PIPED_ROW.test(lines[i + 1]?.text ?? '');
    if (!framed) {
      out.push(header);
      continue;
    }
    out.push(framedRow(header), synthetic(`|${' --- |'.repeat(cells.length)}`, header, true));
    // `|` alone between two rows: a page's leftover of an empty row, no row of its own.
    for (i++; i < lines.length && lines[i]!.text.includes('|') && (!lines[i]!.text.startsWith('|') || BARS_ONLY.test(lines[i]!.text)); i++) {
      if (BARS_ONLY.test(lines[i]!.text)) continue;
      // `3 | 加强妇幼健康 | … | 区教育局、区` / `市场监管局 | 2025年11月底前 | 重点推进 |`: a row its page wrapped inside a cell
      // goes on on the line below, which opens with no number; the two are one row, the cell's words joined.
      let row = lines[i]!;
      while (cellCount(row.text) < cells.length && i + 1 < lines.length && lines[i + 1]!.text.includes('|') && !OPEN_PIPED_ROW.test(lines[i + 1]!.text) && !lines[i + 1]!.text.startsWith('|')) row = mergeLines([row, lines[++i]!]);
      out.push(framedRow(row));
    }
    i--;
  }
  return out;
}

/**
 * A task table led by its group (`工作板块 | 重点任务 | 责任股室 | 完成时限 |`), each task numbered in its own
 * cell (`一、筑牢疫情防控屏障 | 1.完善… | 疾控股牵头，… | 6月底前 |`, the group cell left empty below):
 * the group a heading line, each numbered task a line with its units and deadline, as typed text gives them.
 */
function categoryRows(lines: readonly Line[], start: number, roles: readonly (TableColumnRole | null)[]): { lines: Line[]; next: number } | null {
  const out: Line[] = [];
  let k = start;
  for (; k < lines.length && lines[k]!.text.includes('|'); k++) {
    const line = lines[k]!;
    // What stands before the first bar is the group's cell, empty where the row opens with its bar.
    const cells = pipedCells(mergeLines([synthetic('|', line), line]));
    if (cells.length < roles.length) break;
    const cell = (role: TableColumnRole) => {
      const at = roles.indexOf(role);
      return at >= 0 && cells[at]!.text.length > 0 ? cells[at]! : null;
    };
    const text = cell('text') ?? cell('title');
    if (!text || !/^\d{1,3}[.．、]/.test(text.text)) break;
    const group = cell('category');
    if (group) out.push(group);
    const lead = cell('lead');
    const deadline = cell('deadline');
    // `4.建设胸痛…以内。 5.县域内就诊率…65%。`: two tasks in one cell, each numbered.
    const starts = [0, ...[...text.text.matchAll(/(?<=[。；;]\s*)\d{1,3}[.．、](?!\d)/g)].map((m) => m.index!)];
    starts.forEach((from, n) => {
      const parts: Line[] = [trimLine(sliceLine(text, from, starts[n + 1] ?? text.text.length))];
      if (lead) parts.push(...(/牵头|负责|配合/.test(lead.text) ? [synthetic('（', lead), lead, synthetic('）', lead, true)] : [synthetic('（牵头单位：', lead), lead, synthetic('）', lead, true)]));
      if (deadline) parts.push(synthetic('（完成时限：', deadline), deadline, synthetic('）', deadline, true));
      out.push({ ...mergeLines(parts), tableRow: true });
    });
  }
  return out.length > 0 ? { lines: out, next: k } : null;
}

function framedRow(line: Line): Line {
  const text = line.text.trimEnd();
  const row = sliceLine(line, 0, text.length);
  return mergeLines([synthetic('| ', row), row, ...(text.endsWith('|') ? [] : [synthetic(' |', row, true)])]);
}

const BARS_ONLY = /^[|\s]+$/;

function cellCount(row: string): number {
  return row.replace(/\|\s*$/, '').split('|').length;
}

/** `1 | 新增托位600个 | …`: a row of a piped table that opens with its number, not a bar. */
const OPEN_PIPED_ROW = /^\d{1,3}\s*\|/;

/** So many cells in a run make it a table's; fewer are lines that end with a bar by chance. */
const BARRED_CELLS_MIN = 6;

/**
 * `【责任单位】区卫健局` → `责任单位：区卫健局`: a field named in brackets is labelled as fields are.
 * `【工作目标】` alone on its line is a heading, as `【实施步骤】` is; a line that runs on into the next
 * such heading (`【活动对象】全院各科室 【活动内容】`) is parted before it.
 */
export function labelBracketedFields(lines: readonly Line[]): Line[] {
  return lines.flatMap((line) => {
    if (line.text[0] === '【' && BRACKET_HEADING_AFTER.test(line.text) && !ONLY_BRACKETS.test(line.text)) return splitBeforeBracketHeadings(line);
    const m = line.text.length > 0 && (line.text[0] === '【' || line.text[0] === '[' || line.text[0] === '〔') ? BRACKETED_FIELD.exec(line.text) : null;
    if (!m || (m[0].length === line.text.length && HEADING_FIELD.test(m[1]!))) return line;
    // `【牵头科室】疾控股【配合单位】县疾控中心`: each field the line names in brackets, the later ones after a `；`.
    const parts: Line[] = [];
    let from = 0;
    for (let at = 0; at >= 0 && at < line.text.length; at = line.text.indexOf('【', at + 1)) {
      const field = BRACKETED_FIELD.exec(line.text.slice(at));
      if (!field) continue;
      const close = at + field[0].length - 1;
      if (at > from) parts.push(sliceLine(line, from, at), { text: '；', origin: line.origin.subarray(at, at + 1) });
      parts.push(sliceLine(line, at + 1, close), { text: '：', origin: line.origin.subarray(close, close + 1) });
      from = close + 1;
    }
    parts.push(sliceLine(line, from));
    return mergeLines(parts);
  });
}

/** `【纠错】 【打印】 【关闭】`: a site's buttons, no heading run on to its text. */
const ONLY_BRACKETS = /^(?:【[^】]*】\s*)+$/;

function splitBeforeBracketHeadings(line: Line): Line[] {
  const m = BRACKET_HEADING_AFTER.exec(line.text)!;
  const before = sliceLine(line, 0, m.index);
  return [...labelBracketedFields([before]), sliceLine(line, m.index + m[0].indexOf('【'))];
}

/**
 * Rows copied from a spreadsheet (cells parted by tabs) quote a cell that holds line breaks
 * (`"新建村卫生室18所` / `完成6所卫生院改造"`) and double a quote inside one: the cell's lines
 * become one cell, its lines parted as a list of names (`、`) or of clauses (`；`), its quotes dropped.
 */
export function joinQuotedCells(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (!first.text.includes('"')) {
      out.push(first);
      continue;
    }
    const parts: Line[] = [];
    let line = first;
    let from = 0;
    let open = false;
    let j = 0;
    for (let taken = 0; ; ) {
      if (j >= line.text.length) {
        if (from < j) parts.push(sliceLine(line, from, j));
        // A cell still open at the line's end goes on to the next line (a cell of ten lines at most).
        if (!open || taken >= QUOTED_CELL_MAX_LINES || i + 1 >= lines.length) break;
        line = lines[++i]!;
        taken++;
        const before = parts[parts.length - 1];
        // `推进医共体建设` / `（国家试点县）`: a bracket goes on the line before.
        if (before && line.text.length > 0 && !/^[(（]/.test(line.text)) parts.push(synthetic(NAME_END.test(before.text) && line.text.length <= 20 ? '、' : '；', line));
        from = j = 0;
        continue;
      }
      const c = line.text[j];
      if (c === '"' && !open && (j === 0 || line.text[j - 1] === ' ') && !quotesWords(line.text, j)) {
        if (from < j) parts.push(sliceLine(line, from, j));
        open = true;
        from = j + 1;
      } else if (c === '"' && open && line.text[j + 1] === '"') {
        parts.push(sliceLine(line, from, j + 1));
        from = j + 2;
        j++;
      } else if (c === '"' && open && (j + 1 === line.text.length || line.text[j + 1] === ' ')) {
        if (from < j) parts.push(sliceLine(line, from, j));
        open = false;
        from = j + 1;
      }
      j++;
    }
    out.push(parts.length > 0 ? { ...mergeLines(parts), spacedCells: true } : first);
  }
  return out;
}

const QUOTED_CELL_MAX_LINES = 10;

/** `"一老一小"服务`: a quote that closes on the same line before more of the cell's words quotes those words, not the cell. */
function quotesWords(text: string, open: number): boolean {
  const close = text.indexOf('"', open + 1);
  if (close < 0) return false;
  const after = text[close + 1];
  return after !== undefined && after !== ' ' && after !== '"';
}

interface TableRead {
  readonly lines: Line[];
  readonly next: number;
  /** The lines finish the paragraph before the table rather than stand on their own (an indicator table). */
  readonly finishesIntro?: boolean;
}

/** The layouts a table, or a task laid out as a record, can take at line `i`, tried in turn. */
const TABLE_READERS: readonly ((lines: readonly Line[], i: number) => TableRead | null)[] = [
  (lines, i) => {
    const header = pipedHeaderAt(lines, i);
    return header ? withRows(readPipedRows(lines, header.rowsFrom, header.roles)) : null;
  },
  (lines, i) => {
    const roles = inlineHeaderAt(lines[i]!);
    return roles ? withRows(readSpacedRows(lines, i + 1, roles)) : null;
  },
  (lines, i) => {
    const table = rowsOfIndicators(lines, i);
    return table ? { lines: [table.line], next: table.next, finishesIntro: true } : null;
  },
  indicatorTableAt,
  unnumberedTableAt,
  spacedTableAt,
  groupedRowsAt,
  (lines, i) => {
    const header = headerAt(lines, i);
    if (header) return withRows(readRows(lines, i + header.length, header.roles, header.labels));
    const record = recordField(lines, i);
    return record ? { lines: [record.line], next: record.next } : null;
  },
];

function readTableAt(lines: readonly Line[], i: number): TableRead | null {
  for (const reader of TABLE_READERS) {
    const read = reader(lines, i);
    if (read) return read;
  }
  return null;
}

/**
 * A table pasted from a spreadsheet, a row a line, a tab between every two cells
 * (`序号→任务→目标→牵头单位→责任单位→完成时限`): an empty cell keeps its place. A row
 * with no lead takes the lead of the row above it in its group: a cell merged down
 * the rows is printed on the first of them only.
 */
function tabbedTableAt(lines: readonly Line[], i: number, source: string): TableRead | null {
  const header = tabbedCells(lines[i]!, source);
  if (!header || header.length < HEADER_MIN_CELLS) return null;
  const roles: (TableColumnRole | null)[] = [];
  for (const cell of header) roles.push(roleBeside(roles, roleOf(cell.text), cell.text));
  if (roles[0] !== 'ordinal' || !(roles.includes('title') || roles.includes('text')) || roles.filter((r) => r !== null).length < HEADER_MIN_CELLS) return null;
  // `考核指标 | 单位 | 工作目标`: a measure, its unit and its aim in cells of their own make one clause (`…达到2个`).
  const measure = indicatorColumns(header);
  if (measure) {
    roles[measure.name] = 'text';
    roles[measure.unit] = null;
    roles[measure.aim] = null;
  }
  const rows: Row[] = [];
  let lead: Line | null = null;
  let at = i + 1;
  for (; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.text.length === 0) continue;
    let cells = tabbedCells(line, source) ?? [line];
    // A cell that holds line breaks (`新增儿科床位120张；` / `开设率达到100%。→市卫生健康委→…`): the row goes on over
    // the lines after it, its cell joined across each break, until it has its columns.
    while (ROW_NUMBER.test(cells[0]!.text) && cells.length < roles.length && at + 1 < lines.length) {
      const next = lines[at + 1]!;
      const more = next.text.length > 0 ? (tabbedCells(next, source) ?? [next]) : null;
      if (!more || GROUP_ROW.test(more[0]!.text) || (more.length > 1 && ROW_NUMBER.test(more[0]!.text)) || cells.length + more.length - 1 > roles.length) break;
      cells = [...cells.slice(0, -1), mergeLines([cells[cells.length - 1]!, more[0]!]), ...more.slice(1)];
      at++;
    }
    // `一、基层服务网络`, its other cells empty: the heading of the rows under it.
    if (GROUP_ROW.test(cells[0]!.text) && cells.slice(1).every((c) => c.text.length === 0)) {
      rows.push(cells[0]!);
      lead = null;
      continue;
    }
    const previous = rows[rows.length - 1];
    // `→→标准化村卫生室达标率→%→100→→→9月底前`: a row of the task above, its number and title cells merged into that row's.
    const subRow = measure !== null && cells.length >= 2 && cells.length <= roles.length && cells[0]!.text.length === 0 && previous !== undefined && 'cells' in previous && cells.some((c) => c.text.length > 0);
    if (!subRow && (cells.length < 2 || cells.length > roles.length || !ROW_NUMBER.test(cells[0]!.text))) break;
    const map = new Map<TableColumnRole, Line | null>();
    roles.forEach((role, c) => role && role !== 'ordinal' && role !== 'leader' && role !== 'note' && map.set(role, nonEmpty(cells[c])));
    if (measure) map.set('text', measureClause(cells, measure));
    if (subRow) {
      const into = (previous as Exclude<Row, Line>).cells;
      for (const [role, cell] of map) {
        if (!cell || role === 'title') continue;
        const before = into.get(role);
        into.set(role, before ? mergeLines([before, synthetic(role === 'lead' || role === 'support' ? '、' : '；', cell), cell]) : cell);
      }
      continue;
    }
    const own = map.get('lead');
    if (own) lead = own;
    else if (lead && roles.includes('lead')) map.set('lead', lead);
    rows.push({ number: cells[0]!, cells: map });
  }
  return rows.some((r) => 'cells' in r) ? { lines: emitRows(rows), next: at } : null;
}

interface MeasureColumns {
  readonly name: number;
  readonly unit: number;
  readonly aim: number;
}

/** Where a table's measure, its unit and its aim stand, when it has all three. */
function indicatorColumns(header: readonly Line[]): MeasureColumns | null {
  const at = (re: RegExp) => header.findIndex((c) => re.test(c.text));
  const name = at(MEASURE_HEADING);
  const unit = at(INDICATOR_COLUMNS.unit);
  const aim = at(AIM_HEADING);
  return name >= 0 && unit > name && aim > name ? { name, unit, aim } : null;
}

const MEASURE_HEADING = /指标(?:名称)?$/;
const AIM_HEADING = /目标(?:值)?$/;

/** `新建社区卫生服务中心` `个` `2` → `新建社区卫生服务中心2个`, the span running over the three cells. */
function measureClause(cells: readonly Line[], columns: MeasureColumns): Line | null {
  const name = nonEmpty(cells[columns.name]);
  const aim = nonEmpty(cells[columns.aim]);
  if (!name) return null;
  if (!aim) return name;
  const unit = nonEmpty(cells[columns.unit]);
  // A bare figure takes no comparator word: `新建…2个` is a count, `…达标率100%` a level, as the recognizer reads them in prose.
  const parts: Line[] = [name, aim];
  if (unit && /\d(?:以上|以下|以内)?$/.test(aim.text)) {
    const figureEnd = aim.text.search(/(?:以上|以下|以内)?$/);
    if (figureEnd < aim.text.length) parts.splice(parts.length - 1, 1, sliceLine(aim, 0, figureEnd), synthetic(unit.text, sliceLine(aim, 0, figureEnd), true), sliceLine(aim, figureEnd));
    else parts.push(synthetic(unit.text, aim, true));
  }
  return mergeLines(parts);
}

/** The cells of a line its source parts by tabs, or null where it has none. */
function tabbedCells(line: Line, source: string): Line[] | null {
  const n = line.text.length;
  if (n === 0) return null;
  const from = line.origin[0]!;
  const to = line.origin[n - 1]! + 1;
  const cells: Line[] = [];
  // `→→标准化村卫生室达标率→…`: tabs that open the line are empty cells before its first.
  for (let p = from - 1; p >= 0 && source.charCodeAt(p) === 9; p--) cells.push(sliceLine(line, 0, 0));
  let k = 0;
  for (let p = from; p <= to; p++) {
    if (p < to && source.charCodeAt(p) !== 9) continue;
    let end = k;
    while (end < n && line.origin[end]! < p) end++;
    cells.push(trimLine(sliceLine(line, k, end)));
    k = end;
  }
  return cells.length > 1 ? cells : null;
}

/** A table whose header read but no row: no table. */
function withRows(read: TableRead): TableRead | null {
  return read.lines.length > 0 ? read : null;
}

/** A header written on one line, its cells parted by spaces (`序号 重点任务 主要目标 责任 处室 …`). */
function inlineHeaderAt(line: Line): (TableColumnRole | null)[] | null {
  // A header's cells are parted by spaces, the first a short heading: most lines are ruled out by their first space.
  const space = line.text.indexOf(' ');
  if (space < 1) return null;
  if (!/^(?:序号|编号)/.test(line.text) && (space > HEADER_CELL_MAX || roleOf(line.text.slice(0, space)) !== 'category')) return null;
  const tokens = splitCells(line).map((c) => c.text);
  if (tokens.length < HEADER_MIN_CELLS) return null;
  const roles: TableColumnRole[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let heading = tokens[k]!;
    let role = roleOf(heading);
    // A heading cell split by the layout (`责任 处室`, `牵头 领导`, `主体 责任单位`) is one cell.
    const joined = k + 1 < tokens.length ? roleOf(tokens[k]! + tokens[k + 1]!) : null;
    if (joined && (roleOf(tokens[k + 1]!) === null || HEADING_ROLE_WORD.test(tokens[k]!))) {
      role = joined;
      heading += tokens[++k]!;
    }
    role = roleBeside(roles, role, heading);
    // Two columns of lead units (`牵头责任单位`, `主体责任单位`) are one role.
    if (!role || (roles.includes(role) && role !== 'lead' && role !== 'support' && role !== 'note')) return null;
    roles.push(role);
  }
  const ordinal = roles[0] === 'ordinal' || (roles[0] === 'category' && roles[1] === 'ordinal');
  return ordinal && (roles.includes('title') || roles.includes('text')) ? roles : null;
}

/** A role word standing alone where the layout split a heading from its noun (`牵头` / `责任单位`). */
const HEADING_ROLE_WORD = /^(?:牵头|主体|配合|协办|协作|参与|责任|主责)$/;

/** Rows of a table written a row a line (`1 提升院前急救能力。 新建急救站点6个。 医政医管处 …`); a row cut over lines is joined. */
function readSpacedRows(lines: readonly Line[], start: number, roles: readonly (TableColumnRole | null)[]): { lines: Line[]; next: number } {
  const out: Row[] = [];
  const grouped = roles[0] === 'category';
  const cellRoles = roles.slice(grouped ? 2 : 1);
  let expected = 1;
  let upTo = 1;
  let rows = 0;
  let at = start;
  // A column of people, or two of lead units: where cells stand says little, what they hold says more.
  const byKind = cellRoles.includes('leader') || cellRoles.filter((r) => r === 'lead').length > 1;
  while (at < lines.length && lines[at]!.text.length === 0) at++;
  // Rows taken from a longer list (`62 …`, `64 …`) keep its numbers: the first may be any.
  if (!rowAt(lines[at], 1, grouped) && !GROUP_ROW.test(lines[at]?.text ?? '')) upTo = 999;
  for (;;) {
    // `二、提升医疗服务水平` between rows: the heading of the rows under it.
    if (lines[at] && GROUP_ROW.test(lines[at]!.text) && rowAt(lines[at + 1], expected, grouped, upTo)) out.push(lines[at++]!);
    const row = rowAt(lines[at], expected, grouped, upTo);
    if (!row) break;
    const next = row.value + 1;
    const nextUpTo = upTo > expected ? row.value + ROW_GAP_MAX : next;
    const startsNext = (line: Line | undefined) => rowAt(line, next, grouped, nextUpTo) !== null;
    const cells = splitCells(sliceLine(lines[at]!, row.cellsStart));
    // A PDF's row gives every column its first line; what its long cells ran over comes on the lines under it.
    const full = cells.length >= cellRoles.length;
    const textAt = byKind ? 0 : cellRoles.findIndex((r) => r === 'text' || r === 'title');
    let end = at + 1;
    while (end < lines.length && lines[end]!.text.length > 0 && !startsNext(lines[end]) && !inlineHeaderAt(lines[end]!) && !TABLE_FOOTER.test(lines[end]!.text) && !(GROUP_ROW.test(lines[end]!.text) && startsNext(lines[end + 1]))) {
      // A line that opens with a date is the next cell; a name after a name is the next name of a list;
      // any other line carries on the cell it was cut from.
      const more = splitCells(lines[end]!);
      // `（此件主动公开）`, a signature's date: the page goes on after the table.
      if (full && (STANDALONE_REMARK.test(lines[end]!.text) || SIGNATURE_DATE.test(lines[end]!.text))) break;
      if (full && more.length > 0) {
        // `区市场监管` / `局`: the end of a unit's name; `区发改局、` / `区财政局`: the next name of a list.
        const names = namesGoingOn(cells, lines[end]!);
        if (names >= 0) cells[names] = mergeLines([cells[names]!, lines[end]!]);
        else if (textAt >= 0 && textAt < cells.length && !DATE_START.test(lines[end]!.text)) cells[textAt] = mergeLines([cells[textAt]!, lines[end]!]);
        else cells.push(...more);
        end++;
        continue;
      }
      const last = cells[cells.length - 1];
      if (last && more.length > 0 && !DATE_START.test(lines[end]!.text) && !(isUnitCell(last.text) && isUnitCell(more[0]!.text))) cells.push(mergeLines([cells.pop()!, more.shift()!]));
      cells.push(...more);
      end++;
    }
    // The header printed again on the next page.
    while (end < lines.length && inlineHeaderAt(lines[end]!)) end++;
    if (row.category) out.push(row.category);
    out.push({ number: row.number, cells: byKind ? assignByKind(cells, cellRoles) : assign(cells, cellRoles) });
    rows++;
    expected = next;
    upTo = nextUpTo;
    at = end;
    if (lines[at]?.text.length === 0) break;
  }
  // `1 疾病防控 法定传染病…` / `2 适龄儿童…`: a 重点任务 cell merged down heads the rows, where only some print it.
  return rows >= 2 ? { lines: emitRows(out), next: at } : { lines: [], next: start };
}

/** The cell of unit names that `line` goes on with: one cut inside a name, or ending on `、`; -1 for none. */
function namesGoingOn(cells: readonly Line[], line: Line): number {
  if (line.text.includes(' ') || line.text.length > 30) return -1;
  for (let k = cells.length - 1; k >= 0; k--) {
    const cell = cells[k]!.text;
    const lastName = cell.slice(cell.lastIndexOf('、') + 1);
    if (cell.endsWith('、') && isUnitCell(line.text.split('、')[0]!)) return k;
    if (lastName.length >= 2 && !isUnitCell(lastName) && isUnitCell(lastName + line.text.split('、')[0]!) && (cell.includes('、') || isUnitCell(cell + line.text.split('、')[0]!))) return k;
  }
  return -1;
}

/**
 * The row that `line` starts, numbered `expected`: its number, and where a grouped table gives one,
 * the group's name before it (`疫情防控 1 强化…`; the rows after leave it empty: `2 推进…`).
 */
function rowAt(line: Line | undefined, expected: number, grouped: boolean, upTo = expected): { number: Line; category: Line | null; cellsStart: number; value: number } | null {
  if (!line) return null;
  let value = 0;
  const numberAt = (from: number): number => {
    let end = from;
    while (end < line.text.length && end - from < 3 && line.text.charCodeAt(end) >= 0x30 && line.text.charCodeAt(end) <= 0x39) end++;
    value = Number(line.text.slice(from, end));
    return end > from && line.text[from] !== '0' && value >= expected && value <= upTo && spaceBefore(line, end) && end < line.text.length ? end : -1;
  };
  const end = numberAt(0);
  if (end > 0) return { number: sliceLine(line, 0, end), category: null, cellsStart: end, value };
  if (!grouped) return null;
  const space = line.text.indexOf(' ');
  if (space < 2 || space > HEADER_CELL_MAX) return null;
  const after = numberAt(space + 1);
  return after > 0 ? { number: sliceLine(line, space + 1, after), category: sliceLine(line, 0, space), cellsStart: after, value } : null;
}

/** Rows taken from a longer list keep its numbers (`62`, `64`, `65`): a row may skip this many. */
const ROW_GAP_MAX = 20;

const DATE_START = /^(?:19|20)\d{2}年/;

/** The cells of a row, parted by spaces. */
function splitCells(line: Line): Line[] {
  return cellBounds(line).map(([start, end]) => sliceLine(line, start, end));
}

/**
 * A task laid out as a record, a field name on its own line over its value
 * (`责任单位` / `卫健局、文旅局`, `完成时限` / `6月底前`): the name becomes the
 * value's label (`责任单位：卫健局、文旅局`); a name over the task's own text
 * (`具体任务`) is dropped.
 */
function recordField(lines: readonly Line[], i: number): { line: Line; next: number } | null {
  const role = fieldOf(lines[i]!.text);
  if (!role) return null;
  let k = i + 1;
  while (k < lines.length && lines[k]!.text.length === 0) k++;
  const value = lines[k];
  if (!value || fieldOf(value.text) || roleOf(value.text)) return null;
  if (role === 'ordinal') return numberedRecord(lines, value, k + 1);
  if (role === 'title' || role === 'text') return { line: value, next: k + 1 };
  return { line: mergeLines([lines[i]!, synthetic('：', value), value]), next: k + 1 };
}

/** `序号` / `3` / `具体任务` / `…`: a record's number opens its task's text (`3.…`). */
function numberedRecord(lines: readonly Line[], number: Line, from: number): { line: Line; next: number } | null {
  if (!ROW_NUMBER.test(number.text)) return null;
  let k = from;
  while (k < lines.length && lines[k]!.text.length === 0) k++;
  const role = k < lines.length ? fieldOf(lines[k]!.text) : null;
  if (role === 'title' || role === 'text') {
    k++;
    while (k < lines.length && lines[k]!.text.length === 0) k++;
  } else if (role) return null;
  const text = lines[k];
  if (!text || fieldOf(text.text)) return null;
  return { line: mergeLines([number, synthetic('.', number), text]), next: k + 1 };
}

function fieldOf(text: string): TableColumnRole | null {
  if (text.length > HEADER_CELL_MAX) return null;
  return RECORD_FIELDS.find((f) => f.name.test(text))?.role ?? null;
}

/**
 * `责任单位` where the header has a lead column already and none of support (`牵头单位` / `责任单位`)
 * names those who answer beside the lead: the support. Alone it names the lead.
 */
function roleBeside(roles: readonly (TableColumnRole | null)[], role: TableColumnRole | null, heading: string): TableColumnRole | null {
  return role === 'lead' && roles.includes('lead') && !roles.includes('support') && SHARED_DUTY_HEADING.test(heading.replace(/\s+/g, '')) ? 'support' : role;
}

const SHARED_DUTY_HEADING = /^(?:其他)?责任(?:科室|单位|部门|处室|股室)$/;

function roleOf(text: string): TableColumnRole | null {
  // `一、主要预期目标`: a group's row under the header, however its words read.
  // A line longer than a heading and its note together is prose, whatever its words: most lines of a page are.
  if (text.length === 0 || text.length > HEADING_CELL_MAX + HEADING_NOTE_MAX || GROUP_ROW.test(text)) return null;
  // `工作内容（按照创建标准结合本镇实际）`: a heading's note in brackets says how the column is filled, not what it holds.
  if (text.length > HEADER_CELL_MAX) text = text.replace(HEADING_NOTE, '');
  if (text.length > HEADING_CELL_MAX) return null;
  const heading = text.replace(/\s+/g, '').replace(HEADING_YEAR, '');
  if (heading.length > HEADER_CELL_MAX + 4) return null;
  return TABLE_COLUMNS.find((c) => c.heading.test(heading))?.role ?? null;
}

const HEADING_NOTE = /[(（][^()（）]{2,24}[)）]$/;
const HEADING_NOTE_MAX = 26;

/** A heading cell with its year (`2022年7-9月份进展情况`). */
const HEADING_CELL_MAX = 18;

/**
 * An indicator table, a row a line, its cells parted by spaces (`重点行业申报率 86.5% ≥90% 约束性`):
 * each row becomes a clause that sets the name its target (`重点行业申报率≥90%`), the level it
 * starts from and the other columns left out; a target with no comparator is one to reach
 * (`达到100%`). Null unless line `i` is the header.
 */
function rowsOfIndicators(lines: readonly Line[], i: number): { line: Line; next: number } | null {
  const text = lines[i]!.text;
  const piped = text.startsWith('|');
  if (!piped) {
    const space = text.indexOf(' ');
    if (space < 1 || space > HEADER_CELL_MAX || !INDICATOR_COLUMNS.name.test(text.slice(0, space))) return null;
  } else if (!text.includes('指标')) return null;
  const cellsOf = (line: Line) => (piped ? pipedCells(line) : splitCells(line));
  const header = cellsOf(lines[i]!).map((c) => c.text);
  let k = i + 1;
  // A header cell wrapped onto a second line (`2020年` over `完成值`): the second line's cells end the columns.
  const under = piped ? null : cellsOf(lines[k] ?? BREAK).map((c) => c.text);
  if (under && under.length > 0 && under.length < header.length && under.every((h) => SUB_HEADING_CELL.test(h))) {
    under.forEach((h, j) => (header[header.length - under.length + j] += h));
    k++;
  }
  const name = header.findIndex((h) => INDICATOR_COLUMNS.name.test(h));
  // A review's column of what was reached (`2020年完成值`): its figures are the results, the aims beside them left out.
  const result = header.findIndex((h) => INDICATOR_COLUMNS.result.test(h));
  // The column of the year aimed at: named so (`目标值`), or the latest year of those given (`2020年 | 2025年`).
  let target = -1;
  header.forEach((h, k) => {
    if (k === name || !INDICATOR_COLUMNS.target.test(h) || INDICATOR_COLUMNS.baseline.test(h)) return;
    if (target < 0 || yearOf(h) >= yearOf(header[target]!)) target = k;
  });
  if (result >= 0) target = result;
  if (name < 0 || target < 0) return null;
  const unit = header.findIndex((h) => INDICATOR_COLUMNS.unit.test(h));
  const parts: Line[] = [];
  if (piped && PIPE_RULE.test(lines[k]?.text ?? '')) k++;
  for (; k < lines.length; k++) {
    if (piped !== lines[k]!.text.startsWith('|')) break;
    const cells = cellsOf(lines[k]!);
    if (cells.length !== header.length) break;
    const value = cells[target]!;
    let label = cells[name]!;
    // `人均预期寿命（岁）`: the unit the column's figures are in, said in the name.
    const inName = UNIT_IN_NAME.exec(label.text);
    const unitCell = unit >= 0 ? cells[unit]! : inName ? sliceLine(label, inName.index + 1, inName.index + inName[0].length - 1) : null;
    if (inName) label = sliceLine(label, 0, inName.index);
    if (parts.length > 0) parts.push(synthetic('；', value));
    parts.push(label);
    if (/^[\d.]/.test(value.text)) parts.push(synthetic(result >= 0 ? '为' : '达到', value));
    parts.push(value);
    // `1/10万`: a rate per 100,000 is written with its 1 in a unit cell.
    if (unitCell && unitCell.text.length > 0 && /\d$/.test(value.text)) parts.push(unitCell.text.startsWith('1/') ? sliceLine(unitCell, 1) : unitCell);
  }
  if (parts.length === 0) return null;
  parts.push(synthetic('。', parts[parts.length - 1]!));
  return { line: mergeLines(parts), next: k };
}

/** The second line of a wrapped heading cell: words, no figure (`基数`, `目标值`, `完成值`, `情况`). */
const SUB_HEADING_CELL = /^[\u4e00-\u9fa5]{1,4}$/;

/** `人均预期寿命（岁）`, `孕产妇死亡率（/10万）`: the unit in brackets at the end of a measure's name. */
const UNIT_IN_NAME = /[（(]([^（）()]{1,6})[)）]$/;

function yearOf(heading: string): number {
  return Number(/(?:19|20)\d{2}/.exec(heading)?.[0] ?? 0);
}

/** The cells of a piped row (`| 健康水平 | 人均预期寿命（岁） | 78.9 |`), each trimmed. */
function pipedCells(line: Line): Line[] {
  const cells: Line[] = [];
  let from = line.text.indexOf('|') + 1;
  for (let j = from; j < line.text.length; j++) {
    if (line.text[j] !== '|') continue;
    cells.push(trimLine(sliceLine(line, from, j)));
    from = j + 1;
  }
  return cells;
}

/** A table's caption (`表1 示例县“十四五”卫生健康发展主要指标`). */
const TABLE_CAPTION = /^表\s*\d{1,2}\s*\S{2,40}$/;
/** A paragraph that leads to a table: it ends on a colon or points at it (`具体指标见表1。`). */
const TABLE_INTRO = /[:：]$|见(?:下)?表\s*\d*[。.]?$|如下表[。.]?$/;

/** `（截至3月31日）`, `(超前/正常/滞后)`: a line in brackets under a heading cell says more of that column. */
const SUB_HEADING = /^[(（][^()（）]{1,20}[)）]$/;

/** The column roles of a header that starts at line `i` and how many lines it takes, or null. */
function headerAt(lines: readonly Line[], i: number, first: TableColumnRole = 'ordinal'): { roles: (TableColumnRole | null)[]; labels: string[]; length: number } | null {
  const opening = roleOf(lines[i]!.text);
  // `抽查单位` / `序号` / …: a column of the body that does the work may stand before the numbers, merged down the rows.
  if (opening !== first && !(first === 'ordinal' && opening === 'lead' && roleOf(lines[i + 1]?.text ?? '') === 'ordinal')) return null;
  const roles: TableColumnRole[] = [];
  const labels: string[] = [];
  let k = i;
  for (; k < lines.length && roles.length < 12; k++) {
    if (roles.length > 0 && SUB_HEADING.test(lines[k]!.text)) continue;
    let text = lines[k]!.text;
    let role = roleBeside(roles, roleOf(text), text);
    // `重点` / `任务`: a narrow column's heading a PDF wrapped over two lines.
    if (!role && roles.length > 0 && text.length <= WRAPPED_HEADING_PART && k + 1 < lines.length && lines[k + 1]!.text.length <= WRAPPED_HEADING_PART) {
      const joined = text + lines[k + 1]!.text;
      role = roleBeside(roles, roleOf(joined), joined);
      if (role) {
        text = joined;
        k++;
      }
    }
    // `项目` / `名称`: a heading whose last word a narrow column put on the next line, which alone names no column.
    const next = lines[k + 1]?.text ?? '';
    if (role && text.length <= WRAPPED_HEADING_PART && HEADING_TAIL.test(next) && roleOf(next) === null && roleOf(text + next) === role) {
      text += next;
      k++;
    }
    // Columns read by no one may be many (`抽查计划名称`, `抽查类型`, `抽取日期`); progress read at one date after another
    // (`进展情况` / `(7月)`, `进展情况` / `(10月)`) is reported in each.
    // `主要工作目标` / `目标任务主要内容`: of two columns of what is to be done, the first, beside the second, names it.
    if (role === 'text' && roles.includes('text') && !roles.includes('title')) roles[roles.indexOf('text')] = 'title';
    else if (!role || (roles.includes(role) && role !== 'note' && role !== 'result')) break;
    roles.push(role);
    labels.push(text.replace(/\s+/g, ''));
  }
  if (roles.length < HEADER_MIN_CELLS || !(roles.includes('title') || roles.includes('text'))) return null;
  return { roles, labels, length: k - i };
}

/** The last word of a column's heading, wrapped to a line of its own (`项目` / `名称`). */
const HEADING_TAIL = /^(?:名称|内容|单位|部门|科室|时限|情况)$/;

/** A heading's part on a line of its own, where a narrow column wrapped it. */
const WRAPPED_HEADING_PART = 3;

/**
 * A table of one cell a line with no column of numbers (`工作任务` / `目标要求` / `责任股室` / …): a
 * row is a cell for each column, the text's cell running over lines until a sentence ends, `/`
 * or `—` an empty cell. Each row becomes a task line without a number, under the group rows
 * (`一、…`) that head it. Null unless the header and two rows read so.
 */
function unnumberedTableAt(lines: readonly Line[], i: number): { lines: Line[]; next: number } | null {
  const header = headerAt(lines, i, 'title');
  if (!header || header.roles.includes('ordinal') || !header.roles.includes('text') || !header.roles.some((r) => r === 'lead' || r === 'deadline')) return null;
  const roles = header.roles;
  const out: Line[] = [];
  let rows = 0;
  let k = i + header.length;
  for (;;) {
    while (k < lines.length && (lines[k]!.text.length === 0 || PAGE_NUMBER.test(lines[k]!.text))) k++;
    if (k >= lines.length) break;
    if (GROUP_ROW.test(lines[k]!.text)) {
      out.push(lines[k]!);
      k++;
      continue;
    }
    // Cells that may run over lines of their own (a PDF's narrow columns): the row is read up to its deadline.
    const byDeadline = roles[roles.length - 1] === 'deadline' ? rowToDeadline(lines, k, roles) : null;
    if (byDeadline) {
      out.push(...rowLines(null, byDeadline.cells, false));
      rows++;
      k = byDeadline.next;
      continue;
    }
    const cells = new Map<TableColumnRole, Line | null>();
    let at = k;
    let whole = true;
    for (const role of roles) {
      const line = lines[at];
      if (!line || line.text.length === 0 || GROUP_ROW.test(line.text)) {
        whole = false;
        break;
      }
      if (role === 'text') {
        // The text's cell runs on until its sentence ends (`…新增达到"优质服务基层行"推` / `荐标准的…2家。`).
        let end = at;
        while (end + 1 < lines.length && end - at < 4 && !/[。；;！!]$/.test(lines[end]!.text) && lines[end + 1]!.text.length > 0) end++;
        cells.set(role, mergeLines(lines.slice(at, end + 1)));
        at = end + 1;
        continue;
      }
      if (role === 'title' && (line.text.length > TITLE_CELL_MAX || /[。；;]$/.test(line.text))) {
        whole = false;
        break;
      }
      const before = role ? cells.get(role) : undefined;
      const cell = EMPTY_CELL.test(line.text) ? null : line;
      if (role) cells.set(role, before && cell ? mergeLines(/[。；;]$/.test(before.text) ? [before, cell] : [before, synthetic('；', cell), cell]) : (before ?? cell));
      at++;
    }
    if (!whole) break;
    out.push(...rowLines(null, cells, false));
    rows++;
    k = at;
  }
  return rows >= 2 ? { lines: out, next: k } : null;
}

/**
 * A row whose cells may each run over several lines, read up to the line that is its deadline: the
 * title its first line, the units the lines of names right before the deadline, the text the rest.
 * Null unless a deadline ends the row within a few lines and the text between holds a sentence's words.
 */
function rowToDeadline(lines: readonly Line[], k: number, roles: readonly (TableColumnRole | null)[]): { cells: Map<TableColumnRole, Line | null>; next: number } | null {
  const row: Line[] = [lines[k]!];
  let d = k + 1;
  for (; d < lines.length && row.length <= ROW_LINES_MAX; d++) {
    const line = lines[d]!;
    if (line.text.length === 0 || PAGE_NUMBER.test(line.text)) continue;
    if (ROW_DEADLINE.test(line.text) || GROUP_ROW.test(line.text)) break;
    // The header printed again at the top of the next page, in the middle of a row.
    const again = headerAt(lines, d, roles[0] ?? 'title');
    if (again) {
      d += again.length - 1;
      continue;
    }
    row.push(line);
  }
  if (d >= lines.length || !ROW_DEADLINE.test(lines[d]!.text)) return null;
  const cells = new Map<TableColumnRole, Line | null>();
  cells.set('deadline', lines[d]!);
  let from = 0;
  if (roles[0] === 'title') {
    if (row[0]!.text.length > TITLE_CELL_MAX) return null;
    cells.set('title', row[0]!);
    from = 1;
  }
  let to = row.length;
  for (const role of [...roles].reverse()) {
    if (role !== 'lead' && role !== 'support') continue;
    if (to - 1 > from && EMPTY_CELL.test(row[to - 1]!.text)) to--;
    else if (to - 1 > from && isUnitList(row[to - 1]!.text)) cells.set(role, row[--to]!);
  }
  // One line of names for two columns of units: they lead.
  if (!cells.has('lead') && cells.has('support')) {
    cells.set('lead', cells.get('support')!);
    cells.delete('support');
  }
  if (to <= from) return null;
  cells.set('text', mergeLines(row.slice(from, to)));
  return { cells, next: d + 1 };
}

/** A deadline cell: a date (`2023年12月底`, `2023年12月`), a quarter or a word of the whole year. */
const ROW_DEADLINE = /^(?:(?:19|20)\d{2}年(?:\d{1,2}月份?)?|\d{1,2}月份?)(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前)?$|^(?:全年|持续推进|长期坚持|常态化|长期|年底前?|年内|(?:(?:19|20)\d{2}年)?[一二三四1-4]季度(?:末|底)?|上半年|下半年)$/;

/** A row's cells run over at most this many lines. */
const ROW_LINES_MAX = 14;

function isUnitList(text: string): boolean {
  return text.split('、').every((name) => isUnitCell(name));
}

/**
 * A table no reader could read as rows (its rows grouped under headings, items numbered in the text), its header
 * cells one a line (`指标内容` / `指标要求` / `实施部门`), one column of units: the header goes, and a line of units
 * alone under an item's text is that column's cell, labelled as such (`实施部门：区财政局`), for the item above it.
 */
export function labelUnitColumn(lines: Line[]): Line[] {
  const headers: { at: number; length: number; roles: (TableColumnRole | null)[] }[] = [];
  for (let k = 0; k < lines.length; k++) {
    let end = k;
    while (end < lines.length && roleOf(lines[end]!.text.trim()) !== null) end++;
    if (end - k >= HEADER_MIN_CELLS) headers.push({ at: k, length: end - k, roles: lines.slice(k, end).map((l) => roleOf(l.text.trim())) });
    k = end;
  }
  const first = headers[0];
  if (!first) return lines;
  const unitColumns = first.roles.filter((r) => r === 'lead' || r === 'support');
  if (unitColumns.length !== 1 || !first.roles.some((r) => r === 'text' || r === 'title')) return lines;
  const label = lines[first.at + first.roles.findIndex((r) => r === unitColumns[0])]!;
  const skipped = new Set(headers.flatMap((h) => Array.from({ length: h.length }, (_, j) => h.at + j)));
  const out: Line[] = [];
  lines.forEach((line, k) => {
    if (skipped.has(k)) return;
    const text = line.text.trim();
    const before = out[out.length - 1];
    const unitsAlone = k > first.at && text.length > 0 && text.length <= UNIT_LINE_MAX && !/[。，,；;：:]/.test(text) && (isUnitCell(text.split('、')[0]!) || LEVEL_BODY.test(text.split('、')[0]!)) && before !== undefined && /[。；;]$/.test(before.text);
    out.push(unitsAlone ? mergeLines([synthetic(`${label.text.trim()}：`, line), line]) : line);
  });
  return out;
}
const UNIT_LINE_MAX = 40;
/** `区政府`, `县卫计局`: a level's own body, its name short. */
const LEVEL_BODY = /^[省市县区镇乡][\u4e00-\u9fa5]{0,6}(?:政府|局|委|办)$/;

/** A cell left empty on purpose. */
const EMPTY_CELL = /^[/／—\-－]+$/;
/** A task's name in a table is a phrase, not a paragraph. */
const TITLE_CELL_MAX = 40;

/**
 * A table whose every cell stands between empty lines (`序号` / `` / `目标任务` / `` / …), as some
 * pages lay out a Word table: the empty lines part cells and mean no empty cell. Read with them
 * left out; the rows end where the numbering stops.
 */
function spacedTableAt(lines: readonly Line[], i: number): { lines: Line[]; next: number } | null {
  if (roleOf(lines[i]!.text) !== 'ordinal' || lines[i + 1]?.text.length !== 0) return null;
  const kept: number[] = [];
  for (let k = i; k < lines.length; k++) if (lines[k]!.text.length > 0) kept.push(k);
  const compact = kept.map((k) => lines[k]!);
  const header = headerAt(compact, 0);
  if (!header) return null;
  const { lines: rows, next } = readRows(compact, header.length, header.roles);
  if (rows.length === 0) return null;
  return { lines: rows, next: next < kept.length ? kept[next]! : lines.length };
}

/**
 * A table written a row a line with no column of numbers, its first column a group merged down the
 * rows (`项目 负责领导 责任科室 工作内容 完成时间` / `健康教育 刘晓燕 镇卫生院 建设宣传栏。… 2019年5月底前` /
 * ` 刘晓燕 镇中心学校 开展…`), its header perhaps after the table's caption on the same line. Each group
 * becomes a heading (`一、健康教育`), each row a task line under it.
 */
function groupedRowsAt(lines: readonly Line[], i: number): TableRead | null {
  const line = lines[i]!;
  // A header is a short line of a few cells parted by spaces: most lines are ruled out by their length or their spaces.
  const space = line.text.indexOf(' ');
  if (space < 0 || line.text.length > GROUPED_HEADER_MAX || line.text.indexOf(' ', space + 1) < 0) return null;
  let header = splitCells(line);
  // `…任务分解表 项目 负责领导 …`: the caption glued before the header.
  if (header.length > HEADER_MIN_CELLS && !roleOf(header[0]!.text) && TABLE_CAPTION_CELL.test(header[0]!.text)) header = header.slice(1);
  const roles = header.map((c) => roleOf(c.text));
  if (header.length < HEADER_MIN_CELLS || roles.some((r) => r === null) || roles.includes('ordinal')) return null;
  if ((roles[0] !== 'title' && roles[0] !== 'category') || !roles.includes('text') || !(roles.includes('lead') || roles.includes('deadline'))) return null;
  const rest = roles.slice(1);
  const out: Line[] = [];
  let groups = 0;
  let rows = 0;
  let k = i + 1;
  for (; k < lines.length; k++) {
    const row = lines[k]!;
    if (row.text.length === 0) continue;
    const cells = splitCells(row);
    // A row opens its group with the group's cell; the rows after leave it empty.
    const opens = cells.length >= roles.length;
    const own = opens ? cells.slice(1) : cells;
    if (own.length < rest.length || (opens && roleOf(cells[0]!.text)) || !rowFits(own, rest)) break;
    if (opens) out.push(mergeLines([synthetic(`${toChineseNumeral(++groups)}、`, cells[0]!), cells[0]!]));
    else if (groups === 0) break;
    out.push(...rowLines(null, assign(own, rest), false).map((l): Line => ({ ...l, tableRow: true })));
    rows++;
  }
  return rows >= 2 ? { lines: out, next: k } : null;
}

const UNIT_LIST_MAX = 40;
const GROUPED_HEADER_MAX = 120;

/** `…任务分解表`, `…工作台账`: a caption, the table's name. */
const TABLE_CAPTION_CELL = /(?:表|清单|台账)$/;

/** Whether a row's cells hold what their columns say: a unit where units stand, a date where the deadline does. */
function rowFits(cells: readonly Line[], roles: readonly (TableColumnRole | null)[]): boolean {
  const lead = roles.indexOf('lead');
  const deadline = roles.lastIndexOf('deadline');
  if (deadline === roles.length - 1 && !isDeadlineCell(cells[cells.length - 1]!.text)) return false;
  // Units where units stand: names, or at least no sentence (`镇中心学校` ends as no office does).
  return lead < 0 || lead >= cells.length || isUnitCell(cells[lead]!.text.replace(/[(（][^()（）]{1,4}[)）]/g, '')) || (cells[lead]!.text.length <= UNIT_LIST_MAX && !/[。，,；;：:]/.test(cells[lead]!.text));
}

/** A row that spans the table (`一、提升公共卫生服务能力`): a heading over the rows below it. */
const GROUP_ROW = /^[一二三四五六七八九十]{1,3}[、.．]/;
/** A remark in brackets on a line of its own (`（此件公开发布）`). */
const STANDALONE_REMARK = /^[(（][^()（）]{1,20}[)）]$/;
/** The date under a signature: the table ended above it. */
const SIGNATURE_DATE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发|发布|签发)?$/
/** A page's number between two parts of a table (`— 1 —`, `- 2 -`). */
const PAGE_NUMBER = /^[—\-－]\s*\d{1,3}\s*[—\-－]$/;

/** Reads rows until the numbering stops: each row starts with its number, 1, 2, 3… */
function readRows(lines: readonly Line[], start: number, allRoles: readonly (TableColumnRole | null)[], labels: readonly string[] = []): { lines: Line[]; next: number } {
  // Columns before the numbers (`抽查单位`) are merged down the rows: printed on the first row they cover, then carried.
  const numberAt = Math.max(0, allRoles.indexOf('ordinal'));
  const carriedRoles = allRoles.slice(0, numberAt);
  const carried = new Map<TableColumnRole, Line | null>();
  const roles = allRoles.slice(numberAt);
  const rowLabels = labels.slice(numberAt + 1);
  const width = roles.length - 1;
  const out: Row[] = [];
  let expected = 1;
  let at = start;
  const skip = (k: number): number => {
    for (;;) {
      while (k < lines.length && (lines[k]!.text.length === 0 || PAGE_NUMBER.test(lines[k]!.text))) k++;
      // The header printed again at the top of the next page.
      const again = k < lines.length ? headerAt(lines, k) : null;
      if (again && again.roles.length === roles.length) k += again.length;
      else return k;
    }
  };
  at = skip(at);
  // `2` / … / `71` / `72` / `74`: the rows a department took out of a longer list keep that list's numbers.
  // A number further on than the next opens a row only once the row before has all its cells, or as the first.
  const later = (text: string) => /^\d{1,3}$/.test(text) && Number(text) > expected && Number(text) <= expected + ROW_NUMBER_GAP_MAX;
  const groupsBefore = (k: number): number => {
    while (k < lines.length && GROUP_ROW.test(lines[k]!.text)) k = skip(k + 1);
    return k;
  };
  const first = groupsBefore(at);
  if (first < lines.length && lines[first]!.text !== '1' && later(lines[first]!.text)) expected = Number(lines[first]!.text);
  for (;;) {
    // Group rows stand over the row they head, one after another where a group has no rows of its own.
    const headed = lines[groupsBefore(at)]?.text ?? '';
    while (at < lines.length && GROUP_ROW.test(lines[at]!.text) && (headed === String(expected) || later(headed))) {
      out.push(lines[at]!);
      at = skip(at + 1);
    }
    if (at < lines.length && out.length > 0 && lines[at]!.text !== String(expected) && later(lines[at]!.text)) expected = Number(lines[at]!.text);
    if (carriedRoles.length > 0 && lines[at + carriedRoles.length]?.text === String(expected) && lines[at]!.text !== String(expected)) {
      carriedRoles.forEach((role, k) => role && carried.set(role, nonEmpty(lines[at + k])));
      at += carriedRoles.length;
    }
    if (at >= lines.length || lines[at]!.text !== String(expected)) break;
    let end = at + 1;
    const cells: Line[] = [];
    while (end < lines.length) {
      const k = skip(end);
      const nextRow = (text: string) => text === String(expected + 1) || (cells.length >= width && later(text) && Number(text) > expected + 1);
      if (k >= lines.length || nextRow(lines[k]!.text) || (GROUP_ROW.test(lines[k]!.text) && nextRow(lines[groupsBefore(k)]?.text ?? ''))) {
        end = k;
        break;
      }
      // `注：…`, `制表：…` under the last row, its cells all read: the table ends.
      if (cells.length >= width && TABLE_FOOTER.test(lines[k]!.text)) {
        end = k;
        break;
      }
      // The last row has its cells only; what follows the table (a signature, a date) is not part of it.
      // Unless the line goes on with the row: a name list's next name, or its deadline still to come (`2025年9月` / `底前`).
      const last = cells[cells.length - 1];
      // A row whose last column is its deadline goes on to it: a text cell a narrow column wrapped over many lines is still one.
      const toDeadline = roles[roles.length - 1] === 'deadline' && !cells.some((c) => isDeadlineCell(c.text)) && lines.slice(k, k + DEADLINE_AHEAD).some((l) => isDeadlineCell(l.text));
      const goesOn = toDeadline || lines[k]!.text.startsWith('、') || (last !== undefined && isCut(last, lines[k]!, 'deadline')) || (roles.includes('deadline') && !cells.some((c) => isDateCell(c.text)) && (isDateCell(lines[k]!.text) || DATE_FRAGMENT.test(lines[k]!.text)));
      if (cells.length >= width && !goesOn && !lines.slice(k).some((l) => l.text === String(expected + 1))) {
        const after = lines.slice(k, k + 3).filter((l) => l.text.length > 0);
        const run = verticalRun(cells);
        if (cells.filter((c) => c.text.length > 0).length - Math.max(0, run - 1) >= width + 2 || after.slice(0, 2).some((l) => SIGNATURE_DATE.test(l.text))) {
          end = k;
          break;
        }
      }
      cells.push(lines[end]!);
      end++;
    }
    while (cells.length > width && cells[cells.length - 1]!.text.length === 0) cells.pop();
    const assigned = assign(cells, roles.slice(1));
    for (const [role, cell] of carried) if (!assigned.get(role)) assigned.set(role, cell);
    // A lead cell merged down the rows is printed on the first of them: an empty one takes the lead above it.
    const above = out.length > 0 ? out[out.length - 1] : undefined;
    if (roles.includes('lead') && !assigned.get('lead') && above && 'cells' in above && above.cells.get('lead')) assigned.set('lead', above.cells.get('lead')!);
    labelByHeading(assigned, roles.slice(1), rowLabels);
    out.push({ number: lines[at]!, cells: assigned });
    expected++;
    at = end;
  }
  return { lines: emitRows(out), next: at };
}

type Row = { number: Line; cells: Map<TableColumnRole, Line | null> } | Line;

/** How many lines ahead the last row's deadline may stand: its units' cells between. */
const DEADLINE_AHEAD = 3;

/** How far a row's number may jump past the one before (rows taken out of a longer list). */
const ROW_NUMBER_GAP_MAX = 100;

/** `6户` under `抽查数量` reads `抽查数量6户`: a count or a scope says what it counts by its heading; so does a restated aim. */
function labelByHeading(cells: Map<TableColumnRole, Line | null>, roles: readonly (TableColumnRole | null)[], labels: readonly string[]): void {
  for (const role of ['quantity', 'scope'] as const) {
    const cell = cells.get(role);
    const label = labels[roles.indexOf(role)];
    if (cell && label) cells.set(role, mergeLines([synthetic(role === 'scope' ? `${label}：` : label, cell), cell]));
  }
  // `年度目标` beside `完成情况`, a task's name in a column of its own: the aim it restates says so, as its own words would.
  const aim = cells.get('text');
  const heading = labels[roles.indexOf('text')];
  if (aim && heading && roles.includes('result') && roles.includes('title') && RESTATED_AIM_HEADING.test(heading)) cells.set('text', mergeLines([synthetic(`${heading}：`, aim), aim]));
}

/**
 * Where some rows leave the 重点任务 cell empty (merged down over them), that
 * cell heads the rows it spans; where every row has its own, it is the task's title.
 */
function emitRows(rows: readonly Row[]): Line[] {
  const tableRows = rows.filter((r): r is Exclude<Row, Line> => 'cells' in r);
  const merged = tableRows.some((r) => !r.cells.get('title')) && tableRows.some((r) => r.cells.get('title'));
  return rows.flatMap((r) => ('cells' in r ? rowLines(r.number, r.cells, merged) : [r]));
}

/**
 * Cells to columns. A cell that wrapped over several lines makes more lines
 * than columns. Columns of names and dates are read from the right, a line
 * joined to the one before it where that one is cut (`区疾控中` / `心`,
 * `2025年12` / `月底`); the title from the left; the text column takes the rest.
 */
function assign(rowCells: readonly Line[], roles: readonly (TableColumnRole | null)[]): Map<TableColumnRole, Line | null> {
  const out = new Map<TableColumnRole, Line | null>();
  // The column that takes the lines a cell ran over: a progress report's results (numbered, one a line), else the task's text.
  const textIndex = ['result', 'text', 'title'].map((r) => roles.indexOf(r as TableColumnRole)).find((k) => k >= 0) ?? -1;
  let cells = rowCells;
  // `推进医疗集团建设。组建集团3个，` / `转诊人次增长15%。`: a cell cut after a comma is the text going on, not a title.
  const before = textIndex > 0 && roles[textIndex - 1] === 'title' ? cells[textIndex - 1] : undefined;
  if (before && CUT_AFTER.test(before.text) && cells[textIndex]) cells = [...cells.slice(0, textIndex - 1), sliceLine(before, 0, 0), mergeLines([before, cells[textIndex]!]), ...cells.slice(textIndex + 1)];
  // A row under a 重点任务 cell merged from above whose unit cell ran over lines: a sentence where
  // the title stands and a unit's name where the text does say the title is empty.
  if (cells.length >= roles.length && before && isSentenceCell(before.text) && cells[textIndex] && isUnitCell(cells[textIndex]!.text)) cells = [...cells.slice(0, textIndex - 1), sliceLine(before, 0, 0), ...cells.slice(textIndex - 1)];
  if (cells.length === roles.length || textIndex < 0) {
    roles.forEach((r, k) => r && out.set(r, nonEmpty(cells[k])));
    return out;
  }
  if (cells.length < roles.length) return assignShort(cells, roles, textIndex);
  let right = cells.length;
  for (let k = roles.length - 1; k > textIndex; k--) {
    const role = roles[k];
    let first = right - 1;
    while (first - 1 > textIndex && isCut(cells[first - 1]!, mergeLines(cells.slice(first, right)), role ?? null)) first--;
    if (role) out.set(role, first < right - 1 ? mergeLines(cells.slice(first, right)) : nonEmpty(cells[first]));
    // `体改科 医政科`: the table's one column of units takes every name before it, parted by a space.
    if (role && soleUnitColumn(roles, role)) {
      const names: Line[] = [];
      while (first - 1 > textIndex && UNIT_CELL.test(cells[first - 1]!.text)) names.unshift(cells[--first]!);
      if (names.length > 0) out.set(role, nameList([...names, out.get(role)!]));
    }
    right = first;
  }
  const t = Math.min(textCellAt(cells, textIndex, roles), right - 1);
  fillBeforeText(cells, t, roles, textIndex, out);
  const middle = cells.slice(t, right).filter((c) => c.text.length > 0);
  out.set(roles[textIndex]!, middle.length ? mergeLines(middle) : null);
  return out;
}

/**
 * A row of a responsibility or progress table read by what its cells hold (`62 实施…。 周 明 林晓岚
 * 县卫健委 各乡镇 县发改委 县财政局 达到时序进度 已完成3所… 完成剩余2所…`): the task's text first; then
 * people (who lead it, read by no one) and units, the first as many as the lead columns lead and the
 * rest support; a self-assessment; then the results, and the next period's plan, read by no one.
 */
function assignByKind(cells: readonly Line[], roles: readonly (TableColumnRole | null)[]): Map<TableColumnRole, Line | null> {
  const out = new Map<TableColumnRole, Line | null>();
  const textRole = roles.find((r) => r === 'text' || r === 'title') ?? 'text';
  out.set(textRole, nonEmpty(cells[0]));
  // `工作任务` / `具体措施`: a task's name in a column of its own, its measures the first long cell after it.
  const measures = textRole === 'title' && roles.includes('text') ? 1 : 0;
  const units: Line[] = [];
  const long: Line[] = [];
  const lastIsDeadline = roles[roles.length - 1] === 'deadline';
  const supportsLabelled: Line[] = [];
  for (const cell of cells.slice(1)) {
    // The deadline closes the row: what follows it on the line is the page's, not the row's (a signature, a date).
    if (lastIsDeadline && out.has('deadline')) break;
    // `配合:各乡镇卫生院`, `各科室协助`: units the cell itself says support.
    const supporting = SUPPORT_CELL.exec(cell.text);
    const names = supporting ? (supporting[1] ?? supporting[2]!) : '';
    if (supporting && isUnitCell(names)) {
      const at = cell.text.indexOf(names);
      supportsLabelled.push(sliceLine(cell, at, at + names.length));
    } else if (isUnitCell(cell.text)) {
      if (long.length <= measures) units.push(cell);
    } else if (roles.includes('deadline') && !out.has('deadline') && isDeadlineCell(cell.text)) out.set('deadline', sliceLine(cell, DEADLINE_LABEL.exec(cell.text)?.[0].length ?? 0));
    else if (PROGRESS_STATUS.test(cell.text) || SCHEDULE_STATUS.test(cell.text) || PERSON_CELL.test(cell.text)) continue;
    // `…与医保结算平台对` / `接,门诊…`: a cell a page break cut goes on in the next.
    else if (long.length > 0 && units.length === 0 && !/[。；;！!？?]$/.test(long[long.length - 1]!.text)) long.push(mergeLines([long.pop()!, cell]));
    else long.push(cell);
  }
  const leads = roles.filter((r) => r === 'lead').length;
  // `县卫健委` in both lead columns is one lead.
  const list = (cellsOfNames: readonly Line[]) => nameList(cellsOfNames.filter((n, k) => cellsOfNames.findIndex((o) => o.text === n.text) === k));
  const supports = roles.includes('support');
  out.set('lead', list(supports ? units.slice(0, Math.max(1, leads)) : units));
  if (supports || supportsLabelled.length > 0) out.set('support', list([...(supports ? units.slice(Math.max(1, leads)) : []), ...supportsLabelled]));
  // `2 适龄儿童…接种率保持在95%以上，… 免疫规划科 …`: a row under a 重点任务 cell merged from above opens with its measures.
  if (measures && long.length === 0 && (isSentenceCell(cells[0]!.text) || MEASURES_CELL.test(cells[0]!.text))) {
    out.set('title', null);
    out.set('text', nonEmpty(cells[0]));
  } else if (measures) out.set('text', nonEmpty(long[0]));
  if (roles.includes('result')) out.set('result', nonEmpty(long[measures]));
  if (roles.includes('next')) out.set('next', nonEmpty(long[measures + (roles.includes('result') ? 1 : 0)]));
  return out;
}

/** Cells of names as one list of them, parted by `、`; null for none. */
function nameList(names: readonly Line[]): Line | null {
  return names.length === 0 ? null : mergeLines(names.flatMap((n, k) => (k === 0 ? [n] : [synthetic('、', n), n])));
}

function isUnitCell(text: string): boolean {
  if (UNIT_CELL.test(text) || GENERIC_UNIT_CELL.test(text)) return true;
  // `区妇联、各镇（街道）`: a list of names, each a unit.
  return text.includes('、') && text.split('、').every((name) => name.length > 0 && (UNIT_CELL.test(name) || GENERIC_UNIT_CELL.test(name)));
}

/** A column's date or period (`2023年12月底前`, `持续推进`, `全年`), as the deadline forms read one. */
function isDeadlineCell(text: string): boolean {
  // `限时:10月31日`: the cell's own label.
  const bare = text.replace(DEADLINE_LABEL, '').replace(DUE_PREFIX, '').replace(DUE_SUFFIX, '');
  return bare.length > 0 && bare.length <= 16 && (DUE_FORMS.some((f) => f.pattern.test(bare)) || ONGOING_CELL.test(bare));
}
const DEADLINE_LABEL = /^(?:限时|时限|完成时限|完成时间)[:：]\s*/;
/** `长期坚持`, `常态化推进`: the column's word for work that has no end date, still its cell. */
const ONGOING_CELL = /^(?:长期坚持|长期|持续推进|持续开展|常态化(?:推进|开展)?)$/;

/** `各乡镇`, `县直有关单位`, `县卫健委(县爱卫办)`: units a name ending does not tell. */
const GENERIC_UNIT_CELL = /^(?:各|有关|相关)?[\u4e00-\u9fa5]{0,10}(?:乡镇|街道|镇|乡|单位|部门)(?:[(（](?:街道|乡镇|乡|场|社区)[)）])?$|^[^。，,；;\d]{2,15}(?:委|局|办|院|中心)[(（][^()（）]{2,10}[)）]$/;
/** `达到时序进度`, `滞后时序进度`: how the work stands against its schedule. */
const SCHEDULE_STATUS = /^(?:达到|超过|滞后|落后|符合)?(?:时序|序时)进度$/;
/** A person's name, or part of one the layout split (`周  明`), or a name with its post (`卢嘉(副主任)`). */
const PERSON_CELL = /^[\u4e00-\u9fa5]{1,3}$|^[\u4e00-\u9fa5]{2,4}[(（](?:副)?(?:主任|科长|院长|局长|书记|站长|所长|部长|处长|组长|负责人)[)）]$/;
/** `配合:各乡镇卫生院`, `各科室协助`: a cell of units labelled, or said, as those who support. */
const SUPPORT_CELL = /^(?:配合|协助|协作|参与)(?:单位|科室|部门)?[:：]\s*(\S+)$|^(\S+?)(?:配合|协助|协作|参与)$/;

/**
 * Where the text cell starts, if the columns before the text hold fewer or more cells than they are (a
 * group's cell left out on the rows under its first, or printed down the page a character a line);
 * else where the columns say.
 */
function textCellAt(cells: readonly Line[], textIndex: number, roles: readonly (TableColumnRole | null)[]): number {
  // Before a progress report's results stands the aim, a sentence too: the columns place it.
  if (textIndex === 0 || roles.slice(0, textIndex).includes('text')) return textIndex;
  const run = verticalRun(cells) || narrowRun(cells);
  if (run > 0) return run;
  // A row whose cells ran over lines, its first line a sentence going on (`提升基层服务能力。新建社`): the text, under a cell merged from above.
  if (cells.length > roles.length && SENTENCE_GOES_ON.test(cells[0]!.text)) return 0;
  // A row with fewer cells: where the text's column holds a unit's name or a date, the text stands further left.
  let t = Math.min(textIndex, cells.length - 1);
  while (t > 0 && cells.length <= roles.length && (UNIT_CELL.test(cells[t]!.text) || isDateCell(cells[t]!.text))) t--;
  return t;
}

/** How many cells a column printed down the page a character a line (`疫` / `情` / `防` / `控`) opens the row with, or 0. */
function verticalRun(cells: readonly Line[]): number {
  let n = 0;
  while (n < cells.length && cells[n]!.text.length === 1) n++;
  return n >= 2 ? n : 0;
}

/** How many lines a narrow column wrapped a word or two a line (`疫情` / `防控`) opens the row with, before the text's wider lines; or 0. */
function narrowRun(cells: readonly Line[]): number {
  let n = 0;
  while (n < cells.length && NARROW_CELL_LINE.test(cells[n]!.text)) n++;
  return n >= 2 && n < cells.length && cells[n]!.text.length > NARROW_CELL_MAX * 2 ? n : 0;
}

const NARROW_CELL_MAX = 3;
const SENTENCE_GOES_ON = /[。；;][^。；;]+$/;
const NARROW_CELL_LINE = new RegExp(`^[\\u4e00-\\u9fa5]{1,${NARROW_CELL_MAX}}$`);

/** The columns before the text from the cells before it: the last ones right-aligned, the first column taking what is left. */
function fillBeforeText(cells: readonly Line[], t: number, roles: readonly (TableColumnRole | null)[], textIndex: number, out: Map<TableColumnRole, Line | null>): void {
  for (let k = textIndex - 1, c = t - 1; k >= 0; k--, c--) {
    const role = roles[k];
    if (!role) continue;
    const cell = k === 0 && c > 0 ? mergeLines(cells.slice(0, c + 1)) : cells[c];
    out.set(role, c >= 0 ? nonEmpty(cell) : null);
  }
}

/** Fewer cells than columns (an empty cell lost with its spaces): a date is the deadline, names fill the unit columns in order. */
function assignShort(cells: readonly Line[], roles: readonly (TableColumnRole | null)[], textIndex: number): Map<TableColumnRole, Line | null> {
  const out = new Map<TableColumnRole, Line | null>();
  const t = Math.min(textCellAt(cells, textIndex, roles), cells.length - 1);
  fillBeforeText(cells, t, roles, textIndex, out);
  out.set(roles[textIndex]!, nonEmpty(cells[t]));
  const rest = cells.slice(t + 1);
  const last = rest[rest.length - 1];
  if (last && roles.includes('deadline') && isDateCell(last.text)) {
    out.set('deadline', last);
    rest.pop();
  }
  const unitRoles = roles.slice(textIndex + 1).filter((r): r is TableColumnRole => r === 'lead' || r === 'support');
  unitRoles.forEach((r, k) => out.set(r, nonEmpty(rest[k])));
  return out;
}

const DEADLINE_CELL = /(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末|前|内|中旬|上旬|下旬|\d{1,2}日)$|持续推进|长期坚持|全年|常态化|^\d{4}年(?:\d{1,2}月份?)?$|^(?:\d{4}年)?(?:[一二三四1-4]季度|上半年|下半年)(?:末|底|前)?$/;
/** A cell of a date or a period, not a sentence that ends in one (`平均住院日控制在8.5天以内`). */
function isDateCell(text: string): boolean {
  return text.length <= DATE_CELL_MAX && !/[，,。；;]/.test(text) && DEADLINE_CELL.test(text);
}
const DATE_CELL_MAX = 16;
/** A cell of a task's own words, no title: longer than a title or a sentence ended inside it. */
function isSentenceCell(text: string): boolean {
  return text.length > TITLE_CELL_MAX || /[。；;]./.test(text);
}
/** `…接种率保持在95%以上，完成…改造8家`: clauses and figures, what is to be done, never a task's name. */
const MEASURES_CELL = /[，,；;].*\d|\d.*[，,；;]/;
/** A cell that ends mid-sentence. */
const CUT_AFTER = /[，,、；;]$/;
/** A cell that is one unit's name, whole. */
const UNIT_CELL = new RegExp(`^[^。，,；;：:\\d]{2,15}(?:${UNIT_NAME_ENDINGS.join('|')})$`);

function soleUnitColumn(roles: readonly (TableColumnRole | null)[], role: TableColumnRole): boolean {
  return (role === 'lead' || role === 'support') && roles.filter((r) => r === 'lead' || r === 'support').length === 1;
}
/** The first part of a date cut by a wrap: `2025年12`, `2025年`. */
const DATE_FRAGMENT = /^(?:19|20)\d{2}年?(?:\d{1,2}月?)?$/;
const NAME_END = /(?:科|办|室|处|局|委|会|中心|站|所|院|队|部|组|股|政府|单位|机构|部门|医院|[)）])$/;

/** Whether `line` ends cut and `next` completes it, in a column of names or dates. */
function isCut(line: Line, next: Line, role: TableColumnRole | null): boolean {
  // `区疾控中心、` / `各街道办事处`: a list of names a narrow column wrapped after its comma.
  // `区市场监管局` / `、区城管局`: or before it.
  if ((role === 'lead' || role === 'support') && NAME_END.test(next.text)) {
    if (line.text.endsWith('、') && line.text.length > 1 && NAME_END.test(line.text.slice(0, -1))) return true;
    if (next.text.startsWith('、') && NAME_END.test(line.text)) return true;
  }
  if (line.text.length === 0 || /[。；;,，、]$/.test(line.text) || PROGRESS_STATUS.test(line.text)) return false;
  if (role === 'deadline') return DATE_FRAGMENT.test(line.text) && DEADLINE_CELL.test(line.text + next.text);
  if (role === 'lead' || role === 'support') return !NAME_END.test(line.text) && NAME_END.test(line.text + next.text);
  return false;
}

function nonEmpty(line: Line | undefined): Line | null {
  return line && line.text.length > 0 ? line : null;
}

/** The row as one numbered task line, after the heading its 重点任务 cell makes where that cell is merged. */
function rowLines(number: Line | null, cells: Map<TableColumnRole, Line | null>, merged: boolean): Line[] {
  const out: Line[] = [];
  const title = cells.get('title') ?? null;
  const text = cells.get('text') ?? null;
  if (title && text && merged) out.push(title);
  const parts: Line[] = number ? [number, synthetic('.', number)] : [];
  if (title && text && !merged) parts.push(title, synthetic(/[。！？!?；;]$/.test(title.text) ? '' : '。', title));
  const body = text ?? title;
  if (body) parts.push(body);
  const result = cells.get('result') ?? null;
  if (result) {
    if (body && !/[。！？!?；;]$/.test(body.text)) parts.push(synthetic('。', body));
    parts.push(synthetic(RESULT_LABEL, result), result);
  }
  const next = cells.get('next') ?? null;
  if (next) {
    const before = parts[parts.length - 1];
    if (before && !/[。！？!?；;]$/.test(before.text)) parts.push(synthetic('。', next));
    parts.push(synthetic(NEXT_LABEL, next), next);
  }
  for (const [role, join] of [['quantity', '，'], ['scope', '；']] as const) {
    const measure = cells.get(role) ?? null;
    if (!measure) continue;
    const before = parts[parts.length - 1];
    if (before && !/[。！？!?；;，,]$/.test(before.text)) parts.push(synthetic(join, measure));
    parts.push(measure);
  }
  const lead = cells.get('lead') ?? null;
  const support = cells.get('support') ?? null;
  // `已完成` where the time to finish by stands: a state, no deadline.
  const given = cells.get('deadline') ?? null;
  const deadline = given && PROGRESS_STATUS.test(given.text) ? null : given;
  const anchor = (lead ?? support ?? deadline ?? body ?? number)!;
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

/** What a progress table's result cell is introduced by in the task's text (see `RESULT_LABELS`). */
const RESULT_LABEL = '完成情况：';
/** What a progress table's next-period cell is introduced by (see `NEXT_LABELS`). */
const NEXT_LABEL = '下步安排：';


/** `| --- | :---: |`: the rule under a piped table's header. */
const PIPE_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;

/**
 * A task table pasted as pipe-separated rows, as pages converted to plain text give them
 * (`| 序号 | 重点工作任务 | 牵头责任单位 | … |` over `| --- | --- | … |`): the column roles, or null.
 */
function pipedHeaderAt(lines: readonly Line[], i: number): { roles: (TableColumnRole | null)[]; rowsFrom: number } | null {
  let line = lines[i]!.text;
  if (!line.startsWith('|') || !line.endsWith('|')) return null;
  let next = i + 1;
  // `| … | 完成 时限 |` / `备注 |`: a header whose last cells a narrow page wrapped onto a line of their own.
  const rest = lines[next]?.text ?? '';
  if (!rest.startsWith('|') && rest.endsWith('|') && !/\d/.test(rest) && NUMBERED_PIPED_ROW.test(lines[next + 1]?.text ?? '')) {
    line += ` ${rest}`;
    next++;
  }
  // A page converted to text keeps the rule under the header (`| --- |`); one pasted from a portal has none, its first row numbered.
  const ruled = PIPE_RULE.test(lines[next]?.text ?? '');
  if (!ruled && !NUMBERED_PIPED_ROW.test(lines[next]?.text ?? '')) return null;
  // A piped cell says where it ends: a heading may be longer than one standing alone on a line.
  const roles: (TableColumnRole | null)[] = [];
  for (const cell of line.slice(1, -1).split('|')) roles.push(roleBeside(roles, roleOf(cell.trim().replace(HEADING_YEAR, '')), cell));
  if (roles[0] !== 'ordinal' || !(roles.includes('title') || roles.includes('text'))) return null;
  return roles.filter((r) => r !== null).length >= HEADER_MIN_CELLS ? { roles, rowsFrom: ruled ? next + 1 : next } : null;
}

/** `| 1 | 推进…建设 | …`: the first row of a piped table, its number in its first cell. */
const NUMBERED_PIPED_ROW = /^\|\s*1\s*\|/;

/**
 * The rows of a piped table: a row runs over lines until it has all its cells, a cell's
 * text continuing on the next line (in a column of units, a line break parts two names).
 */
function readPipedRows(lines: readonly Line[], start: number, roles: readonly (TableColumnRole | null)[]): { lines: Line[]; next: number } {
  const rows: Row[] = [];
  let at = start;
  while (at < lines.length && lines[at]!.text.startsWith('|')) {
    // `| 一、公共卫生 | | | |`: a row that only names a group heads the rows under it.
    const group = groupRow(lines[at]!);
    if (group) {
      rows.push(group);
      at++;
      continue;
    }
    const cells: Line[][] = [[]];
    let k = at;
    for (; k < lines.length && (k === at || cells.length <= roles.length); k++) {
      const line = lines[k]!;
      if (k > at && cells[cells.length - 1]!.length > 0) cells[cells.length - 1]!.push(BREAK);
      let from = k === at ? 1 : 0;
      for (let j = from; j <= line.text.length; j++) {
        if (j < line.text.length && line.text[j] !== '|') continue;
        // `基层卫生科<br>疾控科`: a line break the page wrote as a tag.
        for (const [n, part] of splitAtBreakTags(sliceLine(line, from, j)).entries()) {
          const piece = trimLine(part);
          if (n > 0) cells[cells.length - 1]!.push(BREAK);
          if (piece.text.length > 0) cells[cells.length - 1]!.push(piece);
        }
        if (j < line.text.length) cells.push([]);
        from = j + 1;
      }
    }
    cells.pop();
    if (cells.length !== roles.length) break;
    const map = new Map<TableColumnRole, Line | null>();
    let number: Line | null = null;
    roles.forEach((role, c) => {
      const parts = cells[c]!;
      const units = role === 'lead' || role === 'support';
      const joined: Line[] = [];
      for (const part of parts) {
        if (part === BREAK) {
          if (units && joined.length > 0) joined.push(synthetic('、', joined[joined.length - 1]!));
        } else joined.push(part);
      }
      const cell = joined.length > 0 ? mergeLines(joined) : null;
      if (role === 'ordinal') number = cell;
      else if (role && role !== 'leader' && role !== 'note') map.set(role, cell);
    });
    if (!number || !ROW_NUMBER.test((number as Line).text)) break;
    rows.push({ number, cells: map });
    at = k;
  }
  return { lines: emitRows(rows), next: at };
}

/** A piped row whose first cell alone holds text, a group's name (`一、公共卫生`), or null. */
function groupRow(line: Line): Line | null {
  const cells = pipedCells(line);
  return cells.length >= 2 && GROUP_ROW.test(cells[0]!.text) && cells.slice(1).every((c) => c.text.length === 0) ? cells[0]! : null;
}

const BREAK_TAG = /<br\s*\/?>/gi;

function splitAtBreakTags(line: Line): Line[] {
  if (!line.text.includes('<')) return [line];
  const parts: Line[] = [];
  let from = 0;
  for (const m of line.text.matchAll(BREAK_TAG)) {
    parts.push(sliceLine(line, from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(sliceLine(line, from));
  return parts;
}

/** Where a cell's text went on to the next line. */
const BREAK: Line = { text: '', origin: new Int32Array(0) };

