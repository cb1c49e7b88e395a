import type { Worksheet } from 'exceljs';
import type { Tracking } from '../track/types.js';
import { LABELS, TRACK_LABELS as L } from './labels.js';
import { csvRowValues, leadText, sectionKey, trackRows, trackTitle, type TrackRow } from './track.js';
import { type Column, HEADER_FILL, THIN, GREY, finishTable, newWorkbook, printableSheet, setWidths, fitRowHeights, tableSheet, titleRow } from './xlsx-kit.js';

/** Fills of the verdict cell: green for delivered, red for missed, grey for what cannot be told or was not said. */
const FILL: Readonly<Record<TrackRow['code'], string>> = {
  met: 'FFC6EFCE',
  mentioned: 'FFC6EFCE',
  missed: 'FFFFC7CE',
  unreported: 'FFD9D9D9',
  undetermined: 'FFD9D9D9',
  not_mentioned: 'FFD9D9D9',
};
const FONT: Readonly<Record<TrackRow['code'], string>> = {
  met: 'FF006100',
  mentioned: 'FF006100',
  missed: 'FF9C0006',
  unreported: 'FF404040',
  undetermined: 'FF404040',
  not_mentioned: 'FF404040',
};

export const TRACK_COLUMNS: readonly Column[] = [
  { header: LABELS.ordinal, max: 6 },
  { header: L.section, max: 18 },
  { header: LABELS.taskOrdinal, max: 8 },
  { header: LABELS.title, max: 22 },
  { header: L.lead, max: 14 },
  { header: L.kind, max: 6 },
  { header: L.metric, max: 24 },
  { header: L.required, max: 12, min: 8 },
  { header: L.measured, max: 14, min: 8 },
  { header: L.verdict, max: 10, min: 9 },
  { header: L.note, max: 16 },
  { header: L.planText, max: 40, min: 24 },
  { header: L.planSpan, max: 12 },
  { header: L.summaryText, max: 40, min: 24 },
  { header: L.summarySpan, max: 12 },
  { header: L.similarity, max: 8 },
];

const VERDICT_COLUMN = TRACK_COLUMNS.findIndex((c) => c.header === L.verdict) + 1;

/**
 * The workbook of `plans track`: 完成情况, one row per target and per task
 * without one, in the ledger's style (title row, frozen header, filter, A4
 * landscape), the verdict cell filled; and 概览, counts by section and by lead
 * department.
 */
export async function renderTrackXlsx(t: Tracking): Promise<Uint8Array> {
  const wb = await newWorkbook();
  const title = trackTitle(t);
  const rows = trackRows(t);
  const ws = tableSheet(wb, L.sheets.ledger, title, TRACK_COLUMNS);
  rows.forEach((r, i) => {
    const values = csvRowValues(r, i + 1);
    const row = ws.addRow(values);
    const cell = row.getCell(VERDICT_COLUMN);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[r.code] } };
    cell.font = { bold: true, color: { argb: FONT[r.code] } };
    if (r.kind === 'task') row.getCell(TRACK_COLUMNS.findIndex((c) => c.header === L.metric) + 1).font = { color: { argb: GREY }, italic: true };
  });
  finishTable(ws, TRACK_COLUMNS, rows.length);
  for (let r = 3; r < 3 + rows.length; r++) ws.getRow(r).getCell(VERDICT_COLUMN).alignment = { vertical: 'top', horizontal: 'center' };
  overviewSheet(printableSheet(wb, L.sheets.overview), title, rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const COUNT_HEADERS = [L.kindTarget, L.targetVerdict.met, L.targetVerdict.missed, L.targetVerdict.unreported, L.targetVerdict.undetermined, L.rate, L.kindTask, L.taskVerdict.mentioned, L.taskVerdict.not_mentioned] as const;

interface Tally {
  targets: number;
  met: number;
  missed: number;
  unreported: number;
  undetermined: number;
  tasks: number;
  mentioned: number;
  not_mentioned: number;
}

const emptyTally = (): Tally => ({ targets: 0, met: 0, missed: 0, unreported: 0, undetermined: 0, tasks: 0, mentioned: 0, not_mentioned: 0 });

function add(t: Tally, r: TrackRow): void {
  if (r.kind === 'target') t.targets++;
  else t.tasks++;
  t[r.code]++;
}

function tallyValues(t: Tally): (number | string | null)[] {
  // 达成率: of the targets the summary settles (met or missed).
  const settled = t.met + t.missed;
  return [t.targets, t.met, t.missed, t.unreported, t.undetermined, settled ? t.met / settled : null, t.tasks, t.mentioned, t.not_mentioned];
}

/** Counts by section and by lead department (declared, else suggested, else 未标注), each with a total row. */
function overviewSheet(ws: Worksheet, title: string, rows: readonly TrackRow[]): void {
  const columns: Column[] = [{ header: L.section, max: 36, min: 20 }, ...COUNT_HEADERS.map((h) => ({ header: h, max: 9, min: 8 }))];
  titleRow(ws, title, columns.length);
  const block = (heading: string, keyOf: (r: TrackRow) => string[]) => {
    const groups = new Map<string, Tally>();
    const total = emptyTally();
    for (const r of rows) {
      add(total, r);
      for (const key of keyOf(r)) {
        let t = groups.get(key);
        if (!t) groups.set(key, (t = emptyTally()));
        add(t, r);
      }
    }
    const head = ws.addRow([heading, ...COUNT_HEADERS]);
    head.font = { bold: true };
    head.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.border = THIN;
    });
    const keys = [...groups.keys()];
    const unassigned = keys.indexOf(LABELS.unassigned);
    if (unassigned >= 0) keys.push(...keys.splice(unassigned, 1));
    for (const key of keys) styleCounts(ws.addRow([key, ...tallyValues(groups.get(key)!)]));
    const sum = ws.addRow([L.total, ...tallyValues(total)]);
    styleCounts(sum);
    sum.font = { bold: true };
    ws.addRow([]);
  };
  block(L.bySection, (r) => [sectionKey(r.section, r.task)]);
  block(L.byDepartment, (r) => {
    if (!r.task) return [LABELS.unassigned];
    if (r.task.departments.lead.length) return [...r.task.departments.lead];
    return [leadText(r.task) || LABELS.unassigned];
  });
  setWidths(ws, columns);
  fitRowHeights(ws, 2);
}

function styleCounts(row: import('exceljs').Row): void {
  row.eachCell({ includeEmpty: true }, (c, col) => {
    c.border = THIN;
    if (col > 1) c.alignment = { horizontal: 'center' };
    if (col === 7) c.numFmt = '0.0%';
  });
}
