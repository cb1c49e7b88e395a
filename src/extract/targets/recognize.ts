import type { Comparator, DocumentKind } from '../../types.js';
import type { Vocabulary } from '../../vocab/index.js';
import { SELF_STANDING_KINDS, TALLY_KINDS, type UnitEntry } from '../../vocab/units.js';
import { APPROXIMATE_WORDS, CHANGE_VERBS, KEEP_WORD, LIST_JOINS, MORE_THAN_MARKERS, NOT_JOINS, PER_POPULATION_BEFORE, PER_QUALIFIER, THRESHOLD_WORDS, NOT_AFTER, REPORTING_WORDS, SHARE_OF, SHARE_WORDS } from '../../vocab/comparators.js';
import { BARE_VERBS, CLAUSE_LEAD_VERBS, FIGURE_IN_NAME, METRIC_END, METRIC_SUBJECTS, METRIC_TAILS, SET_BY_WORDS, TALLY_VERBS } from '../../vocab/metrics.js';
import { FORM_UNITS, RATIO } from '../../vocab/numerals.js';
import { type Figure, FigureScanner } from '../numbers/recognize.js';
import { magnitudeFactor, round } from '../numbers/resolve.js';
import { CLAUSE_BREAK_CHARS, SENTENCE_BREAK_CHARS, charTable, clauseEnd, clauseStart, matchers, type Matchers, WordIndex } from './context.js';
import { charsOf, isHan } from '../words.js';
import { rejectFigure } from './reject.js';

/** A target recognised in a task's text; offsets are relative to that text. */
export interface TargetMention {
  readonly start: number;
  readonly end: number;
  readonly figure: Figure;
  readonly unit: string;
  readonly comparator: Comparator;
  /** The upper bound of a range (`85%—90%` → 90); the figure is its lower bound. */
  readonly valueMax?: number | null;
  /** Where the comparator came from: a word before, a word after, a list it shares, or none (`=`). */
  readonly comparatorFrom: 'prefix' | 'suffix' | 'list' | 'range' | 'default';
  readonly metric: string;
  readonly rule: string;
}

export interface Rejection {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly rule: string;
}

/** How a text is read: in a summary (`kind: 'summary'`) a tally with a unit is a result even without a verb. */
export interface RecognizeOptions {
  readonly kind?: DocumentKind;
  /** False when the caller has no use for the rejections: they are then not listed. */
  readonly rejections?: boolean;
}

interface Candidate {
  figure: Figure;
  unit: string;
  unitEntry: UnitEntry | null;
  unitEnd: number;
  suffix: { word: string; comparator: Comparator; end: number } | null;
  prefix: { comparator: Comparator; start: number } | null;
}

/**
 * Recognises the quantified targets of a text: a figure, its unit, its
 * comparator and what it measures. Figures that the spec's not-target rules
 * exclude are returned in `rejected` with the rule that excluded them.
 */
export function recognizeTargets(
  text: string,
  vocab: Vocabulary,
  options: RecognizeOptions = {},
): { targets: TargetMention[]; rejected: Rejection[] } {
  const summary = options.kind === 'summary';
  const m = matchers(vocab);
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  const listRejections = options.rejections !== false;
  // A Chinese numeral or a redacted figure with no unit after it is no target (`进一步`, `统一`): most are, and are never parsed.
  const figures = new FigureScanner(text, 0, m.unitFollows);
  // Most texts cite no title: the rule of titles is then not tried at each figure.
  let titles: boolean | undefined;
  for (let f = figures.next(); f; ) {
    titles ??= text.includes(vocab.notTargets.titled.open);
    const c = readCandidate(text, f, vocab, m, summary, titles);
    let resume: number | undefined;
    if (typeof c === 'string') {
      if (c !== 'no-unit' && listRejections) rejected.push({ start: f.start, end: f.end, raw: f.raw, rule: c });
      // `从14.6/10万下降到…`: the unit of a figure set aside holds digits of its own, which are no figure.
      if (c !== 'no-unit' && text.charCodeAt(f.end) === 0x2f /* / */) {
        const unit = m.units.startingAt(text, f.end);
        if (unit !== undefined) resume = f.end + unit.length;
      }
    } else {
      candidates.push(c);
      resume = c.suffix?.end ?? c.unitEnd;
    }
    f = figures.next(resume);
  }
  // Items of a list share its comparator: `不低于80%、80%、90%`, `80%、90%以上`.
  const targets: TargetMention[] = [];
  let floor = 0;
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i]!;
    let comparator: Comparator = '=';
    let from: TargetMention['comparatorFrom'] = 'default';
    let valueMax: number | null | undefined;
    const next = candidates[i + 1];
    if (next && isRange(text, c, next, vocab)) {
      // `85%—90%`: one target, at least the lower bound, with the upper one beside it.
      comparator = '>=';
      from = 'range';
      valueMax = next.figure.value;
      c = { ...c, unitEnd: next.unitEnd, suffix: next.suffix };
      i++;
    } else if (c.suffix) {
      comparator = c.suffix.comparator;
      from = 'suffix';
    } else if (c.prefix) {
      // `分别稳定在80%和70%左右`: about each, as the word after the last says.
      const about = approximateAfter(text, candidates, i);
      comparator = about ?? c.prefix.comparator;
      from = about ? 'list' : 'prefix';
    } else {
      const listed = listComparator(text, candidates, i);
      if (listed) {
        comparator = listed;
        from = 'list';
      } else if (isWholeRate(text, c)) {
        comparator = '>=';
      }
    }
    const verdict = commitment(text, c, from, vocab, m, summary);
    if (verdict) {
      if (listRejections) rejected.push({ start: c.figure.start, end: c.unitEnd, raw: text.slice(c.figure.start, c.unitEnd), rule: verdict });
      continue;
    }
    // `力争门急诊达到30万人次以上，出院病人2万人次`: what the aim strives for, at least.
    if (from === 'default' && comparator === '=' && !summary && aimedSentence(text, c.figure.start) && !verbInClause(text, c, m)) comparator = '>=';
    const described = describe(text, c, m, floor);
    const { start, end } = described;
    let metric = described.metric;
    // `出院病人10.2万人次，同比增长4.1%`: a change with no name of its own is a change of the figure before it.
    const previous = targets[targets.length - 1];
    if ((metric.length < 2 || CHANGE_WORD.test(metric)) && previous && /^[，,；;]$/.test(text.slice(floor, start))) {
      metric = previous.metric + text.slice(start, c.prefix?.start ?? c.figure.start).replace(LEADING_NOISE, '');
    }
    // `医院21.9万张(占76.6%)`: the share the figure before is of its whole.
    if (previous && SHARE_IN_BRACKET.test(metric) && start - previous.end <= 1) metric = `${previous.metric}占比`;
    // `3万` on a line of its own (a forum's count of a member's posts): a figure that names nothing and counts nothing.
    if (metric.length === 0 && c.unit === '' && !c.unitEntry && LINE_EDGE.test(text[c.figure.start - 1] ?? '\n') && LINE_EDGE.test(text[c.unitEnd] ?? '\n')) {
      if (listRejections) rejected.push({ start: c.figure.start, end: c.unitEnd, raw: text.slice(c.figure.start, c.unitEnd), rule: 'no-measure' });
      continue;
    }
    floor = c.unitEnd;
    const target: TargetMention = { start, end, figure: c.figure, unit: c.unit, comparator, comparatorFrom: from, metric, rule: `${c.figure.script}:${from}` };
    targets.push(valueMax === undefined ? target : { ...target, valueMax });
  }
  return { targets: shareOneFigure(text, distributeListMetrics(text, targets), m), rejected };
}

