import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { terminalStyle } from './style.js';
import type { Comparison, TargetChange } from '../compare/types.js';
import type { Document, Target, Task } from '../types.js';
import { round } from '../extract/numbers/resolve.js';
import { foldLine, wrap } from './cjk-width.js';
import { fitColumns, tableChrome } from './columns.js';
import { formatTarget, formatValue, taskNumber } from './format.js';
import { COMPARATOR_SIGN, COMPARE_LABELS as L, LABELS } from './labels.js';
import { compareToJson } from './json.js';

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
  out.push(...foldLine(`${docLabel(c.old)} → ${docLabel(c.new)}`, width).map((l) => k.bold(l)));
  out.push(...foldLine(L.summary(c.summary), width), '');

  out.push(k.cyan.bold(L.headings.targets));
  out.push(
    table(
      [L.task, L.metric, oldYear, newYear, L.change, L.verdict, L.direction],
      sortedTargets(c).map((x) => [
        taskLabel(x.newTask ?? x.oldTask),
        metricLabel(x),
        formatFigure(x.old),
        formatFigure(x.new),
        formatChange(x),
        verdictCell(x, k),
        directionLabel(x),
      ]),
      // 结论 and 方向 are never wrapped: 提高, 更严格.
      columnWidths(width, [22, 30, 10, 10, 12, 6, 8], [8, 8, 6, 6, 6, 4, 6]),
    ),
  );

  for (const verdict of ['added', 'removed'] as const) {
    const pairs = c.tasks.filter((p) => p.verdict === verdict);
    out.push('', k.cyan.bold(`${L.headings[verdict]}（${pairs.length}）`));
    out.push(table([LABELS.ordinal, LABELS.task, LABELS.targets], pairs.map((p) => {
      const t = (p.new ?? p.old)!;
      return [taskNumber(t), t.title, t.targets.map(formatTarget).join('\n')];
    }), columnWidths(width, [6, 34, 40])));
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

/** A cell whose lines are coloured after wrapping, so that colour codes never count as width. */
interface Styled {
  readonly text: string;
  readonly style: (line: string) => string;
}

function verdictCell(x: TargetChange, k: ChalkInstance): Styled {
  const text = L.targetVerdict[x.verdict];
  if (x.verdict === 'raised' || x.verdict === 'lowered') return { text, style: x.stricter ? k.green : k.yellow };
  if (x.verdict === 'removed') return { text, style: k.red };
  return { text, style: (line) => line };
}

/**
 * Content widths from base widths, scaled so that the table, borders included,
 * fills `total` columns (within 0.6 to 1.6 times the base), each at least its
 * `min` (4: two Chinese characters, 提高); never wider than `total`.
 */
function columnWidths(total: number, base: readonly number[], min: readonly number[] = []): number[] {
  const least = base.map((_, i) => min[i] ?? 4);
  const sum = base.reduce((a, b) => a + b, 0);
  const scale = Math.min(1.6, Math.max(0.6, (total - tableChrome(base.length)) / sum));
  return fitColumns(base.map((b, i) => Math.max(least[i]!, Math.floor(b * scale))), base.map(() => true), total, least);
}

/** What an empty section of a report prints instead of a table with a header and no rows. */
export const NONE = '（无）';

function table(head: readonly string[], rows: readonly (string | Styled)[][], widths: readonly number[]): string {
  if (rows.length === 0) return NONE;
  const t = new Table({ head: [...head], colWidths: widths.map((w) => w + 2), style: { head: [], border: [] }, wordWrap: false });
  for (const r of rows) {
    t.push(
      r.map((cell, i) => {
        const lines = wrap(typeof cell === 'string' ? cell : cell.text, widths[i]!);
        return (typeof cell === 'string' ? lines : lines.map((l) => (l ? cell.style(l) : l))).join('\n');
      }),
    );
  }
  return t.toString();
}

/** JSON for `jq`. */
export function renderCompareJson(c: Comparison): string {
  return JSON.stringify(compareToJson(c), null, 2) + '\n';
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const mdTable = (head: readonly string[], rows: readonly string[][]) =>
  rows.length === 0 ? NONE : [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n');

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
