import Table from 'cli-table3';
import { SCHEMA_VERSION } from './contract.js';
import type { ChalkInstance } from 'chalk';
import type { Interval, TargetResult, TaskResult, Tracking } from '../track/types.js';
import type { Document, Section, Span, Target, Task } from '../types.js';
import { readFigure } from '../track/figure.js';
import { displayWidth, foldLine, wrap } from './cjk-width.js';
import { csvCell } from './csv.js';
import { formatValue, taskNumber } from './format.js';
import { COMPARATOR_SIGN, LABELS, TRACK_LABELS as L } from './labels.js';
import { terminalStyle } from './style.js';

/** One line of every view: a target of the plan with its verdict, or a task without a target. */
export interface TrackRow {
  readonly kind: 'target' | 'task';
  readonly section: Section | null;
  readonly task: Task | null;
  readonly metric: string;
  /** What the plan asks: `≥70%`. */
  readonly required: string;
  /** What the summary gives, in the target's unit: `72.6%`, `≥89%`, `320～330家`. */
  readonly measured: string;
  readonly verdict: string;
  /** `met`, `missed`, …: for colours and fills. */
  readonly code: TargetResult['verdict'] | TaskResult['verdict'];
  readonly note: string;
  readonly planText: string;
  readonly planSpan: Span | null;
  readonly summaryText: string;
  readonly summarySpan: Span | null;
  readonly score: number | null;
}

export interface TrackGroup {
  /** `一、提升医疗服务能力…`, or 概况指标 for figures outside every task. */
  readonly key: string;
  readonly rows: readonly TrackRow[];
}

/** `卫健局2023年卫生健康工作总结（计划部分）`: the document, and which part of it was read when it holds two. */
export function sideLabel(doc: Document, side: 'plan' | 'summary'): string {
  const name = doc.title ?? doc.file;
  const hasTargets = doc.tasks.some((t) => t.kind === 'target');
  const hasResults = doc.tasks.some((t) => t.kind === 'achievement');
  if (side === 'plan' && doc.kind === 'summary') return `${name}（${L.planPart}）`;
  if (side === 'summary' && doc.kind === 'plan') return `${name}（${L.reviewPart}）`;
  if (side === 'summary' && hasTargets && hasResults) return `${name}（${L.summaryPart}）`;
  return name;
}

export function trackTitle(t: Tracking): string {
  return `${sideLabel(t.plan, 'plan')} → ${sideLabel(t.summary, 'summary')}`;
}

export function spanText(span: Span | null): string {
  return span ? `${span.start}–${span.end}` : '';
}

/** `≥70%`, `85%左右`, `85%–90%`, `xx%`. */
export function formatRequired(t: Target): string {
  const value = `${formatValue(t.value)}${t.valueMax != null ? `–${formatValue(t.valueMax)}` : ''}${t.unit}`;
  if (readFigure(t).approximate) return `${value}左右`;
  return `${COMPARATOR_SIGN[t.comparator]}${value}`;
}

/** The values the summary's words allow: `72.6%`, `≥89%`, `<5‰`, `320～330家`, `−1.2个百分点`. */
export function formatInterval(x: Interval, unit: string): string {
  const v = (n: number) => formatValue(n).replace(/^-/, '−');
  if (x.low === x.high) return `${v(x.low)}${unit}`;
  if (Number.isFinite(x.low) && Number.isFinite(x.high)) return `${v(x.low)}～${v(x.high)}${unit}`;
  if (Number.isFinite(x.low)) return `${x.lowOpen ? '>' : '≥'}${v(x.low)}${unit}`;
  if (Number.isFinite(x.high)) return `${x.highOpen ? '<' : '≤'}${v(x.high)}${unit}`;
  return '';
}

function measuredText(r: TargetResult): string {
  if (r.measured) return formatInterval(r.measured, r.target.unit);
  const a = r.achievement?.target;
  return a ? `${formatValue(a.value)}${a.unit}` : '';
}

function noteOf(r: TargetResult): string {
  if (r.reason) return L.reason[r.reason];
  if (r.verdict === 'unreported' && r.mention) return L.mentionedOnly;
  return '';
}

