import { foldRadicals, spanToSource, writtenInSource } from '../normalize/index.js';
import { foldWidth } from '../normalize/width.js';
import type { DocumentMeta, LooseParagraph, Normalized, Section, Target, TargetKind, Task, TaskDraft } from '../types.js';
import type { Vocabulary } from '../vocab/index.js';
import { type DeadlineMention, extractDeadlines } from './deadlines.js';
import { NEXT_LABELS, RESULT_LABELS } from '../vocab/tables.js';
import { INTERIM_PERIOD } from '../vocab/documents.js';
import { MASKED_YEAR, PLAN_DECLARED, STANDING_NOW, THIS_YEAR_SO_FAR, TURNS_AHEAD, TURNS_BACK } from '../vocab/sections.js';
import { resolveDeadline, resolveTaskDue } from './due.js';
import { type DepartmentConventions, extractDepartments, readConventions } from './departments.js';
import { SENTENCE_BREAK_CHARS } from './targets/context.js';
import { recognizeTargets } from './targets/recognize.js';

/**
 * Extracts targets, declared departments and deadlines of one task. Themes and
 * suggested departments are left empty for `classify`.
 */
export function extractTask(
  draft: TaskDraft,
  normalized: Normalized,
  meta: DocumentMeta,
  sections: readonly Section[],
  vocab: Vocabulary,
): Task {
  const text = draft.text;
  const deadlines = extractDeadlines(text, vocab);
  const targets = figuresOfTask(text, draft, meta.title, normalized, vocab, deadlines);
  let declared = extractDepartments(text, vocab, conventions(normalized));
  let unitSpan = draft.span;
  if (declared.lead.length === 0 && declared.support.length === 0 && draft.headingUnits) {
    declared = extractDepartments(draft.headingUnits.text, vocab, conventions(normalized));
    unitSpan = draft.headingUnits.span;
  }
  const words = deadlines.length === 0 ? [] : [...new Set(deadlines.map((d) => d.text))];
  const due = resolveTaskDue(words, draft.year, vocab);
  return {
    ordinal: draft.ordinal,
    number: draft.number,
    section: draft.section,
    title: draft.title,
    text,
    themes: [],
    departments: { lead: declared.lead.map((n) => verbatim(n, normalized, unitSpan)), support: declared.support.map((n) => verbatim(n, normalized, unitSpan)), suggested: [] },
    deadlines: words,
    resolvedDeadlines: due.resolved,
    due: due.due,
    dueKind: due.dueKind,
    targets,
    span: draft.span,
    kind: draft.kind,
  };
}

/**
 * The figures of a paragraph that belongs to no task (a summary's opening
 * overview, an intro under a part heading): never dropped, they make the
 * document's overview.
 */
export function extractOverview(paragraphs: readonly LooseParagraph[], normalized: Normalized, vocab: Vocabulary): Target[] {
  // A plan's paragraph may look back sentence by sentence (`会议总结了上年工作。过去一年，…`), as a task's text does.
  return paragraphs.flatMap((p) =>
    p.kind === 'target' ? figuresOfPlanText(p.text, p, normalized, vocab, extractDeadlines(p.text, vocab)) : figuresOfReportText(p.text, p, normalized, vocab, extractDeadlines(p.text, vocab)),
  );
}

/**
 * A task's figures. Where a report gives the aim and then, after a label, what was done
 * (`新增托位600个。完成情况：新增托位168个`), the aim's figures are targets and the rest results.
 */
function figuresOfTask(text: string, draft: TaskDraft, title: string | null, normalized: Normalized, vocab: Vocabulary, deadlines: readonly DeadlineMention[]): Target[] {
  const label = RESULT_LABELS.exec(text);
  if (!label || label.index === 0) return draft.kind === 'target' ? figuresOfPlanText(text, draft, normalized, vocab, deadlines) : figuresOfReportText(text, draft, normalized, vocab, deadlines);
  const cut = label.index;
  const after = cut + label[0].length;
  // `下步安排：…` after the results: what the next period will do, targets again.
  const nextLabel = NEXT_LABELS.exec(text.slice(after));
  const resultsEnd = nextLabel ? after + nextLabel.index : text.length;
  const results = figuresIn(text, after, resultsEnd, 'achievement', draft, normalized, vocab, deadlines);
  if (nextLabel) results.push(...figuresIn(text, resultsEnd + nextLabel[0].length, text.length, 'target', draft, normalized, vocab, deadlines));
  // `目标任务：新增托位300个。完成情况：…`: an aim a year's report labels as such only restates the year's task.
  const aim = text.slice(0, cut);
  // Part way through the year (`上半年…推进情况`, `第三季度`), the aims it restates are still to be reached.
  if (!INTERIM_PERIOD.test(title ?? '') && vocab.notTargets.restatedAim.openers.some((w) => aim.includes(w))) return results;
  return [...figuresIn(text, 0, cut, 'target', draft, normalized, vocab, deadlines), ...results];
}

