import { basename } from 'node:path';
import type { AddWorksheetOptions, Row, Workbook, Worksheet } from 'exceljs';
import type { Document, Target, Task } from '../types.js';
import { BLOCK_FILL, type CellValue, type Column, GREY, HEADER_FILL, THIN, fitRowHeights, fittedHeight, finishTable, newWorkbook, printableSheet, setWidths, styleHeader, tableSheet, titleRow } from './xlsx-kit.js';
import { type GroupBy, countTargets, formatTarget, groupTasks, sectionLabel, taskNumber } from './format.js';
import { COMPARATOR_SIGN, LABELS } from './labels.js';
import { OTHER_THEME } from '../vocab/themes.js';
import { MonthTally, monthLabel } from './months.js';


/** Sheet names, in workbook order. */
export const SHEETS = { ledger: '任务台账', targets: '量化指标', departments: '按科室', themes: '按分类', months: '按月份' } as const;

/** The number format of 到期日: a real date, shown as the ISO date the JSON gives. */
export const DATE_FORMAT = 'yyyy-mm-dd';


interface DocTask {
  readonly doc: Document;
  readonly task: Task;
}

/**
 * The meeting workbook (任务分解台账): a ledger of tasks, a sheet of targets with
 * number cells, and views by department and by theme, set up to print on A4
 * landscape. exceljs is loaded only when a workbook is asked for.
 */
