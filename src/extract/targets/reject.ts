import type { NotTargetRule } from '../../vocab/not-targets.js';
import type { Vocabulary } from '../../vocab/index.js';
import type { Figure } from '../numbers/recognize.js';
import { CLAUSE_BREAK_CHARS, type Matchers } from './context.js';
import { charTable, charsOf, isHan } from '../words.js';

/**
 * Applies the not-target rules of the spec to a figure and the unit after it.
 * Returns the id of the rule that rejects it, or null. `titles` false says the text
 * holds no opening mark of a title.
 */
export function rejectFigure(text: string, f: Figure, unitEnd: number, vocab: Vocabulary, m: Matchers, titles = true): NotTargetRule | null {
  const rules = vocab.notTargets;
  // Out of the text (a figure at its start), the character before is no word of a list.
  const before = text.charCodeAt(f.start - 1);
  if (charsOf(rules.ordinal.before)[before] === 1) return 'ordinal';
  if (charsOf(rules.formula.before)[before] === 1) return 'formula';
  if (definesRate(text, f.start, rules.formula.definition) || rules.formula.termAfter.test(text.slice(f.end, f.end + 14)) || rules.formula.termBefore.test(text.slice(Math.max(0, f.start - 14), f.start))) return 'formula';
  if (scope(text, f.start, rules.scope) || (rules.scope.residents.before.test(text.slice(Math.max(0, f.start - 4), f.start)) && rules.scope.residents.after.test(text.slice(f.end, f.end + 5)))) return 'scope';
  if (listOpensAs(text, f.start, rules.award.clauseOpens) || clauseIs(text, f.start, rules.award.clause)) return 'award';
  if (clauseEndsAs(text, unitEnd, rules.attendance)) return 'attendance';
  if (clauseEndsAs(text, unitEnd, rules.among)) return 'scope';
  if (inDate(text, f, rules.date)) return 'date';
  if (charsOf(rules.perPopulation.before)[before] === 1 && rules.perPopulation.after.test(text.slice(f.end, f.end + 5))) return 'perPopulation';
  if (charsOf(rules.session.before)[before] === 1) return 'session';
  if (scoring(text, f, unitEnd, rules.scoring)) return 'scoring';
  if ((rules.collection.open.includes(text[f.start - 1] ?? '') || rules.collection.before.test(text.slice(Math.max(0, f.start - 3), f.start))) && rules.collection.after.test(text.slice(f.end, f.end + 2))) return 'collection';
  if (rules.collection.titleBefore.test(text.slice(Math.max(0, f.start - 3), f.start)) && rules.collection.titleAfter.test(text.slice(f.end, f.end + 6))) return 'collection';
  if (rules.remainder.before.some((w) => text.startsWith(w, f.start - w.length) && (f.start === w.length || CLAUSE_BREAK_CHARS[text.charCodeAt(f.start - w.length - 1)] === 1))) return 'remainder';
  if (rules.rateParts.before.some((w) => text.startsWith(w, f.start - w.length))) return 'rateParts';
  if (rules.demonstrative.before.some((w) => text.startsWith(w, f.start - w.length))) return 'demonstrative';
  if (m.sessionAfter.startingAt(text, unitEnd) !== undefined) return 'session';
  if (foreign(text, f.start, rules.foreign)) return 'foreign';
  if (rules.truncated.after.test(text.slice(unitEnd, unitEnd + 8)) || ((before === 0x2f || before === 0xff0f) && rules.truncated.lostNumerator.test(text.slice(Math.max(0, f.start - 2), f.start)))) return 'truncated';
  if (lostDecimal(text, f, rules.lostDecimal)) return 'lostDecimal';
  if (isLatinLetter(text.charCodeAt(f.start - 1)) || (isLatinLetter(text.charCodeAt(f.end)) && !latinUnitAt(text, unitEnd, f.end))) return 'identifier';
  if (titles && insideTitle(text, f.start, rules.titled.open, rules.titled.close)) return 'titled';
  if (quoted(text, f.start, unitEnd, rules.quoted)) return 'quoted';
  if (partOfMetric(text, unitEnd, rules.partOfMetric)) return 'partOfMetric';
  if (rules.standard.after.test(text.slice(unitEnd, unitEnd + STANDARD_REACH)) && rules.standard.before.test(text.slice(Math.max(0, f.start - STANDARD_REACH), f.start))) return 'standard';
  if (pastTarget(text, f.start, rules.pastTarget) || (rules.pastTarget.setBy.test(text.slice(Math.max(0, f.start - 4), f.start)) && rules.pastTarget.named.test(text.slice(unitEnd, unitEnd + 5)))) return 'pastTarget';
  if (baseline(text, f.start, unitEnd, rules.baseline)) return 'baseline';
  if (comparison(text, f.start, rules.comparison)) return 'comparison';
  if (coordinatedSubject(text, f.start, rules.coordinatedSubject)) return 'coordinatedSubject';
  if (countedName(text, unitEnd, rules.countedName) || countedAfterParts(text, f.start, unitEnd, rules.countedName)) return 'countedName';
  if (tally(text, f.start, unitEnd, rules.tally)) return 'tally';
  // `每年开展健康讲座不少于6次`: a least number of times a year is a volume to deliver, not how often.
  if (frequency(text, f.start, f.end, unitEnd, rules.frequency) && !((f.value ?? 0) >= 2 && rules.frequency.volume.test(text.slice(Math.max(0, f.start - 3), f.start)))) return 'frequency';
  if (f.script === 'chinese') {
    if (m.sloganNouns.startingAt(text, unitEnd) !== undefined) return 'countedSlogan';
    if (countedName(text, unitEnd, rules.countedName, rules.countedName.workInWords)) return 'countedName';
  }
  return null;
}