/** Where a figure alone on its line starts or ends. */
const LINE_EDGE = /^[\n\r]$/;

/** How far back the name of a measure reported with `为` is looked for. */
const METRIC_NAME_REACH = 12;

const MAGNITUDE_AFTER = /^(?:千万|百万|十万|万|亿|千)/;
/** The words for "more than" that are one character, as a table (a word of more is never one character of the text). */
const MORE_THAN_CHARS = charTable(MORE_THAN_MARKERS.filter((w) => w.length === 1).join(''));
const SET_BY_INDEX = new WordIndex(SET_BY_WORDS);
const TALLY_VERB_INDEX = new WordIndex(TALLY_VERBS);

function readCandidate(text: string, figure: Figure, vocab: Vocabulary, m: Matchers, summary: boolean, titles: boolean): Candidate | string {
  let f = figure;
  let unit = '';
  let unitEntry: UnitEntry | null = null;
  let unitEnd = f.end;
  let moreThan = false;
  let suffix: Candidate['suffix'] = null;
  const fixed = f.unit ?? (FORM_UNITS as Readonly<Record<string, string>>)[f.script];
  if (fixed !== undefined) {
    // `三分之一`, `九成`, `翻一番`, `1:1000`: the form says its unit.
    unit = fixed;
    unitEntry = m.unitByText.get(unit) ?? null;
  } else {
    // A Chinese numeral or a redacted figure with no unit after it is no target (`进一步`, `统一`); the scanner skips most.
    if ((f.script === 'chinese' || (f.script === 'redacted' && !f.magnitude)) && m.unitFollows[text.charCodeAt(f.end)] !== 1) return 'no-unit';
    let at = f.end;
    // `4 .1 人`, `4. 1人`, `1 200万`: a number split by a space in a PDF copy, read whole before a unit.
    const split = text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x2e ? joinSplit(text, f, m) : null; // a space or a point
    if (split) {
      f = split.figure;
      at = split.unitAt;
      unitEnd = f.end;
    }
    const perPopulation = lostSlashRate(text, f);
    if (perPopulation) {
      f = perPopulation;
      unit = PER_100K;
      unitEnd = f.end;
    } else {
      // `30余家`, `800多万元`: the unit (and a magnitude) stand after the word for "more than".
      if (MORE_THAN_CHARS[text.charCodeAt(at)] === 1) {
        at++;
        const mag = f.magnitude || f.value === null ? null : MAGNITUDE_AFTER.exec(text.slice(at, at + 2));
        if (mag || m.units.startingAt(text, at) !== undefined) {
          moreThan = true;
          if (mag) {
            f = { ...f, value: round(f.value! * (magnitudeFactor(mag[0]) ?? 1)), magnitude: mag[0] };
            at += mag[0].length;
          }
        } else at = f.end;
      }
      // `不少于 6 场`: the unit after the space a PDF copy sets between a digit and a character.
      if (text.charCodeAt(at) === 0x20 && text.charCodeAt(f.start - 1) === 0x20 && m.units.startingAt(text, at + 1) !== undefined) at++;
      const u = m.units.startingAt(text, at);
      if (u !== undefined) {
        unit = u;
        unitEnd = at + unit.length;
      } else if ((suffix = suffixThenUnit(text, at, m))) {
        // `1200万以上人次`: the comparator word stands before the unit.
        unitEnd = suffix.end;
        unit = text.slice(at + suffix.word.length, unitEnd);
      } else {
        const ranged = rangeUnit(text, f.end, vocab, m);
        if (ranged) unit = ranged;
        else if (moreThan) unitEnd = at;
        else if ((!f.magnitude || f.script === 'chinese') && !unitlessLevel(text, f, m, summary)) return 'no-unit';
      }
    }
    unitEntry = m.unitByText.get(unit) ?? null;
    if (unitEntry && !unitFits(text, f.start, unitEnd, unitEntry)) return 'no-unit';
  }
  const rule = rejectFigure(text, f, unitEnd, vocab, m, titles);
  if (rule) return rule;
  if (!suffix) {
    const s = m.suffixes.startingAt(text, unitEnd);
    // `以 上`: a PDF copy's space inside the word after the unit.
    const spaced = s === undefined && text.charCodeAt(unitEnd + 1) === 0x20 ? m.suffixes.startingAt(text[unitEnd] + text.slice(unitEnd + 2, unitEnd + 6), 0) : undefined;
    if (s !== undefined) suffix = { word: s, comparator: m.suffixByWord.get(s)!, end: unitEnd + s.length };
    else if (spaced !== undefined && spaced.length >= 2) suffix = { word: spaced, comparator: m.suffixByWord.get(spaced)!, end: unitEnd + spaced.length + 1 };
    else if (moreThan) suffix = { word: text[figure.end]!, comparator: '>', end: unitEnd };
  }
  return { figure: f, unit, unitEntry, unitEnd, suffix, prefix: findPrefix(text, f.start, m) ?? (summary || f.value === 0 ? reportedLevel(text, f) : null) };
}

const SHARE_IN_BRACKET = /^[(（]占$/;
const PER_100K = '/10万';
/** A rate's name and the words that set it, right before its figure (`发病率控制在`). */
const RATE_BEFORE = /率[^，,。；;：:\d]{0,6}$/;
const LOST_SLASH = /^(\d+)10万$/;

/**
 * `发病率控制在50010万以内`: a rate per 100,000 whose `/` a copy lost (`500/10万`). A rate is never
 * counted in 万, so a figure that ends in `10万` after a rate's name is read as the rate it was.
 */
function lostSlashRate(text: string, f: Figure): Figure | null {
  if (f.script !== 'arabic' || f.magnitude !== '万') return null;
  const digits = LOST_SLASH.exec(f.raw);
  if (!digits || !RATE_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start))) return null;
  return { ...f, value: Number(digits[1]), magnitude: '' };
}

/**
 * `抽查任务完成率100%`, `案件查处率100%`, `100%的乡镇卫生院`: a rate of 100% with no word for how it
 * compares is one to reach in full. One a clause keeps (`保持…接听率100%`) stays at its level.
 */
function isWholeRate(text: string, c: Candidate): boolean {
  if (c.figure.value !== 100 || c.unit !== '%') return false;
  // `100%的乡镇卫生院设置中医馆`: all of them.
  if (/^\s*的/.test(text.slice(c.unitEnd, c.unitEnd + 2))) return true;
  if (!/率\s*$/.test(text.slice(Math.max(0, c.figure.start - 3), c.figure.start))) return false;
  return !text.startsWith(KEEP_WORD, clauseStart(text, c.figure.start));
}

/**
 * `出生人口性别比为106.4`, `人均预期寿命为80.5岁`: in a summary, a measure named right before `为` and its figure
 * reports the level reached (`=`), as a comparator word would state it. In a plan only a level of none is
 * so set (`院内压疮发生率为0`): other figures after `为` there tell where the work starts.
 */
