import type { Document, Section, Target, Task } from '../types.js';
import { assign } from './assign.js';
import { cosine, grams, Weigher } from './similarity.js';
import { STOPWORDS } from '../vocab/stopwords.js';
import { alignTargets, alignTasks } from './align.js';
import { judge } from './diff.js';
import type { Comparison, SectionPair, TargetChange, TaskPair, ThemeCount } from './types.js';

export interface CompareOptions {
  /** Similarity under which two tasks are not the same task. */
  readonly taskThreshold: number;
  /** Similarity of metric names under which two targets are not the same target. */
  readonly targetThreshold: number;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { taskThreshold: 0.25, targetThreshold: 0.5 };

/** What changed from one plan to the next: tasks, targets, sections and themes. */
export function compare(a: Document, b: Document, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): Comparison {
  const matched = alignTasks(a, b, options.taskThreshold, STOPWORDS);
  const tasks: TaskPair[] = matched.map((m) => ({ verdict: m.old && m.new ? 'continued' : m.new ? 'added' : 'removed', old: m.old, new: m.new, score: m.score }));

  // Targets: within continuing tasks first, then across the whole plan for those left (a target may move).
  const changes: TargetChange[] = [];
  const oldLeft: { target: Target; task: Task }[] = [];
  const newLeft: { target: Target; task: Task }[] = [];
  for (const p of tasks) {
    if (p.old && p.new) {
      const r = alignTargets(p.old.targets, p.new.targets, options.targetThreshold);
      for (const pair of r.pairs) changes.push(change(pair.old, pair.new, p.old, p.new, pair.score));
      oldLeft.push(...r.oldLeft.map((target) => ({ target, task: p.old! })));
      newLeft.push(...r.newLeft.map((target) => ({ target, task: p.new! })));
    } else if (p.old) {
      oldLeft.push(...p.old.targets.map((target) => ({ target, task: p.old! })));
    } else if (p.new) {
      newLeft.push(...p.new.targets.map((target) => ({ target, task: p.new! })));
    }
  }
  const moved = alignTargets(oldLeft.map((x) => x.target), newLeft.map((x) => x.target), 0.8);
  const taskOfOld = new Map(oldLeft.map((x) => [x.target, x.task]));
  const taskOfNew = new Map(newLeft.map((x) => [x.target, x.task]));
  for (const pair of moved.pairs) changes.push(change(pair.old, pair.new, taskOfOld.get(pair.old)!, taskOfNew.get(pair.new)!, pair.score));
  for (const t of moved.newLeft) changes.push({ verdict: 'added', old: null, new: t, oldTask: null, newTask: taskOfNew.get(t)!, change: null, stricter: null, score: null });
  for (const t of moved.oldLeft) changes.push({ verdict: 'removed', old: t, new: null, oldTask: taskOfOld.get(t)!, newTask: null, change: null, stricter: null, score: null });

  const count = (verdict: string) => changes.filter((c) => c.verdict === verdict).length;
  return {
    old: a,
    new: b,
    tasks,
    targets: changes,
    themes: themeCounts(a, b),
    sections: alignSections(a, b, tasks),
    summary: {
      continued: tasks.filter((t) => t.verdict === 'continued').length,
      added: tasks.filter((t) => t.verdict === 'added').length,
      removed: tasks.filter((t) => t.verdict === 'removed').length,
      raised: count('raised'),
      lowered: count('lowered'),
      unchanged: count('unchanged'),
      targetsAdded: count('added'),
      targetsRemoved: count('removed'),
    },
  };
}

function change(old: Target, next: Target, oldTask: Task, newTask: Task, score: number): TargetChange {
  return { ...judge(old, next), old, new: next, oldTask, newTask, score };
}

function themeCounts(a: Document, b: Document): ThemeCount[] {
  const counts = new Map<string, { old: number; new: number }>();
  for (const [doc, key] of [[a, 'old'], [b, 'new']] as const) {
    for (const t of doc.tasks) {
      for (const theme of t.themes) {
        const c = counts.get(theme) ?? { old: 0, new: 0 };
        c[key]++;
        counts.set(theme, c);
      }
    }
  }
  return [...counts.entries()].map(([theme, c]) => ({ theme, old: c.old, new: c.new, change: c.new - c.old })).sort((x, y) => y.new + y.old - (x.new + x.old));
}

/**
 * Sections are aligned by their headings and by where their tasks went: a section
 * renamed and moved whose tasks continue together is the same section.
 */
function alignSections(a: Document, b: Document, tasks: readonly TaskPair[]): SectionPair[] {
  const og = a.sections.map((s) => grams(s.title));
  const ng = b.sections.map((s) => grams(s.title));
  const weigher = new Weigher([...og, ...ng], STOPWORDS);
  const ov = og.map((g) => weigher.vector(g));
  const nv = ng.map((g) => weigher.vector(g));
  const size = (doc: Document, ordinal: number) => doc.tasks.filter((t) => t.section === ordinal).length || 1;
  const scores = a.sections.map((os, i) =>
    Float64Array.from(b.sections, (ns, j) => {
      const shared = tasks.filter((p) => p.old?.section === os.ordinal && p.new?.section === ns.ordinal).length;
      return Math.max(cosine(ov[i]!, nv[j]!), shared / Math.max(size(a, os.ordinal), size(b, ns.ordinal)));
    }),
  );
  const chosen = assign(scores, b.sections.length);
  const label = (s: Section) => `${s.number}、${s.title}`;
  const out: SectionPair[] = [];
  const matchedNew = new Map<number, number>();
  chosen.forEach((j, i) => {
    if (j >= 0 && scores[i]![j]! >= SECTION_THRESHOLD) matchedNew.set(j, i);
  });
  b.sections.forEach((ns, j) => {
    const i = matchedNew.get(j);
    const os = i === undefined ? null : a.sections[i]!;
    out.push({
      old: os ? label(os) : null,
      new: label(ns),
      score: os ? Math.round(scores[i!]![j]! * 1000) / 1000 : null,
      renamed: Boolean(os && os.title !== ns.title),
      moved: Boolean(os && os.ordinal !== ns.ordinal),
    });
  });
  const taken = new Set(matchedNew.values());
  a.sections.forEach((os, i) => {
    if (!taken.has(i)) out.push({ old: label(os), new: null, score: null, renamed: false, moved: false });
  });
  return out;
}

const SECTION_THRESHOLD = 0.3;

export type { Comparison } from './types.js';