function lostDecimal(text: string, f: Figure, rule: { readonly leadingZero: RegExp; readonly rateBefore: RegExp; readonly percent: RegExp; readonly rateMax: number }): boolean {
  if (f.script !== 'arabic') return false;
  if (rule.leadingZero.test(text.slice(f.start, f.end))) return true;
  return (f.value ?? 0) > rule.rateMax && rule.percent.test(text.slice(f.end, f.end + 1)) && rule.rateBefore.test(text.slice(Math.max(0, f.start - 3), f.start));
}

/** How far back a figure is read for the rate it helps define. */
const DEFINITION_REACH = 60;

/** `…率=年度辖区内接受1次及以上…`: most figures have no `=` before them, and the pattern is not tried. */
function definesRate(text: string, at: number, definition: RegExp): boolean {
  const back = text.slice(Math.max(0, at - DEFINITION_REACH), at);
  return (back.includes('=') || back.includes('＝')) && definition.test(back);
}

/** How far back a clause is read for the unit a subject's count stands beside. */
const SUBJECT_REACH = 14;

function coordinatedSubject(text: string, start: number, rule: { readonly clause: RegExp; readonly unit: RegExp; readonly verbs: RegExp }): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 0x548c /* 和 */ && c !== 0x4e0e /* 与 */ && c !== 0x53ca /* 及 */) return false;
  const m = rule.clause.exec(text.slice(Math.max(0, start - SUBJECT_REACH), start));
  return m !== null && rule.unit.test(m[1]!) && !rule.verbs.test(m[1]!) && !/\d/.test(m[1]!);
}

/** How far a clause is read on for the words that make a figure a meeting's attendance, or the whole a count is among. */
const CLAUSE_END_REACH = 24;

/** Whether the clause the figure stands in ends as the rule says (`…参加会议`, `…卫生院中`), read on from its unit. */
function clauseEndsAs(text: string, from: number, rule: { readonly clauseEnd: RegExp }): boolean {
  let end = from;
  while (end < text.length && end - from < CLAUSE_END_REACH && !'，,；;。！？\n'.includes(text[end]!)) end++;
  return rule.clauseEnd.test(text.slice(from, end));
}

function foreign(text: string, at: number, rule: { readonly reach: number; readonly lettersMin: number }): boolean {
  let letters = 0;
  for (let i = at - 1; i >= 0 && at - i <= rule.reach; i--) {
    const c = text.charCodeAt(i);
    if (isHan(c)) return false;
    if (isLatinLetter(c)) letters++;
  }
  return letters >= rule.lettersMin;
}