function reportedLevel(text: string, f: Figure): Candidate['prefix'] {
  for (const w of REPORTING_WORDS) {
    const at = f.start - w.length;
    if (at > 0 && text.startsWith(w, at) && METRIC_END.test(text.slice(Math.max(0, at - METRIC_NAME_REACH), at))) return { comparator: '=', start: at };
  }
  // `出生人口性别比107.6`: a ratio or an index named right before its figure, no word between.
  if (LEVEL_NAMED_BEFORE.test(text.slice(Math.max(0, f.start - 3), f.start))) return { comparator: '=', start: f.start };
  return null;
}
const LEVEL_NAMED_BEFORE = /(?:性别比|指数|系数)$/;

const SPLIT_DECIMAL = /^(?: +\. *|\. +)(\d+)(?![\d.])/;
const SPLIT_THOUSANDS = /^ (\d{3})(?![\d.])/;

/** A figure whose digits a stray space cut in two, when a unit (or a magnitude) follows the whole. */
function joinSplit(text: string, f: Figure, m: Matchers): { figure: Figure; unitAt: number } | null {
  if (f.script !== 'arabic' || f.magnitude || f.value === null || !/^\d+$/.test(f.raw)) return null;
  const rest = text.slice(f.end, f.end + 12);
  let digits: string;
  let end: number;
  const decimal = SPLIT_DECIMAL.exec(rest);
  if (decimal) {
    digits = `${f.raw}.${decimal[1]}`;
    end = f.end + decimal[0].length;
  } else {
    const thousands = f.raw.length <= 3 ? SPLIT_THOUSANDS.exec(rest) : null;
    if (!thousands) return null;
    digits = f.raw + thousands[1];
    end = f.end + thousands[0].length;
  }
  const magnitude = MAGNITUDE_AFTER.exec(text.slice(end, end + 2))?.[0] ?? '';
  let unitAt = end + magnitude.length;
  while (text[unitAt] === ' ' && unitAt - end < 3) unitAt++;
  const hasUnit = m.units.startingAt(text, unitAt) !== undefined;
  if (!hasUnit && !magnitude) return null;
  const value = round(Number(digits) * (magnitudeFactor(magnitude) ?? 1));
  const figure = { ...f, end: end + magnitude.length, raw: text.slice(f.start, end + magnitude.length), value, magnitude };
  return { figure, unitAt: hasUnit ? unitAt : figure.end };
}

/** `3月15日`, `2024年2期`, `12部门`, `15日前`: the words around say the unit is no unit. */
function unitFits(text: string, start: number, unitEnd: number, entry: UnitEntry): boolean {
  if (entry.notAfter) {
    let i = start - 1;
    while (text[i] === ' ') i--;
    if (i >= 0 && entry.notAfter.includes(text[i]!)) return false;
  }
  return !entry.notBefore?.some((w) => text.startsWith(w, unitEnd));
}

function suffixThenUnit(text: string, at: number, m: Matchers): Candidate['suffix'] {
  const s = m.suffixes.startingAt(text, at);
  if (s === undefined) return null;
  const u = m.units.startingAt(text, at + s.length);
  return u !== undefined ? { word: s, comparator: m.suffixByWord.get(s)!, end: at + s.length + u.length } : null;
}

const WORD_CHAR = /[\u4e00-\u9fa5A-Za-z0-9%‰]/;

/**
 * `出生人口性别比控制在112以内`: a level with nothing after it. It needs a comparator before it,
 * and the clause must end after it (or after a comparator word): `达到2025年` is no level.
 */
function unitlessLevel(text: string, f: Figure, m: Matchers, summary: boolean): boolean {
  if (f.script !== 'arabic' || f.value === null || !(findPrefix(text, f.start, m) ?? (summary || f.value === 0 ? reportedLevel(text, f) : null))) return false;
  const after = f.end + (m.suffixes.startingAt(text, f.end)?.length ?? 0);
  return !WORD_CHAR.test(text[after] ?? '') || FULL_MARKS_AFTER.test(text.slice(after, after + 4));
}
/** `控制在110以内的计满分`: a scoring rule's level, the marks it earns after it. */
const FULL_MARKS_AFTER = /^的[计得给记]满分/;

/** `3至5个`, `85-93%`: the first figure of a range takes the unit of the second. */
function rangeUnit(text: string, at: number, vocab: Vocabulary, m: Matchers): string | null {
  if (at >= text.length || charsOf(vocab.rangeSeparators)[text.charCodeAt(at)] !== 1) return null;
  const next = /^\d+(?:\.\d+)?/.exec(text.slice(at + 1, at + 16));
  if (!next) return null;
  return m.units.startingAt(text, at + 1 + next[0].length) ?? null;
}

/** `85%—90%`: one character between the two, a range separator, and the same unit after each. */
function isRange(text: string, a: Candidate, b: Candidate, vocab: Vocabulary): boolean {
  return a.unit === b.unit && b.figure.start - a.unitEnd === 1 && charsOf(vocab.rangeSeparators)[text.charCodeAt(a.unitEnd)] === 1;
}


function findPrefix(text: string, at: number, m: Matchers): Candidate['prefix'] {
  // `不少于 6 场`: a PDF copy sets a space between a character and a digit.
  if (text.charCodeAt(at - 1) === 0x20 && isHan(text.charCodeAt(at - 2))) at--;
  const share = text[at - 1] === '的' ? shareOf(text, at - 1, m) : null;
  if (share) return share;
  if (text.charCodeAt(at - 1) === 0x53e3 /* 口 */) {
    const per = PER_POPULATION_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
    if (per) return findPrefix(text, at - per[0].length, m);
  }
  for (let gap = 0; gap <= m.maxPrefixGap; gap++) {
    const end = at - gap;
    if (end <= 0) break;
    if (gap > 0 && !isHan(text.charCodeAt(end))) break;
    if (m.prefixEnds[text.charCodeAt(end - 1)] !== 1) continue;
    const perQualifier = gap > 0 && PER_QUALIFIER.test(text.slice(end, at));
    const bucket = m.prefixesByLast.get(text.charCodeAt(end - 1))!;
    for (const p of bucket) {
      if (gap > p.maxGap && !perQualifier) continue;
      const start = end - p.word.length;
      if (text.startsWith(p.word, start) && !NOT_AFTER[p.word]?.includes(text[start - 1] ?? '\0')) return { comparator: p.comparator, start };
    }
  }
  return null;
}

/** `达到总床位数的4%`: the comparator before the whole that the figure is a share of. */
function shareOf(text: string, de: number, m: Matchers): Candidate['prefix'] {
  for (let i = de - 1; i >= 0 && de - i <= SHARE_OF.maxWhole; i--) {
    if (!isHan(text.charCodeAt(i))) return null;
    for (const w of SHARE_OF.words) {
      if (text.startsWith(w, i - w.length + 1) && i < de - 1) {
        const p = m.prefixes.find((x) => x.word === w);
        return p ? { comparator: p.comparator, start: i - w.length + 1 } : null;
      }
    }
  }
  return null;
}

/** `80%和70%左右`: `=` where the last item of the list that starts at candidate `i` is said to be about its figure. */
function approximateAfter(text: string, candidates: readonly Candidate[], i: number): Comparator | null {
  const last = lastItemSuffix(text, candidates, i, LIST_JOINS);
  return last && APPROXIMATE_WORDS.includes(last.word) ? '=' : null;
}

/** The word after the figure of the last item of the list that starts at candidate `i` (items joined by one of `joins`), or null. */
function lastItemSuffix(text: string, candidates: readonly Candidate[], i: number, joins: readonly string[]): Candidate['suffix'] {
  for (let j = i; j < candidates.length - 1; j++) {
    const a = candidates[j]!;
    const b = candidates[j + 1]!;
    if (a.unitEnd !== b.figure.start - 1 || !joins.includes(text[a.unitEnd]!)) return null;
    if (b.suffix) return b.suffix;
  }
  return null;
}

