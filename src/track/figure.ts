import type { Target } from '../types.js';
import { LIST_JOINS, MORE_THAN_MARKERS } from '../vocab/comparators.js';
import { APPROXIMATE, APPROXIMATE_TOLERANCE, BOUND_AFTER, BOUND_BEFORE, CHANGE_UNITS, CHANGE_VERBS, LOWER_IS_BETTER, NEARLY_BEFORE, type WordBefore } from '../vocab/tracking.js';
import { UNIT_MEASURES } from '../vocab/units.js';
import type { Interval, TargetVerdict, UndeterminedReason } from './types.js';

/** What the words around a figure say of it. */
export interface Reading {
  /** `85%左右`, `约200名`. */
  readonly approximate: boolean;
  /** `近2万人`. */
  readonly nearly: boolean;
  /** `180余名`, `1万多人次`. */
  readonly moreThan: boolean;
  /** `98%以上`, `不低于85%`, `超过70%`: the figure is a floor or a ceiling. */
  readonly bound: { readonly side: 'floor' | 'ceiling'; readonly strict: boolean } | null;
  /** `同比增长8.3%`, `下降1.2个百分点`: a change, and which way; null for a level. */
  readonly change: { readonly up: boolean } | null;
}

// A figure as the text writes it, before its unit: digits, a Chinese numeral, a redaction; a magnitude; 余/多.
const FIGURE_BEFORE_UNIT = new RegExp(`(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿点]+|[xX×]+)\\s*(?:[万亿千百](?![万亿千百]))?\\s*(${MORE_THAN_MARKERS.join('|')})?\\s*$`);
const FIGURE_AT_END = /(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿点]+|[xX×]+)\s*[万亿千百]?\s*$/;

/**
 * Reads the words around a target's figure in its verbatim text. The figure is
 * the last one of the text (a clause ends at its figure); in a list
 * (`分别达到95%、100%`) the words before the list's first figure count for all.
 */
export function readFigure(t: Target): Reading {
  const text = t.text;
  const at = t.unit ? text.lastIndexOf(t.unit) : -1;
  let before = at >= 0 ? text.slice(0, at) : text;
  const after = at >= 0 ? text.slice(at + t.unit.length) : '';
  const figure = FIGURE_BEFORE_UNIT.exec(before);
  const moreThan = Boolean(figure?.[1]);
  if (figure) before = before.slice(0, figure.index);
  // Back over a list to the words before its first figure.
  for (let guard = 0; guard < 20 && before.length && LIST_JOINS.includes(before[before.length - 1]!); guard++) {
    const rest = before.slice(0, -1).replace(new RegExp(`${escape(t.unit)}$`), '').replace(new RegExp(`(?:${MORE_THAN_MARKERS.join('|')})$`), '');
    const prev = FIGURE_AT_END.exec(rest);
    if (!prev) break;
    before = rest.slice(0, prev.index);
  }
  const head = before.replace(/\s+$/, '');
  const tail = after.replace(/^\s+/, '');
  const approximate = APPROXIMATE.after.some((w) => tail.startsWith(w)) || APPROXIMATE.before.some((w) => endsWithWord(head, w));
  const nearly = NEARLY_BEFORE.some((w) => endsWithWord(head, w));
  let bound: Reading['bound'] = null;
  const afterWord = BOUND_AFTER.find((b) => tail.startsWith(b.word));
  if (afterWord) bound = { side: afterWord.side, strict: false };
  else {
    const beforeWord = BOUND_BEFORE_LONGEST.find((b) => head.endsWith(b.word));
    if (beforeWord) bound = { side: beforeWord.side, strict: beforeWord.strict };
  }
  return { approximate, nearly, moreThan, bound, change: readChange(t.unit, head) };
}

/** Longest first: `不超过` is a ceiling, not the `超过` it ends with. */
const BOUND_BEFORE_LONGEST = [...BOUND_BEFORE].sort((a, b) => b.word.length - a.word.length);

function endsWithWord(text: string, w: WordBefore): boolean {
  if (!text.endsWith(w.word)) return false;
  const before = text[text.length - w.word.length - 1];
  return !(before && w.notAfter?.includes(before));
}

