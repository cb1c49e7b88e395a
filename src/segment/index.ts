import { foldRadicals, spanToSource, writtenInSource } from '../normalize/index.js';
import { foldWidthChar } from '../normalize/width.js';
import type { DocumentKind, LooseParagraph, Message, Normalized, Outline, Section, TargetKind, TaskDraft } from '../types.js';
import { BACKWARD_PARTS, FORWARD_HEADINGS, SPEECH_VERBS } from '../vocab/documents.js';
import { UNIT_NAME_ENDINGS } from '../vocab/departments.js';
import type { Vocabulary } from '../vocab/index.js';
import { type Marker, type Paragraph, markBracketHeadings, recognizeMarker, repairLostArabic, repairLostCircled, repairLostPointMarks, repairLostNumeralRank, splitParagraphs } from './markers.js';
import { partTitle, readMetadata, reportsPeriodSoFar } from './metadata.js';
import { followsInOrder, formatNumber, resolveSequence } from './sequence.js';
import { RUN_IN_HEADING, headingTitle, taskTitle } from './titles.js';
import { BULLET_POINT, CONNECTIVE_WORDS, COUNTED_LEAD_IN, POINTS_MIN, SCORE_WEIGHT } from '../vocab/numbering.js';
import { THIS_YEAR_SO_FAR, PRINCIPLE_HEADINGS, CLOSING_CALL, CONTAINER_HEADINGS, SITUATION_HEADINGS, END_OF_OUTLINE, GOAL_HEADINGS, NO_WORK_HEADINGS, NON_TASK_HEADINGS, OUTLOOK_HEADINGS, PROBLEM_HEADING_WORDS, SCHEDULE_HEADINGS, TURNS_AHEAD, TURNS_BACK } from '../vocab/sections.js';

/** A paragraph of the outline: a numbered item, or an unnumbered heading standing for one. */
interface Node {
  readonly paragraph: Paragraph;
  readonly marker: Marker | null;
  readonly rank: number;
  readonly children: Node[];
  /** Unnumbered paragraphs directly under it. */
  readonly body: Paragraph[];
}

/** A paragraph that sets the aims of a period: `到2027年，…`. */
const AIMS_OPENING = /^(?:到|至)(?:19|20)\d{2}年/;
/** `2017年医院总体目标是：…`, `主要目标：…`: a paragraph that states the aims the items under it carry out. */
const GOAL_SENTENCE = /^(?:(?:19|20)\d{2}年(?:度)?)?[^。，,：:]{0,12}(?:总体|主要|工作|年度|发展|核心|具体|重点)目标(?:是|为)?[:：，,]/;
/** Headings that state the aims along with the ideas behind them. */
const AIMS_HEADINGS = /^(?:总体要求|总体思路|工作思路)$/;

/** A link's text: a short line with no sentence in it. */
const LINK_LINE = /^[^。，,；;：:]{2,40}$/;
/** A title's line holds little beside it: a number, brackets, a site's tag. */
const TITLE_LINE_EXTRA = 12;

/** A page's own heading over its closing words (a content farm's or a speech's `结语`). */
const CLOSING_HEADING = /^(?:结语|结束语|写在最后)$/;

const INLINE_NEXT_POINT = /[。；;]\s*二是/;

/** An unnumbered line that heads the numbered items after it (`开启高质量医疗服务新征程`). */
const UNNUMBERED_HEADING = /^[^。，,；;：:！？!?\s()（）]{4,30}$/;
// `澧湄市的目标是：…` is a sentence that goes on after its colon, no field.
const FIELD_LINE = /^[\u4e00-\u9fa5]{2,8}(?<![是为])[:：]/;
const RECORD_LABEL = /^(?:责任|牵头|配合|协作|主要协作|完成)/;
const UNIT_NAME = /(?:科|办|室|处|局|委|中心|站|所|队|股|政府)$/;

/**
 * Finds the outline: metadata, sections and tasks. Numbered items form a tree
 * by the rank of their numbering style; then each item's role is read from its
 * place: the lowest numbered level that carries work is a task, the heading
 * over it a section, a container heading (`三、重点任务`) over section headings
 * neither. Damaged numbers are resolved from their sequence.
 */
export function segment(normalized: Normalized, vocab: Vocabulary): Outline {
  const paragraphs = splitParagraphs(normalized.text);
  let meta = readMetadata(paragraphs.map((p) => p.text), normalized.simplified ?? normalized.source.text, normalized.source.file);
  const markers = paragraphs.map((p) => recognizeMarker(p, vocab.numbering));
  repairLostCircled(paragraphs, markers);
  repairLostArabic(paragraphs, markers);
  repairLostPointMarks(paragraphs, markers);
  repairLostNumeralRank(markers);
  markBracketHeadings(paragraphs, markers);
  forgetAnnexList(paragraphs, markers);
  // `2 深化基层综合改革` over `2.1 推进…`: a journal's two levels, read as such only where both are seen.
  const journalLevels = ['ar-space', 'ar-decimal'].every((style) => markers.filter((m) => m?.style === style).length >= 2);
  // `4.6扎实…` `4.7实施…` `5.1落实…`, `1.1.1…` `1.1.2…` `1.2.1…`: items numbered within their parts, in order, are an outline of their own.
  const decimalOutline = !journalLevels && inDecimalOrder(paragraphs, markers, 'ar-decimal');
  if (!journalLevels) markers.forEach((m, k) => (m?.style === 'ar-space' || (m?.style === 'ar-decimal' && !decimalOutline)) && (markers[k] = null));
  if (!inDecimalOrder(paragraphs, markers, 'ar-decimal3')) markers.forEach((m, k) => m?.style === 'ar-decimal3' && (markers[k] = null));
  // A `首先，…` or two is how a sentence goes on; a page that counts POINTS_MIN items so is an outline of them.
  // `同时，…`, `此外，…` go on from the item before: counted items only on a page whose count opens with `首先`.
  if (!markers.some((m) => m?.style === 'seq-word' && m.numeral === '首先')) markers.forEach((m, k) => m?.style === 'seq-word' && CONNECTIVE_WORDS.has(m.numeral) && (markers[k] = null));
  if (markers.filter((m) => m?.style === 'seq-word').length < POINTS_MIN) markers.forEach((m, k) => m?.style === 'seq-word' && (markers[k] = null));
  // `首先，…院长通报了…` / `其次，…科长强调…` / `最后，…作会议总结`: the order in which people spoke at a meeting tells what
  // happened there; the work is in what they said (`…工作要点：1、…2、…`).
  const counted = markers.flatMap((m, k) => (m?.style === 'seq-word' ? [k] : []));
  if (counted.length > 0 && counted.filter((k) => SPOKE_AT_MEETING.test(paragraphs[k]!.text.slice(markers[k]!.length))).length * 2 > counted.length) counted.forEach((k) => (markers[k] = null));
  // `备注：` / `1.…` / `2.…` at a page's foot: the notes number points of their own, no items of the outline.
  const notes = notesStart(paragraphs);
  for (let k = notes; k < markers.length; k++) markers[k] = null;
  const messages: Message[] = [];
  const span = (start: number, end: number) => spanToSource(normalized, start, end);

  let bodyStart = markers.findIndex((m) => m !== null && m.style !== 'cn-shi');
  // A page whose only numbering is `一是…二是…三是…` (a news item, a column): those points are its items.
  if (bodyStart < 0) bodyStart = pointsStart(markers);
  // `1. 4399小游戏在线玩免费` above the title: a page's list of links, no part of the document's outline.
  // The title's own line, not a sentence that names it (`…近日印发的《X》提出…`).
  const titleAt = meta.title === null || bodyStart < 0 ? -1 : paragraphs.findIndex((p, k) => k > bodyStart && p.text.includes(meta.title!) && p.text.length <= meta.title!.length + TITLE_LINE_EXTRA);
  if (titleAt > bodyStart && bodyStart >= 0 && markers.slice(bodyStart, titleAt).every((m, k) => m === null || LINK_LINE.test(paragraphs[bodyStart + k]!.text))) {
    bodyStart = markers.findIndex((m, k) => k > titleAt && m !== null && m.style !== 'cn-shi');
  }
  // A notice that wraps the plan numbers points of its own (`一、提高政治站位…`): the plan's outline starts under its own title.
  const ownTitle = bodyStart >= 0 ? wrappedTitleAt(paragraphs, meta.title, bodyStart) : -1;
  if (ownTitle >= 0) {
    bodyStart = markers.findIndex((m, k) => k > ownTitle && m !== null && m.style !== 'cn-shi');
    // The plan's own title line names it in full (`额尔图旗2022年…分工` under `关于印发2022年…分工的通知`).
    meta = { ...meta, title: paragraphs[ownTitle]!.text.trim().replace(TRAILING_BAR, '') };
  }
  // `疫情防控` / `1.…` … `医疗服务` / `3.…`: the first of headings without numerals stands right above the first item.
  const leadingHeading = bodyStart > 0 && headsLikeLaterOnes(paragraphs, markers, bodyStart, meta.title);
  if (leadingHeading) bodyStart--;
  const root: Node = { paragraph: { index: -1, text: '', offset: 0 }, marker: null, rank: -1, children: [], body: [] };
  const head: Paragraph[] = [];
  // Titles of the documents a page holds after its first (a summary, then next year's plan): each starts a part.
  const partTitles: Paragraph[] = [];
  if (bodyStart >= 0) {
    head.push(...paragraphs.slice(0, bodyStart));
    const bodyEnd = Math.max(bodyStart + 1, closingBlockStart(paragraphs, notes));
    const annexed = annexHeads(paragraphs);
    buildTree(root, paragraphs.slice(bodyStart, bodyEnd), markers.slice(bodyStart, bodyEnd), leadingHeading, (p) => {
      // `下一步，…将继续做好老龄服务。` between a summary's points and the points it turns to: a part of what comes next.
      const part = partTitle(p.text, meta) !== null || deploysLaterYear(p.text, meta) ? p : (listLeadIn(p, meta) ?? ((TURN_AHEAD_LINE.test(p.text) || ASKED_AHEAD_LINE.test(p.text) || LEAD_COLON.test(p.text.trimEnd())) && !setsFigure(p.text) ? aheadLeadIn(p, meta) : null));
      if (part) partTitles.push(part);
      // `附件` / `重点任务清单` / its rows: the annex's table starts afresh, its rows no points of the plan's last item.
      return part !== null || annexed.has(p);
    });
    for (const section of root.children) liftPartAssignments(section);
    // `会议指出，2023年全市…主要体现在四个方面：` right above the points: a lead-in that reports a year says which way they look.
    const last = head[head.length - 1];
    const leadIn = last ? (demandLeadIn(last, meta) ?? listLeadIn(last, meta) ?? aheadLeadIn(last, meta)) : null;
    if (leadIn) partTitles.unshift(leadIn);
  } else if (!headingsWithoutNumerals(root, head, paragraphs, meta.title)) {
    // The first line is the title, unless the page starts at its first task: prose with its fields (`责任单位：…`) under it.
    const record = paragraphs.some((p) => FIELD_LINE.test(p.text) && RECORD_LABEL.test(p.text));
    // A first line that runs on long past its title (a page glued into one line) is text too.
    // A template site's lead-in above the document's own title is none of its text.
    const titleLine = meta.title === null ? -1 : paragraphs.findIndex((p, k) => k > 0 && p.text.trim() === meta.title);
    root.body.push(...paragraphs.filter((p, k) => (k > 0 && k > titleLine) || ((record || p.text.length > GLUED_PAGE_MIN) && isProse(p.text) && p.text !== meta.title)));
  }

  const plan = planOutline(root, meta);
  // `2018年，我们将重点抓好以下工作：` between unnumbered paragraphs: a lead-in that turns to another year starts a part.
  if (bodyStart < 0) for (const l of plan.loose) if ((LIST_LEAD_IN.test(l.paragraph.text) && (PART_YEAR.test(l.paragraph.text) || LOOKING_AHEAD.test(l.paragraph.text))) || deploysLaterYear(l.paragraph.text, meta)) partTitles.push(l.paragraph);
  // `主要工作目标` / a paragraph of targets, above the numbered outline: a task of its own, not an overview.
  const goals = [...goalParagraphs(head), ...cutItemTail(head, bodyStart, meta.title), ...headedBeforePoints(head, bodyStart >= 0 ? markers[bodyStart] : null)];
  if (goals.length > 0) {
    plan.tasks.unshift(...goals.map((p) => ({ node: paragraphNode(p), section: null, parts: [], whole: false })));
    head.splice(0, head.length, ...head.filter((p) => !goals.includes(p)));
  }
  const sectionNodes = plan.sections;
  const sectionNumbers = resolveSequence(sectionNodes.map((n) => n.marker ?? lostMarker(n.rank)));
  const sections: Section[] = sectionNodes.map((n, k) => {
    const resolved = sectionNumbers[k]!;
    const p = n.paragraph;
    const start = p.offset + (n.marker?.length ?? 0);
    if (resolved.repaired || !n.marker) {
      messages.push({ severity: 'warning', rule: 'section-number-repaired', reason: `section number read as ${resolved.number}`, span: span(p.offset, p.offset + p.text.length) });
    }
    const heading = normalized.text.slice(start, p.offset + p.text.length);
    // `【活动对象】全院各科室`: a part named in brackets is titled by its name.
    const title = n.marker?.style === 'bracket' ? heading.slice(0, Math.max(0, heading.indexOf('】'))) : sectionTitle(heading);
    return { ordinal: k + 1, number: resolved.number, title: asWritten(normalized, start, heading, title), span: span(p.offset, p.offset + p.text.length) };
  });
  const sectionOrdinal = new Map(sectionNodes.map((n, k) => [n, k + 1]));
  // The tasks of a section share their headings: which part of the page they are in is read once for them all.
  const parts = new Map<readonly Node[], Map<string | undefined, { kind: TargetKind; year: number | null }>>();
  const partOf = (nodes: readonly Node[], title: string | undefined) => {
    let byTitle = parts.get(nodes);
    if (!byTitle) parts.set(nodes, (byTitle = new Map()));
    let part = byTitle.get(title);
    if (!part) {
      const headings = title === undefined ? nodes.map(headingOf) : [title, ...nodes.map(headingOf)];
      const kind = partKind(meta.kind, headings, meta.year);
      byTitle.set(title, (part = { kind, year: partYear(meta, headings, kind) }));
    }
    return part;
  };

  const numbered = plan.tasks.filter((t) => t.node.marker !== null);
  const taskNumbers = resolveSequence(numbered.map((t) => t.node.marker!));
  const numberIndex = new Map(numbered.map((t, i) => [t, i]));
  // The way the paragraph before looked, for one that goes on from it (`同时，医院将…`).
  let lastOpening: { kind: TargetKind; year: number | null } | null = null;
  const drafts: TaskDraft[] = plan.tasks.map((t, k) => {
    const p = t.node.paragraph;
    const textStart = p.offset + (t.node.marker?.length ?? 0);
    const end = lastOffset(t.node, t.whole);
    const text = normalized.text.slice(textStart, end);
    let number = '';
    const idx = numberIndex.get(t) ?? -1;
    // `4.6`: an item numbered within its part keeps its part's number; its order was checked as a whole.
    if (t.node.marker?.style === 'ar-decimal' || t.node.marker?.style === 'ar-decimal3') number = p.text.slice(0, t.node.marker.length).trim();
    else if (idx >= 0) {
      const resolved = taskNumbers[idx]!;
      number = resolved.number;
      if (resolved.repaired) {
        messages.push({ severity: 'warning', rule: 'task-number-repaired', reason: `task number read as ${number}`, span: span(p.offset, p.offset + Math.min(p.text.length, 20)) });
      }
    }
    const section = t.section ? sectionOrdinal.get(t.section)! : null;
    const partTitle = partTitleBefore(partTitles, p.offset);
    const part = partOf(t.parts, partTitle);
    // A paragraph that turns to what comes next (`下半年，全区…要…`, `2019年是…`) sets targets; one that looks back reports.
    // `同时，医院将加快…`: a paragraph that goes on from the one before looks the same way.
    // `基层能力再加力。区卫生局将为…`: after a paragraph that turned to the year ahead, one that says what its subject will do goes on ahead.
    const goesOn = GOES_ON.test(p.text) || (lastOpening?.kind === 'target' && STILL_AHEAD.test(p.text.slice(0, STILL_AHEAD_REACH)));
    const opening = t.node.marker === null ? (openingKind(p.text, meta) ?? (goesOn && lastOpening ? lastOpening.kind : null)) : null;
    lastOpening = opening ? { kind: opening, year: null } : null;
    // `四、2017年工作打算2017年，我局将…`: a top heading glued to its own text is a part of its own, and says which way it looks;
    // where it says nothing, the part it stands in does.
    const ownHeadings = partTitle === undefined ? [headingOf(t.node)] : [headingOf(t.node), partTitle];
    // An item of the lowest levels (`5.…项目：…均超过区定目标值`) heads no part: its words are its own work's.
    // `6、2016年工作安排` in a 2015 summary: an item of any level that heads the next year's plan is a part of its own.
    const ownPart = !opening && t.section === null && t.node.marker !== null && t.parts.length === 0 && (t.node.marker.rank <= PART_HEADING_RANK_MAX || headsLaterPlan(t.node, meta.year)) ? partKind(meta.kind, ownHeadings, meta.year) : null;
    const kind = opening ?? ownPart ?? part.kind;
    const year = opening ? partYear(meta, [p.text], opening) : ownPart ? partYear(meta, ownHeadings, ownPart) : part.year;
    const units = headingUnits(t.parts, vocab);
    const draft: TaskDraft = { ordinal: k + 1, number, section, title: asWritten(normalized, textStart, text, taskTitle(text)), text, offset: textStart, span: span(p.offset, end), kind, year };
    return units ? { ...draft, headingUnits: { text: units.map((u) => u.text).join('\n'), span: span(units[0]!.offset, units[units.length - 1]!.offset + units[units.length - 1]!.text.length) } } : draft;
  });
  const tasks = foldAnnexedDivision(drafts, paragraphs);
  if (tasks.length === 0) {
    messages.push({ severity: 'warning', rule: 'no-tasks', reason: 'no numbered tasks or task paragraphs were recognised; is this a work plan?' });
  }
  // A paragraph outside every task that opens with another year (`2023年,全市…` in a 2024 plan) reports on that year.
  const overview: LooseParagraph[] = [
    // The headline (`…工作总结出炉 门急诊量突破31万人次`) names the document; its figures are told again in the text.
    ...head.filter((p) => meta.title === null || p.text.trim() !== meta.title).flatMap((p) => byYearSpoken(looseParagraph(p, [p.text], meta), meta)),
    ...plan.loose.flatMap((l) => byYearSpoken(looseParagraph(l.paragraph, withPartTitle(partTitles, l.paragraph.offset, [...l.parts.map(headingOf), l.paragraph.text]), meta), meta)),
  ];
  const written = normalized.simplified
    ? { ...meta, title: meta.title && tradTitleAsWritten(normalized, meta.title), region: meta.region && meta.region !== NATIONAL_REGION ? writtenInSource(normalized, meta.region) : meta.region }
    : { ...meta, title: meta.title && titleAsWritten(normalized.source.text, meta.title) };
  return { meta: written, sections, tasks, messages, overview };
}