export function targetRow(r: TargetResult): TrackRow {
  const evidence = r.achievement ? { text: r.achievement.target.text, span: r.achievement.target.span } : r.mention ? { text: r.mention.text, span: r.mention.span } : null;
  return {
    kind: 'target',
    section: r.section,
    task: r.task,
    metric: r.target.metric,
    required: formatRequired(r.target),
    measured: measuredText(r),
    verdict: L.targetVerdict[r.verdict],
    code: r.verdict,
    note: noteOf(r),
    planText: r.target.text,
    planSpan: r.target.span,
    summaryText: evidence?.text ?? '',
    summarySpan: evidence?.span ?? null,
    score: r.score,
  };
}

export function taskRow(r: TaskResult): TrackRow {
  return {
    kind: 'task',
    section: r.section,
    task: r.task,
    metric: L.noTarget,
    required: '',
    measured: '',
    verdict: L.taskVerdict[r.verdict],
    code: r.verdict,
    note: '',
    planText: r.task.title,
    planSpan: r.task.span,
    summaryText: r.evidence?.text ?? '',
    summarySpan: r.evidence?.span ?? null,
    score: r.score,
  };
}

/** Every row in document order: targets and tasks without one, by where they stand in the plan. */
export function trackRows(t: Tracking): TrackRow[] {
  const rows = [...t.targets.map((r) => ({ at: r.target.span.start, row: targetRow(r) })), ...t.tasks.map((r) => ({ at: r.task.span.start, row: taskRow(r) }))];
  return rows.sort((a, b) => a.at - b.at).map((x) => x.row);
}

export function sectionKey(s: Section | null, task: Task | null): string {
  if (s) return `${s.number}、${s.title}`;
  return task ? LABELS.noSection : LABELS.headline;
}

/** Rows grouped by the plan's sections, in document order; figures outside every task first. */
export function trackGroups(t: Tracking): TrackGroup[] {
  const groups = new Map<string, TrackRow[]>();
  for (const row of trackRows(t)) {
    const key = sectionKey(row.section, row.task);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(row);
  }
  return [...groups.entries()].map(([key, rows]) => ({ key, rows }));
}

/** `（5 个指标：达成 4，未达成 1；任务 1 项：已提及 1）` */
export function groupCounts(rows: readonly TrackRow[]): string {
  const targets = rows.filter((r) => r.kind === 'target');
  const tasks = rows.filter((r) => r.kind === 'task');
  const parts: string[] = [];
  const count = (list: readonly TrackRow[], codes: readonly string[], label: (c: string) => string) =>
    codes.map((c) => [label(c), list.filter((r) => r.code === c).length] as const).filter(([, n]) => n > 0).map(([w, n]) => `${w} ${n}`).join('，');
  if (targets.length) parts.push(`${targets.length} 个指标：${count(targets, ['met', 'missed', 'unreported', 'undetermined'], (c) => L.targetVerdict[c as TargetResult['verdict']])}`);
  if (tasks.length) parts.push(`任务 ${tasks.length} 项：${count(tasks, ['mentioned', 'not_mentioned'], (c) => L.taskVerdict[c as TaskResult['verdict']])}`);
  return `（${parts.join('；')}）`;
}

export function taskLabel(task: Task | null): string {
  return task ? `${taskNumber(task)} ${task.title}` : LABELS.headline;
}

export interface TrackTableOptions {
  readonly color: boolean;
  readonly width: number;
}

/** Widths of 任务, 指标, 目标, 实际, 结论, 计划原文, 总结原文 at 120 columns, and the least each may shrink to. */
const COLUMNS = [14, 14, 9, 10, 10, 22, 22] as const;
const MIN_COLUMNS = [8, 8, 6, 6, 8, 12, 12] as const;

