import type { Writable } from 'node:stream';
import type { Style, Workbook, Worksheet } from 'exceljs';
import type { Document, Task } from '../types.js';
import { LABELS } from './labels.js';
import { GREY, HEADER_FILL, THIN, type Column, fittedHeight, loadExcel, printableSheet, tableSheet, titleRow } from './xlsx-kit.js';
import { MONTH_SHEET, SHEETS, ledgerColumns, ledgerRow, monthSheet, targetColumns, targetRow, type SheetRow } from './xlsx.js';
import { MonthTally } from './months.js';
import { OTHER_THEME } from '../vocab/themes.js';

/** A workbook that takes documents one at a time and is finished once they are all in. */
export interface BatchWorkbook {
  add(doc: Document): void;
  finish(): Promise<void>;
}

interface Tally {
  tasks: number;
  targets: number;
  withDeadline: number;
  readonly files: Set<number>;
}

/**
 * The workbook for large batches, written row by row as documents arrive so
 * that memory stays flat: the ledger and the targets sheet in full (with
 * 文件/年份/地区 columns and a filter), and the department and theme sheets
 * as count tables, since blocks for thousands of files would repeat the
 * ledger. Columns take their widest allowed width, as the text is not known
 * ahead.
 */
export async function openBatchWorkbook(out: Writable): Promise<BatchWorkbook> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'plans';
  wb.created = new Date(0);
  const title = `${LABELS.ledgerTitle}（${LABELS.batch}）`;
  const ledger = streamedTable(wb, SHEETS.ledger, title, ledgerColumns(true));
  const targets = streamedTable(wb, SHEETS.targets, title, targetColumns(true));
  // Created now so the sheets keep the order of the small-batch workbook; written last.
  const departmentSheet = printableSheet(wb, SHEETS.departments);
  const themeSheet = printableSheet(wb, SHEETS.themes);
  const monthsSheet = printableSheet(wb, SHEETS.months, MONTH_SHEET);
  const months = new MonthTally();
  const byDepartment = new Map<string, Tally>();
  const byTheme = new Map<string, Tally>();
  let files = 0;
  let tasks = 0;
  let targetCount = 0;

  return {
    add(doc) {
      const file = files++;
      for (const t of doc.tasks) {
        tasks++;
        ledger.write(ledgerRow(doc, t, true));
        for (const x of t.targets) targets.write(targetRow(doc, t, x, ++targetCount, true));
        const leads = t.departments.lead.length ? t.departments.lead : [LABELS.unassigned];
        for (const d of leads) tally(byDepartment, d, t, file);
        for (const theme of t.themes) tally(byTheme, theme, t, file);
        months.add(t);
      }
      for (const x of doc.overview) targets.write(targetRow(doc, null, x, ++targetCount, true));
    },
    async finish() {
      ledger.sheet.commit();
      targets.sheet.commit();
      const totals = LABELS.batchTotals(files, tasks, targetCount);
      summarySheet(departmentSheet, `${title} · ${SHEETS.departments}`, `${totals}。${LABELS.batchNote(SHEETS.ledger, LABELS.leadUnit)}`, LABELS.department, byDepartment, LABELS.unassigned);
      summarySheet(themeSheet, `${title} · ${SHEETS.themes}`, `${totals}。${LABELS.batchNote(SHEETS.ledger, LABELS.themes)}`, LABELS.themes, byTheme, OTHER_THEME);
      monthSheet(monthsSheet, `${title} · ${SHEETS.months}`, months);
      monthsSheet.commit();
      await wb.commit();
    },
  };
}

function tally(map: Map<string, Tally>, key: string, t: Task, file: number): void {
  let x = map.get(key);
  if (!x) map.set(key, (x = { tasks: 0, targets: 0, withDeadline: 0, files: new Set() }));
  x.tasks++;
  x.targets += t.targets.length;
  if (t.deadlines.length) x.withDeadline++;
  x.files.add(file);
}

interface StreamedTable {
  readonly sheet: Worksheet;
  write(row: SheetRow): void;
}

function streamedTable(wb: Workbook, name: string, title: string, columns: readonly Column[]): StreamedTable {
  const sheet = tableSheet(wb, name, title, columns);
  const widths = columns.map((c) => c.max);
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return {
    sheet,
    write(r) {
      const row = sheet.addRow(r.values);
      for (let c = 1; c <= columns.length; c++) {
        row.getCell(c).style = sharedStyle(r.grey.includes(c), r.numFmts.find((f) => f.column === c)?.format);
      }
      row.height = fittedHeight(r.values, widths);
      row.commit();
    },
  };
}

const styles = new Map<string, Partial<Style>>();

/**
 * One style object per look, shared by every cell that has it: exceljs
 * recognises a style it has seen by the object, so a row costs no style work.
 * Never changed once made (exceljs's cell setters would change it for all).
 */
function sharedStyle(grey: boolean, numFmt: string | undefined): Partial<Style> {
  const key = `${grey}/${numFmt ?? ''}`;
  let style = styles.get(key);
  if (!style) {
    style = { alignment: { wrapText: true, vertical: 'top' }, border: THIN };
    if (grey) style.font = { color: { argb: GREY }, italic: true };
    if (numFmt) style.numFmt = numFmt;
    styles.set(key, style);
  }
  return style;
}

/** Group × (tasks, targets, tasks with a deadline, files), largest first, the catch-all group last. */
function summarySheet(ws: Worksheet, title: string, note: string, groupLabel: string, map: ReadonlyMap<string, Tally>, last: string): void {
  const columns = [groupLabel, LABELS.taskCount, LABELS.targetCount, LABELS.withDeadline, LABELS.fileCount];
  const widths = [30, 12, 12, 16, 14];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  titleRow(ws, title, columns.length);
  const noteRow = ws.addRow([note]);
  ws.mergeCells(noteRow.number, 1, noteRow.number, columns.length);
  noteRow.font = { italic: true };
  noteRow.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  noteRow.height = fittedHeight([note], [widths.reduce((a, b) => a + b, 0)]);
  const header = ws.addRow(columns);
  header.font = { bold: true };
  for (let c = 1; c <= columns.length; c++) {
    const cell = header.getCell(c);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center' };
    cell.border = THIN;
  }
  const keys = [...map.keys()].filter((k) => k !== last).sort((a, b) => map.get(b)!.tasks - map.get(a)!.tasks || (a < b ? -1 : 1));
  if (map.has(last)) keys.push(last);
  for (const key of keys) {
    const x = map.get(key)!;
    const row = ws.addRow([key, x.tasks, x.targets, x.withDeadline, x.files.size]);
    for (let c = 1; c <= columns.length; c++) {
      row.getCell(c).border = THIN;
      if (c > 1) row.getCell(c).alignment = { horizontal: 'center' };
    }
  }
  ws.commit();
}
