import type { AddWorksheetOptions, Borders, Row, Workbook, Worksheet } from 'exceljs';
import { importExternal } from '../external.js';
import { displayWidth } from './cjk-width.js';
import { LABELS } from './labels.js';

/** Shared set-up of the workbooks `plans` writes: print, headers, widths, row heights. */

/** exceljs's PaperSize.A4 (a const enum in its types). */
const A4 = 9;
export const GREY = 'FF808080';
export const HEADER_FILL = 'FFDDEBF7';
export const BLOCK_FILL = 'FFF2F2F2';
export const THIN: Partial<Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

export type CellValue = string | number | Date | null;

export interface Column {
  readonly header: string;
  /** Widest a column may grow, in character units (a Chinese character is two). */
  readonly max: number;
  readonly min?: number;
}

/** exceljs, loaded only when a workbook is asked for. */
export async function loadExcel(): Promise<typeof import('exceljs')> {
  return (await importExternal<{ default: typeof import('exceljs') }>('exceljs')).default;
}

export async function newWorkbook(): Promise<Workbook> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plans';
  wb.created = new Date(0);
  return wb;
}

/** A sheet with a title row, a frozen header row and an autofilter once `finishTable` is called. */
export function tableSheet(wb: Workbook, name: string, title: string, columns: readonly Column[]): Worksheet {
  const ws = printableSheet(wb, name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }] });
  ws.pageSetup.printTitlesRow = '2:2';
  titleRow(ws, title, columns.length);
  styleHeader(ws.addRow(columns.map((c) => c.header)), columns.length);
  return ws;
}

export function titleRow(ws: Worksheet, title: string, width: number): void {
  const row = ws.addRow([title]);
  ws.mergeCells(row.number, 1, row.number, width);
  row.font = { bold: true, size: 14 };
  row.height = 24;
  row.getCell(1).alignment = { vertical: 'middle', horizontal: 'center' };
}

export function styleHeader(row: Row, width: number, from = 1): void {
  row.font = { bold: true };
  for (let i = from; i <= width; i++) {
    const c = row.getCell(i);
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    c.border = THIN;
  }
}

/**
 * A4 landscape, fitted to the page width, as many pages tall as needed, page
 * numbers in the footer. Given when the sheet is created, since the streaming
 * writer reads fit-to-page only then.
 */
export function printOptions(): Partial<AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: A4 as never,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C${LABELS.pageFooter}` },
  };
}

/** A sheet set up to print (see `printOptions`). */
export function printableSheet(wb: Workbook, name: string, options: Partial<AddWorksheetOptions> = {}): Worksheet {
  return wb.addWorksheet(name, { ...printOptions(), ...options });
}

/** Header row at row 2; data below it. Wraps text, sets widths that fit Chinese, turns the filter on. */
export function finishTable(ws: Worksheet, columns: readonly Column[], dataRows: number): void {
  for (let r = 3; r < 3 + dataRows; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (c) => {
      c.alignment = { ...c.alignment, wrapText: true, vertical: 'top' };
      c.border = THIN;
    });
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  setWidths(ws, columns);
  fitRowHeights(ws, 3);
}

const LINE_HEIGHT = 13;

/** Lines a text takes in a column of width `width`: a column of width w holds a little more than w/2 Chinese characters a line. */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(4, (width - 1) * 1.05);
  let n = 0;
  for (const line of text.split('\n')) n += Math.max(1, Math.ceil(displayWidth(line) / perLine));
  return n;
}

/** Row height for these cell values in columns of these widths. */
export function fittedHeight(values: readonly CellValue[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((v, i) => {
    if (typeof v === 'string') lines = Math.max(lines, wrappedLines(v, widths[i] ?? 10));
  });
  return lines * LINE_HEIGHT + 8;
}

/**
 * Row heights from the wrapped text, since neither exceljs nor a converter
 * grows rows that the file leaves without a height.
 */
export function fitRowHeights(ws: Worksheet, fromRow: number): void {
  ws.eachRow((row, r) => {
    if (r < fromRow) return;
    let lines = 1;
    row.eachCell((cell, c) => {
      if (cell.isMerged || typeof cell.value !== 'string') return;
      lines = Math.max(lines, wrappedLines(cell.value, ws.getColumn(c).width ?? 10));
    });
    row.height = lines * LINE_HEIGHT + 8;
  });
}

/** Column widths from the text they hold: Chinese characters count two units, lines wrap at `max`. */
export function setWidths(ws: Worksheet, columns: readonly Column[]): void {
  columns.forEach((col, i) => {
    let widest = displayWidth(col.header);
    ws.getColumn(i + 1).eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber === 1 || cell.isMerged) return;
      // A date cell shows as yyyy-mm-dd.
      const text = cell.value instanceof Date ? '0000-00-00' : String(cell.value ?? '');
      for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
    });
    ws.getColumn(i + 1).width = Math.max(col.min ?? 6, Math.min(col.max, widest + 2));
  });
}
