import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { terminalStyle } from './style.js';
import type { Comparison, TargetChange } from '../compare/types.js';
import type { Document, Target, Task } from '../types.js';
import { round } from '../extract/numbers/resolve.js';
import { wrap } from './cjk-width.js';
import { formatTarget, formatValue, taskNumber } from './format.js';
import { COMPARATOR_SIGN, COMPARE_LABELS as L, LABELS } from './labels.js';

export interface CompareTableOptions {
  readonly color: boolean;
  readonly width: number;
}

export function docLabel(d: Document): string {
  return d.title ?? d.file;
}

export function yearLabel(d: Document, fallback: string): string {
  return d.year ? String(d.year) : fallback;
}

/** `+3 个百分点`, `-200张`. */
export function formatChange(c: TargetChange): string {
  if (c.change === null) return '';
  if (c.change === 0) return '0';
  const unit = c.new?.unit ?? c.old?.unit ?? '';
  const sign = c.change > 0 ? '+' : '';
  return unit === '%' ? `${sign}${round(c.change)} ${L.percentPoints}` : `${sign}${formatValue(c.change)}${unit}`;
}

export function formatFigure(t: Target | null): string {
  return t ? `${COMPARATOR_SIGN[t.comparator]}${formatValue(t.value)}${t.unit}` : '';
}

export function directionLabel(c: TargetChange): string {
  return c.stricter === null ? '' : c.stricter ? L.stricter : L.looser;
}

export function metricLabel(c: TargetChange): string {
  return (c.new ?? c.old)!.metric;
}

export function taskLabel(t: Task | null): string {
  return t ? `${taskNumber(t)} ${t.title}` : '';
}

const ORDER: Record<TargetChange['verdict'], number> = { raised: 0, lowered: 1, added: 2, removed: 3, unchanged: 4 };

export function sortedTargets(c: Comparison): TargetChange[] {
  return [...c.targets].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
}

/** The terminal report: the summary line first, then the tables. */
export async function renderCompareTable(c: Comparison, options: CompareTableOptions): Promise<string> {
  const k = await terminalStyle(options.color);
  const oldYear = yearLabel(c.old, 'A');
  const newYear = yearLabel(c.new, 'B');
  const width = Math.max(80, options.width);
  const out: string[] = [];
  out.push(k.bold(`${docLabel(c.old)} → ${docLabel(c.new)}`));
  out.push(L.summary(c.summary), '');

  out.push(k.cyan.bold(L.headings.targets));
  const w = columnWidths(width, [22, 30, 10, 10, 12, 6, 8]);
  out.push(
    table(
      [L.task, L.metric, oldYear, newYear, L.change, L.verdict, L.direction],
      sortedTargets(c).map((x) => [
        taskLabel(x.newTask ?? x.oldTask),
        metricLabel(x),
        formatFigure(x.old),
        formatFigure(x.new),
        formatChange(x),
        verdictText(x, k),
        directionLabel(x),
      ]),
      w,
    ),
  );

  for (const verdict of ['added', 'removed'] as const) {
    const pairs = c.tasks.filter((p) => p.verdict === verdict);
    out.push('', k.cyan.bold(`${L.headings[verdict]}（${pairs.length}）`));
    if (pairs.length === 0) continue;
    const tw = columnWidths(width, [6, 34, 40]);
    out.push(table([LABELS.ordinal, LABELS.task, LABELS.targets], pairs.map((p) => {
      const t = (p.new ?? p.old)!;
      return [taskNumber(t), t.title, t.targets.map(formatTarget).join('\n')];
    }), tw));
  }

  const continued = c.tasks.filter((p) => p.verdict === 'continued');
  out.push('', k.cyan.bold(`${L.headings.continued}（${continued.length}）`));
  out.push(table([oldYear, newYear, L.similarity], continued.map((p) => [taskLabel(p.old), taskLabel(p.new), (p.score ?? 0).toFixed(2)]), columnWidths(width, [36, 36, 6])));

  const sections = c.sections.filter((s) => !s.old || !s.new || s.renamed || s.moved);
  if (sections.length) {
    out.push('', k.cyan.bold(L.headings.sections));
    out.push(table([oldYear, newYear, L.change], sections.map((s) => [s.old ?? '', s.new ?? '', sectionChange(s)]), columnWidths(width, [34, 34, 12])));
  }

  out.push('', k.cyan.bold(L.headings.themes));
  out.push(table([L.theme, oldYear, newYear, L.change], c.themes.map((t) => [t.theme, String(t.old), String(t.new), signed(t.change)]), [20, 8, 8, 8]));
  return out.join('\n') + '\n';
}