/** How far back a clause is looked at for the words that make a figure a place's size. */
const SCOPE_REACH = 30;

function scope(text: string, at: number, rule: { readonly clauseOpens: RegExp; readonly measures: RegExp }): boolean {
  let start = at;
  while (start > 0 && at - start < SCOPE_REACH && !'，,；;。：:\n'.includes(text[start - 1]!)) start--;
  return rule.measures.test(text.slice(start, at)) || listOpensAs(text, at, rule.clauseOpens);
}

/** `对12个先进集体…进行了通报表扬`: whether the whole clause a figure stands in, from its start to its end, is so. */
function clauseIs(text: string, at: number, clause: RegExp): boolean {
  let open = at;
  while (open > 0 && at - open < SCOPE_REACH && !'，,；;。\n'.includes(text[open - 1]!)) open--;
  let end = at;
  while (end < text.length && end - at < SCOPE_REACH * 2 && !'，,；;。\n'.includes(text[end]!)) end++;
  return clause.test(text.slice(open, end));
}

/** `辖21个乡镇、436个行政村`, `表彰了…团队3个、…医生5名`: whether the clause a figure stands in, its list's `、` and `：` run over, opens so. */
function listOpensAs(text: string, at: number, opens: RegExp): boolean {
  let open = at;
  while (open > 0 && at - open < SCOPE_REACH * 2 && !'，,；;。\n'.includes(text[open - 1]!)) open--;
  return opens.test(text.slice(open, at));
}