export async function renderXlsx(docs: readonly Document[]): Promise<Uint8Array> {
  const wb = await newWorkbook();
  const multi = docs.length > 1;
  const title = multi ? `${LABELS.ledgerTitle}（${docs.length} 份文件）` : `${docs[0]?.title ?? docs[0]?.file ?? ''} ${LABELS.ledgerTitle}`;
  ledgerSheet(wb, docs, title, multi);
  targetsSheet(wb, docs, title, multi);
  groupedSheet(wb, SHEETS.departments, docs, 'department', title, multi);
  groupedSheet(wb, SHEETS.themes, docs, 'theme', title, multi);
  const months = new MonthTally();
  for (const doc of docs) for (const t of doc.tasks) months.add(t);
  monthSheet(printableSheet(wb, SHEETS.months, MONTH_SHEET), `${title} · ${SHEETS.months}`, months);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function docColumns(multi: boolean): Column[] {
  return multi ? [{ header: LABELS.fileShort, max: 16 }, { header: LABELS.year, max: 6 }, { header: LABELS.region, max: 8 }] : [];
}

function docValues(doc: Document, multi: boolean): CellValue[] {
  return multi ? [basename(doc.file), doc.year, doc.region] : [];
}

export function leadCell(task: Task): { text: string; suggested: boolean } {
  if (task.departments.lead.length) return { text: task.departments.lead.join('、'), suggested: false };
  const s = task.departments.suggested[0];
  return s ? { text: `${s.name}（${LABELS.suggested}）`, suggested: true } : { text: '', suggested: false };
}

/** Ledger columns; a batch adds 文件/年份/地区 in front, a single file puts 文件 last. */
export function ledgerColumns(multi: boolean): readonly Column[] {
  return (LEDGER_COLUMNS[String(multi)] ??= [
    ...docColumns(multi),
    { header: LABELS.ordinal, max: 6 },
    { header: LABELS.section, max: 16 },
    { header: LABELS.themes, max: 10 },
    { header: LABELS.title, max: 22 },
    { header: LABELS.text, max: 44, min: 30 },
    { header: LABELS.targets, max: 30 },
    { header: LABELS.leadUnit, max: 12 },
    { header: LABELS.supportUnit, max: 10 },
    { header: LABELS.deadlineFull, max: 10 },
    { header: LABELS.dueDate, max: 12, min: 12 },
    ...(multi ? [] : [{ header: LABELS.file, max: 14 }]),
  ]);
}

// Built once per kind of workbook: rows ask for them to find their styled columns.
const LEDGER_COLUMNS: Record<string, readonly Column[]> = {};
const TARGET_COLUMNS: Record<string, readonly Column[]> = {};

export interface SheetRow {
  readonly values: CellValue[];
  /** 1-based columns shown grey and italic: a suggested department, a redacted figure. */
  readonly grey: readonly number[];
  /** 1-based columns and their number formats. */
  readonly numFmts: readonly { readonly column: number; readonly format: string }[];
}

export function ledgerRow(doc: Document, t: Task, multi: boolean): SheetRow {
  const lead = leadCell(t);
  const values = [
    ...docValues(doc, multi),
    taskNumber(t),
    sectionLabel(doc, t.section),
    t.themes.join('、'),
    t.title,
    t.text,
    t.targets.map(formatTarget).join('\n'),
    lead.text,
    t.departments.support.join('、'),
    t.deadlines.join('、'),
    t.due ? dateCell(t.due) : null,
    ...(multi ? [] : [basename(doc.file)]),
  ];
  const columns = ledgerColumns(multi);
  return { values, grey: lead.suggested ? [columnOf(columns, LABELS.leadUnit)] : [], numFmts: [{ column: columnOf(columns, LABELS.dueDate), format: DATE_FORMAT }] };
}

/** `2023-06-30` as a date cell: midnight UTC, which exceljs writes as the whole day number Excel sorts by. */
export function dateCell(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function targetColumns(multi: boolean): readonly Column[] {
  return (TARGET_COLUMNS[String(multi)] ??= [
    ...docColumns(multi),
    { header: LABELS.ordinal, max: 6 },
    { header: LABELS.taskOrdinal, max: 10 },
    { header: LABELS.metric, max: 34 },
    { header: LABELS.comparator, max: 6 },
    { header: LABELS.value, max: 14, min: 10 },
    { header: LABELS.unit, max: 8 },
    { header: LABELS.deadline, max: 14 },
    { header: LABELS.source, max: 56, min: 30 },
  ]);
}

/** A target's row; one outside every task (`t` null, a summary's headline figure) says 概况指标 for its task. */
export function targetRow(doc: Document, t: Task | null, x: Target, ordinal: number, multi: boolean): SheetRow {
  const columns = targetColumns(multi);
  return {
    values: [...docValues(doc, multi), ordinal, t ? taskNumber(t) : LABELS.headline, x.metric, comparatorLabel(x), x.value, x.unit, x.deadline ?? '', x.text],
    grey: x.redacted ? [columnOf(columns, LABELS.source)] : [],
    numFmts: [{ column: columnOf(columns, LABELS.value), format: valueFormat(x) }],
  };
}

/** 1-based position of the column with this header. */
function columnOf(columns: readonly Column[], header: string): number {
  return columns.findIndex((c) => c.header === header) + 1;
}

/** Percent targets are stored as the document's figure (60 for 60%) and shown with `%`. */
function valueFormat(x: Target): string {
  if (x.unit === '%') return 'General"%"';
  if (x.unit === '‰') return 'General"‰"';
  return x.value !== null && Math.abs(x.value) >= 10000 ? '#,##0.##' : 'General';
}

export function applyRowStyle(row: Row, r: SheetRow): void {
  for (const c of r.grey) row.getCell(c).font = { color: { argb: GREY }, italic: true };
  for (const f of r.numFmts) row.getCell(f.column).numFmt = f.format;
}

function ledgerSheet(wb: Workbook, docs: readonly Document[], title: string, multi: boolean): void {
  const columns = ledgerColumns(multi);
  const ws = tableSheet(wb, SHEETS.ledger, title, columns);
  let n = 0;
  for (const doc of docs) {
    for (const t of doc.tasks) {
      const r = ledgerRow(doc, t, multi);
      applyRowStyle(ws.addRow(r.values), r);
      n++;
    }
  }
  finishTable(ws, columns, n);
}

function targetsSheet(wb: Workbook, docs: readonly Document[], title: string, multi: boolean): void {
  const columns = targetColumns(multi);
  const ws = tableSheet(wb, SHEETS.targets, title, columns);
  let n = 0;
  for (const doc of docs) {
    for (const t of doc.tasks) {
      for (const x of t.targets) {
        const r = targetRow(doc, t, x, ++n, multi);
        applyRowStyle(ws.addRow(r.values), r);
      }
    }
    for (const x of doc.overview) {
      const r = targetRow(doc, null, x, ++n, multi);
      applyRowStyle(ws.addRow(r.values), r);
    }
  }
  finishTable(ws, columns, n);
}

function comparatorLabel(t: Target): string {
  return COMPARATOR_SIGN[t.comparator] || '=';
}

/**
 * One block per department (declared ones first, then 未标注) or per theme,
 * after a summary table of counts.
 */
function groupedSheet(wb: Workbook, name: string, docs: readonly Document[], by: GroupBy, title: string, multi: boolean): void {
  const groupLabel = by === 'department' ? LABELS.department : LABELS.themes;
  const columns: Column[] = [
    ...docColumns(multi),
    { header: LABELS.ordinal, max: 6 },
    { header: LABELS.title, max: 40, min: 24 },
    { header: LABELS.targets, max: 48, min: 30 },
    { header: by === 'department' ? LABELS.supportUnit : LABELS.leadUnit, max: 20, min: 14 },
    { header: LABELS.deadlineFull, max: 14, min: 12 },
  ];
  const ws = printableSheet(wb, name, { properties: { defaultRowHeight: 18 } });
  titleRow(ws, title, columns.length);

  const groups = mergeGroups(docs, by);
  // Summary: group × (tasks, targets, tasks with a deadline), set in the wide columns after 序号.
  const pad: null[] = new Array(columns.length - 4).fill(null);
  const summaryHeader = ws.addRow([...pad, groupLabel, LABELS.taskCount, LABELS.targetCount, LABELS.withDeadline]);
  summaryHeader.font = { bold: true };
  for (let c = pad.length + 1; c <= columns.length; c++) {
    const cell = summaryHeader.getCell(c);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center' };
    cell.border = THIN;
  }
  for (const g of groups) {
    const tasks = g.items.map((i) => i.task);
    const row = ws.addRow([...pad, g.key, tasks.length, countTargets(tasks), tasks.filter((t) => t.deadlines.length > 0).length]);
    for (let c = pad.length + 1; c <= columns.length; c++) {
      row.getCell(c).border = THIN;
      if (c > pad.length + 1) row.getCell(c).alignment = { horizontal: 'center' };
    }
  }
  ws.addRow([]);

  for (const g of groups) {
    const tasks = g.items.map((i) => i.task);
    const head = ws.addRow([`${g.key}（${LABELS.tasksCount(tasks.length)}，${LABELS.targetsCount(countTargets(tasks))}）`]);
    ws.mergeCells(head.number, 1, head.number, columns.length);
    head.font = { bold: true, size: 12 };
    head.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BLOCK_FILL } };
    styleHeader(ws.addRow(columns.map((c) => c.header)), columns.length);
    for (const { doc, task } of g.items) {
      const other = by === 'department' ? { text: task.departments.support.join('、'), suggested: false } : leadCell(task);
      const row = ws.addRow([...docValues(doc, multi), taskNumber(task), task.title, task.targets.map(formatTarget).join('\n'), other.text, task.deadlines.join('、')]);
      row.eachCell({ includeEmpty: true }, (c) => {
        c.alignment = { wrapText: true, vertical: 'top' };
        c.border = THIN;
      });
      if (other.suggested) row.getCell(columns.length - 1).font = { color: { argb: GREY }, italic: true };
    }
    const total = ws.addRow([`${LABELS.subtotal}：${LABELS.tasksCount(tasks.length)}，${LABELS.targetsCount(countTargets(tasks))}`]);
    ws.mergeCells(total.number, 1, total.number, columns.length);
    total.font = { italic: true };
    ws.addRow([]);
  }
  setWidths(ws, columns);
  fitRowHeights(ws, 2);
}