/**
 * A title with the punctuation its page writes (`：`, `（征求意见稿）`): reading folded it, but an analyst's
 * sheet quotes the document. Found in the source with each folded mark matching either width.
 */
function titleAsWritten(source: string, title: string, script = source): string {
  if (!FOLDED_PUNCTUATION.test(title) && !/\d/.test(title)) return title;
  let pattern = '';
  for (const c of title) {
    const escaped = c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    // A title broken over lines (`…行动计划` / `（2016—2020年）`) is found across the break.
    pattern += (FOLDED_PUNCTUATION.test(c) || (c >= '0' && c <= '9') ? `(?:${escaped}|${String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET)})` : c === ' ' ? '[ \u3000]+' : escaped) + '\\s*';
  }
  const match = new RegExp(pattern).exec(source);
  if (!match) return title;
  // A Traditional text is searched in its Simplified reading, which keeps its offsets, and given in its own script.
  const found = script.slice(match.index, match.index + match[0].length);
  const joined = found.replace(/\s*[\r\n]+\s*/g, '').trimEnd();
  // A title set in spaced characters (`２０２６年　工　作　计　划`), or spaced around its figures by a PDF, reads as
  // its words, not its spacing: in the script its page writes (`…成績單出爐 2014年…` read as `…成绩单出炉2014年…`).
  if (!/[ \u3000\t]/.test(joined) || title.includes(' ')) return joined;
  return script === source ? title : joined.replace(/[ \u3000\t]+/g, '');
}
const FULL_WIDTH_OFFSET = 0xfee0;

/** A Traditional text's title, read in Simplified, in the script and punctuation its page writes. */
function tradTitleAsWritten(normalized: Normalized, title: string): string {
  const written = writtenInSource(normalized, title);
  return written !== title || !normalized.simplified ? written : foldRadicals(titleAsWritten(normalized.simplified, title, normalized.source.text));
}

/** The region of a national body's document: a label of the contract, not a name the source writes. */
const NATIONAL_REGION = '全国';

/**
 * A plan with its division of work annexed (`附件` / `重点任务分工` / a row a task: number, title,
 * units): a row that repeats a task of the plan, by its number or its title, is that task's units,
 * not a task of its own.
 */
function foldAnnexedDivision(tasks: TaskDraft[], paragraphs: readonly Paragraph[]): TaskDraft[] {
  const annex = paragraphs.find((p) => ANNEX_LINE.test(p.text));
  if (!annex) return tasks;
  const body = tasks.filter((t) => t.offset < annex.offset);
  const byTitle = new Map(body.map((t) => [comparableTitle(t.title), t]));
  const units = new Map<TaskDraft, TaskDraft>();
  const folded = new Set<TaskDraft>();
  for (const row of tasks) {
    if (row.offset < annex.offset) continue;
    const task = byTitle.get(comparableTitle(row.title));
    if (!task || (row.number && task.number && row.number !== task.number)) continue;
    units.set(task, row);
    folded.add(row);
  }
  // Only a division that repeats most of the plan's tasks is one: a few titles alike are chance.
  if (folded.size === 0 || folded.size < body.length / 2) return tasks;
  return tasks
    .filter((t) => !folded.has(t))
    .map((t, k) => {
      const row = units.get(t);
      return { ...t, ordinal: k + 1, ...(row && !t.headingUnits ? { headingUnits: { text: row.text, span: row.span } } : {}) };
    });
}

/**
 * `附件：1.…工作要点` / `2.…任务分工`: the documents a notice annexes, numbered as a list of names under
 * it, are no items of the outline.
 */
function forgetAnnexList(paragraphs: readonly Paragraph[], markers: (Marker | null)[]): void {
  for (let k = 0; k < paragraphs.length; k++) {
    if (!ANNEX_LIST_OPENING.test(paragraphs[k]!.text)) continue;
    for (let j = k + 1; j < paragraphs.length && markers[j] && ANNEXED_NAME.test(paragraphs[j]!.text.slice(markers[j]!.length)); j++) markers[j] = null;
  }
}

const ANNEX_LIST_OPENING = /^附件\s*[:：]\s*1\s*[.、．]/;
/** A document's name: no sentence, ending in what it is. */
const ANNEXED_NAME = /^[^。；;，,]{4,60}(?:要点|计划|方案|分工|清单|台账|细则|办法|意见|标准|名单|表|规划|通知)(?:[(（][^()（）]{0,20}[)）])?$/;

/**
 * `附件` alone on its line and the title under it (`重点任务清单`) of an annexed list of tasks: where the outline starts
 * afresh. Found in one pass, before the tree is built.
 */