/** `每低1个百分点`, `优秀(90分及以上)`, `(4分)`, `扣0.2分`, `发生1例…的，本项不得分`: a step, a band, a weight, points or a veto of a scoring rule. */
function scoring(text: string, f: Figure, unitEnd: number, rule: { readonly steps: RegExp; readonly grades: RegExp; readonly score: RegExp; readonly awarded: RegExp; readonly weight: RegExp; readonly veto: RegExp }): boolean {
  const before = text.slice(Math.max(0, f.start - 6), f.start);
  if (rule.steps.test(before) || rule.veto.test(text.slice(f.end, f.end + VETO_REACH))) return true;
  const after = text.slice(f.end, f.end + 2);
  if (rule.score.test(after) && (rule.awarded.test(before) || (/[(（]$/.test(before) && rule.weight.test(after)))) return true;
  return rule.grades.test(before) || (rule.score.test(text.slice(f.end, f.end + 1)) && /[(（]$/.test(before) && rule.grades.test(text.slice(Math.max(0, f.start - 5), f.start)));
}

const VETO_REACH = 32;

/** Whether the figure is a part of a date written with dashes, slashes or points. */
function inDate(text: string, f: Figure, date: RegExp): boolean {
  const c = text.charCodeAt(f.end);
  const b = text.charCodeAt(f.start - 1);
  // Only a figure beside a dash, a slash or a point can be one.
  if (!(c === 0x2d || c === 0x2f || c === 0x2e || b === 0x2d || b === 0x2f || b === 0x2e)) return false;
  const from = Math.max(0, f.start - 8);
  date.lastIndex = 0;
  const window = text.slice(from, f.end + 6);
  for (let m = date.exec(window); m; m = date.exec(window)) {
    if (from + m.index <= f.start && from + m.index + m[0].length >= f.end) return true;
  }
  return false;
}

/** Whether `chars` holds the character of this code, as `chars.includes(text[i])` says. */
function holdsCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/** Whether the unit read after the figure is one written in Latin letters (`40DDDs`): then the letters are no code. */
function latinUnitAt(text: string, unitEnd: number, at: number): boolean {
  // `180万m2`: a unit in Latin letters, a power after them.
  return unitEnd > at && /^[A-Za-z]+[2²]?$/.test(text.slice(at, unitEnd));
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function insideTitle(text: string, at: number, open: string, close: string): boolean {
  const openCode = open.charCodeAt(0);
  const closeCode = close.charCodeAt(0);
  for (let i = at - 1; i >= 0 && at - i <= 80; i--) {
    const c = text.charCodeAt(i);
    if (c === closeCode) return false;
    if (c === openCode) return true;
  }
  return false;
}

function quoted(
  text: string,
  start: number,
  end: number,
  rule: { readonly open: readonly string[]; readonly close: readonly string[]; readonly maxInside: number },
): boolean {
  const prev = text.charCodeAt(start - 1);
  if (charsOf(rule.open)[prev] === 1 && prev !== 0x22 && prev !== 0x27) return true; // not " or '
  // Inside a short quotation: an opening quote before, a closing one after, none between.
  let open = -1;
  for (let i = start - 1; i >= 0 && start - i <= rule.maxInside; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201d || c === 0x300d || c === 0x300f || c === 0x3002) break; // ” 」 』 。
    if (c === 0x201c || c === 0x300c || c === 0x300e) {
      // “ 「 『
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = end; i < text.length && i - open <= rule.maxInside; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x3002) return false;
    if (c === 0x201d || c === 0x300d || c === 0x300f) return true;
  }
  return false;
}

function partOfMetric(text: string, unitEnd: number, rule: { readonly metricEnds: readonly string[]; readonly maxDistance: number }): boolean {
  for (let i = unitEnd; i < text.length && i - unitEnd < rule.maxDistance; i++) {
    if (!isHan(text.charCodeAt(i))) return false;
    if (charsOf(rule.metricEnds)[text.charCodeAt(i)] === 1) return true;
  }
  return false;
}

/** `(目标值37%)`: a bracket that opens with the word for a target quotes an old one. */
function pastTarget(text: string, at: number, rule: { readonly open: readonly string[]; readonly markers: readonly string[]; readonly maxGap: number }): boolean {
  for (const marker of rule.markers) {
    for (let gap = 0; gap <= rule.maxGap; gap++) {
      const markerAt = at - gap - marker.length;
      if (markerAt < 1 || !text.startsWith(marker, markerAt)) continue;
      if (gap > 0 && !/^[为是:：]+$/.test(text.slice(markerAt + marker.length, at))) continue;
      if (rule.open.includes(text[markerAt - 1]!)) return true;
    }
    // `实现了…2030年的目标值(37%)`: the aim quoted in a bracket after its name.
    if (rule.open.includes(text[at - 1]!) && text.startsWith(marker, at - 1 - marker.length) && marker !== '目标') return true;
  }
  return false;
}

/** `由4.21张提高到…`: 由/从 before the figure (with whose level it was), a verb of change after its unit. */
type GroundRule = { readonly before: RegExp; readonly after: RegExp };
function baseline(text: string, start: number, unitEnd: number, rule: { readonly from: readonly string[]; readonly between: RegExp; readonly change: RegExp; readonly ground: GroundRule; readonly against: GroundRule }): boolean {
  if (rule.ground.after.test(text.slice(unitEnd, unitEnd + GROUND_AFTER_REACH))) return rule.ground.before.test(text.slice(Math.max(0, start - GROUND_BEFORE_REACH), start));
  if (rule.against.after.test(text.slice(unitEnd, unitEnd + GROUND_AFTER_REACH)) && rule.against.before.test(text.slice(Math.max(0, start - AGAINST_REACH), start))) return true;
  // Most figures are followed by no verb of change: say so from one character (at the text's end, the test below does).
  if (unitEnd < text.length && CHANGE_FIRST[text.charCodeAt(unitEnd)] !== 1) return false;
  let from = -1;
  for (let i = start - 1; i >= 0 && start - i <= 10; i--) {
    if (charsOf(rule.from)[text.charCodeAt(i)] === 1) {
      from = i;
      break;
    }
  }
  if (from < 0 || !rule.change.test(text.slice(unitEnd, unitEnd + 4))) return false;
  return rule.between.test(text.slice(from + 1, start));
}

const CHANGE_FIRST = charTable('提增上扩下降减缩压回升');
const GROUND_AFTER_REACH = 6;
const STANDARD_REACH = 10;
const GROUND_BEFORE_REACH = 32;

/** A figure in a bracket that opens right after another figure (and its unit or comparator). */
function comparison(
  text: string,
  start: number,
  rule: { readonly open: readonly string[]; readonly close: readonly string[]; readonly maxInside: number; readonly maxAfterFigure: number; readonly breakdown: readonly string[]; readonly changes: readonly string[]; readonly against: RegExp },
): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0 && start - i <= rule.maxInside; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) {
      open = i;
      break;
    }
    // A closing bracket or a clause break: `)`, `）`, `，`, `,`, `。`, `；`, `;`, a line break.
    if (c === 0x29 || c === 0xff09 || c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0x0a) return false;
  }
  if (open < 1 || !rule.open.includes(text[open]!)) return false;
  // `较2013年(88.07%和96.52%)分别提高…`: the bracket gives the levels of the year a change is measured from.
  if (rule.against.test(text.slice(Math.max(0, open - AGAINST_REACH), open))) return true;
  // `（其中…）` breaks the figure down; `（增长4.1%）` states its change: figures of their own.
  if (rule.breakdown.some((w) => text.startsWith(w, open + 1)) || rule.changes.some((w) => text.startsWith(w, open + 1))) return false;
  for (let i = open - 1; i >= 0 && open - i <= rule.maxAfterFigure + 1; i--) {
    const c = text[i]!;
    // `2025年（…）`: a date before the bracket, not a figure.
    if (/[0-9]/.test(c)) return !/^[年月日号]/.test(text.slice(i + 1, open));
    if (!/[\u4e00-\u9fa5%‰/]/.test(c)) return false;
  }
  return false;
}