/** Where a text stands in the normalized text, and the year it is of. */
type TextPlace = Pick<TaskDraft, 'offset' | 'year'>;

/**
 * A plan's text, where a sentence may look back (`答：2021年，全省人均预期寿命达到78.9岁…`, `过去一年，…`):
 * such a sentence reports results, the rest sets targets.
 */
function figuresOfPlanText(text: string, draft: TextPlace, normalized: Normalized, vocab: Vocabulary, deadlines: readonly DeadlineMention[]): Target[] {
  if (!LOOKING_BACK_HINT.test(text)) return figuresIn(text, 0, text.length, 'target', draft, normalized, vocab, deadlines);
  const out: Target[] = [];
  const declared = text.search(PLAN_DECLARED);
  // `20xx年，我院…达到26.8万人次。为做好20xx年各项工作，特制定本计划。`: a masked year the preface opens before it says it makes the plan.
  const backOrMasked = (sentence: string, at: number) => looksBack(sentence, draft.year) || (declared >= at + sentence.length && MASKED_YEAR_BEHIND.test(sentence));
  let from = 0;
  while (from < text.length) {
    // Sentences of one kind are read together: a list may run over them. Once a sentence looks back,
    // those after it go on looking back until one looks ahead again (`今年…`, `2019年是…`, `特制定本计划`).
    let to = sentenceEnd(text, from);
    const past = backOrMasked(text.slice(from, to), from);
    while (to < text.length) {
      const next = sentenceEnd(text, to);
      const sentence = text.slice(to, next);
      if (past ? LOOKING_AHEAD_OPENING.test(sentence) || opensWithYear(sentence, draft.year) || PLAN_DECLARED.test(sentence) : backOrMasked(sentence, to)) break;
      to = next;
    }
    out.push(...figuresIn(text, from, to, past ? 'achievement' : 'target', draft, normalized, vocab, deadlines));
    from = to;
  }
  return out;
}

/**
 * A report's text, where a sentence may ask for what is still to come (`建议县财政每年安排配套资金不少于200万元`,
 * `力争到年底…`): such a sentence sets targets, the rest reports results.
 */
function figuresOfReportText(text: string, draft: TextPlace, normalized: Normalized, vocab: Vocabulary, deadlines: readonly DeadlineMention[]): Target[] {
  // `新的一年目标已经明确。2014年，市卫生局将…` in a report of 2013: a sentence that opens with the year after sets its targets.
  const nextYear = draft.year === null ? null : draft.year + 1;
  const asksAhead = (sentence: string) => ASKING_AHEAD.test(sentence) || (nextYear !== null && opensWithYear(sentence, nextYear));
  if (!ASKING_AHEAD.test(text) && (nextYear === null || !text.includes(`${nextYear}年`))) return figuresIn(text, 0, text.length, 'achievement', draft, normalized, vocab, deadlines);
  const out: Target[] = [];
  for (let from = 0; from < text.length; ) {
    const to = sentenceEnd(text, from);
    out.push(...figuresIn(text, from, to, asksAhead(text.slice(from, to)) ? 'target' : 'achievement', draft, normalized, vocab, deadlines));
    from = to;
  }
  return out;
}