function annexHeads(paragraphs: readonly Paragraph[]): Set<Paragraph> {
  const heads = new Set<Paragraph>();
  paragraphs.forEach((p, annex) => {
    // Only a list of tasks: an annexed table of indicators (`…主要指标`) goes on as the outline reads it.
    if (!ANNEX_LINE.test(p.text) || !ANNEXED_TITLE.test(paragraphs[annex + 1]?.text ?? '')) return;
    // A division of the plan's own tasks (its rows their titles again) is read as their units instead.
    const row = paragraphs.slice(annex + 1, annex + ANNEX_ROW_REACH).find((q) => /^\d{1,3}[.、．]/.test(q.text));
    const name = row?.text.replace(/^\d{1,3}[.、．]\s*/, '').split(/[（(]/)[0] ?? '';
    const before = paragraphs.slice(0, annex);
    if (name.length >= REPEATED_NAME_MIN && before.some((q) => q.text.includes(name))) return;
    // `各项任务的牵头单位…见附件`: a part that points to the annex goes on in it.
    if (before.some((q) => SEE_ANNEX.test(q.text))) return;
    heads.add(p).add(paragraphs[annex + 1]!);
  });
  return heads;
}
const SEE_ANNEX = /[见详]附件/;
const ANNEX_ROW_REACH = 4;
const REPEATED_NAME_MIN = 4;
/** A table's or a list's title: no sentence, ending in what it is. */
const ANNEXED_TITLE = /^[^。；;，,]{2,40}(?:清单|台账|分工|分解表|一览表|表)$/;

/** `附件`, `附件1`, `附件：` alone on its line. */
const ANNEX_LINE = /^附件\s*\d{0,2}\s*[:：]?$/;

function comparableTitle(title: string): string {
  return title.replace(/[\s,，。.;；:：、()（）"“”]/g, '');
}

/** The unit lines (`牵头单位：…`) in the body of the nearest heading above a task that has them, before its items. */
function headingUnits(parts: readonly Node[], vocab: Vocabulary): Paragraph[] | null {
  for (let k = parts.length - 1; k >= 0; k--) {
    const node = parts[k]!;
    const first = node.children[0]?.paragraph.offset ?? Infinity;
    const lines = node.body.filter((p) => (p.offset < first && isUnitLabelLine(p.text, vocab)) || (p.offset > first && PART_ASSIGNMENT.test(p.text)));
    if (lines.length > 0) return lines;
  }
  return null;
}

/**
 * `以上工作由医政股牵头，…配合。` after a part's last item: the whole part's units, not the last item's own
 * paragraph. It is moved from under that item to the part.
 */
function liftPartAssignments(node: Node): void {
  for (const child of node.children) liftPartAssignments(child);
  if (node.children.length === 0) return;
  let last = node.children[node.children.length - 1]!;
  while (last.children.length > 0) last = last.children[last.children.length - 1]!;
  const tail = last.body.slice(-TAIL_ASSIGNMENT_REACH).find((p) => PART_ASSIGNMENT.test(p.text));
  if (!tail) return;
  last.body.splice(last.body.indexOf(tail), 1);
  node.body.push(tail);
}

/**
 * `牵头单位：市卫生健康局`, `配合单位：…`: a line that opens with a role's label (the vocabulary's department markers),
 * also in a bracket of its own (`（牵头：疾控处　配合：应急办）`); or a sentence that assigns the part's work
 * (`本部分工作由县爱卫办牵头，县住建局配合。`).
 */
function isUnitLabelLine(text: string, vocab: Vocabulary): boolean {
  const inner = BRACKETED_LINE.test(text) ? text.slice(1) : text;
  return vocab.departmentMarkers.some((m) => inner.startsWith(m.word) && (inner[m.word.length] === '：' || inner[m.word.length] === ':')) || PART_ASSIGNMENT.test(text);
}

/** A part's assignment stands among the last paragraphs of its last item (an editor's credit may follow it). */
const TAIL_ASSIGNMENT_REACH = 2;

/** A line that is one bracket. */
const BRACKETED_LINE = /^[(（][^()（）]*[)）]$/;
/** A sentence that gives the whole part's work to units: `本部分工作由A牵头，B、C配合。`, `以上三项工作除注明者外，由A负责。`. */
const PART_ASSIGNMENT = /^(?:本部分|本项|该部分|以上|上述)(?:[一两二三四五六七八九十\d]{1,2}项)?(?:工作|任务)?(?:除注明(?:者)?外[，,]?)?(?:均)?由[^。]{2,40}(?:牵头|负责)[^。]{0,60}。?$/;

/**
 * A page with no numbering at all whose headings stand on lines of their own, each over paragraphs
 * (a Word copy that lost its list numbers): each heading a section over the paragraphs under it, what
 * stands before the first one the page's head. False, and nothing done, unless two headings read so.
 */
const FIGURE_REACHED = /\d(?:\.\d+)?\s*[%‰]|达到?\d/;
function headingsWithoutNumerals(root: Node, head: Paragraph[], paragraphs: readonly Paragraph[], title: string | null): boolean {
  const isHeading = (k: number) => {
    const text = paragraphs[k]!.text;
    // `上半年全市新农合参合率达99.2%` under a headline: a kicker that tells a figure reached heads nothing.
    // `主要任务如下：` over a short line: the first of a list, unless that line heads points of its own (`● …`).
    const next = paragraphs[k + 1]?.text ?? '';
    return k > 0 && text !== title && isBareHeading(text) && !/(?:19|20)\d{2}/.test(text) && !FIGURE_REACHED.test(text) && isProse(next) && (!/[:：]$/.test(paragraphs[k - 1]!.text) || BULLET_POINT.test(next));
  };
  const headings = paragraphs.map((_, k) => k).filter(isHeading);
  if (headings.length < 2) return false;
  head.push(...paragraphs.slice(0, headings[0]!));
  headings.forEach((k, n) => {
    const end = headings[n + 1] ?? paragraphs.length;
    const node: Node = { paragraph: paragraphs[k]!, marker: null, rank: 1, children: [], body: [] };
    for (const p of paragraphs.slice(k + 1, end)) {
      if (END_OF_OUTLINE.test(p.text)) break;
      node.body.push(p);
    }
    root.children.push(node);
  });
  return true;
}

/**
 * Whether the line right above the first numbered item is a heading without a numeral, as later
 * lines are that stand between items of the same style: it heads the first of them.
 */
function headsLikeLaterOnes(paragraphs: readonly Paragraph[], markers: readonly (Marker | null)[], first: number, title: string | null): boolean {
  const line = paragraphs[first - 1]!.text;
  if (!isBareHeading(line) || line === title || /(?:19|20)\d{2}/.test(line) || (first >= 2 && /[:：]$/.test(paragraphs[first - 2]!.text))) return false;
  const style = markers[first]!.style;
  for (let k = first + 1; k + 1 < paragraphs.length; k++) {
    if (markers[k] === null && isBareHeading(paragraphs[k]!.text) && markers[k + 1]?.style === style) return true;
  }
  return false;
}

/** A notice's words that hand the document below to its readers, or put a draft of it out for comment. */
const NOTICE_WRAPPER = /关于印发|印发给你们|现将[^。]{0,40}印发|征求意见的(?:公告|通知)|公开征求意见|^关于[^。]{2,60}的通知$|通知如下/;

/**
 * Where the plan's own title stands below a notice that wraps it and numbers points of its own
 * before it (the notice's `一、…二、…`), or -1.
 */
const OWN_TITLE_PREFIX_MAX = 12;
const TRAILING_BAR = /\s*\|$/;
const ANNEX_OF = /^附件\s*\d{0,2}\s*[:：]/;

function wrappedTitleAt(paragraphs: readonly Paragraph[], title: string | null, bodyStart: number): number {
  if (!title) return -1;
  // `额尔图旗2022年…分工` under a notice titled `关于印发2022年…分工的通知`: the plan's own title may name its place too.
  // A table's title row keeps the bar it was set off by (`2013年…分解表 |`).
  const own = (p: Paragraph) => p.text.trim().replace(TRAILING_BAR, '');
  const at = paragraphs.findIndex((p, k) => k > bodyStart && (own(p) === title || (p.text.length <= title.length + OWN_TITLE_PREFIX_MAX && own(p).endsWith(title) && !/[。，,；;：:]/.test(p.text))));
  // The notice says it hands the plan out, or names it as its annex right above (`附件:2013年…分解表`).
  if (at < 0 || !paragraphs.slice(0, at).some((p) => NOTICE_WRAPPER.test(p.text) || (ANNEX_OF.test(p.text) && p.text.endsWith(title)))) return -1;
  return at;
}

/** So many items numbered within their parts make an outline; fewer may be figures a wrap put at a line's start. */
const DECIMAL_ITEMS_MIN = 3;

/**
 * Each decimal item follows the one before it of its style: the next in its part (`4.7` after `4.6`, `1.1.3` after `1.1.2`),
 * or a later part's first (`5.1`, `1.2.1`).
 */
function inDecimalOrder(paragraphs: readonly Paragraph[], markers: readonly (Marker | null)[], style: 'ar-decimal' | 'ar-decimal3'): boolean {
  let before: readonly number[] | null = null;
  let count = 0;
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k];
    if (m?.style !== style || m.value === null) continue;
    const numbers = paragraphs[k]!.text.slice(0, m.length).split('.').map((n) => parseInt(n, 10));
    if (before && !followsInOrder(before, numbers)) return false;
    before = numbers;
    count++;
  }
  return count >= DECIMAL_ITEMS_MIN;
}

/** Where a page's `一是` paragraph stands, when `二是`, `三是`… follow it as paragraphs of their own; else -1. */
function pointsStart(markers: readonly (Marker | null)[]): number {
  const points = markers.flatMap((m, k) => (m?.style === 'cn-shi' ? [k] : []));
  if (points.length < POINTS_MIN || markers[points[0]!]!.value !== 1) return -1;
  return points[0]!;
}

function isBareHeading(text: string): boolean {
  return UNNUMBERED_HEADING.test(text) && !UNIT_NAME.test(text);
}

/** Where the outline's outermost open heading (`一、`) is followed by its next (`二、`) after paragraph `i`, or -1. */
function nextHeadingAfter(outermost: Node | undefined, markers: readonly (Marker | null)[], i: number): number {
  const m = outermost?.marker;
  if (!m || m.value === null) return -1;
  for (let k = i + 1; k < markers.length; k++) {
    const next = markers[k];
    if (next && next.style === m.style && next.value === m.value + 1) return k;
  }
  return -1;
}

function buildTree(root: Node, paragraphs: readonly Paragraph[], markers: readonly (Marker | null)[], leadingHeading: boolean, startsPart: (p: Paragraph) => boolean): void {
  const stack: Node[] = [root];
  // The level at which the page's headings stand without numerals, once one is seen.
  let lostHeadingRank: number | null = null;
  // Under `结语`, the page's closing words: no work, until the outline goes on.
  let closing = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (markers[i] === null && CLOSING_HEADING.test(p.text.trim())) {
      closing = true;
      continue;
    }
    if (closing && markers[i] === null) {
      root.body.push(p);
      continue;
    }
    closing = false;
    // A note under the text (`注:1.…`) explains it; its numbered points are not tasks. A note under a table
    // within the text, the outline's next heading after it, is read past: the outline goes on at that heading.
    if (END_OF_OUTLINE.test(p.text)) {
      const resumes = nextHeadingAfter(stack[1], markers, i);
      if (resumes < 0) return;
      i = resumes - 1;
      continue;
    }
    const m = markers[i] ?? null;
    if (m === null && startsPart(p)) {
      // Another document's title: its outline starts afresh, under no heading of the part before.
      stack.length = 1;
      continue;
    }
    let rank: number | null = m ? m.rank : null;
    if (i === 0 && leadingHeading) {
      rank = lostHeadingRank = markers[1]!.rank - 0.5;
      const node: Node = { paragraph: p, marker: null, rank, children: [], body: [] };
      root.children.push(node);
      stack.push(node);
      continue;
    }
    // `一是…。二是…。三是…` in one paragraph under a numbered item: points of that item's text, not items of the outline.
    if (m && m.style === 'cn-shi' && stack.length > 1 && INLINE_NEXT_POINT.test(p.text.slice(m.length))) rank = null;
    // A unit's name under a label left open (`配合科室:` / `计划生育基层指导科`) is the label's value, not a heading.
    const labelValue = i > 0 && /[:：]$/.test(paragraphs[i - 1]!.text);
    // `县域内就诊率达到88.5%`: a slide's line of a figure, under its item, heads nothing.
    if (rank === null && UNNUMBERED_HEADING.test(p.text) && !labelValue && !UNIT_NAME.test(p.text) && !setsFigure(p.text)) {
      // A heading whose numeral was lost entirely (`开启高质量医疗服务新征程`) heads the numbered items after it.
      const next = markers[i + 1];
      const top = stack[stack.length - 1]!;
      const topIsBareHeading = top !== root && top.children.length === 0 && top.body.length === 0 && isHeadingText(top.paragraph.text.slice(top.marker?.length ?? 0));
      if (next && next.style !== 'cn-shi' && !topIsBareHeading && stack.some((n) => n.rank >= next.rank)) {
        // It takes the place of the heading over those items: a sibling of the section before it.
        const parent = [...stack].reverse().find((n) => n !== root && n.rank < next.rank);
        rank = parent ? parent.rank : next.rank - 0.5;
        lostHeadingRank = rank;
      } else if (next && next.style !== 'cn-shi' && !topIsBareHeading && lostHeadingRank !== null && next.rank > lostHeadingRank) {
        // Another heading of that level, over items of another style (`（1）…` where the others head `、…`).
        rank = lostHeadingRank;
      }
    }
    // `…四是…。` / `会议强调，…`, `下一步，…`: the page's next paragraph, a report of what was said or a turn to
    // what comes next, is no part of the last point.
    if (rank === null && stack[stack.length - 1]!.marker?.style === 'cn-shi' && (REPORT_OPENING.test(p.text) || TURN_AHEAD.test(p.text))) {
      stack.length = 1;
      root.body.push(p);
      continue;
    }
    if (rank === null) {
      stack[stack.length - 1]!.body.push(p);
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    const node: Node = { paragraph: p, marker: m, rank, children: [], body: [] };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
}

/**
 * A lead-in to a list whose sentence names another year than the document's (`会议指出，2023年…主要体现在四个方面：`,
 * `关于2025年工作，…将重点抓好三个方面：`): it starts a part of the page, read by that sentence alone
 * (`2023年，…。2024年，…现将全年工作计划如下：` turns to the document's own year).
 */
function listLeadIn(p: Paragraph, meta: { year: number | null }): Paragraph | null {
  if (meta.year === null) return null;
  const sentence = p.text.slice(p.text.lastIndexOf('。', p.text.length - 2) + 1);
  // `岳成林指出，2016年，…取得三方面成绩：`: whoever reports a year, then a colon, leads in a list as well.
  // `2019年，我区将` / `一是…`: a lead the points were cut from, its sentence left open.
  const dangling = sentence.length <= DANGLING_LEAD_MAX && DANGLING_VERB.test(sentence);
  if (!LIST_LEAD_IN.test(p.text) && !(LEAD_COLON.test(p.text) && REPORTED_YEAR.test(sentence)) && !dangling) return null;
  const named = namedYear(sentence);
  // `岳成林强调，2017年，…：` after a list of 2016's results: a speaker's turn to the document's own year is a part too.
  return named !== null && (named !== meta.year || REPORTED_YEAR.test(sentence)) ? { ...p, text: sentence } : null;
}

/** `…对过去一年的付出表示感谢，并提出要求：` / `一是…`: what a leader asks of the coming period, whatever the sentence looked back on first. */
function demandLeadIn(p: Paragraph, meta: { kind: DocumentKind }): Paragraph | null {
  const demand = meta.kind === 'summary' ? DEMAND_LEAD_IN.exec(p.text) : null;
  return demand ? { ...p, text: demand[0] } : null;
}

/**
 * A summary's paragraph right above its points that turns ahead (`会议强调，下半年，…要全力打好“四场硬仗”。`):
 * the points are the coming period's work. Read from its look ahead, past whoever speaks.
 */
function aheadLeadIn(p: Paragraph, meta: { kind: DocumentKind; year: number | null }): Paragraph | null {
  if (meta.kind !== 'summary') return null;
  if (LOOKING_AHEAD.test(p.text)) return p;
  // `院长对下半年工作作了部署，明确六项重点工作：`: who set out the coming period's work, above its points.
  if (AHEAD_AS_OBJECT.test(p.text) && LEAD_COLON.test(p.text.trimEnd())) return p;
  // `会议要求，2019年全省卫生健康系统` before `一是…`: what is asked of the year after the one reported.
  const asked = ASKED_OF_YEAR.exec(p.text);
  if (asked && meta.year !== null && Number(asked[1]) > meta.year) return { ...p, text: p.text.slice(asked.index + asked[0].length - asked[1]!.length - 1) };
  const spoken = LOOKING_AHEAD_AFTER_SPEAKER.exec(p.text);
  if (spoken) return { ...p, text: p.text.slice(spoken[0].length - spoken[1]!.length) };
  // `谢谢您的提问。今年我们重点做好三件事：` in the transcript of a year's results: the answer turns to this year's work.
  const sentence = p.text.slice(p.text.lastIndexOf('。', p.text.length - 2) + 1);
  return THIS_YEAR_WORK_LEAD.test(sentence) ? { ...p, text: sentence } : null;
}
const THIS_YEAR_WORK_LEAD = new RegExp(`^(?!${THIS_YEAR_SO_FAR})今年[^。，,]{0,12}(?:重点)?(?:做好|抓好|推进|实施|开展)[^。]{0,16}[：:]\\s*$`);

/** The year a heading or a lead-in opens with (`2024年工作要点`, `会议指出，2023年…`, `关于2025年工作，…`). */
function namedYear(text: string): number | null {
  const m = PART_YEAR.exec(text) ?? REPORTED_YEAR.exec(text) ?? ABOUT_YEAR.exec(text);
  return m ? Number(m[1]) : null;
}
const ABOUT_YEAR = /^关于((?:19|20)\d{2})年/;

function yearAfterVerb(heading: string): number | null {
  const m = VERB_THEN_YEAR.exec(heading);
  return m ? Number(m[1]) : null;
}
const VERB_THEN_YEAR = /^[\u4e00-\u9fa5]{2}((?:19|20)\d{2})年(?:度)?[，,、\s]/;

const AHEAD = TURNS_AHEAD.join('|');
/** `林溪表示，`, `祁望舒指出，`: who speaks, before what is said. */
const SPEAKER = `[^。，,：:]{2,16}(?:${SPEECH_VERBS.join('|')})[，,：:]\\s*`;
const TURN_AHEAD = new RegExp(`^(?:${AHEAD})[，,]`);
/** A paragraph of a news item that reports what a meeting or a speaker said. */
// `报告明确了2014年全县卫生工作主要目标。…`: what the report set for a year, after the points that looked back.
// `督察组对我县工作给予肯定，同时指出…`: what the visitors said of the work.
const REPORT_OPENING = /^(?:会议|会上|大会)(?:还|同时|并|也)?(?:强调|指出|要求|提出|明确|部署|号召|宣读|表彰)?[，,：:]|^[^，,。：:]{1,20}(?:给予|予以)了?(?:充分|高度)?(?:的)?肯定|^[^，,。：:]{1,16}(?:强调|指出|要求|表示|提出)[，,：:]|^[^，,。：:]{1,10}(?:明确|提出|确定|部署)了(?:19|20)\d{2}年/;

interface PlannedTask {
  readonly node: Node;
  readonly section: Node | null;
  /** The headings above it, outermost first, that say which part of the page it is in. */
  readonly parts: readonly Node[];
  /** The task's text runs over all the node's descendants; otherwise over its own body only (a paragraph task). */
  readonly whole: boolean;
}

interface OutlinePlan {
  readonly sections: Node[];
  readonly tasks: PlannedTask[];
  /** Paragraphs that belong to no task: an intro under a section heading, a goal statement in a preamble. */
  readonly loose: { readonly paragraph: Paragraph; readonly parts: readonly Node[] }[];
}

function headingOf(node: Node): string {
  return node.paragraph.text.slice(node.marker?.length ?? 0);
}

function isHeadingNode(node: Node): boolean {
  const text = headingOf(node).replace(SCORE_WEIGHT, '');
  if (isHeadingText(text)) return true;
  // `（一）实施全民健康促进行动。` over `1.主要目标指标。` and its paragraph of targets: a heading with a full stop;
  // so is `（一）提升中医药服务能力。` over items that each have a title and a text of their own (`1.推进…建设。支持…`).
  // Items some of which are short (`2.合理配置。`) still make it a heading when at least half carry work of their own:
  // a title and a text, or a long sentence (`1. 全面建成以中医类医院为主体…网络。…（国家中医药局…负责）`).
  if (SHORT_SENTENCE.test(text) && (node.children.some((k) => k.children.length > 0 || k.body.length > 0) || (node.children.length > 0 && node.children.filter(carriesWork).length * 2 >= node.children.length))) return true;
  // `（一）织密公共卫生防护网，提升疾病防控能力。` over numbered items that each carry work: a heading of two clauses.
  return HEADING_OF_CLAUSES.test(text) && node.children.length >= 2 && node.children.every(carriesWork);
}

/** A heading of a clause or two and a full stop, no longer than a title. */
const HEADING_OF_CLAUSES = /^[^。；;：:]{4,32}。$/;

const VALUE_CELL = /\s[≥≤＝=<>]?\s*\d[\d.,]*\s*(?:%|‰|[\u4e00-\u9fa5/]{0,4})$/;

/** A body mostly of lines that are no prose, several of them holding a figure: a form or a table, not paragraphs. */
function holdsTableOfFigures(node: Node): boolean {
  const body = node.body;
  if (body.length < 4) return false;
  const rows = body.filter((p) => !isProse(p.text));
  // A table's row holds a value in a cell of its own (`… 居民健康素养水平 ≥22%`).
  return rows.length * 2 > body.length && rows.filter((p) => VALUE_CELL.test(p.text)).length >= 3;
}

/** How many lines of fields (`任务目标：…`, `牵头单位：…`) open a heading's body, if at least two and one names units; else 0. */
function fieldLines(node: Node): number {
  let n = 0;
  while (n < node.body.length && FIELD_LINE.test(node.body[n]!.text)) n++;
  return n >= 2 && node.body.slice(0, n).some((p) => RECORD_LABEL.test(p.text)) ? n : 0;
}

/** The heading a paragraph opens with before a space or a full stop (`指导思想 以党的…`). */
function runInHeading(text: string): string {
  const end = text.search(/[\s。，,：:]/);
  if (end > 0 && end <= 12) return text.slice(0, end);
  // `总体要求坚持以人民健康为中心，…`: a heading of aims glued to its text with nothing between.
  return GLUED_NON_TASK_HEADING.exec(text)?.[0] ?? '';
}

const GLUED_NON_TASK_HEADING = new RegExp(`^${NON_TASK_HEADINGS.source}`);

function carriesWork(node: Node): boolean {
  return isTitledItem(node) || headingOf(node).length >= WORK_ITEM_MIN;
}

/** An item this long is work of its own, not a point of the heading above it. */
const WORK_ITEM_MIN = 40;

/** An item with a title sentence and a text after it (`1.推进中医医疗服务体系建设。支持3所…`), not a point (`（1）完善机构设置；`). */
function isTitledItem(node: Node): boolean {
  return TITLED_ITEM.test(headingOf(node));
}

const TITLED_ITEM = /^[^。；;，,]{2,30}。[^。]{4,}/;

const SHORT_SENTENCE = /^[^。，,；;：:]{2,25}。$/;

/**
 * `会议就2021年全区卫生健康工作作出部署安排。` in a 2020 summary: a short paragraph of no figure that turns
 * to a later year's work starts the part of the page that plans it.
 */
function deploysLaterYear(text: string, meta: { kind: DocumentKind; year: number | null }): boolean {
  if (meta.kind !== 'summary' || meta.year === null || text.length > DEPLOYMENT_LEAD_MAX || setsFigure(text)) return false;
  const m = DEPLOYS_YEAR.exec(text);
  return m !== null && Number(m[1]) > meta.year;
}
const DEPLOYS_YEAR = /((?:19|20)\d{2})年[^。]{0,24}(?:部署|安排|打算|思路|重点工作|工作任务)/;
const DEPLOYMENT_LEAD_MAX = 60;

/** So many paragraphs headed before a colon make a page of headed paragraphs. */
const RUN_IN_HEADED_MIN = 3;
const DAY_OF_MONTH = /\d{1,2}月\d{1,2}日/g;
/** `会议认真总结了2020年…`: what a meeting did, told before the points its news heads. */
const MEETING_OPENING = /^(?:会议|会上|大会)/;
const OPENS_WITH_PERIOD = /^(?:(?:19|20)\d{2}年度?|今年|去年|一年来|过去一年)(?:[，,以来]|全[省市县区镇乡])|^\d{1,2}月\d{1,2}日[，,]/;
/** A paragraph headed by a short sentence of its own, no comma or figure in it (`家庭医生签约服务扎实推进。…`). */
// `献血人次再创新高 全市…`: a bold heading the page set off by a space, as by a full stop.
// `新农合，运行管理规范有序。`: a topic and what is said of it (not a couplet of four and four, `岁序更替，华章日新。`).
const RUN_IN_SENTENCE = /^[^，,、；;：:。\d\s()（）]{4,20}(?:。|[ \u3000]+)(?=.{8})|^[^，,、；;：:。\d\s()（）“”"]{2,8}[，,][^，,、；;：:。\d\s()（）“”"]{5,20}。(?=.{8})/;

/** A paragraph headed by a short sentence or bold words (`医改纵深推进。…`), not a news lead (`…日报记者 方屿 报道 …`). */
function headedBySentence(text: string): boolean {
  return RUN_IN_SENTENCE.test(text) && !NEWS_LEAD.test(text);
}

/** The longest run of paragraphs headed by a short sentence, one after another. */
function headedRun(paragraphs: readonly Paragraph[]): number {
  let longest = 0;
  let run = 0;
  for (const p of paragraphs) {
    run = headedBySentence(p.text) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Reads each item's role from its place in the tree. */
function planOutline(root: Node, meta: { kind: DocumentKind; year: number | null }): OutlinePlan {
  const plan: OutlinePlan = { sections: [], tasks: [], loose: [] };
  const top = root.children;
  if (top.length === 0) {
    // No numbering at all: every prose paragraph after the title is a task; a label line (`责任单位：…`) belongs to the task above it.
    // Where most paragraphs open with a heading run in before a colon (`提升医疗服务供给：…`), one without (an intro) is none.
    // `局    长:马建峰` / `纪检组长:…`: a yearbook's list of leaders, labels over names and no prose, heads nothing.
    const headed = root.body.filter((p) => RUN_IN_HEADING.test(p.text) && isProse(p.text)).length;
    const onlyHeaded = headed >= RUN_IN_HEADED_MIN && headed * 2 >= root.body.filter((p) => isProse(p.text)).length;
    // `医疗服务量稳步增长。全年完成…` paragraphs, each headed by a short sentence: a paragraph before the first that opens
    // with the period it speaks of (`2017年，…`) is the page's intro.
    // A run of such paragraphs one after another is the page's outline however long the news around it.
    const sentenceHeaded = root.body.filter((p) => headedBySentence(p.text)).length;
    const run = headedRun(root.body);
    const headedPage = sentenceHeaded >= RUN_IN_HEADED_MIN && (sentenceHeaded * 2 >= root.body.filter((p) => isProse(p.text)).length || run >= RUN_IN_HEADED_MIN);
    const firstHeaded = headedPage ? root.body.findIndex((p) => headedBySentence(p.text)) : 0;
    // After the last of them, a paragraph of no figure (`祁岚强调，…各级各部门要…再上新台阶。`) closes the news; a look
    // ahead with figures (`今年，全市将力争新增三级医院1家…`) stays the task of the year to come.
    // Only where they run one after another: heads set on lines of their own over their paragraphs head each its own.
    const lastHeaded = headedPage && run >= RUN_IN_HEADED_MIN ? root.body.findLastIndex((p) => headedBySentence(p.text)) : root.body.length;
    // `会议还表彰了…`, over an editor's credit (`(责编:…)`): the close is the last paragraph of prose.
    const lastProse = root.body.findLastIndex((p) => isProse(p.text));
    // `湄川省新农合参合人口突破2800万` / `参合率达96.2%…` / `记者今天从…获悉，…`: what stands above the news's lead is its headline.
    const lead = root.body.findIndex((p) => NEWS_LEAD.test(p.text));
    for (const [k, p] of root.body.entries()) {
      const last = plan.tasks[plan.tasks.length - 1];
      if (last && FIELD_LINE.test(p.text) && !(onlyHeaded && !RECORD_LABEL.test(p.text))) last.node.body.push(p);
      // Before the first headed one, a paragraph of no figure (`"今年要把…着力点。"在…会议上，…开门见山。`) is the news's lead.
      else if (k < lead || (onlyHeaded && !RUN_IN_HEADING.test(p.text)) || (k < firstHeaded && (OPENS_WITH_PERIOD.test(p.text) || MEETING_OPENING.test(p.text) || NEWS_LEAD.test(p.text) || !setsFigure(p.text.replace(DAY_OF_MONTH, '')))) || (k > lastHeaded && !setsFigure(p.text.replace(DAY_OF_MONTH, '')))) plan.loose.push({ paragraph: p, parts: [] });
      // `2018年，我们将重点抓好以下工作：`: the lead-in to the paragraphs after it.
      // `以此为基础，…将全面推进第三轮健康城市建设行动：`: any sentence that ends on a colon, no figure in it, leads in.
      else if ((LIST_LEAD_IN.test(p.text) || COUNTED_LIST_LEAD_IN.test(p.text) || SPEECH_IN_PARTS.test(p.text) || (LEAD_COLON.test(p.text.trimEnd()) && k < lastProse)) && !setsFigure(p.text)) plan.loose.push({ paragraph: p, parts: [] });
      // `会上，传染病防制科通报，上半年全市报告…4816例`: a unit's report of its figures heard at the meeting is a part of the work.
      else if ((MEETING_PROCEEDINGS.test(p.text) || MEETING_LEAD.test(p.text)) && !ASKED_FIGURE.test(p.text) && !(UNIT_REPORTED.test(p.text) && setsWorkFigure(p.text))) plan.loose.push({ paragraph: p, parts: [] });
      // `甘慕远指出，2018年，全省…`: in a plan's news, the year before it, the results its work starts from.
      else if (meta.kind === 'plan' && openingKind(p.text, meta) === 'achievement') plan.loose.push({ paragraph: p, parts: [] });
      // `各地要…压实责任，确保各项任务落地见效。`, `祁望舒强调，2024年，全市上下要…扎实推进各项任务。`: a call to do the work, none of it.
      // `会议同时要求，全区…要…确保全年工作任务全面完成。会上还表彰了…`: the call may come before the close of the news.
      else if ((CLOSING_CALL.test(firstSentence(p.text)) || ASKED_OF_YEAR.test(p.text)) && !setsFigure(p.text)) plan.loose.push({ paragraph: p, parts: [] });
      // `据了解，上述民生实事将纳入…考核`: what becomes of the items listed, said of them all, is none of them.
      else if (REFERS_BACK.test(p.text) && !setsFigure(p.text)) plan.loose.push({ paragraph: p, parts: [] });
      else if (isProse(p.text) && !NON_TASK_HEADINGS.test(p.text.slice(0, 40)) && !reportsMeeting(p.text) && !GREETING.test(p.text) && !NEWS_LEAD.test(p.text) && !((k === lastProse || ASKED_POINT_START.test(root.body[k + 1]?.text ?? '')) && isClosingRemark(p.text))) plan.tasks.push({ node: paragraphNode(p), section: null, parts: [], whole: false });
      else if (isProse(p.text)) plan.loose.push({ paragraph: p, parts: [] });
    }
    return plan;
  }
  addLoose(plan, root.body, []);
  const anyDeeper = top.some((n) => n.children.length > 0);
  // `01` / `深化县级公立医院综合改革` / its one paragraph / `责任单位：…`, and so on down the page: each heading titles its
  // paragraph, one task; the headings are no sections over tasks of a paragraph each.
  // Only subheads numbered as a post's are (`01`, `02`): under `一、`, `二、` a paragraph is a task of its section.
  // So are a news item's subheads, which bear no numerals (`医改稳步推进` / its paragraph); its last may close the item.
  const prose = (n: Node) => n.body.filter((p) => isProse(p.text) && !FIELD_LINE.test(p.text)).length;
  const oneParagraphEach =
    top.length >= ONE_PARAGRAPH_HEADS_MIN &&
    top.every((n, k) => (POST_SUBHEAD.test(n.paragraph.text) || n.marker === null) && isHeadingNode(n) && n.children.length === 0 && (prose(n) === 1 || (k === top.length - 1 && n.marker === null && prose(n) >= 1)) && !NON_TASK_HEADINGS.test(headingTitle(headingOf(n))) && !NO_WORK_HEADINGS.test(headingTitle(headingOf(n))));
  for (const node of top) planItem(node, plan, !oneParagraphEach && (anyDeeper || top.every(isHeadingNode)), [], meta.kind === 'summary');
  return plan;
}

const SITUATION_ITEMS_MIN = 2;
const ONE_PARAGRAPH_HEADS_MIN = 3;
const POST_SUBHEAD = /^\s*0[1-9](?![\d.．])/;

function addLoose(plan: OutlinePlan, paragraphs: readonly Paragraph[], parts: readonly Node[]): void {
  for (const paragraph of paragraphs) plan.loose.push({ paragraph, parts });
}

function planItem(node: Node, plan: OutlinePlan, sectionLevel: boolean, parts: readonly Node[], report = false): void {
  // `一、基本情况` over `1、新农合制度运行平稳`, `2、…`: in a report, the situation told item by item is the year's work.
  const itemised = report && SITUATION_HEADINGS.test(headingTitle(headingOf(node))) && node.children.length >= SITUATION_ITEMS_MIN;
  if ((NO_WORK_HEADINGS.test(headingTitle(headingOf(node))) && !itemised) || SCHEDULE_HEADINGS.test(headingTitle(headingOf(node))) || (node.children.length > 0 && PRINCIPLE_HEADINGS.test(headingTitle(headingOf(node))))) {
    // `二、存在问题`: what it lists, numbered or not, is no work to follow up.
    addLoose(plan, subtree(node), [...parts, node]);
    return;
  }
  // `一、指导思想 以党的…为指导，…`: a heading of aims run into its text is no task.
  if (!isHeadingNode(node) && node.children.length === 0 && NON_TASK_HEADINGS.test(runInHeading(headingOf(node)))) {
    addLoose(plan, subtree(node).concat(node.paragraph), parts);
    return;
  }
  // `二、工作目标 通过创建活动，使…得到有效解决`: aims that set no figure are no task.
  if (!isHeadingNode(node) && node.children.length === 0 && GOAL_HEADINGS.test(runInHeading(headingOf(node))) && !subtree(node).concat(node.paragraph).some((p) => setsFigure(p.text))) {
    addLoose(plan, subtree(node).concat(node.paragraph), parts);
    return;
  }
  // `三、工作计划2024年,全市…。` over (一)(二)…: a heading run into its intro still heads the items under it.
  if (!isHeadingNode(node) && !(sectionLevel && node.children.length >= 2)) {
    plan.tasks.push({ node, section: null, parts, whole: true });
    return;
  }
  const inside = [...parts, node];
  // `1.基本公共卫生服务项目` over a form and a table of figures (`居民电子健康档案建档率 ≥90%`): one task, the whole of it.
  if (node.children.length === 0 && isHeadingNode(node) && holdsTableOfFigures(node)) {
    plan.tasks.push({ node, section: null, parts, whole: true });
    return;
  }
  const fields = node.children.length === 0 ? fieldLines(node) : 0;
  if (fields > 0) {
    // `1.新生儿疾病筛查` over `任务目标：…` / `完成情况：…` / `牵头单位：…`: an item whose text is its fields; what follows them is not its.
    plan.tasks.push({ node: { ...node, body: node.body.slice(0, fields) }, section: null, parts, whole: true });
    addLoose(plan, node.body.slice(fields), inside);
    return;
  }
  if (node.children.length === 0) {
    if (!sectionLevel) {
      plan.tasks.push({ node, section: null, parts, whole: true });
      return;
    }
    plan.sections.push(node);
    planParagraphTasks(node, plan, inside);
    return;
  }
  const kids = node.children;
  // `（一）加强组织管理。` over `1.` `2.`, `（二）…` over `3.` `4.`: items numbered on across their headings are the work;
  // the headings only group them, however short the items.
  const firstStyle = kids.find((k) => k.children.length > 0)?.children[0]?.marker?.style;
  const numberedOn = kids.some((k, i) => i > 0 && k.children[0]?.marker?.style === firstStyle && (k.children[0]?.marker?.value ?? 1) > 1 && kids.slice(0, i).some((b) => b.children.length > 0));
  const isHead = (k: Node) => isHeadingNode(k) || (numberedOn && k.children.length > 0 && headingOf(k).length <= NUMBERED_ON_HEADING_MAX);
  const headingKids = kids.filter(isHead);
  const kidsAreSections = headingKids.length >= kids.length * 0.7 && headingKids.some((k) => k.children.length > 0);
  // `二、2017年工作安排` / `2017年医院总体目标是：门诊量突破34万人次，…` / `（一）…`: the section's goals are a task of it.
  const goals = sectionLevel ? node.body.filter((p) => GOAL_SENTENCE.test(p.text) && setsFigure(p.text)) : [];
  addLoose(plan, node.body.filter((p) => !goals.includes(p)), inside);
  if (goals.length > 0) {
    plan.sections.push(node);
    for (const p of goals) plan.tasks.push({ node: paragraphNode(p), section: node, parts: inside, whole: false });
  }
  // `三、重点任务` over themed headings, and a part of the document (`第二部分：各专项行动重点任务`) over its headings, hold sections.
  // A part of the document (`第二章 总体要求`) over headings alone holds sections, whether they hold items or paragraphs.
  const documentPart = node.marker?.style === 'part' || node.marker?.style === 'volume';
  const partOverHeadings = documentPart && headingKids.length === kids.length;
  // `第九章 …` over `第一节 遏制重大疾病危害` / its one paragraph, and so on: each heading titles its paragraph, one task.
  if (partOverHeadings && kids.length >= 2 && kids.every((k) => k.children.length === 0 && k.body.filter((p) => isProse(p.text)).length === 1 && !NON_TASK_HEADINGS.test(headingTitle(headingOf(k))) && !NO_WORK_HEADINGS.test(headingTitle(headingOf(k))))) {
    plan.sections.push(node);
    for (const kid of kids) plan.tasks.push({ node: kid, section: node, parts: inside, whole: true });
    return;
  }
  if (partOverHeadings || (kidsAreSections && (documentPart || CONTAINER_HEADINGS.test(headingTitle(headingOf(node)).replace(/[:：]$/, ''))))) {
    for (const kid of kids) planItem(kid, plan, true, inside, report);
    return;
  }
  // `二、总体要求` over `（一）指导思想。` `（二）基本原则。` `（三）规划目标。`, each over its paragraphs: the aims are no
  // task and no section; the goals are a section of their own, their paragraph its task.
  // A summary's outlook (`三、2025年工作打算`) over `（一）持续深化医共体改革` / its paragraph: those headings are the work.
  if (NON_TASK_HEADINGS.test(headingTitle(headingOf(node))) && !OUTLOOK_HEADINGS.test(headingTitle(headingOf(node))) && kids.every((k) => headsParagraphsOnly(k) || statesAims(k))) {
    for (const kid of kids) {
      if (GOAL_HEADINGS.test(headingTitle(headingOf(kid)))) {
        plan.sections.push(kid);
        planParagraphTasks(kid, plan, [...inside, kid]);
      } else addLoose(plan, [kid.paragraph, ...subtree(kid)], [...inside, kid]);
    }
    return;
  }
  if (!plan.sections.includes(node)) plan.sections.push(node);
  for (const kid of kids) {
    // `（一）加大政府投入，…一批重大医疗基建项目，包括：` over `1.`, `2.`…: a sentence that leads in to its items heads them.
    // A heading over items that each carry work of their own heads them, whatever its siblings are.
    if ((kidsAreSections && isHead(kid) && kid.children.length > 0) || (kid.children.length >= 2 && LIST_LEAD_IN.test(headingOf(kid))) || (isHeadingNode(kid) && kid.children.length >= 2 && kid.children.every(carriesWork))) {
      // A sub-heading (`（一）思想建设`) over numbered tasks: its tasks belong to the section above.
      addLoose(plan, kid.body, [...inside, kid]);
      for (const grandchild of kid.children) pushItem(plan, grandchild, node, [...inside, kid]);
    } else if (NO_WORK_HEADINGS.test(headingTitle(headingOf(kid))) || PRINCIPLE_HEADINGS.test(headingTitle(headingOf(kid)))) {
      // `（一）发展基础`, `（二）基本原则`: what it says is no work to follow up.
      addLoose(plan, [kid.paragraph, ...subtree(kid)], [...inside, kid]);
    } else {
      plan.tasks.push({ node: kid, section: node, parts: inside, whole: true });
    }
  }
}

/**
 * An item of a section as its task; a bare heading among them (`1、基本公共卫生服务项目` over `（1）…率达96%以上。`
 * `（2）…`) is no task but a heading, its items the tasks.
 */
function pushItem(plan: OutlinePlan, item: Node, section: Node, parts: readonly Node[]): void {
  if (item.body.length === 0 && item.children.length >= 2 && isHeadingText(headingOf(item)) && !/[，,；;：:]/.test(headingOf(item))) {
    for (const child of item.children) plan.tasks.push({ node: child, section, parts: [...parts, item], whole: true });
  } else plan.tasks.push({ node: item, section, parts, whole: true });
}

/** `（一）指导思想深入贯彻…`: guiding ideas or principles, their heading glued to their text, no items. */
function statesAims(node: Node): boolean {
  return node.children.length === 0 && !isHeadingNode(node) && NON_TASK_HEADINGS.test(runInHeading(headingOf(node)));
}

const NUMBERED_ON_HEADING_MAX = 30;

/**
 * `昨天下午，我区召开…会议…副区长出席会议并讲话`: a news item's lead, who met and who came, no work and no figure;
 * and the one sentence that only says the meeting was held (`3月25日，我县召开…会议。`), or who came to it
 * (`副县长…出席会议。`, `…在…召开，…共计68人参加。`).
 */
function reportsMeeting(text: string): boolean {
  return (MEETING_HELD.test(text) && MEETING_ATTENDED.test(text) && !setsWorkFigure(text)) || MEETING_SENTENCE.test(text);
}
const MEETING_SENTENCE = /^[^。，,]{2,30}(?:出席|主持|参加)了?(?:会议|大会)(?:并(?:作)?讲话)?[。.]?$|^[^。]{0,30}(?:召开|举行)了?[^。]{0,40}(?:会议|大会)[。.]?$|^[^。]{0,80}(?:召开|举行)[^。]{0,40}(?:参加|出席|参会)(?:会议)?[。.]?$/;

/** `本报讯（记者 柯青）3月2日，…会议召开…`: a news item's lead, under its byline, tells what the item is about; its figures are the overview. */
// `[摘要] …`, `【内容摘要】…`, `原标题：…`: the abstract a news site puts over the item, or the headline it had first, says again what the item says.
// `记者从…会议上获悉，…`, `日前，記者從…獲悉，…`: a reporter's lead tells where the news comes from.
// `据苍漓省卫生健康委网站消息，`: the source a news item quotes, opening its lead.
// `中新网雅丹湖11月26日电`: a wire story's dateline; `内容提要：`: the abstract above a broadcaster's news.
const NEWS_LEAD = /^据[^。，,]{2,30}(?:消息|报道|通报)[，,]|^[\u4e00-\u9fa5]{2,10}网讯\s|^(?:(?:日前|近日|今天|今日|昨天|昨日)[，,]\s*)?[记記]者(?:今天|今日|昨天|昨日|近日|日前)?(?:从|從|在)[^。，,]{2,40}(?:获悉|獲悉|了解到|瞭解到)|^[\u4e00-\u9fa5]{2,8}(?:日报|晚报|报|台)记者\s*[\u4e00-\u9fa5]{2,4}\s*报道|^[^，,。]{2,20}(?:日前|近日|今天|今日|昨天|昨日)(?:发布|公布|印发)了?《|^(?:日前|近日|今天|今日|昨天|昨日)[，,]\s*[^。，,]{2,30}?(?:(?:发布|公布|印发|出台)了?《|(?:确定|明确|审议通过)了?)|^[^。，,]{2,30}(?:日前|近日|今天|今日|昨天|昨日)?(?:发布|公布)的[^。，,]{2,40}(?:显示|表明)[，,]|^从[^。，,]{1,20}记者(?:获悉|了解到)|^(?:本报讯|本网讯|[\u4e00-\u9fa5]{0,10}讯|[\u4e00-\u9fa5]{2,10}消息)\s*(?:\d{1,2}月\d{1,2}日[，,]|[（(][^（()）]{0,30}[)）]|(?:记者|通讯员)[^。，,：:]{0,24}[:：])|^[\u4e00-\u9fa5]{2,10}\d{1,2}月\d{1,2}日讯|^[\u4e00-\u9fa5]{2,12}\d{1,2}月\d{1,2}日电|^[\[【](?:内容)?(?:摘要|导读|提要)[\]】]|^(?:内容)?(?:摘要|提要)[:：]|^原标题[:：]/;

/** `会议要求，各地要…逐项分解落实。`, `会议由…主持。`: the short close of a meeting's news, with no figure, asks and sets nothing. */
function isClosingRemark(text: string): boolean {
  return text.length <= CLOSING_REMARK_MAX && CLOSING_REMARK.test(text) && !setsFigure(text);
}
// `韩振川充分肯定了医院过去一年的工作，要求全院干部职工…再立新功。`: a guest's word of thanks and call, last.
// `本次会议既是对上半年工作的系统梳理，也是…再部署。`: what the news says the meeting was, last.
// `会议还对2024年度先进单位…进行了表彰。`: the honours given, last.
const CLOSING_REMARK = /^(?:本次(?:会议|大会)(?:既)?是|(?:会议|会上|大会)(?:还|同时|并|也)?(?:要求|强调|号召|指出|表彰|由[^。]{2,24}主持|对[^。]{2,40}(?:进行了?)?表彰)|[\u4e00-\u9fa5]{2,16}(?:充分肯定|高度肯定|肯定了|希望|号召))/;
const CLOSING_REMARK_MAX = 90;
const REFERS_BACK = /^(?:(?:据了解|据悉|据介绍|另外|此外|同时)[，,]\s*)?(?:上述|以上|这些)/;
/** `要巩固…`: a point of what a meeting asks, its remark (`会议指出，…`) above it. */
const ASKED_POINT_START = /^要[\u4e00-\u9fa5]{4}/;

/** `值此辞旧迎新之际，…致以新年的祝福！`, `告别了…2018年，迎来了…2019年`: a speech's greetings. */
// `各位领导，各位同仁，路虽远，行则将至…`: a speech's address to its hearers, its closing words.
const GREETING = /致以[^。！]{0,16}(?:祝福|问候|敬意)|祝大家|新年快乐|辞旧迎新|告别了[^。]{0,20}迎来了|^(?:各位(?:领导|同仁|同事|代表|来宾|嘉宾)|同志们|朋友们)[，,！!]/;

/** `会上，传染病防制科通报，`: a unit named as it reports to the meeting. */
const UNIT_REPORTED = /^(?:会议|会上|大会)[，,]?[^。，,]{2,16}(?:通报|汇报)[，,：:]/;
/** `共120余人参加会议`, `300余名职工出席`: how many came. */
const HEADCOUNT = /\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:人|名)(?:[^。，,；;\d]{0,6})?(?:参加|出席|参会|列席)/g;
// `…考核组到…卫生院开展领导班子述职评议`: a review held before an audience is a meeting too.
const MEETING_HELD = /(?:召开|举行)[^。]{0,40}会议?|开展[^。]{0,20}(?:述职|评议)/;
const MEETING_ATTENDED = /出席|主持|参加会议|参会/;

function firstSentence(text: string): string {
  const end = text.indexOf('。');
  return end < 0 ? text : text.slice(0, end + 1);
}

/** Whether a text holds a figure other than a year (`力争2019年通过考核` holds none). */
/** `7月28日下午，…召开…大会。…共120余人参加会议。`: a meeting's day and its count of those present are no figures of the work. */
function setsWorkFigure(text: string): boolean {
  return setsFigure(text.replace(DAY_OF_MONTH, '').replace(HEADCOUNT, ''));
}

function setsFigure(text: string): boolean {
  return /\d/.test(text.replace(/(?:19|20)\d{2}\s*年/g, ''));
}

/** `（一）指导思想。` alone on its line over paragraphs, no items. */
function headsParagraphsOnly(node: Node): boolean {
  return node.children.length === 0 && node.body.length > 0 && headingOf(node).length <= SHORT_HEADING_MAX;
}

const SHORT_HEADING_MAX = 16;

/** The heading of a summary's part for the next year's work (`2016年工作打算`, `2020年工作思路`). */
const YEAR_PLAN_PART = /^(?:19|20)\d{2}年度?(?:工作|卫生健康工作)?(?:打算|思路)$/;

/** `…，她从四个方面进行了总结。`: a speaker's parts announced before the points that give them. */
const SPEECH_IN_PARTS = /从[几\d一二三四五六七八九十]{1,2}个方面(?:进行了?|作了?|做了?)?(?:总结|汇报|回顾|部署|阐述)[。.]?$/;
/**
 * `医改纵深推进。全省…达到88.7%。` or `在医疗服务方面，…` paragraphs, then `会议要求，…一是…二是…`: on a page whose only
 * division is its points, the paragraphs headed by a sentence or a field above them are its year's work as well, each a task.
 */
function headedBeforePoints(head: readonly Paragraph[], first: Marker | null | undefined): Paragraph[] {
  if (first?.style !== 'cn-shi') return [];
  const headed = head.filter((p) => (headedBySentence(p.text) || ASPECT_OPENING.test(p.text)) && setsFigure(p.text));
  return headed.length >= RUN_IN_HEADED_MIN - 1 ? headed : [];
}
/** `在医疗服务方面，全市新增…`: a paragraph that names the field of work it reports on. */
const ASPECT_OPENING = /^在[^，,。]{2,12}方面[，,]/;

/** `会议听取了…，表决通过了…`, `会议传达了…精神`, `会上，…颁发证书`: how the meeting went, no work of the year. */
const MEETING_PROCEEDINGS = /^(?:会议|会上|大会)[^。]{0,60}(?:听取|审议|表决|颁发|闭幕|宣读|表彰|传达|通报|签订|签署|发言|汇报|参加会议)/;
/** `1月18日上午，2019年全省卫生健康工作会议在汧州召开。`: a news item that opens with the day its meeting was held. */
// `今天，2024年…推进会在临溪区召开`: the day may be told as today or lately.
const MEETING_LEAD = /^(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|今天|今日|昨天|昨日|日前|近日)(?:上午|下午|晚上?|早上)?[，,]?[^。]{0,60}(?:召开|举行)/;
/** A figure asked for (`力争…`, `确保…`, `不低于…`): what makes a paragraph of the meeting's news work to do. */
const ASKED_FIGURE = /力争|确保|不低于|不少于|控制在/;

/** A sentence that ends by leading in to a list (`…，包括：`, `…如下：`). */
// `…重点抓好以下工作。`: the list's lead-in may end on a full stop.
const LIST_LEAD_IN = /(?:包括|如下|主要有|具体(?:为|是|有)|以下(?:\d*项|[几\d]个方面)?(?:重点)?(?:工作|任务)?|[几\d一二三四五六七八九十]{1,2}个方面)[:：]$|以下(?:几项|几个方面)?(?:重点)?(?:工作|任务)。$/;
/** `要突出抓好七方面工作：` over the clauses it counts, on a page with no numbering. */
const COUNTED_LIST_LEAD_IN = new RegExp(`${COUNTED_LEAD_IN.source}$`);

/** A section without numbered items: each prose paragraph is a task, unless the section states aims or means. */
function planParagraphTasks(node: Node, plan: OutlinePlan, parts: readonly Node[]): void {
  if (NON_TASK_HEADINGS.test(headingTitle(headingOf(node)))) {
    // `一、总体要求` over its guiding ideas, then `到2027年，…达到90%以上…`: the paragraph of aims with figures is the section's task.
    // `三、保障措施` over `• 完善考核办法。…` `• 加强人员培训。…`: points set out as a list are its items, as numbered ones are.
    const listed = node.body.filter((p) => BULLET_POINT.test(p.text));
    if (listed.length >= BULLET_ITEMS_MIN && listed.length === node.body.filter((p) => isProse(p.text)).length) {
      for (const p of node.body) {
        if (listed.includes(p)) plan.tasks.push({ node: paragraphNode(p), section: node, parts, whole: false });
        else addLoose(plan, [p], parts);
      }
      return;
    }
    // `五、2016年工作打算` over paragraphs that each set figures: the next year's work, a task each; a paragraph of intent alone is none.
    if (YEAR_PLAN_PART.test(headingTitle(headingOf(node)))) {
      for (const p of node.body) {
        if (isProse(p.text) && setsFigure(p.text)) plan.tasks.push({ node: paragraphNode(p), section: node, parts, whole: false });
        else addLoose(plan, [p], parts);
      }
      return;
    }
    const aims = node.body.filter((p) => AIMS_OPENING.test(p.text) && setsFigure(p.text));
    if (aims.length === 0 || !AIMS_HEADINGS.test(headingTitle(headingOf(node)))) {
      addLoose(plan, node.body, parts);
      return;
    }
    for (const p of node.body) {
      if (aims.includes(p)) plan.tasks.push({ node: paragraphNode(p), section: node, parts, whole: false });
      else addLoose(plan, [p], parts);
    }
    return;
  }
  // `二、工作目标` over `通过创建活动，使…得到有效解决`: aims that set no figure are no task.
  const goals = GOAL_HEADINGS.test(headingTitle(headingOf(node)));
  // `● …` `● …` then `报告强调，要把各项任务落实到人。`: a paragraph after a section's points that sets no figure closes them.
  let lastPoint = -1;
  node.body.forEach((p, k) => BULLET_POINT.test(p.text) && (lastPoint = k));
  for (let k = 0; k < node.body.length; k++) {
    const p = node.body[k]!;
    const next = node.body[k + 1];
    if (lastPoint >= 0 && k > lastPoint && !setsFigure(p.text)) {
      addLoose(plan, [p], parts);
      continue;
    }
    // `强化传染病监测预警。` on a line of its own over the paragraph that carries it out: one task, headed by it.
    if (!goals && isLeadSentence(p.text) && next && isProse(next.text) && !isLeadSentence(next.text)) {
      plan.tasks.push({ node: { ...paragraphNode(p), body: [next] }, section: node, parts, whole: true });
      k++;
    } else if ((goals || CLOSING_CALL.test(p.text) || NEWS_CREDIT.test(p.text)) && !setsFigure(p.text)) addLoose(plan, [p], parts);
    // A signature or a date under the last section is not a task.
    else if (isProse(p.text) || isLeadSentence(p.text)) plan.tasks.push({ node: paragraphNode(p), section: node, parts, whole: false });
  }
}

/** A news item's last sentence with its reporters' credit (`…（记者 柯青 通讯员 田禾）`): the item's close, no task. */
const NEWS_CREDIT = /[(（](?:本报)?(?:记者|通讯员)[^)）]{0,30}[)）]?$/;

/** A short sentence alone in its paragraph that names a piece of work (`做实慢病综合防控。`), no figure in it. */
function isLeadSentence(text: string): boolean {
  return text.length <= LEAD_SENTENCE_MAX && LEAD_SENTENCE.test(text) && !setsFigure(text);
}
const LEAD_SENTENCE = /^[^。，,；;：:！？!?]{4,}[。.]$/;
const LEAD_SENTENCE_MAX = 24;

/** A list is two points at least. */
const BULLET_ITEMS_MIN = 2;

/** Every paragraph under a node, in order. */
function subtree(node: Node): Paragraph[] {
  const out: Paragraph[] = [...node.body];
  for (const child of node.children) out.push(child.paragraph, ...subtree(child));
  return out.sort((a, b) => a.offset - b.offset);
}

function paragraphNode(p: Paragraph): Node {
  return { paragraph: p, marker: null, rank: Infinity, children: [], body: [] };
}

/** Where a task's text ends: its last paragraph, over its descendants when it is a whole item. */
function lastOffset(node: Node, whole: boolean): number {
  let last: Paragraph = node.paragraph;
  let current: Node | undefined = node;
  while (current) {
    const child: Node | undefined = whole ? current.children[current.children.length - 1] : undefined;
    const bodyLast = current.body[current.body.length - 1];
    if (child && (!bodyLast || child.paragraph.offset > bodyLast.offset)) {
      last = child.paragraph;
      current = child;
      continue;
    }
    if (bodyLast && bodyLast.offset > last.offset) last = bodyLast;
    if (!whole) break;
    current = undefined;
  }
  return last.offset + last.text.length;
}

/**
 * What the figures of a part state. On a page that holds a summary and the
 * next plan, a heading that looks ahead (`二、2024年工作要点`) makes targets of a
 * summary's figures, and one that looks back (`一、2023年工作回顾`) makes
 * results of a plan's.
 */
export function partKind(kind: DocumentKind, headings: readonly string[], year: number | null = null): TargetKind {
  for (const h of headings) {
    const title = headingTitle(h);
    // `二、2024年工作要点` in a 2023 summary, `一、2023年工作回顾` in a 2024 plan: a year other than the document's says which way the part looks.
    // `二、聚焦2023年，确保完成目标任务`: a heading's first words may be a verb the year is the object of.
    const partYear = namedYear(title) ?? yearAfterVerb(title);
    if (partYear !== null && year !== null && partYear !== year) return partYear > year ? 'target' : 'achievement';
    // `三、突出重点，扎实做好2019年各项工作` in a 2018 summary: work of a later year named anywhere in the heading.
    const laterYear = kind === 'summary' && year !== null ? LATER_WORK_YEAR.exec(title) : null;
    if (laterYear && Number(laterYear[1]) > year!) return 'target';
    // `…对2013年妇幼卫生工作进行了部署：` in a 2012 summary: a lead-in that deploys a later year's work.
    if (kind === 'summary' && year !== null && LEAD_COLON.test(h.trim()) && deploysLaterYear(title, { kind, year })) return 'target';
    if (kind === 'summary' && (FORWARD_HEADINGS.test(title) || LOOKING_AHEAD.test(title) || DEMAND_LEAD_IN.test(title) || THIS_YEAR_WORK_LEAD.test(h.trim()))) return 'target';
    // `一、上半年存在的主要问题` in a plan: where the work stands now, not where it is to go.
    if (kind === 'plan' && (BACKWARD_PARTS.test(title) || PROBLEM_HEADING_WORDS.test(title))) return 'achievement';
  }
  return kind === 'summary' ? 'achievement' : 'target';
}

/** The lowest numbering that may head a part of a page: `（一）`, above items `1.`. */
const PART_HEADING_RANK_MAX = 3;
const PART_YEAR = /^((?:19|20)\d{2})年/;
/** `截至2024年底，全区共有…`: the state of things at a year's end. */
const AS_OF_YEAR = /^(?:截至|截止)((?:19|20)\d{2})年/;
/** `2016年工作安排`: a heading of a year's plan. */
const PLAN_OF_YEAR = /^((?:19|20)\d{2})年度?(?:工作)?(?:安排|计划|打算|要点|思路)$/;

/** Whether an item's heading names the plan of a year after the document's (`6、2016年工作安排` in a 2015 report). */
function headsLaterPlan(node: Node, year: number | null): boolean {
  const plan = year === null ? null : PLAN_OF_YEAR.exec(taskTitle(headingOf(node)));
  return plan !== null && Number(plan[1]) > year!;
}
const LATER_WORK_YEAR = /(?:做好|抓好|推进|谋划|部署|安排)((?:19|20)\d{2})年(?:度)?(?:各项|重点|全年)?(?:工作|任务)/;
const LEAD_COLON = /[:：]$/;
const DANGLING_LEAD_MAX = 30;
/** The verb a lead ends on when its points were cut from it (`我区将`, `全县要`). */
const DANGLING_VERB = /(?:将|要|将要|需要|必须)$/;
const REPORTED_YEAR = /^(?:会议|会上|大会|文件|通知|方案|要点|报告|[\u4e00-\u9fa5]{2,4}(?=(?:同时|还|并|也|随后)?(?:明确|要求|强调|提出|指出|部署)))?(?:同时|还|并|也|随后)?(?:明确|要求|强调|提出|指出|部署)了?[，,:：]?\s*((?:19|20)\d{2})年/;

/**
 * The year a part's work falls in, which its deadlines are read against: the year its heading names
 * (`二、2024年工作要点`), else the year after the document's for a summary's look ahead (`明年工作打算`),
 * the year before for a plan's look back, else the document's.
 */
function partYear(meta: { kind: DocumentKind; year: number | null }, headings: readonly string[], kind: TargetKind): number | null {
  for (const h of headings) {
    const named = PART_YEAR.exec(headingTitle(h));
    if (named) return Number(named[1]);
  }
  if (meta.year === null) return null;
  if (meta.kind === 'summary' && kind === 'target') return meta.year + 1;
  if (meta.kind === 'plan' && kind === 'achievement') return meta.year - 1;
  return meta.year;
}

// `主要指标：人口自然增长率控制在6‰以内，…`: the indicators the year is to reach, named before them.
const GOALS_STATED = /(?:(?:主要|总体|工作|年度)目标(?:任务)?(?:是|为)|(?:主要|核心|年度)(?:目标)?指标(?:是|为)?)[:：]/;
const GOALS_STATED_REACH = 32;

const COLUMN_GAP = /\S\s{3,}\S/;
/** An item's assignment closing its paragraph: `（分管领导：…，责任处室：监督处）`. */
const CLOSING_ASSIGNMENT = /[（(][^（()）]{0,40}(?:责任|牵头|配合|协办|分管领导)[^（()）]{0,10}[:：][^（()）]{1,60}[)）][。.]?$/;

/**
 * `务培训，提升…。（分管领导：…，责任处室：监督处）` right above the first item of a page that starts part way
 * through a document: the end of the item the cut fell in, assigned as the items are.
 */
function cutItemTail(head: readonly Paragraph[], bodyStart: number, title: string | null): Paragraph[] {
  const last = head[head.length - 1];
  // Two columns read across (`…要点      1.做好…`, the title run into the text beside it) are no one item's text.
  const readAcross = (text: string) => COLUMN_GAP.test(text) || (title !== null && text.includes(title));
  return bodyStart > 0 && last && CLOSING_ASSIGNMENT.test(last.text) && isProse(last.text) && !readAcross(last.text) ? [last] : [];
}

/** Paragraphs under an unnumbered goal heading before the outline, up to the next short line. */
function goalParagraphs(head: readonly Paragraph[]): Paragraph[] {
  const at = head.findIndex((p) => GOAL_HEADINGS.test(p.text));
  // `会议明确，2021年全省…的主要目标是：人均预期寿命达到78.4岁…`: a paragraph that states the goals itself, with figures.
  // A preamble that ends on its goals (`…，全面完成各项任务。主要目标是：…`) is the page's overview still.
  if (at < 0) return head.filter((p) => { const m = p.text.search(GOALS_STATED); return m >= 0 && m <= GOALS_STATED_REACH && setsFigure(p.text.slice(m)); });
  const out: Paragraph[] = [];
  for (const p of head.slice(at + 1)) {
    if (!isProse(p.text)) break;
    out.push(p);
  }
  return out;
}

/** The title of the part of the page a paragraph at `offset` is in, if the page has parts. */
function partTitleBefore(partTitles: readonly Paragraph[], offset: number): string | undefined {
  let title: string | undefined;
  for (const p of partTitles) if (p.offset < offset) title = p.text;
  return title;
}

/** The headings that say which part of the page a paragraph at `offset` is in: the title of its part first. */
function withPartTitle(partTitles: readonly Paragraph[], offset: number, headings: readonly string[]): readonly string[] {
  const title = partTitleBefore(partTitles, offset);
  return title === undefined ? headings : [title, ...headings];
}

/**
 * A news paragraph that tells two years (`他指出：2011年，…参合率达到99.1%…。他强调：2012年，…`): each
 * sentence that opens with a year, past whoever speaks, looks the way that year does, up to the next.
 */
function byYearSpoken(loose: LooseParagraph, meta: { kind: DocumentKind; year: number | null }): LooseParagraph[] {
  if (meta.year === null || !loose.text.includes('年')) return [loose];
  const cuts: { at: number; year: number }[] = [];
  SPOKEN_YEAR.lastIndex = 0;
  for (let m = SPOKEN_YEAR.exec(loose.text); m; m = SPOKEN_YEAR.exec(loose.text)) cuts.push({ at: m.index, year: Number(m[1]) });
  const spoken = cuts.filter((c) => c.at > 0);
  if (spoken.length === 0 || cuts.every((c) => c.year === meta.year)) return [loose];
  const out: LooseParagraph[] = [];
  let from = 0;
  let part: LooseParagraph = loose;
  for (const c of spoken) {
    if (c.at > from) out.push({ ...part, text: loose.text.slice(from, c.at), offset: loose.offset + from });
    const kind: TargetKind = c.year < meta.year ? 'achievement' : c.year > meta.year ? 'target' : meta.kind === 'summary' ? 'achievement' : 'target';
    part = { ...loose, kind, year: c.year };
    from = c.at;
  }
  out.push({ ...part, text: loose.text.slice(from), offset: loose.offset + from });
  return out;
}
/** A sentence or clause that opens with its year, after whoever speaks (`…，他强调：2012年，`). */
const SPOKEN_YEAR = new RegExp(`(?<=^|[。，,；;])(?:[^。，,：:；;]{1,16}(?:${SPEECH_VERBS.join('|')})[：:，,]\\s*)?((?:19|20)\\d{2})年[，,]`, 'g');

function looseParagraph(p: Paragraph, headings: readonly string[], meta: { kind: DocumentKind; year: number | null }): LooseParagraph {
  // The paragraph's own opening says which way it looks by a year or a word of looking ahead (`下一步，…`);
  // the words of a heading (`…安排资金…`) say nothing in a sentence.
  const above = headings[headings.length - 1] === p.text ? headings.slice(0, -1) : headings;
  // Under a heading of what was reached before (`发展基础`), a plan's figures are results.
  const kind = openingKind(p.text, meta) ?? (above.some((h) => PAST_HEADINGS.test(headingTitle(h))) ? 'achievement' : partKind(meta.kind, above, meta.year));
  return { text: p.text, offset: p.offset, kind, year: partYear(meta, headings, kind) };
}
const LOOKING_AHEAD = new RegExp(`^(?:${AHEAD})`);
/** A short paragraph that turns to what comes next, no figure in it. */
const TURN_AHEAD_LINE = new RegExp(`^(?:${AHEAD})[^。]{0,40}[。：:]?$`);
/** `会议要求，下半年要重点抓好四项工作。` between the points of the half behind and those of the half ahead. */
const ASKED_AHEAD_LINE = new RegExp(`^${SPEAKER}(?:${AHEAD})[^。]{0,40}[。：:]?$`);
/** `会议要求，2019年…`, `林溪表示，2024年，…将…`: whoever asks or says, then the year it is of. */
const ASKED_OF_YEAR = /^(?:会议|会上|大会|[^。，,：:]{2,16})(?:要求|强调|提出|明确|表示)[，,：:]\s*((?:19|20)\d{2})年/;
/** `并提出要求：`, `对下步工作提出三点希望：`: a lead-in to what is asked of the coming period. */
// `会议要求：` over `一要…`: what a meeting asks of the time to come.
const DEMAND_LEAD_IN = /(?:(?:提出|作出)了?[^。，,：:；;]{0,10}(?:要求|希望)|^(?:会议|会上|大会)(?:还|同时)?要求)[：:]?\s*$/;
/** `会议明确了下半年目标：一是…`: what a meeting set out, the coming period its object. */
// `院长对下半年工作作了部署，明确六项重点工作：`: or the period it turned to.
const AHEAD_AS_OBJECT = new RegExp(`^[^。，,：:]{0,16}(?:(?:明确|部署|安排|提出|研究)了?|对)(?:${AHEAD})`);
/** `区卫生健康局表示，明年将重点做好三件事：…`: who speaks, then the look ahead. */
const LOOKING_AHEAD_AFTER_SPEAKER = new RegExp(`^${SPEAKER}(${AHEAD})`);
/** Headings of what a plan's period starts from: its figures were reached before it. */
const PAST_HEADINGS = /^(?:发展基础|规划基础|发展现状|工作基础|发展回顾|工作回顾|(?:“?十[一二三]五”?(?:时期|期间)?)?(?:主要)?(?:成就|成效))/;

// `回顾了2013年…`, `院长通报了2024年工作情况：…`, `会议通报了2017年…完成情况`: a report of a year's work.
const REVIEWED_YEAR = /(?:回顾|通报|汇报|总结)(?:了|总结了?)?((?:19|20)\d{2})年/;
// `祁望舒指出，过去一年，…`: whoever speaks, then the look back.
const LOOKING_BACK_OPENING = new RegExp(`^(?:${SPEAKER})?(?:${TURNS_BACK.join('|')}|[“"「『]?十[一二三]五[”"」』]?(?:时期|期间|以来))[，,]`);

/** Words only a report of what was done uses. */
const PAST_SIGN = /同比|累计|已完成|已达|较上年|比上年|过半/;

/** `市妇幼保健院韩院长通报了…`, `…科长对过去一年的工作给予肯定`, `…作会议总结`: who spoke, and how. */
const SPOKE_AT_MEETING = /^[^，,。：:]{2,30}(?:院长|局长|科长|主任|处长|书记|同志|负责人|代表)[^，,。：:]{0,6}(?:通报|强调|解读|介绍|作|做|对|传达|宣读|总结|讲话|指出)/;

/** `同时，…`, `此外，…`: a paragraph that goes on from the one before. */
const GOES_ON = /^(?:同时|此外|另外|与此同时|另一方面)[，,]/;
/** `区卫生局将为…`, `我们将…`, `全县力争…`: a sentence whose subject says what it will do, at a paragraph's start or after its run-in heading. */
const STILL_AHEAD = /(?:^|。)[^。，,；;：:\d]{1,16}?(?:将(?!近|来|士|军)|力争|拟)/;
const STILL_AHEAD_REACH = 60;

const HEARSAY_LEAD = /^据(?:了解|介绍|悉|统计)[，,]\s*/;

/** The way a paragraph looks by its opening: another year than the document's, or a word of looking ahead in a summary. */
// `会议通报，截至8月底，全县已完成体检4.2万人`: or the figures it heard, as of a day.
const PROGRESS_HEARD = /^(?:会议|会上)(?:还|首先)?(?:通报|听取)了?(?:[^。]{0,40}(?:进展|进度|完成情况)|[，,：:]?\s*截(?:至|止)(?:目前|[0-9一二三四五六七八九十]{1,2}月))/;
function openingKind(paragraph: string, meta: { kind: DocumentKind; year: number | null }): TargetKind | null {
  // `据了解，2018年，…`: the reporter's word for where the news comes from opens nothing.
  const text = paragraph.replace(HEARSAY_LEAD, '');
  // `过去一年，我们…`: a plan's paragraph that looks back reports results.
  if (LOOKING_BACK_OPENING.test(text)) return 'achievement';
  // `上半年，全县门急诊量…同比增长…` in a plan for the half year ahead: the half year behind, reported.
  if (meta.kind === 'plan' && reportsPeriodSoFar(text) && PAST_SIGN.test(text)) return 'achievement';
  // `会议通报了全乡筛查进展：截至8月10日，已完成…`: the progress a meeting heard, before it sets what remains.
  if (meta.kind === 'plan' && PROGRESS_HEARD.test(text)) return 'achievement';
  // `会上，院长作了工作报告，回顾了2013年医院工作，全年门急诊量…`: a report of the year before, with nothing after of the year ahead.
  const reviewed = REVIEWED_YEAR.exec(text);
  if (reviewed && meta.year !== null && Number(reviewed[1]) < meta.year && !text.slice(reviewed.index).includes(`${meta.year}年`)) return 'achievement';
  // `会议明确，2020年全县…的主要目标是：…`: what a meeting set out, its year right after the words that report it.
  const named = PART_YEAR.exec(text) ?? REPORTED_YEAR.exec(text) ?? AS_OF_YEAR.exec(text);
  if (named && meta.year !== null && Number(named[1]) !== meta.year) return Number(named[1]) > meta.year ? 'target' : 'achievement';
  // `会议强调，2024年…` in a 2024 plan, after a part that looked back: the paragraph turns to the plan's own year.
  if (named && meta.year !== null && meta.kind === 'plan' && REPORTED_YEAR.test(text)) return 'target';
  if (meta.kind === 'summary' && (LOOKING_AHEAD.test(text) || LOOKING_AHEAD_AFTER_SPEAKER.test(text) || AHEAD_AS_OBJECT.test(text))) return 'target';
  return null;
}

/** A heading run into its intro (`工作计划2024年,全市…`) ends where the intro's year begins. */
/**
 * A title with its punctuation, and its Traditional characters, as the source writes them (`，`, `（`,
 * `衛生`): normalizing folded them to read the text, but an analyst's table quotes the document.
 * Digits and letters stay folded.
 * `title` is a part of `text`, which starts at `offset` in the normalized text.
 */
function asWritten(normalized: Normalized, offset: number, text: string, title: string): string {
  const at = text.indexOf(title);
  const simplified = normalized.simplified;
  if (at < 0 || (!FOLDED_PUNCTUATION.test(title) && !simplified)) return title;
  let out = '';
  for (let j = 0; j < title.length; j++) {
    const c = title.charCodeAt(j);
    const from = normalized.toSource(offset + at + j);
    const source = normalized.source.text.charCodeAt(from);
    // A Traditional character the text was read in Simplified as.
    // A Kangxi radical a PDF gave for the ideograph is damage, never restored.
    const radical = source >= 0x2e80 && source <= 0x2fdf;
    const folded = source !== c && !radical && ((isFullWidthPunctuation(source) && foldWidthChar(source) === c) || (simplified !== undefined && simplified.charCodeAt(from) === c));
    out += folded ? String.fromCharCode(source) : title[j];
  }
  return out;
}

/** Punctuation that a full-width form folds to. */
const FOLDED_PUNCTUATION = /[!-/:-@[-`{-~]/;

function isFullWidthPunctuation(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20) || (code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xff5e);
}

function sectionTitle(text: string): string {
  const title = headingTitle(text);
  const intro = /(?<=[\u4e00-\u9fa5]{2})(?:(?:19|20)\d{2}|[xX×]{4})年/.exec(title);
  return intro && title.length > 20 ? title.slice(0, intro.index) : title;
}

function lostMarker(rank: number): Marker {
  return { paragraph: -1, style: rank <= 0 ? 'part' : 'cn-dun', rank: Math.ceil(rank), numeral: '', value: null, damaged: true, length: 0 };
}

/** A label of notes alone on its line (`备注：`), and so many lines of notes under it at most. */
const NOTES_LABEL = /^(?:注|备注|说明|附注)\s*[:：]?$/;
const NOTES_REACH = 8;

/** Where the notes at a page's foot start (their label), or the page's end. */
function notesStart(paragraphs: readonly Paragraph[]): number {
  for (let k = Math.max(1, paragraphs.length - NOTES_REACH - 1); k < paragraphs.length; k++) if (NOTES_LABEL.test(paragraphs[k]!.text.trim())) return k;
  return paragraphs.length;
}

/**
 * Where the closing block starts: the date a document is signed on, last, and the issuers signing
 * above it (`XX省爱卫办` / `2018年3月12日`), or the notes under a `备注` label (from `notesStart`). They close the
 * document, not its last task.
 */
function closingBlockStart(paragraphs: readonly Paragraph[], notes: number): number {
  // `总之，通过实施以上措施，…`: a page's last paragraphs that sum up close it; no item goes on into them.
  const summing = paragraphs.findIndex((p, k) => k >= paragraphs.length - CLOSING_REACH && SUMMING_UP.test(p.text));
  if (summing > 0) return summing;
  if (notes < paragraphs.length) return notes;
  let k = paragraphs.length;
  if (k === 0 || !SIGNING_DATE.test(paragraphs[k - 1]!.text)) return k;
  k--;
  while (k > 0 && paragraphs.length - k <= 3 && (SIGNER.test(paragraphs[k - 1]!.text) || SIGNING_PERSON.test(paragraphs[k - 1]!.text))) k--;
  return k;
}

/** The last paragraphs a closing may stand among. */
const CLOSING_REACH = 3;
const SUMMING_UP = /^(?:总之|综上所述|综上|总而言之)[，,]/;
const SIGNING_DATE = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$/;
/** `述职人:…局长 褚明远`: who delivers a report, named under it. */
const SIGNING_PERSON = /^(?:述职人|汇报人|报告人|发言人|讲话人)[:：][^。，,；;]{2,40}$/;
/** A body's name on a line of its own: short, no sentence in it, ending as bodies do. */
const SIGNER = new RegExp(`^[^。，,；;：:]{2,24}(?:${UNIT_NAME_ENDINGS.join('|')})$`);

/** A first line this long is a page glued into one line, not a title. */
const GLUED_PAGE_MIN = 200;

/** A paragraph of prose, not a heading, a signature or a date. */
function isProse(text: string): boolean {
  return text.length >= 8 && /[。，,；;]/.test(text);
}

/**
 * A heading: a short phrase without a full stop (`（一）思想建设`). An item that
 * ends in `。` is a task, however short (`1.加强疾控体系建设。`), and the points
 * numbered under it are part of its text.
 */
function isHeadingText(text: string): boolean {
  // `一是婚检率力争达到90%以上；`: a line that ends on a semicolon is a list's item, no heading.
  return text.length <= 40 && !text.includes('。') && !LIST_ITEM_END.test(text);
}
const LIST_ITEM_END = /[；;]\s*$/;

export { formatNumber };