function listComparator(text: string, candidates: readonly Candidate[], i: number): Comparator | null {
  const c = candidates[i]!;
  const prev = candidates[i - 1];
  if (prev && prev.unitEnd === c.figure.start - 1 && LIST_JOINS.includes(text[prev.unitEnd]!)) {
    if (prev.prefix) return prev.prefix.comparator;
    return listComparator(text, candidates, i - 1);
  }
  // The last item's suffix carries back to the items before it.
  return lastItemSuffix(text, candidates, i, ENUMERATION_MARK)?.comparator ?? null;
}

const ENUMERATION_MARK = ['、'];

/** A change named by its verb alone (`比上年提高0.28岁` leaves `提高`): the change of the measure before it. */
const CHANGE_WORD = new RegExp(`^(?:${CHANGE_VERBS.join('|')})了?$`);

/** `比上年提高`, `较2022年延长`: a change stated over an earlier level, right before the figure. */
const CHANGE_BEFORE = new RegExp(`(?:比|较)(?:上年|去年|上一年|(?:19|20)\\d{2}年)?(?:${CHANGE_VERBS.join('|')})了?$`);

/** Why a well-formed figure is still no commitment, or null when it is one. */
function commitment(text: string, c: Candidate, from: TargetMention['comparatorFrom'], vocab: Vocabulary, m: Matchers, summary: boolean): string | null {
  const explicit = from !== 'default';
  if (summary && restatesAim(text, c.figure.start, vocab, c.suffix?.end ?? c.unitEnd)) return 'restatedAim';
  if (c.figure.value === 0 && !explicit) return 'no-commitment';
  if (c.unitEntry?.needsComparator && !explicit) return durationStated(text, c, summary) ? null : 'needs-comparator';
  // `达到81.9岁以上` has its comparator before the figure; `60岁以上老年人` only after it.
  // `对接种率低于90%的乡镇进行通报`: a threshold that picks out whom a measure applies to.
  if (c.prefix && text[c.unitEnd] === '的' && THRESHOLD_WORDS.some((w) => text.startsWith(w, c.prefix!.start)) && METRIC_END.test(text.slice(Math.max(0, c.prefix.start - 6), c.prefix.start))) return 'threshold-qualifier';
  // `10人以上用人单位申报率达到95%`: a size after which a noun goes on to the measure set further on picks out whom it counts.
  if (!c.prefix && c.suffix && c.suffix.comparator !== '=' && sizeQualifier(text, c.suffix.end, m)) return 'size-qualifier';
  // `100-199张床位医院203个`: a band of sizes, counted by the figure after it.
  if (!c.prefix && from === 'range' && !c.suffix && sizeQualifier(text, c.unitEnd, m)) return 'size-qualifier';
  // `全县186个村卫生室一体化管理率达到90%`: how many a rate is taken over, the rate the clause sets.
  // Only where the count opens its clause, after the whole it is of (`全县`) or a list (`等`): `示范区46个` counts what it follows.
  if (from === 'default' && !c.prefix && !c.suffix && c.unitEntry?.kind === 'count' && SCOPE_BEFORE.test(text.slice(Math.max(0, c.figure.start - 2), c.figure.start)) && RATE_OF_COUNTED.test(text.slice(c.unitEnd, c.unitEnd + RATE_OF_COUNTED_REACH))) return 'size-qualifier';
  // `比上年提高0.28岁`: a change over the year before is no qualifier.
  if (c.unitEntry?.needsPrefixComparator && !c.prefix && !CHANGE_BEFORE.test(text.slice(Math.max(0, c.figure.start - 8), c.figure.start))) return 'age-qualifier';
  if (c.unitEntry?.arabicOnly && c.figure.script !== 'arabic') return 'name';
  // Slogans count in small numbers (`三个全覆盖`, `十项工作`); `两千人次` is a count like `2000人次`.
  if (c.figure.script === 'chinese' && (c.figure.value ?? 0) < 100) {
    // `签约一人、履约一人、做实一人`: the same count said over and over is a slogan.
    if (repeatedCount(text, c)) return 'no-commitment';
    if (!vocab.countClassifiers.some((k) => c.unit === k) && !c.unitEntry) return 'no-commitment';
    if (explicit) return null;
    // `建成影像、心电、检验三个共享中心`: a count that sums the list right before it counts what was done.
    return verbRightBefore(text, c.figure.start, m) || countClosesVerbClause(text, c, m) || (sumsListBefore(text, c) && verbInClause(text, c, m)) ? null : 'no-commitment';
  }
  if (explicit) return null;
  if (c.unitEntry && SELF_STANDING_KINDS.includes(c.unitEntry.kind)) return null;
  if (c.figure.script in FORM_UNITS) return null;
  // A summary states results: `卫生技术人员5417人`, `总诊疗人次1864万` need no verb
  // (a redacted one, `死亡x人`, says nothing without one).
  // `全省86万卫生健康工作者攻坚克难`: a bare count before a noun says who acted, no result.
  if (summary && c.figure.value !== null && ((c.unitEntry && TALLY_KINDS.includes(c.unitEntry.kind)) || (c.unit === '' && c.figure.magnitude && !isHan(text.charCodeAt(c.unitEnd))))) return null;
  return verbInClause(text, c, m) || aimedSentence(text, c.figure.start) ? null : 'no-commitment';
}

/** `力争门急诊达到30万人次以上，出院病人2万人次，…`: a sentence an aim opens sets each count it lists, verb or none. */
function aimedSentence(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && SENTENCE_BREAK_CHARS[text.charCodeAt(start - 1)] !== 1) start--;
  return AIM_OPENING.test(text.slice(start, at));
}
const AIM_OPENING = /^\s*(?:力争|确保|争取)[^。；;]{2,60}[，,]/;

function sumsListBefore(text: string, c: Candidate): boolean {
  const before = text.slice(clauseStart(text, c.figure.start), c.figure.start);
  const items = before.split('、');
  return items.length >= 2 && items.length === c.figure.value && items.every((item) => item.length > 0) && BUILT_PLACE.test(text.slice(c.unitEnd, c.unitEnd + BUILT_PLACE_REACH));
}
/** What such a count may count: places built (`共享中心`, `实验室`), not actions or aims (`三个专项行动`, `两个医共体` a plan forms). */
const BUILT_PLACE = /^[\u4e00-\u9fa5]{0,6}?(?:中心|实验室|基地|站|室)/;
const BUILT_PLACE_REACH = 10;

function repeatedCount(text: string, c: Candidate): boolean {
  const count = text.slice(c.figure.start, c.unitEnd);
  // Only as near as the next or last clause of a slogan stands (`签约一人、履约一人`).
  const ahead = text.slice(c.unitEnd, c.unitEnd + 6 + count.length);
  const behindFrom = Math.max(0, c.figure.start - 6 - count.length);
  const behind = text.slice(behindFrom, c.figure.start);
  const next = ahead.indexOf(count);
  const before = behind.lastIndexOf(count);
  return (ahead[0] === '、' && next > 0) || (before >= 0 && behind[before + count.length] === '、');
}