/** How far back the period a change is measured from is read before its bracket (`较2013年`, `比上年同期`). */
const AGAINST_REACH = 10;

/** How far back the words before a tally's count are read. */
const TALLY_REACH = 8;

/** `8项民生实事均全部完成年度目标`, `民生实事共8项`: a count of the report's own items. */
function tally(text: string, start: number, unitEnd: number, rule: { readonly classifiers: string; readonly metAims: RegExp; readonly before: RegExp }): boolean {
  if (unitEnd < 1 || !holdsCode(rule.classifiers, text.charCodeAt(unitEnd - 1))) return false;
  return rule.before.test(text.slice(Math.max(0, start - TALLY_REACH), start)) || rule.metAims.test(text.slice(unitEnd, unitEnd + 20));
}

/** `15个专项行动`: the unit counts named programmes, and their name ends the phrase. */
function countedName(text: string, unitEnd: number, rule: { readonly classifiers: string; readonly name: RegExp; readonly maxLength: number }, name = rule.name): boolean {
  // Before the text's start, the character is '' (which every string holds).
  if (unitEnd >= 1 && !holdsCode(rule.classifiers, text.charCodeAt(unitEnd - 1))) return false;
  return name.test(text.slice(unitEnd, unitEnd + rule.maxLength));
}

function countedAfterParts(text: string, start: number, unitEnd: number, rule: { readonly classifiers: string; readonly afterParts: RegExp }): boolean {
  if (unitEnd < 1 || !holdsCode(rule.classifiers, text.charCodeAt(unitEnd - 1))) return false;
  return rule.afterParts.test(text.slice(Math.max(0, start - 6), start));
}

const FREQUENCY_STOPS = '，,。；;：:\n';

/** `每季度通报一次`: a count of times after 每 and a period in the same clause. */
function frequency(
  text: string,
  start: number,
  end: number,
  unitEnd: number,
  rule: { readonly units: readonly string[]; readonly every: string; readonly period: RegExp; readonly maxBefore: number },
): boolean {
  if (!rule.units.some((u) => u.length === unitEnd - end && text.startsWith(u, end))) return false;
  for (let i = start - 1; i >= 0 && start - i <= rule.maxBefore; i--) {
    const c = text[i]!;
    if (c === rule.every) return rule.period.test(text.slice(i, start));
    if (FREQUENCY_STOPS.includes(c)) return false;
  }
  return false;
}
