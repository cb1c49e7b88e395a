import type { Comparator, Document } from '../types.js';
import { formatTarget, sectionLabel, taskNumber } from './format.js';
import { LABELS } from './labels.js';

export type CsvRows = 'tasks' | 'targets';

const BOM = '\ufeff';
/** As in the workbook; a bare `=` would start a formula in Excel, so equality is the full-width `＝`. */
const CSV_COMPARATOR: Readonly<Record<Comparator, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '＝' };
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a cell and neutralises a leading formula character, so Excel never runs a cell. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with BOM, so Excel opens the Chinese text correctly; one row per task or per target. */
export function renderCsv(docs: readonly Document[], rows: CsvRows = 'targets'): string {
  const multi = docs.length > 1;
  const lines: string[] = [];
  const docCols = (d: Document) => (multi ? [d.file, d.year, d.region] : []);
  const docHead = multi ? [LABELS.file, LABELS.year, LABELS.region] : [];
  if (rows === 'tasks') {
    lines.push([...docHead, LABELS.ordinal, LABELS.section, LABELS.themes, LABELS.title, LABELS.targets, LABELS.lead, LABELS.support, LABELS.deadline].map(csvCell).join(','));
    for (const d of docs) {
      for (const t of d.tasks) {
        lines.push(
          [...docCols(d), taskNumber(t), sectionLabel(d, t.section), t.themes.join('、'), t.title, t.targets.map(formatTarget).join('\n'), t.departments.lead.join('、'), t.departments.support.join('、'), t.deadlines.join('、')]
            .map(csvCell)
            .join(','),
        );
      }
    }
  } else {
    lines.push([...docHead, LABELS.ordinal, LABELS.taskOrdinal, LABELS.title, LABELS.metric, LABELS.comparator, LABELS.value, LABELS.unit, LABELS.deadline, LABELS.source].map(csvCell).join(','));
    let n = 0;
    for (const d of docs) {
      for (const t of d.tasks) {
        for (const x of t.targets) {
          lines.push([...docCols(d), ++n, taskNumber(t), t.title, x.metric, CSV_COMPARATOR[x.comparator], x.value ?? '', x.unit, x.deadline ?? '', x.text].map(csvCell).join(','));
        }
      }
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