function sizeQualifier(text: string, at: number, m: Matchers): boolean {
  const next = text.charCodeAt(at);
  if (!(next >= 0x4e00 && next <= 0x9fa5) || next === 0x7684 /* 的 */ || m.verbIndex.startingAt(text, at) !== undefined) return false;
  return LATER_FIGURE.test(text.slice(at, at + 40));
}

const RATE_OF_COUNTED = /^[\u4e00-\u9fa5]{1,14}?(?:率|比例)(?:均)?(?:达到|达|为|不低于|保持在|提高到|提升至|稳定在)?\s*(?:\d|[xX]{1,2}\s*%)/;
const RATE_OF_COUNTED_REACH = 30;
const SCOPE_BEFORE = /(?:^|[，,；;。：:\s]|全[省市县区旗镇乡]|[等各])$/;

/** A figure further on in the same clause, set by a comparator word, or counting what the size names (`以下床位医院786个`). */
const LATER_FIGURE = /^[^，,。；;：:\n]*?(?:(?:达到|不低于|不少于|提高到|提升至|控制在|保持在|超过|低于|为)\s*\d|全覆盖)|^[\u4e00-\u9fa5]{2,8}\d/;

/** In a report, a clause that opens with the year's aim (`全年任务6000人`) restates it: the result is reported after it. */
function restatesAim(text: string, at: number, vocab: Vocabulary, unitEnd: number): boolean {
  const start = clauseStart(text, at);
  if (vocab.notTargets.restatedAim.openers.some((w) => text.startsWith(w, start))) return true;
  if (vocab.notTargets.restatedAim.actualAfter.test(text.slice(unitEnd, unitEnd + ACTUAL_REACH))) return true;
  // `2011年我县卫生工作的主要任务是:计划完成…31.6万人,…;村卫生室建设48所`: a sentence that states the year's aims.
  const sentence = text.slice(Math.max(0, text.lastIndexOf('。', at - 1) + 1, at - AIM_SENTENCE_REACH), at);
  return vocab.notTargets.restatedAim.sentence.test(sentence);
}
const AIM_SENTENCE_REACH = 200;
const ACTUAL_REACH = 8;

/** Verbs of a change right before a duration: `比上年减少0.4日` is a change to deliver (`=`). */
const DURATION_DELTAS = ['减少', '缩短', '下降', '降低', '压缩', '延长', '增加', '提高'];
/** A duration named by its measure: `平均住院日8.6日`, reported in a summary. */
const DURATION_MEASURE = /(?:住院日|日数|天数|时间|时长|周期|用时)$/;

/**
 * `平均住院日比上年减少0.4日`, and in a summary `平均住院日8.6日`: a duration stated as a change,
 * or as the value of a measure named right before it, is one without a comparator.
 */
function durationStated(text: string, c: Candidate, summary: boolean): boolean {
  if (c.unitEntry?.kind !== 'duration' || c.figure.value === null || c.figure.script !== 'arabic') return false;
  const at = c.figure.start;
  if (DURATION_DELTAS.some((v) => text.startsWith(v, at - v.length) || text.startsWith(v + '了', at - v.length - 1))) return true;
  if (!summary) return false;
  if (DURATION_MEASURE.test(text.slice(Math.max(0, at - 4), at))) return true;
  // `平均住院日8.6日…；其中三级医院7.9日，二级医院8.8日`: a breakdown of a duration stated before it, in its unit.
  const sentence = text.slice(Math.max(0, text.lastIndexOf('。', at - 1) + 1, at - BREAKDOWN_REACH), at);
  const split = sentence.lastIndexOf('其中');
  return split > 0 && new RegExp(`${DURATION_MEASURE.source.slice(0, -1)}\\d+(?:\\.\\d+)?${c.unit}`).test(sentence.slice(0, split));
}

/** How far back a breakdown (`其中…`) is read for the figure it breaks down. */
const BREAKDOWN_REACH = 80;

function verbRightBefore(text: string, at: number, m: Matchers): boolean {
  let end = at;
  if (text[end - 1] === '了') end--;
  return m.verbs.some((v) => text.startsWith(v, end - v.length));
}

/** `新建县疾控中心业务楼一座`: a clause that opens with a verb of delivery and closes on the count of its object. */
function countClosesVerbClause(text: string, c: Candidate, m: Matchers): boolean {
  if (clauseEnd(text, c.unitEnd) !== c.unitEnd) return false;
  const clause = text.slice(clauseStart(text, c.figure.start), c.figure.start).replace(LEADING_NOISE, '');
  return m.verbIndex.startingAt(clause, 0) !== undefined;
}

function verbInClause(text: string, c: Candidate, m: Matchers): boolean {
  const start = clauseStart(text, c.figure.start);
  const end = clauseEnd(text, c.unitEnd);
  return m.anyVerb.test(text.slice(start, end)) || seriesGoesOn(text, start, m) || objectGoesOn(text, start, end, c, m);
}

/**
 * `新增省级临床重点专科3个，市级临床重点专科8个`: a clause that is only a thing and its count, after a
 * clause that set a count with a verb, is the next object of that verb.
 */
function objectGoesOn(text: string, start: number, end: number, c: Candidate, m: Matchers): boolean {
  const mark = text.charCodeAt(start - 1);
  if (mark !== 0xff0c && mark !== 0x2c) return false;
  // The clause ends with the count: nothing is said of it after.
  if (text.slice(c.unitEnd, end).trim().length > 0 || /\d/.test(text.slice(start, c.figure.start))) return false;
  // `…达到68万人次，出院患者2.6万人次，手术1.1万台次`: back over the series' bare counts to the clause with the verb.
  let at = start;
  for (let k = 0; k < SERIES_REACH; k++) {
    const from = clauseStart(text, at - 1);
    const before = text.slice(from, at - 1);
    if (!/\d[^\d，,；;。]{0,3}$/.test(before)) return false;
    if (m.anyVerb.test(before)) return true;
    const mark = text.charCodeAt(from - 1);
    if (mark !== 0xff0c && mark !== 0x2c) return false;
    at = from;
  }
  return false;
}
/** How many bare counts of a series are read back for the verb that set its first. */
const SERIES_REACH = 4;

/**
 * `门急诊人次达到32万人次，同比增长8%；出院患者1.45万人次`: a measure in a series parted by semicolons
 * goes on with the verb the clause before it set a figure with.
 */
function seriesGoesOn(text: string, start: number, m: Matchers): boolean {
  const mark = text.charCodeAt(start - 1);
  if (mark !== 0xff1b && mark !== 0x3b) return false;
  const before = text.slice(clauseStart(text, start - 1), start - 1);
  return /\d/.test(before) && m.anyVerb.test(before);
}

const LEADING_NOISE = new RegExp(
  [
    '^(?:(?:到|至|于)?20\\d{2}年(?:底|末|内)?(?:前)?|(?:\\d{1,2}[-—–~～至])?\\d{1,2}月(?:底|末|份)?(?:前)?|年底前|年底|年内|全年|今年|上半年|下半年',
    '全市|全区|全县|全省|全镇|辖区内|各县区|每个县区|各地|力争|确保|继续|持续|进一步|努力|同时|其中|较上年度|较上年|比上年|已)+',
  ].join('|'),
);

/** Words between a measure's name and its figure that are not part of the name: `总投资约`, `采购金额较上年`. */
export const TRAILING_ADVERB = /(分别|(?<![平人])均|各|都|全部|总计|累计|共|(?<!签)约|大约|较上年度?|比上年度?|较去年|比去年|较?上年同期|较?去年同期|同比)+(?:在|为)?$/;