export function sectionChange(s: Comparison['sections'][number]): string {
  if (!s.old) return L.taskVerdict.added;
  if (!s.new) return L.taskVerdict.removed;
  return [s.renamed ? L.renamed : '', s.moved ? L.moved : ''].filter(Boolean).join('、');
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function verdictText(x: TargetChange, k: ChalkInstance): string {
  const word = L.targetVerdict[x.verdict];
  if (x.verdict === 'raised' || x.verdict === 'lowered') return x.stricter ? k.green(word) : k.yellow(word);
  if (x.verdict === 'removed') return k.red(word);
  return word;
}

function columnWidths(total: number, base: readonly number[]): number[] {
  const sum = base.reduce((a, b) => a + b, 0) + base.length * 3 + 1;
  const scale = Math.min(1.6, Math.max(0.6, total / sum));
  return base.map((b) => Math.max(4, Math.floor(b * scale)));
}

function table(head: readonly string[], rows: readonly string[][], widths: readonly number[]): string {
  const t = new Table({ head: [...head], colWidths: widths.map((w) => w + 2), style: { head: [], border: [] }, wordWrap: false });
  for (const r of rows) t.push(r.map((cell, i) => wrap(cell, widths[i]!).join('\n')));
  return t.toString();
}

/** JSON for `jq`: each side's file, and every pair with both sides' figures. */
export function renderCompareJson(c: Comparison): string {
  const doc = (d: Document) => ({ file: d.file, title: d.title, year: d.year, region: d.region, kind: d.kind });
  const task = (t: Task | null) => (t ? { ordinal: t.ordinal, number: t.number, title: t.title } : null);
  const target = (t: Target | null) => (t ? { metric: t.metric, comparator: t.comparator, value: t.value, unit: t.unit, deadline: t.deadline, text: t.text, span: t.span } : null);
  return (
    JSON.stringify(
      {
        old: doc(c.old),
        new: doc(c.new),
        summary: c.summary,
        targets: c.targets.map((x) => ({ verdict: x.verdict, old: target(x.old), new: target(x.new), oldTask: task(x.oldTask), newTask: task(x.newTask), change: x.change, stricter: x.stricter, score: x.score })),
        tasks: c.tasks.map((p) => ({ verdict: p.verdict, old: task(p.old), new: task(p.new), score: p.score })),
        sections: c.sections,
        themes: c.themes,
      },
      null,
      2,
    ) + '\n'
  );
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const mdTable = (head: readonly string[], rows: readonly string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n');

export function renderCompareMarkdown(c: Comparison): string {
  const oldYear = yearLabel(c.old, 'A');
  const newYear = yearLabel(c.new, 'B');
  const out = [`# ${docLabel(c.old)} → ${docLabel(c.new)}`, '', L.summary(c.summary), '', `## ${L.headings.targets}`, ''];
  out.push(mdTable([L.task, L.metric, oldYear, newYear, L.change, L.verdict, L.direction], sortedTargets(c).map((x) => [taskLabel(x.newTask ?? x.oldTask), metricLabel(x), formatFigure(x.old), formatFigure(x.new), formatChange(x), L.targetVerdict[x.verdict], directionLabel(x)])));
  for (const verdict of ['added', 'removed'] as const) {
    out.push('', `## ${L.headings[verdict]}`, '');
    out.push(mdTable([LABELS.ordinal, LABELS.task, LABELS.targets], c.tasks.filter((p) => p.verdict === verdict).map((p) => {
      const t = (p.new ?? p.old)!;
      return [taskNumber(t), t.title, t.targets.map(formatTarget).join('\n')];
    })));
  }
  out.push('', `## ${L.headings.continued}`, '', mdTable([oldYear, newYear, L.similarity], c.tasks.filter((p) => p.verdict === 'continued').map((p) => [taskLabel(p.old), taskLabel(p.new), (p.score ?? 0).toFixed(2)])));
  out.push('', `## ${L.headings.themes}`, '', mdTable([L.theme, oldYear, newYear, L.change], c.themes.map((t) => [t.theme, String(t.old), String(t.new), signed(t.change)])));
  return out.join('\n') + '\n';
}