interface MergedGroup {
  readonly key: string;
  readonly items: readonly DocTask[];
}

/** Groups across documents, keeping first-seen order and `未标注` last. */
function mergeGroups(docs: readonly Document[], by: GroupBy): MergedGroup[] {
  const map = new Map<string, DocTask[]>();
  for (const doc of docs) {
    for (const g of groupTasks(doc, by)) {
      const list = map.get(g.key) ?? [];
      for (const task of g.tasks) list.push({ doc, task });
      map.set(g.key, list);
    }
  }
  const last = [LABELS.unassigned, OTHER_THEME];
  const keys = [...map.keys()].filter((k) => !last.includes(k));
  for (const k of last) if (map.has(k)) keys.push(k);
  return keys.map((key) => ({ key, items: map.get(key)! }));
}


/**
 * 按月份: tasks due per month (columns) and per lead department (rows), each
 * task by its earliest deadline, with totals; tasks whose deadline has no date
 * (长期持续, 时限未明) in columns of their own.
 */
export function monthSheet(ws: Worksheet, title: string, tally: MonthTally): void {
  const columns = tally.columns();
  const header = [LABELS.leadUnit, ...columns.map((c) => (/^\d{4}-\d{2}$/.test(c) ? monthLabel(c) : c)), LABELS.total];
  const widths = [24, ...columns.map(() => 11), 10];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  titleRow(ws, title, header.length);
  const note = ws.addRow([LABELS.monthsNote(tally.undated)]);
  ws.mergeCells(note.number, 1, note.number, header.length);
  note.font = { italic: true };
  note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  note.height = fittedHeight([LABELS.monthsNote(tally.undated)], [widths.reduce((a, b) => a + b, 0)]);
  const head = ws.addRow(header);
  head.font = { bold: true };
  const body = (row: Row) => {
    for (let c = 1; c <= header.length; c++) {
      row.getCell(c).border = THIN;
      if (c > 1) row.getCell(c).alignment = { horizontal: 'center' };
    }
  };
  for (let c = 1; c <= header.length; c++) {
    const cell = head.getCell(c);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  }
  // An empty cell for none, so that the months with tasks stand out.
  const counts = (xs: readonly number[]) => xs.map((n) => (n === 0 ? null : n));
  for (const r of tally.rows()) body(ws.addRow([r.department, ...counts(r.counts), r.total]));
  const totals = tally.columnTotals();
  const total = ws.addRow([LABELS.total, ...counts(totals.counts), totals.total]);
  total.font = { bold: true };
  body(total);
  ws.pageSetup.printTitlesRow = '3:3';
}

/** 按月份's sheet options: departments and the header row stay in view. Given when the sheet is made, for the streaming writer. */
export const MONTH_SHEET: Partial<AddWorksheetOptions> = { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] };