/** The terminal report: title, the counts line, then a table per section of the plan. */
export async function renderTrackTable(t: Tracking, options: TrackTableOptions): Promise<string> {
  const k = await terminalStyle(options.color);
  const width = Math.max(80, options.width);
  const widths = columnWidths(width, COLUMNS, MIN_COLUMNS);
  // Lines outside the tables are folded to the terminal and then styled, so that colour codes never count as width.
  const fold = (text: string, style: (line: string) => string = (line) => line) => foldLine(text, width).map((line) => style(line));
  const out: string[] = [...fold(trackTitle(t), k.bold), ...fold(L.headline(t.counts))];
  for (const g of trackGroups(t)) {
    out.push('', ...fold(`${g.key}${groupCounts(g.rows)}`, k.cyan.bold));
    const table = new Table({
      head: [L.task, L.metric, L.required, L.measured, L.verdict, L.planText, L.summaryText],
      colWidths: widths.map((w) => w + 2),
      style: { head: [], border: [] },
      wordWrap: false,
    });
    for (const r of g.rows) {
      const cell = (text: string, i: number, paint?: (s: string) => string) =>
        wrap(text, widths[i]!)
          .map((line) => (paint && line ? paint(line) : line))
          .join('\n');
      const withSpan = (text: string, span: Span | null, i: number) => [cell(text, i), span ? cell(`@${spanText(span)}`, i, k.gray) : ''].filter(Boolean).join('\n');
      const paint = verdictPaint(r.code, k);
      table.push([
        clipLines(wrap(taskLabel(r.task), widths[0]!), 3, widths[0]!).join('\n'),
        cell(r.metric, 1, r.kind === 'task' ? k.gray : undefined),
        cell(r.required, 2),
        cell(r.measured, 3),
        [cell(r.verdict, 4, paint), r.note ? cell(r.note, 4, k.gray) : ''].filter(Boolean).join('\n'),
        withSpan(r.planText, r.planSpan, 5),
        withSpan(r.summaryText, r.summarySpan, 6),
      ]);
    }
    out.push(table.toString());
  }
  return out.join('\n') + '\n';
}

/** A task's label cut to three lines of its column: a plan that titles its tasks with whole sentences still reads as a table (the full text is in the json, csv and workbook). */
function clipLines(lines: readonly string[], most: number, width: number): string[] {
  if (lines.length <= most) return [...lines];
  let last = lines[most - 1]!;
  while (last && displayWidth(last) + 1 > width) last = [...last].slice(0, -1).join('');
  return [...lines.slice(0, most - 1), `${last}…`];
}

function verdictPaint(code: TrackRow['code'], k: ChalkInstance): (s: string) => string {
  switch (code) {
    case 'met':
    case 'mentioned':
      return k.green;
    case 'missed':
      return k.red;
    case 'unreported':
    case 'not_mentioned':
      return k.yellow;
    default:
      return k.gray;
  }
}

/**
 * Column widths scaled to the terminal, so the table fills it (at most 1.6 × the
 * base), never under each column's least; where the leasts overflow a narrow
 * terminal, the widest columns give up the difference.
 */
export function columnWidths(total: number, base: readonly number[], least: readonly number[]): number[] {
  const overhead = base.length * 3 + 1;
  const sum = base.reduce((a, b) => a + b, 0) + overhead;
  const scale = Math.min(1.6, Math.max(0.6, total / sum));
  const widths = base.map((b, i) => Math.max(least[i] ?? 4, Math.floor(b * scale)));
  let over = widths.reduce((a, b) => a + b, 0) + overhead - total;
  while (over > 0) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > 4 && (widest < 0 || w > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest]!--;
    over--;
  }
  return widths;
}

// ---- json ----

const infinite = (n: number) => (Number.isFinite(n) ? n : null);

function intervalJson(x: Interval | null, unit: string): unknown {
  return x ? { low: infinite(x.low), low_open: x.lowOpen, high: infinite(x.high), high_open: x.highOpen, unit } : null;
}

function figureJson(t: Target): Record<string, unknown> {
  return {
    text: t.text,
    metric: t.metric,
    comparator: t.comparator,
    approximate: readFigure(t).approximate,
    value: t.value,
    value_max: t.valueMax ?? null,
    unit: t.unit,
    deadline: t.deadline,
    redacted: Boolean(t.redacted),
    span: t.span,
  };
}

const sectionJson = (s: Section | null) => (s ? { ordinal: s.ordinal, number: s.number, title: s.title } : null);
const taskRef = (t: Task | null) => (t ? { ordinal: t.ordinal, number: t.number, title: t.title } : null);
const docJson = (d: Document) => ({ file: d.file, title: d.title, year: d.year, region: d.region, kind: d.kind });

