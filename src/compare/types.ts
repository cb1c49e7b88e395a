import type { Document, Target, Task } from '../types.js';

export type TaskVerdict = 'continued' | 'added' | 'removed';
export type TargetVerdict = 'raised' | 'lowered' | 'unchanged' | 'added' | 'removed';

export interface TaskPair {
  readonly verdict: TaskVerdict;
  readonly old: Task | null;
  readonly new: Task | null;
  /** Similarity of the two tasks' text, 0…1; null for an added or removed task. */
  readonly score: number | null;
}

export interface TargetChange {
  readonly verdict: TargetVerdict;
  readonly old: Target | null;
  readonly new: Target | null;
  readonly oldTask: Task | null;
  readonly newTask: Task | null;
  /** new − old; for `%` targets this is in percentage points. */
  readonly change: number | null;
  /**
   * Whether the change makes the commitment more demanding: a higher floor, a
   * lower ceiling (`<=` that goes down). Null when unchanged, added or removed.
   */
  readonly stricter: boolean | null;
  /** How alike the two metrics are, 0…1. */
  readonly score: number | null;
}

export interface ThemeCount {
  readonly theme: string;
  readonly old: number;
  readonly new: number;
  readonly change: number;
}

export interface SectionPair {
  readonly old: string | null;
  readonly new: string | null;
  readonly score: number | null;
  readonly renamed: boolean;
  readonly moved: boolean;
}

export interface Comparison {
  readonly old: Document;
  readonly new: Document;
  readonly tasks: readonly TaskPair[];
  readonly targets: readonly TargetChange[];
  readonly themes: readonly ThemeCount[];
  readonly sections: readonly SectionPair[];
  readonly summary: {
    readonly continued: number;
    readonly added: number;
    readonly removed: number;
    readonly raised: number;
    readonly lowered: number;
    readonly unchanged: number;
    readonly targetsAdded: number;
    readonly targetsRemoved: number;
  };
}