const CHANGE_BEFORE = new RegExp(`(${CHANGE_VERBS.map((v) => v.word).join('|')})了?(?:${[...APPROXIMATE.before, ...NEARLY_BEFORE].map((w) => w.word).concat('超过').join('|')})?$`);

/** Only shares can state a change without saying so in their unit: `增长8%` is a change, `增加3家` a count delivered. */
function readChange(unit: string, head: string): Reading['change'] {
  const verb = CHANGE_BEFORE.exec(head);
  const up = verb ? CHANGE_VERBS.find((v) => v.word === verb[1])!.up : true;
  if (CHANGE_UNITS.includes(unit)) return { up };
  if (verb && UNIT_MEASURES[unit]?.measure === 'share') return { up };
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The measure a unit is of, and its size in that measure's base. */
export function measureOf(unit: string): { measure: string; factor: number } {
  return UNIT_MEASURES[unit] ?? { measure: `unit:${unit}`, factor: 1 };
}

/** Whether a summary's figure can be set against a plan's: units of one measure, and both levels or both changes. */
export function comparable(t: Target, a: Target, tr: Reading = readFigure(t), ar: Reading = readFigure(a)): boolean {
  return measureOf(t.unit).measure === measureOf(a.unit).measure && (tr.change === null) === (ar.change === null);
}

/** `x` in `from` units, in `to` units (`5‰` → `0.5` `%`). */
export function convert(x: number, from: string, to: string): number {
  if (from === to || !Number.isFinite(x)) return x;
  return tidy((x * measureOf(from).factor) / measureOf(to).factor);
}

/** The place of a figure's last stated digit: `180` → 10, `32000` → 1000, `2.31` → 0.01. */
export function lastPlace(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 1;
  if (!Number.isInteger(tidy(v))) {
    const decimals = (String(tidy(v)).split('.')[1] ?? '').length;
    return 10 ** -decimals;
  }
  let place = 1;
  let n = Math.round(v);
  while (n % 10 === 0) {
    n /= 10;
    place *= 10;
  }
  return place;
}

const closed = (low: number, high: number): Interval => ({ low, lowOpen: false, high, highOpen: false });

/**
 * The values a summary's figure allows, in its own unit; for a change, signed
 * (a fall is negative). Null when redacted.
 */
export function measuredInterval(a: Target, r: Reading = readFigure(a)): Interval | null {
  if (a.value === null) return null;
  const v = a.value;
  let x: Interval;
  if (a.valueMax !== undefined && a.valueMax !== null) x = closed(v, a.valueMax);
  else if (r.approximate) x = closed(tidy(v - Math.abs(v) * APPROXIMATE_TOLERANCE), tidy(v + Math.abs(v) * APPROXIMATE_TOLERANCE));
  else if (r.moreThan) x = { low: v, lowOpen: true, high: tidy(v + lastPlace(v)), highOpen: true };
  else if (r.nearly) x = { low: tidy(v - lastPlace(v)), lowOpen: true, high: v, highOpen: true };
  else if (r.bound?.side === 'floor') x = { low: v, lowOpen: r.bound.strict, high: Infinity, highOpen: true };
  else if (r.bound?.side === 'ceiling') x = { low: -Infinity, lowOpen: true, high: v, highOpen: r.bound.strict };
  // No word of a bound: `超过`/`低于` read by the extractor all the same.
  else if (a.comparator === '>') x = { low: v, lowOpen: true, high: Infinity, highOpen: true };
  else if (a.comparator === '<') x = { low: -Infinity, lowOpen: true, high: v, highOpen: true };
  // `达到96.2%`, `降至9.8/10万`, `新增5个`: the value itself.
  else x = closed(v, v);
  return r.change && !r.change.up ? negate(x) : x;
}

/**
 * What a plan's target asks, in its own unit, as the interval a result must
 * fall in: `≥95%` is [95, ∞), `85%左右` [80.75, 89.25], a plain `新增4个` is at
 * least 4 (a plain `婴儿死亡率5‰` at most 5‰). For a change, signed: `下降2个百分点`
 * asks for a change of −2 or lower. Null when redacted.
 */
export function requiredInterval(t: Target, r: Reading = readFigure(t)): Interval | null {
  if (t.value === null) return null;
  const v = t.value;
  const max = t.valueMax ?? null;
  let x: Interval;
  if (r.approximate) x = closed(tidy(v - Math.abs(v) * APPROXIMATE_TOLERANCE), tidy((max ?? v) + Math.abs(max ?? v) * APPROXIMATE_TOLERANCE));
  else if (t.comparator === '>=') x = { low: v, lowOpen: false, high: Infinity, highOpen: true };
  else if (t.comparator === '>') x = { low: v, lowOpen: true, high: Infinity, highOpen: true };
  else if (t.comparator === '<=') x = { low: -Infinity, lowOpen: true, high: max ?? v, highOpen: false };
  else if (t.comparator === '<') x = { low: -Infinity, lowOpen: true, high: max ?? v, highOpen: true };
  else if (max !== null) x = closed(v, max);
  else if (!r.change && lowerIsBetter(t.metric)) x = { low: -Infinity, lowOpen: true, high: v, highOpen: false };
  else x = { low: v, lowOpen: false, high: Infinity, highOpen: true };
  return r.change && !r.change.up ? negate(x) : x;
}

export function lowerIsBetter(metric: string): boolean {
  return LOWER_IS_BETTER.some((w) => metric.includes(w));
}

function negate(x: Interval): Interval {
  return { low: -x.high, lowOpen: x.highOpen, high: -x.low, highOpen: x.lowOpen };
}

/** An interval in another unit. */
export function convertInterval(x: Interval, from: string, to: string): Interval {
  return { ...x, low: convert(x.low, from, to), high: convert(x.high, from, to) };
}

/**
 * Whether what was measured meets what was required: always (every value the
 * words allow is inside), never (none is), or it depends (a bound or an
 * approximation across the target).
 */
export function satisfies(measured: Interval, required: Interval): 'always' | 'never' | 'depends' {
  if (inside(measured, required)) return 'always';
  if (disjoint(measured, required)) return 'never';
  return 'depends';
}

/** Compares two numbers as equal within rounding (`0.1 + 0.2` is `0.3`). */
function cmp(a: number, b: number): number {
  if (a === b) return 0;
  if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return 0;
  return a < b ? -1 : 1;
}

function inside(x: Interval, y: Interval): boolean {
  const lowOk = cmp(x.low, y.low) > 0 || (cmp(x.low, y.low) === 0 && (!y.lowOpen || x.lowOpen));
  const highOk = cmp(x.high, y.high) < 0 || (cmp(x.high, y.high) === 0 && (!y.highOpen || x.highOpen));
  return lowOk && highOk;
}

function disjoint(x: Interval, y: Interval): boolean {
  const c1 = cmp(x.high, y.low);
  if (c1 < 0 || (c1 === 0 && (x.highOpen || y.lowOpen))) return true;
  const c2 = cmp(y.high, x.low);
  return c2 < 0 || (c2 === 0 && (y.highOpen || x.lowOpen));
}

function tidy(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

export interface Judgement {
  readonly verdict: TargetVerdict;
  readonly reason: UndeterminedReason | null;
  /** What the target asks, in its unit; null when redacted. */
  readonly required: Interval | null;
  /** What the summary's figure allows, in the target's unit; null when redacted or not comparable. */
  readonly measured: Interval | null;
}

/**
 * The verdict on a plan's target given the summary's figure for the same
 * measure: 达成 when every value the summary's words allow meets the target,
 * 未达成 when none does, 无法判断 when it depends (a bound, an approximation),
 * when either figure is redacted, or when the units do not compare.
 */
export function judgeFigure(t: Target, a: Target, tr: Reading = readFigure(t), ar: Reading = readFigure(a)): Judgement {
  const required = requiredInterval(t, tr);
  if (!comparable(t, a, tr, ar)) return { verdict: 'undetermined', reason: 'unit', required, measured: null };
  const raw = measuredInterval(a, ar);
  const measured = raw ? convertInterval(raw, a.unit, t.unit) : null;
  if (!required || !measured) return { verdict: 'undetermined', reason: 'redacted', required, measured };
  const s = satisfies(measured, required);
  if (s === 'always') return { verdict: 'met', reason: null, required, measured };
  if (s === 'never') return { verdict: 'missed', reason: null, required, measured };
  return { verdict: 'undetermined', reason: 'bound', required, measured };
}
