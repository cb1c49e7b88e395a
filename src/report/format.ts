import type { Document, Target, Task } from '../types.js';
import { COMPARATOR_SIGN, LABELS } from './labels.js';
import { round } from '../extract/numbers/resolve.js';

export type GroupBy = 'section' | 'theme' | 'department';

export interface Group {
  readonly key: string;
  readonly tasks: readonly Task[];
}

/** `60000` → `6万`, `365000000` → `3.65亿`, as a reader of plans writes them. */
export function formatValue(value: number | null): string {
  if (value === null) return 'xx';
  const abs = Math.abs(value);
  if (abs >= 1e8 && Number.isInteger(round(value / 1e6))) return `${round(value / 1e8)}亿`;
  if (abs >= 1e4 && Number.isInteger(round(value / 100))) return `${round(value / 1e4)}万`;
  return String(round(value));
}

/** `甲乙类传染病发病率 ≤280/10万（年底前）` */
export function formatTarget(t: Target): string {
  const sign = COMPARATOR_SIGN[t.comparator];
  const deadline = t.deadline ? `（${t.deadline}）` : '';
  return `${t.metric} ${sign}${formatValue(t.value)}${t.unit}${deadline}`.trim();
}

export function sectionLabel(doc: Document, ordinal: number | null): string {
  if (ordinal === null) return LABELS.noSection;
  const s = doc.sections[ordinal - 1];
  return s ? `${s.number}、${s.title}` : LABELS.noSection;
}

/** Groups tasks, keeping document order; a task with several keys appears under each. */
export function groupTasks(doc: Document, by: GroupBy): Group[] {
  const groups = new Map<string, Task[]>();
  const add = (key: string, t: Task) => {
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  };
  for (const t of doc.tasks) {
    if (by === 'section') add(sectionLabel(doc, t.section), t);
    else if (by === 'theme') for (const theme of t.themes) add(theme, t);
    else if (t.departments.lead.length) for (const d of t.departments.lead) add(d, t);
  }
  if (by === 'department') {
    const unassigned = doc.tasks.filter((t) => t.departments.lead.length === 0);
    if (unassigned.length) groups.set(LABELS.unassigned, unassigned);
  }
  return [...groups.entries()].map(([key, tasks]) => ({ key, tasks }));
}

export function countTargets(tasks: readonly Task[]): number {
  return tasks.reduce((n, t) => n + t.targets.length, 0);
}

export function groupHeading(g: Group): string {
  return `${g.key}（${LABELS.tasksCount(g.tasks.length)}，${LABELS.targetsCount(countTargets(g.tasks))}）`;
}

export function taskNumber(t: Task): string {
  return t.number || String(t.ordinal);
}

export function documentHeading(doc: Document): string {
  const parts = [doc.title ?? doc.file, doc.region, doc.year ? `${doc.year}年` : null, LABELS.summaryKind[doc.kind]].filter(Boolean);
  return `${parts.join(' · ')}（${LABELS.tasksCount(doc.tasks.length)}，${LABELS.targetsCount(countTargets(doc.tasks))}）`;
}