/** What a report asks of the time to come: a recommendation, an aim (`力争`), the next step, next year. */
// Not `人大代表建议` nor `建议书`, `建议提案`: a proposal handled is a result.
// `到20xx年底…达到98%以上`: a year a copy masked, named as the one a figure is to be reached by, is to come.
// `我们将继续巩固…，确保…稳定在90%以上`: what the writers say they will go on doing.
// `县卫计局表示，将…确保年底前…达到65%以上`: what a body says it will do, and by the year's end.
const ASKING_AHEAD = /(?<!代表|委员|人大|政协|防控|意见)建议(?![书件、和提办])|力争|下一步|下步|明年|来年|(?:到|至)\s*20[xX×*＊]{2}\s*年|(?:我们|我局|我委|我院|我中心)将|将继续|将进一步|表示[，,]\s*(?:将|要)|确保(?:到)?(?:年底|年内)/;

function sentenceEnd(text: string, from: number): number {
  const end = text.indexOf('。', from);
  return end < 0 ? text.length : end + 1;
}

/** The figures of one kind in `text` from `from` to `to`, with the deadlines that stand there. */
function figuresIn(text: string, from: number, to: number, kind: TargetKind, draft: TextPlace, normalized: Normalized, vocab: Vocabulary, deadlines: readonly DeadlineMention[]): Target[] {
  if (from === 0 && to === text.length) return extractFigures(text, draft.offset, kind, normalized, vocab, deadlines, draft.year);
  const inside = deadlines.filter((d) => d.start >= from && d.end <= to).map((d) => ({ ...d, start: d.start - from, end: d.end - from }));
  return extractFigures(text.slice(from, to), draft.offset + from, kind, normalized, vocab, inside, draft.year);
}

/** Words a sentence that looks back opens with, after a short lead-in (`答：`, `他指出，`). */
const LOOKING_BACK_HINT = new RegExp(`${TURNS_BACK.join('|')}|${STANDING_NOW.join('|')}|${THIS_YEAR_SO_FAR}|以来|(?:19|20)\\d{2}年|十[一二三四五]五|${MASKED_YEAR}`);
/** A sentence a masked year opens that sets no aim (`20xx年，我院门急诊量达到26.8万人次`). */
const MASKED_YEAR_BEHIND = new RegExp(`^(?:[^。，,：:；;]{0,8}[，,：:])?${MASKED_YEAR}(?:度)?[，,](?![^。]*(?:力争|确保|目标|将|要))`);
// `他总结了2024年医院取得的成绩：…`: a speaker who sums up or looks back on a year.
const LOOKING_BACK = new RegExp(`^(?:[^。，,：:；;]{0,8}[，,：:]|[^。，,：:；;]{0,10}(?:总结|回顾)了?)?(?:${TURNS_BACK.join('|')}|${STANDING_NOW.join('|')}|${THIS_YEAR_SO_FAR}|((?:19|20)\\d{2})年(?:以来)?[，,]?(?=[^底末前内起])|[“"「『]?十([一二三四五])五[”"」』]?(时期|期间|以来)|(?![^。，,]*\\d{4}年)[^。，,：:；;]{2,16}(?:启动|实施|开展|创建|成立)以来(?=[，,]))`);
/** The first year of a five-year plan's period (`十一五` began in 2006). */
const FIVE_YEAR_PERIODS: Readonly<Record<string, number>> = { 一: 2006, 二: 2011, 三: 2016, 四: 2021, 五: 2026 };

/** A sentence that turns to the year's work (`今年是…`, `下一步，…`). */
const LOOKING_AHEAD_OPENING = new RegExp(`^(?:[^。，,：:；;]{0,8}[，,：:])?(?:(?!${THIS_YEAR_SO_FAR})今年|${TURNS_AHEAD.join('|')}|当前|为此|全年)`);

function opensWithYear(sentence: string, year: number | null): boolean {
  // `到2020年，…` names the year a goal is set for.
  const m = /^(?:[^。，,：:；;]{0,8}[，,：:])?(?:到|至)?((?:19|20)\d{2})年/.exec(sentence);
  return m !== null && year !== null && Number(m[1]) >= year;
}

/** Whether a sentence of a plan for `year` opens by looking back at an earlier year. */
function looksBack(sentence: string, year: number | null): boolean {
  const m = LOOKING_BACK.exec(sentence);
  if (!m) return false;
  // `“十二五”时期，…` in a plan of 2016 tells what the period before it did; `“十三五”以来` in 2019, what has been done since.
  if (m[2] !== undefined) return year !== null && (m[3] === '以来' ? FIVE_YEAR_PERIODS[m[2]]! : FIVE_YEAR_PERIODS[m[2]]! + 4) < year;
  return m[1] === undefined || (year !== null && Number(m[1]) < year);
}

