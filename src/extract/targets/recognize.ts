import type { Comparator } from '../../types.js';
import type { Vocabulary } from '../../vocab/index.js';
import { SELF_STANDING_KINDS, type UnitEntry } from '../../vocab/units.js';
import { MORE_THAN_MARKERS } from '../../vocab/comparators.js';
import { BARE_VERBS, CLAUSE_LEAD_VERBS, METRIC_END, METRIC_SUBJECTS, METRIC_TAILS } from '../../vocab/metrics.js';
import { type Figure, recognizeFigures } from '../numbers/recognize.js';
import { clauseEnd, clauseStart, matchers, type Matchers } from './context.js';
import { rejectFigure } from './reject.js';

/** A target recognised in a task's text; offsets are relative to that text. */
export interface TargetMention {
  readonly start: number;
  readonly end: number;
  readonly figure: Figure;
  readonly unit: string;
  readonly comparator: Comparator;
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
export function recognizeTargets(text: string, vocab: Vocabulary): { targets: TargetMention[]; rejected: Rejection[] } {
  const m = matchers(vocab);
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  const figures = recognizeFigures(text);
  for (let step = figures.next(); !step.done; ) {
    const f = step.value;
    const c = readCandidate(text, f, vocab, m);
    let resume: number | undefined;
    if (typeof c === 'string') {
      if (c !== 'no-unit') rejected.push({ start: f.start, end: f.end, raw: f.raw, rule: c });
    } else {
      candidates.push(c);
      resume = c.suffix?.end ?? c.unitEnd;
    }
    step = figures.next(resume);
  }
  // Items of a list share its comparator: `不低于80%、80%、90%`, `80%、90%以上`.
  const targets: TargetMention[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    let comparator: Comparator = '=';
    let from: TargetMention['comparatorFrom'] = 'default';
    const next = candidates[i + 1];
    const prev = candidates[i - 1];
    if (next && isRange(text, c, next, vocab)) {
      comparator = '>=';
      from = 'range';
    } else if (prev && isRange(text, prev, c, vocab)) {
      comparator = '<=';
      from = 'range';
    } else if (c.suffix) {
      comparator = c.suffix.comparator;
      from = 'suffix';
    } else if (c.prefix) {
      comparator = c.prefix.comparator;
      from = 'prefix';
    } else {
      const listed = listComparator(text, candidates, i);
      if (listed) {
        comparator = listed;
        from = 'list';
      }
    }
    const verdict = commitment(text, c, from, vocab, m);
    if (verdict) {
      rejected.push({ start: c.figure.start, end: c.unitEnd, raw: text.slice(c.figure.start, c.unitEnd), rule: verdict });
      continue;
    }
    const accepted = targets[targets.length - 1];
    const floor = accepted ? accepted.figure.end + accepted.unit.length : 0;
    const { metric, start, end } = describe(text, c, m, floor);
    targets.push({ start, end, figure: c.figure, unit: c.unit, comparator, comparatorFrom: from, metric, rule: `${c.figure.script}:${from}` });
  }
  return { targets: distributeListMetrics(text, shareRangeMetrics(targets)), rejected };
}

function readCandidate(text: string, f: Figure, vocab: Vocabulary, m: Matchers): Candidate | string {
  let unit = '';
  let unitEntry: UnitEntry | null = null;
  let unitEnd = f.end;
  let moreThan = false;
  if (f.script === 'percent-words') {
    unit = '%';
    unitEntry = m.unitByText.get('%') ?? null;
  } else {
    // `30余家`: the unit stands after the word for "more than".
    const more = (MORE_THAN_MARKERS as readonly string[]).includes(text[f.end] ?? '') ? 1 : 0;
    m.unit.lastIndex = f.end + more;
    const u = m.unit.exec(text);
    if (u) {
      unit = u[0];
      unitEntry = m.unitByText.get(unit) ?? null;
      unitEnd = f.end + more + unit.length;
      moreThan = more === 1;
    } else {
      const ranged = rangeUnit(text, f.end, vocab, m);
      if (ranged) {
        unit = ranged;
        unitEntry = m.unitByText.get(unit) ?? null;
      } else if (!f.magnitude || f.script === 'chinese') {
        return 'no-unit';
      }
    }
  }
  const rule = rejectFigure(text, f, unitEnd, vocab, m);
  if (rule) return rule;
  m.suffix.lastIndex = unitEnd;
  const s = m.suffix.exec(text);
  const suffix = s ? { word: s[0], comparator: m.suffixByWord.get(s[0])!, end: unitEnd + s[0].length } : moreThan ? { word: text[f.end]!, comparator: '>' as const, end: unitEnd } : null;
  return { figure: f, unit, unitEntry, unitEnd, suffix, prefix: findPrefix(text, f.start, m) };
}

/** `3至5个`, `85-93%`: the first figure of a range takes the unit of the second. */
function rangeUnit(text: string, at: number, vocab: Vocabulary, m: Matchers): string | null {
  const sep = text[at];
  if (!sep || !(vocab.rangeSeparators as readonly string[]).includes(sep)) return null;
  const next = /^\d+(?:\.\d+)?/.exec(text.slice(at + 1, at + 16));
  if (!next) return null;
  m.unit.lastIndex = at + 1 + next[0].length;
  return m.unit.exec(text)?.[0] ?? null;
}

function isRange(text: string, a: Candidate, b: Candidate, vocab: Vocabulary): boolean {
  const between = text.slice(a.unitEnd, b.figure.start);
  return a.unit === b.unit && between.length === 1 && (vocab.rangeSeparators as readonly string[]).includes(between);
}

const GAP_CHAR = /[\u4e00-\u9fa5]/;

function findPrefix(text: string, at: number, m: Matchers): Candidate['prefix'] {
  for (let gap = 0; gap <= 4; gap++) {
    const end = at - gap;
    if (end <= 0) break;
    if (gap > 0 && !GAP_CHAR.test(text[end]!)) break;
    for (const p of m.prefixes) {
      if (gap > p.maxGap) continue;
      if (text.startsWith(p.word, end - p.word.length)) return { comparator: p.comparator, start: end - p.word.length };
    }
  }
  return null;
}

function listComparator(text: string, candidates: readonly Candidate[], i: number): Comparator | null {
  const c = candidates[i]!;
  const prev = candidates[i - 1];
  if (prev && prev.unitEnd === c.figure.start - 1 && text[prev.unitEnd] === '、') {
    if (prev.prefix) return prev.prefix.comparator;
    return listComparator(text, candidates, i - 1);
  }
  // The last item's suffix carries back to the items before it.
  for (let j = i; j < candidates.length - 1; j++) {
    const a = candidates[j]!;
    const b = candidates[j + 1]!;
    if (a.unitEnd !== b.figure.start - 1 || text[a.unitEnd] !== '、') break;
    if (b.suffix) return b.suffix.comparator;
  }
  return null;
}

/** Why a well-formed figure is still no commitment, or null when it is one. */
function commitment(text: string, c: Candidate, from: TargetMention['comparatorFrom'], vocab: Vocabulary, m: Matchers): string | null {
  const explicit = from !== 'default';
  if (c.figure.value === 0 && !explicit) return 'no-commitment';
  if (c.unitEntry?.needsComparator && !explicit) return 'needs-comparator';
  if (c.unitEntry?.needsPrefixComparator && from !== 'prefix') return 'age-qualifier';
  if (c.unitEntry?.arabicOnly && c.figure.script !== 'arabic') return 'name';
  // Slogans count in small numbers (`三个全覆盖`, `十项工作`); `两千人次` is a count like `2000人次`.
  if (c.figure.script === 'chinese' && (c.figure.value ?? 0) < 100) {
    if (!vocab.countClassifiers.some((k) => c.unit === k) && !c.unitEntry) return 'no-commitment';
    if (explicit) return null;
    return verbRightBefore(text, c.figure.start, m) ? null : 'no-commitment';
  }
  if (explicit) return null;
  if (c.unitEntry && SELF_STANDING_KINDS.includes(c.unitEntry.kind)) return null;
  return verbInClause(text, c, m) ? null : 'no-commitment';
}

function verbRightBefore(text: string, at: number, m: Matchers): boolean {
  let end = at;
  if (text[end - 1] === '了') end--;
  return m.verbs.some((v) => text.startsWith(v, end - v.length));
}

function verbInClause(text: string, c: Candidate, m: Matchers): boolean {
  const start = clauseStart(text, c.figure.start);
  const end = clauseEnd(text, c.unitEnd);
  const clause = text.slice(start, end);
  return m.verbs.some((v) => clause.includes(v));
}

const LEADING_NOISE = new RegExp(
  [
    '^(?:(?:到|至|于)?20\\d{2}年(?:底|末|内)?(?:前)?|\\d{1,2}月(?:底|末)?(?:前)?|年底前|年底|年内|全年|今年|上半年|下半年',
    '全市|全区|全县|全省|全镇|辖区内|各县区|每个县区|各地|力争|确保|继续|持续|进一步|努力|同时|其中|较上年度|较上年|比上年)+',
  ].join('|'),
);

/** Words between a measure's name and its figure that are not part of the name: `总投资约`, `采购金额较上年`. */
const TRAILING_ADVERB = /(分别|均|各|都|全部|总计|累计|共|(?<!签)约|大约|较上年度?|比上年度?|较去年|比去年|同比)+$/;

/** The metric a target measures, and the stretch of text that states it. */
function describe(text: string, c: Candidate, m: Matchers, floor: number): { metric: string; start: number; end: number } {
  let start = Math.max(clauseStart(text, c.figure.start, 40), floor);
  if (text[start] === '、') start++;
  // `2.基层就诊率达到65%`: an item number inside a task is not part of what it states.
  start += ITEM_MARKER.exec(text.slice(start, c.figure.start))?.[0].length ?? 0;
  const subjectEnd = c.prefix?.start ?? c.figure.start;
  let subject = text.slice(start, Math.max(start, subjectEnd)).replace(LEADING_NOISE, '').replace(TRAILING_ADVERB, '');
  // `至少建设1个特色科室`: a verb between comparator and figure means the object is measured.
  const gap = c.prefix ? text.slice(c.prefix.start, c.figure.start) : '';
  // `30种大病及4种重点慢病`: right after another target, what follows names this one.
  const afterPrevious = floor > 0 && start === floor;
  let verbLed = afterPrevious || m.verbs.some((v) => subject.endsWith(v) || (gap.length > 0 && gap.endsWith(v)));
  subject = stripLeadingVerbs(subject, m.verbs);
  let end = c.suffix?.end ?? c.unitEnd;
  let metric = subject;
  if (verbLed || subject.length < 2) {
    let objStart = end;
    if (text[objStart] === '的') objStart++;
    const objEnd = Math.min(clauseEnd(text, objStart, 32), nextFigure(text, objStart), nextComparator(text, objStart, m));
    const object = text.slice(objStart, objEnd).replace(/[、和及]$/, '');
    if (object.length >= 2) {
      metric = object;
      end = objStart + object.length;
    }
  }
  if (metric === subject) {
    for (const v of m.verbs) {
      if (metric.endsWith(v) && metric.length > v.length + 1) {
        metric = metric.slice(0, -v.length).replace(TRAILING_ADVERB, '');
        break;
      }
    }
  }
  metric = metric.replace(LEADING_PREPOSITION, '').trim();
  // `推进村卫生室标准化建设，年内完成20家`: a bare verb names nothing; the clause before says what is counted.
  if (BARE_VERBS.includes(metric) && floor < start) {
    const before = previousClause(text, start, floor, m);
    if (before) metric = before;
  }
  return { metric, start, end };
}

/** A preposition before a measure's name, unless it starts a word (`在册患者`, `对口支援`, `从业人员`). */
const LEADING_PREPOSITION = /^(?:的|在(?![册校职岗院管编线])|对(?!口)|为|将|把|从(?!业))/;

/** `完成新建…` → `…`: verbs at the start, as long as two characters of name stay. */
function stripLeadingVerbs(text: string, verbs: readonly string[]): string {
  let out = text;
  for (;;) {
    const verb = verbs.find((v) => out.startsWith(v) && out.length > v.length + 1);
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
  clause = stripLeadingVerbs(clause, [...m.verbs, ...CLAUSE_LEAD_VERBS]);
  return clause.length >= 2 && clause.length <= 20 && !/\d/.test(clause) ? clause : null;
}

/**
 * `“无烟党政机关“无烟学校“无烟医疗机构”建成率不低于80%、80%、90%`: a list of figures
 * after a list of names gives each figure its own name. `建设2个市级、8个县级示范标准村卫生室`:
 * a list of modifiers before one noun gives each its modifier and the noun.
 */
function distributeListMetrics(text: string, targets: TargetMention[]): TargetMention[] {
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
          const modifier = k < group.length - 1 ? text.slice(t.figure.end + t.unit.length, group[k + 1]!.figure.start).replace(/[、的]/g, '') : '';
          let metric = t.metric;
          if (k === group.length - 1 && object.length >= 2) metric = object;
          else if (modifier && modifier.length < object.length) metric = modifier + object.slice(modifier.length);
          out[i + k] = { ...t, metric, start: first.start, end: Math.max(last.end, objectStart + object.length) };
        });
      }
    }
    i = j + 1;
  }
  return out;
}

