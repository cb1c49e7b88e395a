import { cosine, grams, Weigher } from '../compare/similarity.js';
import type { Document, Section, Target, Task } from '../types.js';
import { STOPWORDS } from '../vocab/stopwords.js';
import { judgeFigure, measureOf, readFigure, requiredInterval, type Reading } from './figure.js';
import { matchOneToOne, type Edge } from './match.js';
import { mentionsOf } from './mention.js';
import { SparseIndex } from './sparse.js';
import { metricText } from './text.js';
import type { Achievement, TargetResult, TaskResult, TrackCounts, Tracking } from './types.js';

export interface TrackOptions {
  /** Similarity of metrics (0…1) from which a summary's figure in a comparable unit reports a plan's target. */
  readonly figureThreshold: number;
  /** The same for a figure in a unit that does not compare: it is the same measure (无法判断) only when this alike. */
  readonly otherUnitThreshold: number;
  /** Similarity of a task to a summary's sentence (0…1) from which the summary speaks of it. */
  readonly mentionThreshold: number;
  /**
   * The same for the metric of a target the summary gives no figure for: a metric is
   * short and specific, so the passage must share most of it (`基层中医馆覆盖率` in
   * `基层中医馆实现全覆盖`, not `无烟学校建成率` in `无烟党政机关…建成率…`).
   */
  readonly targetMentionThreshold: number;
  /**
   * The summary's source text (`Source.text`), to give the sentence that mentions a
   * task verbatim with its span; without it, the sentence is given as read and the
   * span is its task's.
   */
  readonly summaryText?: string;
}

export const DEFAULT_TRACK_OPTIONS: TrackOptions = { figureThreshold: 0.5, otherUnitThreshold: 0.7, mentionThreshold: 0.32, targetMentionThreshold: 0.5 };

interface PlanTarget {
  readonly target: Target;
  readonly task: Task | null;
  readonly reading: Reading;
}

interface SummaryFigure extends Achievement {
  readonly reading: Reading;
}

/**
 * Did the summary deliver the plan's targets? Each target of the plan's part
 * that sets aims is matched one to one to the summary's result for the same
 * measure (a comparable unit, a similar metric), and judged; each task without
 * a target is mentioned or not. On a page that holds a summary and the next
 * year's plan, only the part of the right kind is read on each side.
 */
export function track(plan: Document, summary: Document, options: Partial<TrackOptions> = {}): Tracking {
  const o = { ...DEFAULT_TRACK_OPTIONS, ...options };
  const targets = planTargets(plan);
  const figures = summaryFigures(summary);

  const tKeys = targets.map((t) => grams(metricText(t.target)));
  const fKeys = figures.map((f) => grams(metricText(f.target)));
  const weigher = new Weigher([...tKeys, ...fKeys], STOPWORDS);
  const tv = tKeys.map((g) => weigher.vector(g));
  const fv = fKeys.map((g) => weigher.vector(g));

  // Figures by what they measure, so that each target is scored only against those it can be set against.
  const byMeasure = new Map<string, number[]>();
  figures.forEach((f, j) => {
    const key = measureKey(f.target, f.reading);
    let list = byMeasure.get(key);
    if (!list) byMeasure.set(key, (list = []));
    list.push(j);
  });
  const indexes = new Map([...byMeasure].map(([key, js]) => [key, { js, index: new SparseIndex(js.map((j) => fv[j]!)) }]));
  const edges: Edge[] = [];
  targets.forEach((t, i) => {
    const bucket = indexes.get(measureKey(t.target, t.reading));
    if (!bucket) return;
    for (const hit of bucket.index.above(tv[i]!, o.figureThreshold)) {
      const j = bucket.js[hit.at]!;
      edges.push({ i, j, score: hit.score + tieBreak(t, figures[j]!) });
    }
  });
  const matched = matchOneToOne(targets.length, figures.length, edges);

  // Targets left: a figure of the same measure in a unit that does not compare settles nothing, but is no silence.
  const usedFigures = new Set([...matched].filter((j) => j >= 0));
  const everyFigure = new SparseIndex(fv);
  const otherEdges: Edge[] = [];
  targets.forEach((t, i) => {
    if (matched[i]! >= 0) return;
    for (const hit of everyFigure.above(tv[i]!, o.otherUnitThreshold)) {
      if (!usedFigures.has(hit.at)) otherEdges.push({ i, j: hit.at, score: hit.score + tieBreak(t, figures[hit.at]!) });
    }
  });
  const other = matchOneToOne(targets.length, figures.length, otherEdges);

  const mentions = mentionsOf(plan, summary, targets.filter((_, i) => matched[i]! < 0 && other[i]! < 0).map((t) => t.target), o);
  const sectionOf = (task: Task | null): Section | null => (task?.section ? (plan.sections[task.section - 1] ?? null) : null);
  const results: TargetResult[] = targets.map((t, i) => {
    const j = matched[i]! >= 0 ? matched[i]! : other[i]!;
    const base = { target: t.target, task: t.task, section: sectionOf(t.task) };
    if (j < 0) {
      return { ...base, verdict: 'unreported', reason: null, achievement: null, score: null, measured: null, required: requiredInterval(t.target, t.reading), mention: mentions.targets.get(t.target)?.evidence ?? null };
    }
    const f = figures[j]!;
    const score = round(cosine(tv[i]!, fv[j]!));
    const achievement: Achievement = { target: f.target, task: f.task };
    const judgement = judgeFigure(t.target, f.target, t.reading, f.reading);
    return { ...base, ...judgement, achievement, score, mention: null };
  });

  const tasks: TaskResult[] = plan.tasks
    .filter((t) => t.kind === 'target' && !t.targets.some((x) => x.kind === 'target'))
    .map((task) => {
      const m = mentions.tasks.get(task)!;
      return { verdict: m.evidence ? 'mentioned' : 'not_mentioned', task, section: sectionOf(task), evidence: m.evidence, score: m.score };
    });

  return { plan, summary, targets: results, tasks, counts: countsOf(results, tasks) };
}