/** Every character a match of TRAILING_ADVERB can end with (a test keeps it so). */
export const TRAILING_ADVERB_ENDS = '别均各都部计共约度年比在为期';
const ADVERB_END = charTable(TRAILING_ADVERB_ENDS);

/** `s` without its trailing adverbs; a pattern anchored at the end tries every place, so the last character is asked first. */
function withoutTrailingAdverb(s: string): string {
  return ADVERB_END[s.charCodeAt(s.length - 1)] === 1 ? s.replace(TRAILING_ADVERB, '') : s;
}

/** `每千人口床位数由4.21张` before `提高到4.65张`: the level it starts from is no part of the name. */
const BASELINE = /[由从](?![业事属])[^由从，,。；;]{0,16}\d[^由从，,。；;]{0,6}$/;

/** The metric a target measures, and the stretch of text that states it. */
function describe(text: string, c: Candidate, m: Matchers, floor: number): { metric: string; start: number; end: number } {
  let start = Math.max(clauseStart(text, c.figure.start, 40), floor);
  if (text[start] === '、') start++;
  // `2.基层就诊率达到65%`: an item number inside a task is not part of what it states.
  start += ITEM_MARKER.exec(text.slice(start, c.figure.start))?.[0].length ?? 0;
  const subjectEnd = c.prefix?.start ?? c.figure.start;
  let subject = withoutTrailingAdverb(text.slice(start, Math.max(start, subjectEnd)).replace(LEADING_NOISE, ''));
  if (c.prefix && (subject.includes('由') || subject.includes('从'))) subject = withoutTrailingAdverb(subject.replace(BASELINE, ''));
  // `至少建设1个特色科室`: a verb between comparator and figure means the object is measured.
  const gap = c.prefix ? text.slice(c.prefix.start, c.figure.start) : '';
  // `30种大病及4种重点慢病`: right after another target, what follows names this one.
  const afterPrevious = floor > 0 && start === floor;
  // `提前完成省定220张…`: who set the figure stands after the verb; the verb still leads.
  const setBy = SET_BY_INDEX.endingAt(subject, subject.length, (w) => subject.length > w.length);
  if (setBy) subject = subject.slice(0, -setBy.length);
  let verbLed =
    afterPrevious ||
    m.verbIndex.endingAt(subject, subject.length) !== undefined ||
    (gap.length > 0 && m.verbIndex.endingAt(gap, gap.length) !== undefined) ||
    TALLY_VERB_INDEX.endingAt(subject, subject.length) !== undefined;
  subject = stripLeadingVerbs(subject, m.leadVerbs);
  let end = c.suffix?.end ?? c.unitEnd;
  // `1:1000的比例配备专员`: the words that make it a ratio belong to it; what follows names it.
  const ratioWord = c.figure.script === 'ratio' ? RATIO.after.find((w) => text.startsWith(w, end)) : undefined;
  if (ratioWord) {
    end += ratioWord.length;
    verbLed = true;
  }
  // `三分之一以上的专家号源向基层开放`: a share of what follows, unless the words before name a measure.
  if (text[end] === '的' && c.unitEntry?.kind === 'percent' && !METRIC_END.test(subject)) verbLed = true;
  let metric = subject;
  // `宫颈癌筛查6000人、乳腺癌筛查4500人`: what follows a list's 、 is the next item, nothing this figure counts.
  if ((verbLed || subject.length < 2) && text[end] !== '、') {
    let objStart = end;
    if (text[objStart] === '的') objStart++;
    const objEnd = objectEnd(text, objStart, m);
    // `92.1%（省定目标值88%）`: a bracket after the figure says nothing of what it measures.
    const bracket = text.slice(objStart, objEnd).search(/[(（]/);
    const stated = text.slice(objStart, bracket < 0 ? objEnd : objStart + bracket).replace(/[、和及]$/, '');
    const object = stripLeadingVerbs(stated, m.verbIndex);
    if (object.length >= 2) {
      metric = object;
      end = objStart + stated.length;
    }
  }
  // `每个村卫生室至少配备中医诊疗设备3种`: a verb and its object between the comparator word and the figure: the object is counted.
  const counted = !verbLed && gap.length > 0 ? objectAfterReach(gap, m) : null;
  if (counted) metric = counted;
  else if (metric === subject) {
    const named = metric;
    const v = m.verbIndex.endingAt(named, named.length, (w) => named.length > w.length + 1);
    if (v) metric = withoutTrailingAdverb(metric.slice(0, -v.length));
  }
  metric = metric.replace(LEADING_PREPOSITION, '').trim();
  // `推进村卫生室标准化建设，年内完成20家`: a bare verb names nothing; the clause before says what is counted.
  if (BARE_VERBS.includes(metric) && floor < start) {
    const before = previousClause(text, start, floor, m);
    if (before) metric = before;
  }
  return { metric, start, end };
}

/** What a comparator word's reach holds after it (`至少配备中医诊疗设备`): the object of the verb it opens with, or null. */
function objectAfterReach(gap: string, m: Matchers): string | null {
  const word = m.prefixesByFirst.get(gap.charCodeAt(0))?.find((p) => gap.startsWith(p.word))?.word;
  if (!word || gap.length <= word.length) return null;
  const rest = gap.slice(word.length);
  const verb = m.verbIndex.startingAt(rest, 0, (v) => rest.length >= v.length + 2);
  return verb && HAN_ONLY.test(rest) ? rest.slice(verb.length) : null;
}

const HAN_ONLY = /^[\u4e00-\u9fa5]+$/;

/** A preposition before a measure's name, unless it starts a word (`在册患者`, `对口支援`, `从业人员`). */
const LEADING_PREPOSITION = /^(?:的|按照|按(?![期时])|在(?![册校职岗院管编线])|对(?!口)|为|将|把|从(?!业))/;

// `建档立卡贫困人口`: a term that opens with a verb of building stays whole.
const MEASURE_AFTER_VERB = /^(?:率|量|人数|次数|档立卡)/;

/** `完成新建…` → `…`: verbs at the start, as long as two characters of name stay. */
function stripLeadingVerbs(text: string, verbs: WordIndex): string {
  let out = text;
  for (;;) {
    const rest = out;
    // `筛查率`, `接种率`: a verb that a measure's name opens with stays.
    const verb = verbs.startingAt(rest, 0, (v) => rest.length > v.length + 1 && !MEASURE_AFTER_VERB.test(rest.slice(v.length)));
    if (!verb) return out;
    out = out.slice(verb.length);
  }
}

const ITEM_MARKER = /^(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])/;

/** The clause before `start` (back to `floor`), without its leading verbs, if it is short enough to be a name. */
function previousClause(text: string, start: number, floor: number, m: Matchers): string | null {
  const end = start - 1;
  if (end <= floor || !/[，,]/.test(text[end]!)) return null;
  let clause = text.slice(Math.max(clauseStart(text, end, 30), floor), end).replace(LEADING_NOISE, '');
  clause = clause.replace(ITEM_MARKER, '');
  clause = stripLeadingVerbs(clause, m.clauseVerbs);
  return clause.length >= 2 && clause.length <= 20 && !/\d/.test(clause) ? clause : null;
}

/**
 * `“无烟党政机关“无烟学校“无烟医疗机构”建成率不低于80%、80%、90%`: a list of figures
 * after a list of names gives each figure its own name. `建设2个市级、8个县级示范标准村卫生室`:
 * a list of modifiers before one noun gives each its modifier and the noun.
 */
