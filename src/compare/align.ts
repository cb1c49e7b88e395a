import type { Document, Target, Task } from '../types.js';
import { assign } from './assign.js';
import { cosine, grams, Weigher, type Vector } from './similarity.js';

/** What a task is about, for comparison: its title counts twice; declared departments do not count. */
export function taskText(t: Task): string {
  return `${t.title} ${t.title} ${t.text.replace(/[(（][^()（）]*(科室|单位|部门)[^()（）]*[)）]?/g, '')}`;
}

export interface Matched<T> {
  readonly old: T | null;
  readonly new: T | null;
  readonly score: number | null;
}

/**
 * Aligns the items of two lists one to one by the similarity of their text:
 * an optimal assignment, then a threshold under which a pair is no pair.
 */
export function alignByText<T>(olds: readonly T[], news: readonly T[], text: (t: T) => string, threshold: number, stopwords: readonly string[]): Matched<T>[] {
  const og = olds.map((t) => grams(text(t)));
  const ng = news.map((t) => grams(text(t)));
  const weigher = new Weigher([...og, ...ng], stopwords);
  const ov: Vector[] = og.map((g) => weigher.vector(g));
  const nv: Vector[] = ng.map((g) => weigher.vector(g));
  const scores = ov.map((a) => Float64Array.from(nv, (b) => cosine(a, b)));
  const chosen = assign(scores, news.length);
  const newTaken = new Map<number, { old: number; score: number }>();
  chosen.forEach((j, i) => {
    if (j >= 0 && scores[i]![j]! >= threshold) newTaken.set(j, { old: i, score: scores[i]![j]! });
  });
  const oldTaken = new Set([...newTaken.values()].map((v) => v.old));
  const out: Matched<T>[] = [];
  news.forEach((n, j) => {
    const m = newTaken.get(j);
    out.push(m ? { old: olds[m.old]!, new: n, score: round(m.score) } : { old: null, new: n, score: null });
  });
  olds.forEach((o, i) => {
    if (!oldTaken.has(i)) out.push({ old: o, new: null, score: null });
  });
  return out;
}

export function alignTasks(a: Document, b: Document, threshold: number, stopwords: readonly string[]): Matched<Task>[] {
  return alignByText(a.tasks, b.tasks, taskText, threshold, stopwords);
}

const SCOPE = /^(全市|全区|全县|全省|全镇|城乡|辖区内?|每个县区|各县区)/;
const GENERIC_TAIL = /(水平|能力|情况|工作)$/;

/** `全市居民健康素养水平` → `居民健康素养`: scope and generic words dropped. */
export function metricKey(metric: string): string {
  return metric.replace(/\s+/g, '').replace(SCOPE, '').replace(GENERIC_TAIL, '');
}

function dice(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  if (ga.length === 0 || gb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of ga) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of gb) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (ga.length + gb.length);
}

function bigrams(s: string): string[] {
  if (s.length < 2) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

export interface TargetMatch {
  readonly old: Target;
  readonly new: Target;
  readonly score: number;
}

/** Matches targets by metric and unit: greedily, best pairs first, above `threshold`. */
export function alignTargets(olds: readonly Target[], news: readonly Target[], threshold: number): { pairs: TargetMatch[]; oldLeft: Target[]; newLeft: Target[] } {
  const candidates: { i: number; j: number; score: number }[] = [];
  olds.forEach((o, i) =>
    news.forEach((n, j) => {
      if (o.unit !== n.unit) return;
      const score = dice(metricKey(o.metric), metricKey(n.metric));
      if (score >= threshold) candidates.push({ i, j, score });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: TargetMatch[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
    usedOld.add(c.i);
    usedNew.add(c.j);
    pairs.push({ old: olds[c.i]!, new: news[c.j]!, score: round(c.score) });
  }
  return { pairs, oldLeft: olds.filter((_, i) => !usedOld.has(i)), newLeft: news.filter((_, j) => !usedNew.has(j)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