/** The JSON of `plans track`, as the output contract writes it (schema/track.schema.json). */
export function trackJsonValue(t: Tracking): unknown {
  return {
    schemaVersion: SCHEMA_VERSION,
    plan: docJson(t.plan),
    summary: docJson(t.summary),
    counts: {
      targets: t.counts.targets,
      met: t.counts.met,
      missed: t.counts.missed,
      unreported: t.counts.unreported,
      undetermined: t.counts.undetermined,
      tasks: t.counts.tasks,
      mentioned: t.counts.mentioned,
      not_mentioned: t.counts.notMentioned,
    },
    targets: t.targets.map((r) => ({
      verdict: r.verdict,
      label: L.targetVerdict[r.verdict],
      reason: r.reason,
      section: sectionJson(r.section),
      task: r.task ? { ...taskRef(r.task), lead: r.task.departments.lead } : null,
      target: figureJson(r.target),
      required: intervalJson(r.required, r.target.unit),
      achievement: r.achievement ? { ...figureJson(r.achievement.target), task: taskRef(r.achievement.task) } : null,
      measured: intervalJson(r.measured, r.target.unit),
      score: r.score,
      mention: r.mention ? { text: r.mention.text, span: r.mention.span, task: taskRef(r.mention.task) } : null,
    })),
    tasks: t.tasks.map((r) => ({
      verdict: r.verdict,
      label: L.taskVerdict[r.verdict],
      section: sectionJson(r.section),
      task: { ...taskRef(r.task), lead: r.task.departments.lead, span: r.task.span },
      evidence: r.evidence ? { text: r.evidence.text, span: r.evidence.span, task: taskRef(r.evidence.task) } : null,
      score: r.score,
    })),
  };
}

export function renderTrackJson(t: Tracking): string {
  return JSON.stringify(trackJsonValue(t), null, 2) + '\n';
}

// ---- csv ----

export const TRACK_CSV_HEADER = [
  LABELS.ordinal, L.section, LABELS.taskOrdinal, LABELS.title, L.lead, L.kind, L.metric, L.required, L.measured, L.verdict, L.note,
  L.planText, L.planSpan, L.summaryText, L.summarySpan, L.similarity,
] as const;

/** The lead departments a task declares, or the one suggested for it (marked), or nothing. */
export function leadText(task: Task | null): string {
  if (!task) return '';
  if (task.departments.lead.length) return task.departments.lead.join('、');
  const s = task.departments.suggested[0];
  return s ? `${s.name}（${LABELS.suggested}）` : '';
}

export function csvRowValues(r: TrackRow, ordinal: number): (string | number | null)[] {
  return [
    ordinal,
    sectionKey(r.section, r.task),
    r.task ? taskNumber(r.task) : '',
    r.task ? r.task.title : LABELS.headline,
    leadText(r.task),
    r.kind === 'target' ? L.kindTarget : L.kindTask,
    r.kind === 'target' ? r.metric : '',
    r.required,
    r.measured,
    r.verdict,
    r.note,
    r.planText,
    spanText(r.planSpan),
    r.summaryText,
    spanText(r.summarySpan),
    r.score,
  ];
}

/** UTF-8 with BOM for Excel, one row per target and per task without one; formula starts neutralised. */
export function renderTrackCsv(t: Tracking): string {
  const line = (cells: readonly unknown[]) => cells.map(csvCell).join(',') + '\r\n';
  return '\ufeff' + line(TRACK_CSV_HEADER) + trackRows(t).map((r, i) => line(csvRowValues(r, i + 1))).join('');
}

// ---- md ----

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

export function renderTrackMarkdown(t: Tracking): string {
  const out = [`# ${trackTitle(t)}`, '', L.headline(t.counts), ''];
  for (const g of trackGroups(t)) {
    out.push(`## ${g.key}${groupCounts(g.rows)}`, '');
    out.push(`| ${[L.task, L.metric, L.required, L.measured, L.verdict, L.planText, L.summaryText].join(' | ')} |`, '|---|---|---|---|---|---|---|');
    for (const r of g.rows) {
      const text = (s: string, span: Span | null) => (s ? `${s}${span ? ` \`@${spanText(span)}\`` : ''}` : '');
      out.push(`| ${[taskLabel(r.task), r.metric, r.required, r.measured, `**${r.verdict}**${r.note ? `（${r.note}）` : ''}`, text(r.planText, r.planSpan), text(r.summaryText, r.summarySpan)].map(md).join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