function distributeListMetrics(text: string, targets: TargetMention[]): TargetMention[] {
  if (targets.length < 2) return targets;
  const out = [...targets];
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j + 1 < out.length && isListJoin(text, out[j]!, out[j + 1]!)) j++;
    if (j > i) {
      const group = out.slice(i, j + 1);
      const first = group[0]!;
      const items = splitEnumeration(first.metric);
      if (items && items.names.length === group.length) {
        group.forEach((t, k) => (out[i + k] = { ...t, metric: items.names[k]! + items.tail, start: first.start }));
      } else {
        const last = group[group.length - 1]!;
        const objectStart = last.figure.end + last.unit.length;
        const object = text.slice(objectStart, Math.min(clauseEnd(text, objectStart, 32), nextFigure(text, objectStart))).replace(/^的/, '');
        group.forEach((t, k) => {
          // `24%和30%`: a word that joins two figures modifies neither.
          const modifier = k < group.length - 1 ? text.slice(t.figure.end + t.unit.length, group[k + 1]!.figure.start).replace(/[、的]/g, '').replace(JOIN_ONLY, '') : '';
          let metric = t.metric;
          if (k === group.length - 1 && object.length >= 2) metric = object;
          else if (modifier && modifier.length < object.length) metric = modifier + object.slice(modifier.length);
          // `参保率分别不低于24%和30%`: a figure that names nothing of its own measures what the first does.
          if (k > 0 && (metric.length < 2 || JOIN_ONLY.test(metric))) metric = first.metric;
          out[i + k] = { ...t, metric, start: first.start, end: Math.max(last.end, objectStart + object.length) };
        });
      }
    }
    i = j + 1;
  }
  return out;
}

/**
 * `市第一人民医院、市中医院各建设1个区域专科诊疗中心`, `高血压、糖尿病患者规范管理率均达到70%`:
 * one figure after a list of names and a word for "each" is one target per name.
 */
function shareOneFigure(text: string, targets: TargetMention[], m: Matchers): TargetMention[] {
  // Most texts hold no word for "each" (`各`, `均`): no name there shares a figure.
  if (targets.length === 0 || !SHARE_WORDS.some((w) => text.includes(w))) return targets;
  const out: TargetMention[] = [];
  targets.forEach((t, i) => {
    const single = !(targets[i - 1] && isListJoin(text, targets[i - 1]!, t)) && !(targets[i + 1] && isListJoin(text, t, targets[i + 1]!));
    const names = single ? sharingNames(text, t, m) : null;
    if (!names) {
      out.push(t);
      return;
    }
    for (const metric of names) out.push({ ...t, metric });
  });
  return out;
}

/** The metric of each name that shares a target's figure, or null when none do. */
function sharingNames(text: string, t: TargetMention, m: Matchers): string[] | null {
  const before = text.slice(t.start, t.figure.start);
  let best: { at: number; word: string } | null = null;
  for (const w of SHARE_WORDS) {
    const at = before.lastIndexOf(w);
    if (at > 0 && (!best || at > best.at)) best = { at, word: w };
  }
  if (!best) return null;
  // Between the word for "each" and the figure stands a verb or a comparator (`各建设`, `均达到`),
  // or nothing after 各 (`新建A、B各15家`).
  const gap = before.slice(best.at + best.word.length);
  // `各建成健康教育馆1个`: after 各 the verb may take its object before the figure; each name gets the object.
  const object = best.word === '各' ? objectAfterVerb(gap, m) : null;
  if (!(gap === '' && best.word === '各') && object === null && !m.verbs.includes(gap) && !m.prefixes.some((p) => p.word === gap) && !CLAUSE_LEAD_VERBS.includes(gap)) return null;
  // `在A、B各建成…`, `A、B6月底前各建成…`: where the work is done, and when, are no part of the names.
  let head = before.slice(0, best.at).replace(LEADING_NOISE, '').replace(ITEM_MARKER, '').replace(PLACE_WORD_BEFORE_NAMES, '').replace(DEADLINE_AFTER_NAMES, '');
  if (object) {
    const names = head.split('、');
    if (names.length < 2 || names.length > 8 || names.some((n) => n.length < 2 || n.length > 24 || /[\d，,。；;]/.test(n))) return null;
    return names.map((n) => n + object);
  }
  // `创建无烟机关、无烟医院、无烟学校，建成率均达到90%`: the names, then after a comma the measure each has.
  const bareMeasure = head.length <= BARE_MEASURE_MAX && METRIC_END.test(head) && !LIST_JOINS.some((w) => head.includes(w));
  const listBefore = bareMeasure ? namesBeforeComma(text, t.start) : null;
  if (listBefore) {
    const measure = head;
    const names = stripLeadingVerbs(listBefore, m.clauseVerbs).split('、');
    if (!METRIC_END.test(measure) || measure.includes('、') || measure.length > 12 || names.length < 2 || names.length > 8) return null;
    if (names.some((n) => n.length < 2 || n.length > 24 || /[\d，,。；;]/.test(n.replace(FIGURE_IN_NAME, '')))) return null;
    return names.map((n) => n + measure);
  }
  head = stripLeadingVerbs(head, m.clauseVerbs);
  // `A和B均达到90%`, `A、B及C各1个`: the last item may be joined by a word.
  const stated = head;
  head = joinedByWord(head);
  const parts = head.split('、');
  if (parts.length < 2 || parts.length > 8 || parts.some((p) => p.length < 2 || p.length > 24 || /[\d，,。；;]/.test(p.replace(FIGURE_IN_NAME, '')))) return null;
  const items = splitEnumeration(head) ?? subjectTail(parts);
  if (items && items.tail) return items.names.map((n) => n + items.tail);
  if (items && t.metric === stated) return items.names;
  // `A、B各建设1个X`: each name with what it gets.
  return parts.map((p) => p + (t.metric === stated ? '' : t.metric));
}

const PLACE_WORD_BEFORE_NAMES = /^在/;
const DEADLINE_AFTER_NAMES = /(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:底|中旬|上旬|下旬)?|年底|年内)前?$/;
const OBJECT_MAX = 10;

/** `建成健康教育馆`: a verb and the thing it makes, said between 各 and the figure; the thing, or null. */
function objectAfterVerb(gap: string, m: Matchers): string | null {
  if (m.verbs.includes(gap)) return null;
  let verb = '';
  for (const v of m.verbs) if (v.length > verb.length && gap.startsWith(v) && gap.length > v.length) verb = v;
  if (verb.length < 2) return null;
  const object = gap.slice(verb.length);
  return object.length <= OBJECT_MAX && /^[\u4e00-\u9fa5]+$/.test(object) ? object : null;
}

/** A measure said alone after a list of names (`建成率`, `覆盖率`) is short. */
const BARE_MEASURE_MAX = 6;

/** The clause before `at` when it ends in a comma right there and holds a list (`创建无烟机关、无烟医院，`), or null. */
function namesBeforeComma(text: string, at: number): string | null {
  const comma = text[at - 1];
  if (comma !== '，' && comma !== ',') return null;
  let start = at - 1;
  while (start > 0 && !/[。；;，,\n]/.test(text[start - 1]!)) start--;
  const clause = text.slice(start, at - 1).replace(ITEM_MARKER, '');
  return clause.includes('、') ? clause : null;
}

