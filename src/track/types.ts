import type { Document, Section, Span, Target, Task } from '../types.js';

/** The verdict on one target of the plan. */
export type TargetVerdict = 'met' | 'missed' | 'unreported' | 'undetermined';

/** The verdict on a task of the plan that states no target. */
export type TaskVerdict = 'mentioned' | 'not_mentioned';

/**
 * Why a figure the summary gives for a target settles nothing:
 * - `redacted`: either figure is an `xx` (`value: null`);
 * - `unit`: the summary reports the measure in a unit that does not convert (`签约28.6万人` for a `%` target),
 *   or a change (`同比增长8%`) for a level;
 * - `bound`: the summary gives only a bound or an approximation that lies on both sides of the target (`89%以上` for `≥90%`).
 */
export type UndeterminedReason = 'redacted' | 'unit' | 'bound';

/**
 * The values a figure's words allow, in some unit: `达到96.2%` is [96.2, 96.2],
 * `98%以上` [98, ∞), `180余名` (180, 190), `85%左右` [80.75, 89.25].
 * Infinite ends are ±Infinity here and null in the JSON.
 */
export interface Interval {
  readonly low: number;
  readonly lowOpen: boolean;
  readonly high: number;
  readonly highOpen: boolean;
}

/** A figure of the summary that reports a result, with where it stands. */
export interface Achievement {
  readonly target: Target;
  /** The summary's task that holds it; null for a headline figure outside every task. */
  readonly task: Task | null;
}

/**
 * A passage of the summary (a sentence, a clause, a headline figure's words),
 * verbatim from the source with its span. Where the source was not given or the
 * passage was joined from broken lines, it is given as read and the span is its task's.
 */
export interface Evidence {
  readonly text: string;
  readonly span: Span;
  /** The summary's task it stands in; null for a headline figure outside every task. */
  readonly task: Task | null;
}

export interface TargetResult {
  readonly verdict: TargetVerdict;
  readonly reason: UndeterminedReason | null;
  readonly target: Target;
  /** The plan's task that states it; null for a figure outside every task. */
  readonly task: Task | null;
  readonly section: Section | null;
  /** The summary's figure for the same measure; null when `unreported`. */
  readonly achievement: Achievement | null;
  /** How alike the two metrics are (0…1), null when `unreported`. */
  readonly score: number | null;
  /** The values the summary's words allow, in the target's unit; null when not comparable. */
  readonly measured: Interval | null;
  /** What the target asks, in its own unit, as an interval the result must fall in; null when redacted. */
  readonly required: Interval | null;
  /** For an `unreported` target: the summary's sentence that still speaks of its task, if any. */
  readonly mention: Evidence | null;
}

export interface TaskResult {
  readonly verdict: TaskVerdict;
  readonly task: Task;
  readonly section: Section | null;
  /** The summary's sentence most like the task (when mentioned). */
  readonly evidence: Evidence | null;
  /** Similarity of that sentence to the task (0…1). */
  readonly score: number;
}

export interface TrackCounts {
  readonly targets: number;
  readonly met: number;
  readonly missed: number;
  readonly unreported: number;
  readonly undetermined: number;
  /** Tasks of the plan without a target. */
  readonly tasks: number;
  readonly mentioned: number;
  readonly notMentioned: number;
}

export interface Tracking {
  readonly plan: Document;
  readonly summary: Document;
  /** Every target of the plan's part that sets aims, in document order (headline figures first). */
  readonly targets: readonly TargetResult[];
  /** Every task of the plan's part that states no target, in document order. */
  readonly tasks: readonly TaskResult[];
  readonly counts: TrackCounts;
}
