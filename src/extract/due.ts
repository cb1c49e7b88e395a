import type { DueKind, ResolvedDeadline } from '../types.js';
import type { Vocabulary } from '../vocab/index.js';
import { DUE_PREFIX, DUE_SUFFIX, RELATIVE_YEARS } from '../vocab/deadlines.js';
import { parseChineseNumeral } from './numbers/resolve.js';

/**
 * Resolves a deadline's words to the last day of the period they name, against
 * the document's year (`6月底前` in a 2023 plan → `2023-06-30`, kind `month`).
 * Words no form in `vocab.dueForms` reads, a redacted year (`xxxx年底`) or an
 * impossible date stay `unknown`; a deadline without its own year in a
 * document without one is `unknown` too: never a guessed date.
 */
export function resolveDeadline(text: string, year: number | null, vocab: Vocabulary): ResolvedDeadline {
  // A plan names few deadlines, each many times over: each is resolved once per year and vocabulary.
  let cache = resolvedOf.get(vocab);
  if (!cache) resolvedOf.set(vocab, (cache = new Map()));
  const key = `${year}\u0000${text}`;
  let r = cache.get(key);
  if (!r) {
    if (cache.size >= RESOLVED_KEPT) cache.clear();
    cache.set(key, (r = resolveWords(text, year, vocab)));
  }
  // Each caller gets an object of its own.
  return { text: r.text, due: r.due, dueKind: r.dueKind };
}

const resolvedOf = new WeakMap<Vocabulary, Map<string, ResolvedDeadline>>();
/** How many resolved deadlines are kept before the cache starts over. */
const RESOLVED_KEPT = 1024;

function resolveWords(text: string, year: number | null, vocab: Vocabulary): ResolvedDeadline {
  const words = text.replace(/\s+/g, '').replace(DUE_PREFIX, '').replace(DUE_SUFFIX, '');
  for (const form of vocab.dueForms) {
    const m = form.pattern.exec(words);
    if (!m) continue;
    if (form.kind === 'ongoing' || form.kind === 'unknown') return { text, due: null, dueKind: form.kind };
    const g = m.groups ?? {};
    const y = yearOf(g.year, year);
    if (y === null) return unknown(text);
    const due = lastDay(form.kind, y, g, form.day);
    return due ? { text, due, dueKind: form.kind } : unknown(text);
  }
  return unknown(text);
}

/**
 * A task's deadlines resolved, and the one it is due by: the earliest date;
 * with none dated, `ongoing` if one is, else `unknown`.
 */
export function resolveTaskDue(deadlines: readonly string[], year: number | null, vocab: Vocabulary): { resolved: ResolvedDeadline[]; due: string | null; dueKind: DueKind | null } {
  const resolved = deadlines.map((d) => resolveDeadline(d, year, vocab));
  let earliest: ResolvedDeadline | null = null;
  for (const r of resolved) if (r.due && (!earliest || r.due < earliest.due!)) earliest = r;
  if (earliest) return { resolved, due: earliest.due, dueKind: earliest.dueKind };
  if (!resolved.length) return { resolved, due: null, dueKind: null };
  return { resolved, due: null, dueKind: resolved.some((r) => r.dueKind === 'ongoing') ? 'ongoing' : 'unknown' };
}

/** The deadline a task is due by: the first of its resolved deadlines with the task's `due` and `dueKind`. */
export function dueDeadline(task: { readonly resolvedDeadlines: readonly ResolvedDeadline[]; readonly due: string | null; readonly dueKind: DueKind | null }): ResolvedDeadline | null {
  return task.resolvedDeadlines.find((r) => r.due === task.due && r.dueKind === task.dueKind) ?? null;
}

const unknown = (text: string): ResolvedDeadline => ({ text, due: null, dueKind: 'unknown' });

function yearOf(word: string | undefined, year: number | null): number | null {
  if (word === undefined) return year;
  const relative = RELATIVE_YEARS[word];
  if (relative !== undefined) return year === null ? null : year + relative;
  return Number(word);
}

function numberOf(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : parseChineseNumeral(word);
}

/** The last day of the period, as `YYYY-MM-DD`; null for a month or day that does not exist. */
function lastDay(kind: DueKind, year: number, g: Record<string, string | undefined>, fixedDay: number | undefined): string | null {
  let month: number;
  let day: number | null = fixedDay ?? null;
  switch (kind) {
    case 'date':
    case 'month': {
      const m = numberOf(g.month ?? '');
      if (m === null) return null;
      month = m;
      if (g.day !== undefined) day = numberOf(g.day);
      break;
    }
    case 'quarter': {
      const q = numberOf(g.quarter ?? '');
      if (q === null || q < 1 || q > 4) return null;
      month = q * 3;
      break;
    }
    case 'half':
      month = g.half === '上' ? 6 : 12;
      break;
    case 'year':
      month = 12;
      break;
    default:
      return null;
  }
  if (month < 1 || month > 12) return null;
  const days = daysIn(year, month);
  if (day === null) day = days;
  if (day < 1 || day > days) return null;
  return isoDate(year, month, day);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