/** `A和B`, `A、B及C` → `A、B`, `A、B、C`: one word that joins the last item, read as 、 (only once, between names). */
function joinedByWord(head: string): string {
  const last = head.lastIndexOf('、') + 1;
  let at = -1;
  for (const w of LIST_JOINS) {
    if (w === '、') continue;
    const i = joinAt(head, w, last);
    if (i >= 0) {
      if (at >= 0 || joinAt(head, w, i + 1) >= 0) return head;
      at = i;
    }
  }
  return at >= 2 && at <= head.length - 3 ? head.slice(0, at) + '、' + head.slice(at + 1) : head;
}

/** Where `w` joins two names in `head` from `from` on, past the words that only hold it (`及时率`). */
function joinAt(head: string, w: string, from: number): number {
  for (let i = head.indexOf(w, from); i >= 0; i = head.indexOf(w, i + 1)) {
    if (!NOT_JOINS.some((word) => word.includes(w) && head.startsWith(word, i - word.indexOf(w)))) return i;
  }
  return -1;
}

function isListJoin(text: string, a: TargetMention, b: TargetMention): boolean {
  if (b.figure.start - a.figure.end > 12) return false;
  const joint = text.slice(a.figure.end + a.unit.length, b.figure.start);
  return LIST_JOINT.test(joint) || (joint.length === 1 && LIST_JOINS.includes(joint));
}

const LIST_JOINT = /^[^\d。，,；;：:]{0,8}、$/;

/** `“无烟党政机关“无烟学校“无烟医疗机构”建成率` → names and the shared tail `建成率`. */
function splitEnumeration(metric: string): { names: string[]; tail: string } | null {
  const quoted = metric.split(/[“”"]+/).filter((s) => s.length > 0);
  const last = quoted[quoted.length - 1] ?? '';
  if (quoted.length >= 3 && /^[^、]{1,8}$/.test(last)) {
    const names = quoted.slice(0, -1).map((s) => s.replace(/^[全各]$/, '')).filter((s) => s.length > 1);
    return { names, tail: last };
  }
  const parts = metric.split('、');
  if (parts.length < 2) return joinedPair(metric);
  // `新生儿、婴儿和5岁以下儿童死亡率`: the last two names joined by a word.
  const lastJoined = splitAtJoin(parts[parts.length - 1]!);
  if (lastJoined) parts.splice(parts.length - 1, 1, ...lastJoined);
  if (parts.every((p) => METRIC_END.test(p))) return { names: parts.map((p, k) => (k === 0 ? p : withSharedHead(parts[0]!, p))), tail: '' };
  const lastPart = parts[parts.length - 1]!;
  const tail = sharedTail(parts[parts.length - 2]!, lastPart);
  return tail ? { names: [...parts.slice(0, -1), lastPart.slice(0, -tail.length)], tail } : null;
}

/** A name split at the last join word in it (`婴儿和5岁以下儿童死亡率`), or null. */
function splitAtJoin(name: string): [string, string] | null {
  for (const join of LIST_JOINS) {
    if (join === '、') continue;
    const at = name.lastIndexOf(join);
    if (at < 1 || at >= name.length - 2 || NOT_JOINS.some((w) => name.startsWith(w, at) || name.startsWith(w, at - w.length + 1))) continue;
    return [name.slice(0, at), name.slice(at + join.length)];
  }
  return null;
}

const JOIN_ONLY = new RegExp(`^(?:${LIST_JOINS.join('|')})$`);

/** `孕产妇死亡率和婴儿死亡率`: two measures joined by a word, each named whole. */
function joinedPair(metric: string): { names: string[]; tail: string } | null {
  const pair = splitAtJoin(metric);
  if (!pair || pair[0].length < 2 || !METRIC_END.test(pair[0]) || !METRIC_END.test(pair[1])) return null;
  return { names: [pair[0], withSharedHead(pair[0], pair[1])], tail: '' };
}

/**
 * `法定传染病报告率和报告及时率`: a later name that opens with a word of the first (`报告`) leaves out
 * the head they share (`法定传染病`).
 */
function withSharedHead(first: string, name: string): string {
  for (let n = Math.min(4, name.length - 1); n >= 2; n--) {
    const at = first.indexOf(name.slice(0, n));
    if (at >= 2) return first.slice(0, at) + name;
  }
  return name;
}

/**
 * The words the last item of `县级医院、乡镇卫生院床位使用率` shares with the items
 * before it: after a head that ends as the item before it ends (`…院`), or else
 * the longest known tail of a measure (`死亡率`, `患者规范管理率`).
 */
function sharedTail(before: string, last: string): string {
  const lastChar = before[before.length - 1];
  if (lastChar) {
    const at = last.indexOf(lastChar, 1);
    // `婴儿`, `5岁以下儿童死亡率`: one character before a known tail (`童死亡率`) ends a word, not the head.
    const known = METRIC_TAILS.find((t) => last.endsWith(t) && last.length - t.length >= 2);
    if (at > 0 && at < last.length - 2 && !(known && last.length - (at + 1) === known.length + 1)) return last.slice(at + 1);
  }
  // `糖尿病患者规范管理达标率`: from who is counted on, the words are shared.
  for (const s of METRIC_SUBJECTS) {
    const at = last.indexOf(s);
    if (at >= 2 && at + s.length < last.length) return last.slice(at);
  }
  const tail = METRIC_TAILS.find((t) => last.endsWith(t) && last.length - t.length >= 2) ?? '';
  const head = last.slice(0, last.length - tail.length);
  const subject = tail ? METRIC_SUBJECTS.find((s) => head.endsWith(s) && head.length - s.length >= 2) : undefined;
  return subject ? subject + tail : tail;
}

/** `高血压、糖尿病患者规范管理` → the last item's words from who is counted (`患者规范管理`) are shared. */
function subjectTail(parts: readonly string[]): { names: string[]; tail: string } | null {
  const last = parts[parts.length - 1]!;
  for (const s of METRIC_SUBJECTS) {
    const at = last.indexOf(s);
    if (at >= 2) return { names: [...parts.slice(0, -1), last.slice(0, at)], tail: last.slice(at) };
  }
  return null;
}

/** Objects and subjects are short: look no further than this. */
const LOOKAHEAD = 40;

/** How far an object after a figure reaches: a clause's end (32 characters at most). */
const OBJECT_REACH = 32;

/**
 * Where the object that starts at `from` ends: at the clause's end, the next figure, or the next
 * comparator word that lies wholly within the lookahead, whichever comes first. One pass for the three.
 */
function objectEnd(text: string, from: number, m: Matchers): number {
  const ceil = Math.min(text.length, from + OBJECT_REACH);
  const reach = Math.min(text.length, from + LOOKAHEAD);
  for (let i = from; i < ceil; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_BREAK_CHARS[c] === 1 || FIGURE_CHARS[c] === 1) return i;
    if (m.prefixStarts[c] !== 1) continue;
    const bucket = m.prefixesByFirst.get(c);
    if (bucket) for (const p of bucket) if (i + p.word.length <= reach && text.startsWith(p.word, i)) return i;
  }
  return ceil;
}

const FIGURE_CHARS = charTable('0123456789xX');

function nextFigure(text: string, from: number): number {
  const end = Math.min(text.length, from + LOOKAHEAD);
  for (let i = from; i < end; i++) if (FIGURE_CHARS[text.charCodeAt(i)] === 1) return i;
  return text.length;
}