function shareRangeMetrics(targets: TargetMention[]): TargetMention[] {
  return targets.map((t, i) => {
    const first = targets[i - 1];
    return t.comparatorFrom === 'range' && t.comparator === '<=' && first?.comparatorFrom === 'range' ? { ...t, metric: first.metric, start: first.start } : t;
  });
}

function isListJoin(text: string, a: TargetMention, b: TargetMention): boolean {
  const between = text.slice(a.figure.end, b.figure.start);
  return /^[^\d。，,；;：:]{0,8}、$/.test(between.slice(a.unit.length)) && b.figure.start - a.figure.end <= 12;
}

/** `“无烟党政机关“无烟学校“无烟医疗机构”建成率` → names and the shared tail `建成率`. */
function splitEnumeration(metric: string): { names: string[]; tail: string } | null {
  const quoted = metric.split(/[“”"]+/).filter((s) => s.length > 0);
  const last = quoted[quoted.length - 1] ?? '';
  if (quoted.length >= 3 && /^[^、]{1,8}$/.test(last)) {
    const names = quoted.slice(0, -1).map((s) => s.replace(/^[全各]$/, '')).filter((s) => s.length > 1);
    return { names, tail: last };
  }
  const parts = metric.split('、');
  if (parts.length < 2) return null;
  if (parts.every((p) => METRIC_END.test(p))) return { names: parts, tail: '' };
  const lastPart = parts[parts.length - 1]!;
  const tail = sharedTail(parts[parts.length - 2]!, lastPart);
  return tail ? { names: [...parts.slice(0, -1), lastPart.slice(0, -tail.length)], tail } : null;
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
    if (at > 0 && at < last.length - 2) return last.slice(at + 1);
  }
  const tail = METRIC_TAILS.find((t) => last.endsWith(t) && last.length - t.length >= 2) ?? '';
  const head = last.slice(0, last.length - tail.length);
  const subject = tail ? METRIC_SUBJECTS.find((s) => head.endsWith(s) && head.length - s.length >= 2) : undefined;
  return subject ? subject + tail : tail;
}

/** Objects and subjects are short: look no further than this. */
const LOOKAHEAD = 40;

function nextComparator(text: string, from: number, m: Matchers): number {
  const window = text.slice(from, from + LOOKAHEAD);
  let best = text.length;
  for (const p of m.prefixes) {
    const i = window.indexOf(p.word);
    if (i >= 0 && from + i < best) best = from + i;
  }
  return best;
}

function nextFigure(text: string, from: number): number {
  const end = Math.min(text.length, from + LOOKAHEAD);
  for (let i = from; i < end; i++) if (/[0-9xX]/.test(text[i]!)) return i;
  return text.length;
}
