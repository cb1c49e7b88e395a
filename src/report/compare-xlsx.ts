import type { Comparison } from '../compare/types.js';
import { formatTarget, taskNumber } from './format.js';
import { directionLabel, docLabel, formatChange, metricLabel, sectionChange, signed, sortedTargets, taskLabel, yearLabel } from './compare.js';
import { COMPARE_LABELS as L, LABELS } from './labels.js';
import { type Column, finishTable, newWorkbook, tableSheet } from './xlsx-kit.js';

/** The comparison as a workbook: 指标变化, 新增任务, 取消任务, 延续任务, 分类变化. */
export async function renderCompareXlsx(c: Comparison): Promise<Uint8Array> {
  const wb = await newWorkbook();
  const oldYear = yearLabel(c.old, 'A');
  const newYear = yearLabel(c.new, 'B');
  const title = `${docLabel(c.old)} → ${docLabel(c.new)}`;

  const targetColumns: Column[] = [
    { header: L.task, max: 28 },
    { header: L.metric, max: 30 },
    { header: `${oldYear} ${LABELS.comparator}`, max: 6 },
    { header: `${oldYear} ${LABELS.value}`, max: 12, min: 10 },
    { header: `${newYear} ${LABELS.comparator}`, max: 6 },
    { header: `${newYear} ${LABELS.value}`, max: 12, min: 10 },
    { header: LABELS.unit, max: 8 },
    { header: L.change, max: 14 },
    { header: L.verdict, max: 6 },
    { header: L.direction, max: 8 },
  ];
  const ws = tableSheet(wb, L.sheets.targets, title, targetColumns);
  const rows = sortedTargets(c);
  for (const x of rows) {
    const sign = (t: typeof x.old) => (t ? (t.comparator === '=' ? '＝' : t.comparator.replace('>=', '≥').replace('<=', '≤')) : '');
    const row = ws.addRow([taskLabel(x.newTask ?? x.oldTask), metricLabel(x), sign(x.old), x.old?.value ?? null, sign(x.new), x.new?.value ?? null, (x.new ?? x.old)!.unit, formatChange(x), L.targetVerdict[x.verdict], directionLabel(x)]);
    const unit = (x.new ?? x.old)!.unit;
    for (const col of [4, 6]) row.getCell(col).numFmt = unit === '%' ? 'General"%"' : 'General';
  }
  finishTable(ws, targetColumns, rows.length);

  for (const verdict of ['added', 'removed'] as const) {
    const columns: Column[] = [{ header: LABELS.ordinal, max: 6 }, { header: LABELS.section, max: 24 }, { header: LABELS.title, max: 32 }, { header: LABELS.targets, max: 44 }];
    const sheet = tableSheet(wb, L.sheets[verdict], title, columns);
    const pairs = c.tasks.filter((p) => p.verdict === verdict);
    for (const p of pairs) {
      const t = (p.new ?? p.old)!;
      const doc = p.new ? c.new : c.old;
      const section = t.section ? doc.sections[t.section - 1] : undefined;
      sheet.addRow([taskNumber(t), section ? `${section.number}、${section.title}` : '', t.title, t.targets.map(formatTarget).join('\n')]);
    }
    finishTable(sheet, columns, pairs.length);
  }

  const continuedColumns: Column[] = [{ header: `${oldYear} ${L.task}`, max: 36 }, { header: `${newYear} ${L.task}`, max: 36 }, { header: L.similarity, max: 8 }];
  const cs = tableSheet(wb, L.sheets.continued, title, continuedColumns);
  const continued = c.tasks.filter((p) => p.verdict === 'continued');
  for (const p of continued) cs.addRow([taskLabel(p.old), taskLabel(p.new), p.score]);
  finishTable(cs, continuedColumns, continued.length);

  const themeColumns: Column[] = [{ header: L.theme, max: 24, min: 16 }, { header: oldYear, max: 8, min: 8 }, { header: newYear, max: 8, min: 8 }, { header: L.change, max: 8, min: 8 }];
  const ts = tableSheet(wb, L.sheets.themes, title, themeColumns);
  for (const t of c.themes) ts.addRow([t.theme, t.old, t.new, signed(t.change)]);
  finishTable(ts, themeColumns, c.themes.length);
  const sections = c.sections.filter((s) => !s.old || !s.new || s.renamed || s.moved);
  if (sections.length) {
    ts.addRow([]);
    ts.addRow([L.headings.sections]).font = { bold: true };
    for (const s of sections) ts.addRow([`${s.old ?? ''} → ${s.new ?? ''}`, '', '', sectionChange(s)]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