/** The plan's targets that set aims (a plan's look back at last year is left out), in document order. */
function planTargets(plan: Document): PlanTarget[] {
  const out: PlanTarget[] = [];
  for (const target of plan.overview) if (target.kind === 'target') out.push({ target, task: null, reading: readFigure(target) });
  for (const task of plan.tasks) for (const target of task.targets) if (target.kind === 'target') out.push({ target, task, reading: readFigure(target) });
  return out.sort((a, b) => a.target.span.start - b.target.span.start);
}

/** The summary's figures that report results (its look ahead to next year is left out). */
function summaryFigures(summary: Document): SummaryFigure[] {
  const out: SummaryFigure[] = [];
  for (const target of summary.overview) if (target.kind === 'achievement') out.push({ target, task: null, reading: readFigure(target) });
  for (const task of summary.tasks) for (const target of task.targets) if (target.kind === 'achievement') out.push({ target, task, reading: readFigure(target) });
  return out.sort((a, b) => a.target.span.start - b.target.span.start);
}

function measureKey(t: Target, r: Reading): string {
  return `${measureOf(t.unit).measure}|${r.change ? 'change' : 'level'}`;
}

/** A little for the same unit and for shared themes, so that of two equally alike metrics the nearer one wins. */
function tieBreak(t: PlanTarget, f: SummaryFigure): number {
  let bonus = t.target.unit === f.target.unit ? 0.01 : 0;
  const a = t.task?.themes ?? [];
  const b = f.task?.themes ?? [];
  if (a.length && b.length) {
    const shared = a.filter((x) => b.includes(x)).length;
    bonus += (0.02 * shared) / new Set([...a, ...b]).size;
  }
  return bonus;
}

function countsOf(targets: readonly TargetResult[], tasks: readonly TaskResult[]): TrackCounts {
  const n = (v: string) => targets.filter((t) => t.verdict === v).length;
  return {
    targets: targets.length,
    met: n('met'),
    missed: n('missed'),
    unreported: n('unreported'),
    undetermined: n('undetermined'),
    tasks: tasks.length,
    mentioned: tasks.filter((t) => t.verdict === 'mentioned').length,
    notMentioned: tasks.filter((t) => t.verdict === 'not_mentioned').length,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type { Tracking, TargetResult, TaskResult, TrackCounts } from './types.js';
export { metricText } from './text.js';
