import type { Comparator, Document } from '../types.js';
import { formatTarget, sectionLabel, taskNumber } from './format.js';
import { LABELS } from './labels.js';
import type { StreamedFormat } from './streamed.js';

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
  const csv = csvWriter(rows, docs.length > 1);
  return csv.head() + docs.map((d) => csv.document(d)).join('') + csv.tail();
}

/** The CSV written document by document, for batches too large to hold: `multi` adds 来源文件/年份/地区. */
export function csvWriter(rows: CsvRows, multi: boolean): StreamedFormat {
  const docHead = multi ? [LABELS.file, LABELS.year, LABELS.region] : [];
  const docCols = (d: Document) => (multi ? [d.file, d.year, d.region] : []);
  const line = (cells: readonly unknown[]) => cells.map(csvCell).join(',') + '\r\n';
  let n = 0;
  return {
    head: () =>
      BOM +
      line(
        rows === 'tasks'
          ? [...docHead, LABELS.ordinal, LABELS.section, LABELS.themes, LABELS.title, LABELS.targets, LABELS.lead, LABELS.support, LABELS.deadline]
          : [...docHead, LABELS.ordinal, LABELS.taskOrdinal, LABELS.title, LABELS.metric, LABELS.comparator, LABELS.value, LABELS.unit, LABELS.deadline, LABELS.source],
      ),
    document(d) {
      let out = '';
      for (const t of d.tasks) {
        if (rows === 'tasks') {
          out += line([...docCols(d), taskNumber(t), sectionLabel(d, t.section), t.themes.join('、'), t.title, t.targets.map(formatTarget).join('\n'), t.departments.lead.join('、'), t.departments.support.join('、'), t.deadlines.join('、')]);
          continue;
        }
        for (const x of t.targets) {
          out += line([...docCols(d), ++n, taskNumber(t), t.title, x.metric, CSV_COMPARATOR[x.comparator], x.value ?? '', x.unit, x.deadline ?? '', x.text]);
        }
      }
      // Figures outside every task (a summary's headline figures) have no task.
      if (rows === 'targets') for (const x of d.overview) out += line([...docCols(d), ++n, '', LABELS.headline, x.metric, CSV_COMPARATOR[x.comparator], x.value ?? '', x.unit, x.deadline ?? '', x.text]);
      return out;
    },
    tail: () => '',
  };
}