const AS_SUMMARY = { kind: 'summary', rejections: false } as const;
const AS_PLAN = { kind: 'plan', rejections: false } as const;

/** Targets of one stretch of normalized text starting at `offset`, with their spans in the source. */
function extractFigures(
  text: string,
  offset: number,
  kind: TargetKind,
  normalized: Normalized,
  vocab: Vocabulary,
  deadlines: readonly { start: number; end: number; text: string }[],
  year: number | null,
): Target[] {
  const { targets: mentions } = recognizeTargets(text, vocab, kind === 'achievement' ? AS_SUMMARY : AS_PLAN);
  return mentions.map((t) => {
    const span = spanToSource(normalized, offset + t.start, offset + t.end);
    const deadline = deadlineFor(text, t.figure.start, deadlines);
    const due = deadline === null ? null : resolveDeadline(deadline, year, vocab);
    const source = normalized.source.text.slice(span.start, span.end);
    const dueDate = due?.due ?? null;
    const dueKind = due?.dueKind ?? null;
    // A Traditional text's measure and unit as it writes them (`個`, not `个`).
    const metric = writtenInSource(normalized, t.metric, span.start, span.end, true);
    const unit = writtenInSource(normalized, t.unit, span.start, span.end, true);
    // Two literal shapes, not a spread in the middle: a spread builds the object property by property.
    const target: { -readonly [K in keyof Target]: Target[K] } =
      t.valueMax === undefined
        ? { kind, text: source, metric, comparator: t.comparator, value: t.figure.value, unit, deadline, due: dueDate, dueKind, span, rule: t.rule }
        : { kind, text: source, metric, comparator: t.comparator, value: t.figure.value, valueMax: t.valueMax, unit, deadline, due: dueDate, dueKind, span, rule: t.rule };
    // Last, where a spread would put it, without copying the rest.
    if (t.figure.value === null) target.redacted = true;
    return target;
  });
}

const conventionsOf = new WeakMap<Normalized, DepartmentConventions>();

/** The document's rules for its lists of units, read once per document. */
function conventions(normalized: Normalized): DepartmentConventions {
  let c = conventionsOf.get(normalized);
  if (!c) conventionsOf.set(normalized, (c = readConventions(normalized.text)));
  return c;
}

/** A unit's name as the document writes it (`各县（市、区）人民政府`), not as widths were folded to read it. */
function verbatim(name: string, normalized: Normalized, span: { start: number; end: number }): string {
  if (!/[\x21-\x7e]/.test(name) && !normalized.simplified) return name;
  const source = normalized.source.text.slice(span.start, span.end);
  // A name in a Traditional text is found where the text was read in Simplified.
  const read = normalized.simplified ? normalized.simplified.slice(span.start, span.end) : source;
  const at = foldWidth(read).indexOf(name);
  if (at >= 0) return foldRadicals(source.slice(at, at + name.length));
  // A name written apart by the glosses of its readings (`市衛(wèi)生健康委`).
  return normalized.simplified ? writtenInSource(normalized, name, span.start, span.end) : name;
}

/** The nearest deadline before a target in its sentence. */
function deadlineFor(text: string, at: number, deadlines: readonly { start: number; end: number; text: string }[]): string | null {
  let best: string | null = null;
  for (const d of deadlines) {
    if (d.end > at) break;
    // `到2025年，A控制在…；B控制在…`: a date that opens a sentence before a comma governs all of it, past its semicolons.
    const opens = OPENING_DATE.test(d.text) && (text[d.end] === '，' || text[d.end] === ',');
    let crossed = false;
    for (let i = d.end; i < at; i++) {
      const c = text.charCodeAt(i);
      if (SENTENCE_BREAK_CHARS[c] === 1 && !(opens && (c === 0xff1b || c === 0x3b))) {
        crossed = true;
        break;
      }
    }
    if (!crossed) best = d.text;
  }
  return best;
}

/** A date a sentence opens with, as the end of a period (`到2025年`, `至2023年底`). */
const OPENING_DATE = /^(?:力争)?(?:到|至)/;
