import {
  ASSIGNING_WORDS,
  WORKING_WITH_WORDS,
  BODY_ENDINGS,
  BRANCH_ENDINGS,
  DIVISION_ENDINGS,
  PLACE_OPENINGS,
  DEPARTMENT_MIN_NAME_LENGTH,
  DEPARTMENT_NAME_LENGTH,
  DEPARTMENT_SUFFIXES,
  GENERIC_UNITS,
  LIST_FILLERS,
  FALSE_ENDINGS,
  NAME_INNER_WORDS,
  NAME_JOINERS,
  NOBODY_NAMES,
  NOT_ASSIGNING,
  NOT_ROLE_FOLLOWERS,
  OTHER_SLOT_LABELS,
  PAGE_MARKS,
  PLACE_LEVELS,
  ROLE_TAILS,
  ROLE_WORDS,
  SET_PREFIXES,
  SHARED_DUTY_WORDS,
  RESPONSIBLE_LABELS,
  CARRYING_OUT_WORDS,
  DUTY_AFTER_COLON,
  DUTY_AFTER_COLON_START,
  UNIT_LIST_HEAD,
  LEAD_MARK,
  FIRST_LISTED_LEADS,
  PAGE_MARK_HINT,
  UNIT_ENDINGS,
  VAGUE_WORDS,
  WORK_WORDS,
  type DepartmentRole,
} from '../vocab/departments.js';
import type { Vocabulary } from '../vocab/index.js';
import { charTable, WordIndex } from './words.js';
import { matchers } from './targets/context.js';
import { nextDeadline } from './deadlines.js';

export interface DeclaredDepartments {
  readonly lead: string[];
  readonly support: string[];
}

/*
 * One grammar of role words read over three carriers.
 *
 *   slot    := LABEL [:：为] LIST            (牵头科室:A、B  配合单位:C)
 *   clause  := [由] LIST [FILLER] ROLE [TAIL] (A、B牵头  C等部门单位参与  由A负责组织实施)
 *   LIST    := NAME (SEP NAME)*              a NAME may carry a role note: A(牵头), or an alias: A(B)
 *
 * Carriers: labelled slots (inline, in a bracket, or on their own line),
 * brackets holding role clauses, and prose clauses. The extractor first
 * recognises the spans that carry roles, then resolves each list into names.
 * Every scan is a single pass over the text or over a bounded window, so the
 * work is linear in the length of the text.
 */

type Mode = 'slot' | 'clause';

interface RoleList {
  readonly role: DepartmentRole;
  readonly list: string;
  /** A slot keeps generic names (`各科室`) and splits glued ones; a clause names only real units. */
  readonly mode: Mode;
  /** The role word shares the work out by duty (`按职责分工负责`): a set of units (`各医疗机构`) so named leads nothing. */
  readonly byDuty?: boolean;
  /** The label of a slot (`责任单位`), or the role word of a clause (`牵头`). */
  readonly word?: string;
}

// Sets of characters as tables over their codes: reading `text[i]` of a Chinese text makes a string of each character.
const SPACES = ' \t\n\r\u3000';
const SPACE_CHARS = charTable(SPACES);
const OPEN_CHARS = charTable('(（');
const CLOSE_CHARS = charTable(')）');
const SEPARATOR_CHARS = charTable('、，,；;/');
const CLAUSE_END_CHARS = charTable('，,；;。！？!?');
/** The same characters, for a native search (it passes the characters between them faster than a loop reads them). */
const CLAUSE_END = /[，,；;。！？!?]/g;
const SENTENCE_END_CHARS = charTable('。；;！？!?：:)）');
const SPACES_ANYWHERE = /[ \t\n\r\u3000]/g;
const LINE_BREAKS = /[\n\r]/g;

/** How far a bracket may reach before it counts as unclosed. */
const BRACKET_REACH = 240;
/** How far back a label looks for the bracket it stands in. */
const LABEL_LOOKBACK = 120;
/** Enough characters to hold the longest role word and its tail. */
const ROLE_REACH = 16;
/** The longest list a prose `由…` clause may hold before its role word. */
const PROSE_LIST_REACH = 60;

/** What the document says of its department lists as a whole. */
export interface DepartmentConventions {
  /** `列第一位者为牵头单位…下同`: in a list that shares a task (`A、B负责`), the first leads and the others support. */
  readonly firstListedLeads?: boolean;
}

/** Whether a document states that the first unit of a list leads (`列第一位者为牵头单位`). */
export function readConventions(documentText: string): DepartmentConventions {
  return { firstListedLeads: FIRST_LISTED_LEADS.test(documentText) };
}

/** Spaces before a role word that closes a name's item (`应急办 牵头,`). */
const SPACE_BEFORE_ROLE = new RegExp(`[ \\u3000]+(?=(?:${ROLE_WORDS.map((r) => r.word).join('|')})(?:$|[,，、;；)）]))`, 'g');
/** A space inside a two-character role word (`负 责`, `牵 头`, `配 合`). */
const SPLIT_ROLE_WORD = new RegExp(ROLE_WORDS.filter((r) => r.word.length === 2).map((r) => `(?<=${r.word[0]})[ \\u3000](?=${r.word[1]})`).join('|'), 'g');

export function extractDepartments(text: string, vocab: Vocabulary, conventions: DepartmentConventions = {}): DeclaredDepartments {
  // `责任单` / `位：基层卫生股`: a label a line break cut is one label.
  if (text.includes('\n')) text = text.replace(brokenLabels(vocab), (m) => m.replace(LINE_BREAKS, ''));
  // `财务处负 责`: a PDF's line end, turned into a space, inside a role word; `应急办 牵头,各业务科室 配合`: a cell
  // that sets its role words apart from the names by a space.
  if (text.includes(' ') || text.includes('\u3000')) text = text.replace(SPLIT_ROLE_WORD, '').replace(SPACE_BEFORE_ROLE, '');
  // Most tasks name no unit: one scan for any role or label word settles them, but for a bracket of bare names at the end.
  const head = unitsHeading(text);
  if (!triggerPattern(vocab).test(text)) return head ? resolve([head.list], conventions) : bareUnitsAtEnd(text, vocab, conventions);
  text = withoutPageMarks(text);
  const lists: RoleList[] = [];
  const masked: [number, number][] = [];
  const close = matchBrackets(text);
  readDutyOpening(text, lists, masked);
  if (head && lists.length === 0) {
    lists.push(head.list);
    masked.push(head.span);
  }
  readSlots(text, vocab, close, lists, masked);
  readBrackets(text, close, lists, masked);
  if (roleWordOutside(text, masked)) readProse(text, close, masked, lists);
  // `以区人民医院为牵头单位，…。（医政科，6月底前）`: a role word in the text that assigns nothing leaves the bracket at its end.
  return lists.length === 0 ? bareUnitsAtEnd(text, vocab, conventions) : resolve(lists, conventions);
}

// ---------------------------------------------------------------- recognise

/**
 * `…。（医政科，6月底前）`, `（基层科、财务科 10月底前）`, `（卫生监督所，持续推进` left open: a bracket at the task's
 * end that holds only units' names, and perhaps the deadline, names those who lead it.
 */
function bareUnitsAtEnd(text: string, vocab: Vocabulary, conventions: DepartmentConventions = {}): DeclaredDepartments {
  // Most tasks hold no bracket at all.
  if (!text.includes('（') && !text.includes('(')) return { lead: [], support: [] };
  // The bracket closes a paragraph of the task: its own, or the body under its heading line.
  // A line break may cut the bracket itself (`（赵明远/疾控科/` / `孙璐）`).
  const lines = text.includes('\n') ? [...text.split('\n'), text.replace(LINE_BREAKS, '')] : [text];
  for (const line of lines) {
    const lead = bareUnitsClosing(line, vocab);
    // `列第一位者为牵头处室，下同`: the document's rule holds for its bare lists too.
    if (lead) return conventions.firstListedLeads ? { lead: lead.slice(0, 1), support: lead.slice(1) } : { lead, support: [] };
  }
  return { lead: [], support: [] };
}

function bareUnitsClosing(line: string, vocab: Vocabulary): string[] | null {
  const trimmed = line.trimEnd().replace(/[。；;]$/, '');
  const open = Math.max(trimmed.lastIndexOf('（'), trimmed.lastIndexOf('('));
  if (open < 0 || trimmed.length - open > BARE_BRACKET_MAX) return null;
  const closed = /[)）]$/.test(trimmed);
  if (!closed && open < trimmed.length - BARE_OPEN_MAX) return null;
  // `（疾控处、规划信息处。列第一位者为牵头处室，下同）`: the rule stated in the first bracket is no name.
  const inner = trimmed.slice(open + 1, closed ? -1 : undefined).replace(STATED_RULE, '').replace(ONGOING, '');
  // `（赵明远/疾控科、应急办/孙璐）`: who leads, which unit, who does it: the one part that names units.
  if (inner.includes('/')) {
    const units = inner.split('/').map(unitNames).filter((names) => names !== null);
    return units.length === 1 ? units[0]! : null;
  }
  const names = cutAtDeadline(inner, vocab).replace(/[，,\s]+$/, '');
  const rest = inner.slice(names.length).replace(/^[，,\s]+/, '');
  if (names.length === 0 || (rest.length > 0 && !nextDeadline(rest, 0, matchers(vocab)))) return null;
  return unitNames(names);
}

/** The names of a list when every one of them is a unit's, or null. */
function unitNames(list: string): string[] | null {
  const items = splitItems(list).map(trimName);
  return items.length > 0 && items.every((n) => isNameLike(n) && !PLACE_ONLY.test(n)) ? items : null;
}

const STATED_RULE = /[。；;，,]\s*[^。；;，,]{0,4}(?:列|排)(?:在)?(?:第一位|首位).*$/;
/** `持续推进`, `长期坚持`: no date, but where a deadline stands. */
const ONGOING = /[，,\s]*(?:持续推进|长期坚持|常态化推进|持续开展)$/;
/** A bracket of bare names is short; one left open runs to the end of the text, shorter still. */
const BARE_BRACKET_MAX = 40;
const BARE_OPEN_MAX = 24;
/** `（溪桥县）`, `（市）`: a place noted after a name, no unit. */
const PLACE_ONLY = /^[\u4e00-\u9fa5]{0,6}[省市县区镇乡]$/;

/**
 * A division of duties (`四、职责分工` / `（一）县卫生健康局：负责统筹推进…`): the units an item opens with,
 * before a colon and a duty, lead it.
 */
function readDutyOpening(text: string, lists: RoleList[], masked: [number, number][]): void {
  const m = DUTY_OPENING.exec(text);
  if (!m) return;
  lists.push({ role: 'lead', list: m[2]!, mode: 'clause', word: m[3] });
  masked.push([m[1]!.length, m[0].length]);
}

/** `4.市教育局、市体育局：推进健康学校建设。…`: the units an item opens with before its task lead it (not `县财政局：负责…`, a duty). */
function unitsHeading(text: string): { list: RoleList; span: [number, number] } | null {
  const m = UNIT_LIST_HEAD.exec(text);
  if (!m || DUTY_AFTER_COLON_START.test(text.slice(m[0].length))) return null;
  return { list: { role: 'lead', list: m[2]!, mode: 'clause' }, span: [m[1]!.length, m[0].length] };
}

const DUTY_OPENING = new RegExp(`^(\\s*(?:[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]\\s*)?)([^，,。；;：:\\n]{2,30})[:：]${DUTY_AFTER_COLON.source}`);

/** A page break inside a bracket leaves its header or footer there (`P.12`, `— 3 —`): it is cut out. */
function withoutPageMarks(text: string): string {
  if (!PAGE_MARK_HINT.test(text)) return text;
  PAGE_MARKS.lastIndex = 0;
  if (!PAGE_MARKS.test(text)) return text;
  PAGE_MARKS.lastIndex = 0;
  return text.replace(PAGE_MARKS, '');
}

const triggers = new WeakMap<Vocabulary, RegExp>();

const ROLE_WORD = new RegExp(ROLE_WORDS.map((r) => r.word).sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

/** Whether a role word stands outside the spans already read, so that prose may still assign a role. */
function roleWordOutside(text: string, masked: readonly [number, number][]): boolean {
  // Spans sorted by start, walked once alongside the role words (found in order).
  const spans = [...masked].sort((x, y) => x[0] - y[0]);
  let si = 0;
  let reach = -1;
  ROLE_WORD.lastIndex = 0;
  for (let m = ROLE_WORD.exec(text); m; m = ROLE_WORD.exec(text)) {
    const at = m.index;
    while (si < spans.length && spans[si]![0] <= at) reach = Math.max(reach, spans[si++]![1]);
    if (at >= reach) return true;
  }
  return false;
}

function triggerPattern(vocab: Vocabulary): RegExp {
  let re = triggers.get(vocab);
  if (!re) {
    const words = [...new Set([...ROLE_WORDS.map((r) => r.word), ...vocab.departmentMarkers.map((d) => d.word)])];
    // Whether any word occurs: a word that holds another (`牵头科室`, `牵头`) adds nothing to ask.
    const least = words.filter((w) => !words.some((other) => other !== w && w.includes(other)));
    re = new RegExp(least.sort((a, b) => b.length - a.length).map(escape).join('|'));
    triggers.set(vocab, re);
  }
  return re;
}

interface SlotHit {
  readonly at: number;
  readonly listStart: number;
  readonly role: DepartmentRole | null;
  readonly label: string;
  /** The label is a cell of a form's row (`实施单位 区疾控中心`): its value ends at the next space. */
  readonly cell: boolean;
}

const brokenLabelPatterns = new WeakMap<Vocabulary, RegExp>();

/** Labels cut by a line break before their colon (`责任单\n位：`). */
function brokenLabels(vocab: Vocabulary): RegExp {
  let re = brokenLabelPatterns.get(vocab);
  if (!re) {
    const cuts = [...new Set(vocab.departmentMarkers.map((d) => d.word))].flatMap((w) => [...w].slice(1).map((_, k) => `${escape(w.slice(0, k + 1))}\\n${escape(w.slice(k + 1))}`));
    re = new RegExp(`(?:${cuts.join('|')})(?=[:：])`, 'g');
    brokenLabelPatterns.set(vocab, re);
  }
  return re;
}

/** A label that names the kind of unit its list holds (`牵头单位`, `责任科室`), not a bare role word (`牵头`). */
const LABEL_NOUN = /(?:单位|科室|部门|股室|处室)$/;

const labelPatterns = new WeakMap<Vocabulary, { pattern: RegExp; roles: Map<string, DepartmentRole | null> }>();

function labelPattern(vocab: Vocabulary): { pattern: RegExp; roles: Map<string, DepartmentRole | null> } {
  let p = labelPatterns.get(vocab);
  if (!p) {
    const roles = new Map<string, DepartmentRole | null>(OTHER_SLOT_LABELS.map((w) => [w, null]));
    for (const d of vocab.departmentMarkers) roles.set(d.word, d.role);
    const words = [...roles.keys()].sort((a, b) => b.length - a.length).map(escape);
    // `主管部门 梅川区卫健委 实施单位 区疾控中心`: in a form's row, a label is a cell of its own, its value the next.
    // `责任科室（单位）：`, `责任单位及时限：`: a label may note in brackets what else its list holds, or hold the deadline too.
    // `…整改。牵头单位医政医管科`, `…药政科责任单位药政科`: a label of a unit's kind, its colon lost, glued to the name after a
    // sentence's end or another unit's name.
    const kinds = words.filter((w) => LABEL_NOUN.test(w));
    p = {
      pattern: new RegExp(`(${words.join('|')})(?:[(（][\\u4e00-\\u9fa5]{2,4}[)）]|及(?:完成)?时限)?[ \\t\\u3000]*[:：为]|(?<!\\S)(${words.join('|')})[ \\t\\u3000]+(?=[\\u4e00-\\u9fa5])|(?<=^|[。；;\\s]|[科局委办心院所站队股处室])(${kinds.join('|')})(?=[\\u4e00-\\u9fa5]{2})`, 'g'),
      roles,
    };
    labelPatterns.set(vocab, p);
  }
  return p;
}

/** Labelled slots: `牵头科室:A、B`, `(牵头科室:A;配合科室:B;完成时限:…)`, a label line after the task. */
function readSlots(text: string, vocab: Vocabulary, closeOf: Int32Array, lists: RoleList[], masked: [number, number][]): void {
  const { pattern, roles } = labelPattern(vocab);
  const hits: SlotHit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const label = (m[1] ?? m[2] ?? m[3])!;
    hits.push({ at: m.index, listStart: m.index + m[0].length, role: roles.get(label) ?? null, label, cell: m[2] !== undefined });
  }
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    // A form's cell ends at the next space.
    // `牵头单位:A、B 配合单位:C 主要任务:1、…`: any field's label after a space ends the list before it.
    const limit = Math.min(hits[k + 1]?.at ?? text.length, h.cell ? nextSpace(text, h.listStart) : text.length, nextFieldLabel(text, h.listStart));
    const open = openBracketBefore(text, h.at);
    const close = open >= 0 && closeOf[open]! >= h.listStart ? closeOf[open]! : -1;
    const { list, end } = close >= 0 ? bracketedList(text, h.listStart, Math.min(close, limit)) : openList(text, h.listStart, limit);
    masked.push([h.at, Math.max(end, close >= 0 && close < limit ? close + 1 : end)]);
    if (h.role) lists.push({ role: h.role, list: cutAtDeadline(list, vocab), mode: 'slot', word: h.label });
  }
}

function nextFieldLabel(text: string, from: number): number {
  FIELD_LABEL_AFTER_SPACE.lastIndex = from;
  const m = FIELD_LABEL_AFTER_SPACE.exec(text);
  return m ? m.index : text.length;
}
const FIELD_LABEL_AFTER_SPACE = /\s[\u4e00-\u9fa5]{2,6}[:：]/g;

function nextSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE_CHARS[text.charCodeAt(i)] !== 1) i++;
  return i;
}

/** The bracket that `at` stands inside (`(牵头科室:`, `(…;配合科室:`), or -1. */
function openBracketBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - LABEL_LOOKBACK; i--) {
    const c = text.charCodeAt(i);
    if (CLOSE_CHARS[c] === 1 || c === FULL_STOP) return -1;
    if (OPEN_CHARS[c] === 1) return i;
  }
  return -1;
}

/**
 * One table for every text, read whole before the next one is: only the places of opening
 * brackets are written, and only they are read (a table of its own per text cost more than the scan).
 */
let closeBuffer = new Int32Array(1024);

/**
 * For each opening bracket, where it closes (-1 when left open), in one pass
 * with a stack: a bracket left open at a `。`, or open for longer than
 * BRACKET_REACH, is unclosed.
 */
function matchBrackets(text: string): Int32Array {
  if (closeBuffer.length < text.length) closeBuffer = new Int32Array(Math.max(text.length, closeBuffer.length * 2));
  const close = closeBuffer;
  const stack: number[] = [];
  for (let i = 0; ; i++) {
    BRACKET_OR_STOP.lastIndex = i;
    if (!BRACKET_OR_STOP.test(text)) break;
    i = BRACKET_OR_STOP.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) {
      close[i] = -1;
      stack.push(i);
    } else if (c === 0x29 || c === 0xff09) {
      if (isOutlineMarker(text, i)) continue;
      const open = stack.pop();
      if (open !== undefined && i - open <= BRACKET_REACH) close[open] = i;
    } else if (stack.length > 0) stack.length = 0; // a full stop
  }
  return close;
}

/** The characters `matchBrackets` acts on: they are few, and a native search passes the others faster than a loop reads them. */
const BRACKET_OR_STOP = /[()（）。]/g;

/** `2)` opening a line is an outline marker, not the close of a bracket left open on a line before. */
function isOutlineMarker(text: string, close: number): boolean {
  let i = close - 1;
  while (i >= 0 && i >= close - 2 && text[i]! >= '0' && text[i]! <= '9') i--;
  if (i === close - 1) return false;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** A list inside a closed bracket: everything up to the bracket, line breaks removed. */
function bracketedList(text: string, from: number, to: number): { list: string; end: number } {
  return { list: text.slice(from, to).replace(LINE_BREAKS, ''), end: to };
}

/**
 * A list with no closing bracket: it ends at `。`, at a closing bracket of its
 * own level, or at a line break that does not cut a name (`省卫生健\n康委` and a
 * line starting with `、` continue the list).
 */
function openList(text: string, from: number, limit: number): { list: string; end: number } {
  // The list and the item being read are runs of the text: `run` and `itemFrom` say where the current ones start.
  let list = '';
  let run = from;
  let depth = 0;
  let item = '';
  let itemFrom = from;
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      let j = i;
      while (j < limit && SPACE_CHARS[text.charCodeAt(j)] === 1) j++;
      if (j >= limit) break;
      list += text.slice(run, i);
      item += text.slice(itemFrom, i);
      const trimmed = item.trim();
      if (trimmed && endsLikeUnit(trimmed) && SEPARATOR_CHARS[text.charCodeAt(j)] !== 1) {
        // A line of names after a whole name carries the list on (`医政科\n基层科`).
        if (!lineOfNames(text, j, limit)) return { list, end: i };
        list += '、';
        item = '';
      } else if (!continuesName(text, trimmed, j, limit)) return { list, end: i };
      i = run = itemFrom = j;
      continue;
    }
    if (depth === 0 && (c === FULL_STOP || CLOSE_CHARS[c] === 1)) break;
    // `…县妇幼保健院（2）创建目标：…`: the next point's number ends the list.
    if (depth === 0 && OPEN_CHARS[c] === 1 && POINT_NUMBER.test(text.slice(i, i + 5))) break;
    if (OPEN_CHARS[c] === 1) depth++;
    else if (CLOSE_CHARS[c] === 1) depth--;
    if (SEPARATOR_CHARS[c] === 1) {
      item = '';
      itemFrom = i + 1;
    }
    i++;
  }
  return { list: list + text.slice(run, i), end: i };
}

const POINT_NUMBER = /^[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]/;

/** Whether the line at `next` carries on the name `item` that a line break cut. */
function continuesName(text: string, item: string, next: number, limit: number): boolean {
  if (SEPARATOR_CHARS[text.charCodeAt(next)] === 1) return true;
  if (item && endsLikeUnit(item)) return false;
  let i = next;
  for (; i < limit && i < next + DEPARTMENT_NAME_LENGTH.max; i++) {
    const c = text.charCodeAt(i);
    if (SEPARATOR_CHARS[c] === 1 || CLAUSE_END_CHARS[c] === 1 || OPEN_CHARS[c] === 1 || CLOSE_CHARS[c] === 1 || SPACE_CHARS[c] === 1) break;
  }
  return i > next && isNameLike(item + text.slice(next, i));
}

/** How long a line of names carrying on a list may be. */
const NAMES_LINE_REACH = 120;
const OUTLINE_MARKER = /^(?:\d{1,2}[.、．)]|[一二三四五六七八九十]{1,3}[、.．]|[(（①-⑳])/;

/** Whether the line at `from` holds nothing but names (`医政科\n基层科、财务科)`): a list run on over lines. */
function lineOfNames(text: string, from: number, limit: number): boolean {
  let end = from;
  while (end < limit && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
  if (end - from > NAMES_LINE_REACH) return false;
  const line = text.slice(from, end).trim().replace(/[)）。;；]+$/, '');
  if (!line || OUTLINE_MARKER.test(line) || /[:：]/.test(line)) return false;
  return splitItems(line).every((item) => {
    const { name, role } = readItem(item);
    return role === null && (isNameLike(name) || GENERIC_UNITS.includes(name));
  });
}

/** Brackets whose content is a role clause: `(A、B牵头,C等部门单位参与)`, `(省爱卫\n办牵头负责)`. */
function readBrackets(text: string, closeOf: Int32Array, lists: RoleList[], masked: [number, number][]): void {
  const slots = [...masked];
  let si = 0;
  for (let i = nextOpen(text, 0); i >= 0 && i < text.length; i = nextOpen(text, i + 1)) {
    while (si < slots.length && slots[si]![1] <= i) si++;
    if (si < slots.length && slots[si]![0] <= i) {
      i = slots[si]![1] - 1;
      continue;
    }
    const close = closeOf[i]!;
    // A bracket holding a labelled slot has been read as slots.
    if (close < 0 || (si < slots.length && slots[si]![0] < close)) continue;
    const content = text.slice(i + 1, close).replace(SPACES_ANYWHERE, '');
    const found = readClauses(content, true);
    // `(医政科（牵头）、财务科)`: a bare list whose roles are noted after the names.
    if (found.length === 0 && isNotedList(content)) found.push({ role: 'support', list: content, mode: 'slot' });
    if (found.length > 0) {
      lists.push(...found);
      masked.push([i, close + 1]);
      i = close;
    }
  }
}

function nextOpen(text: string, from: number): number {
  const a = text.indexOf('(', from);
  const b = text.indexOf('（', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** A list of names only, one or more of them with a role note (`医政科（牵头）`). */
function isNotedList(content: string): boolean {
  const items = splitItems(content).map(readItem);
  return items.some((i) => i.role !== null) && items.every((i) => isNameLike(i.name) || GENERIC_UNITS.includes(i.name));
}

/** Prose outside the spans already read: `由A牵头,B配合`, `由A负责组织实施`. */
function readProse(text: string, closeOf: Int32Array, masked: [number, number][], lists: RoleList[]): void {
  // The view is built from runs of the text between the characters it drops or replaces.
  const parts: string[] = [];
  let run = -1;
  let prev = -1;
  const stop = (i: number, replacement?: string) => {
    if (run >= 0) parts.push(text.slice(run, i));
    run = -1;
    if (replacement !== undefined) {
      parts.push(replacement);
      prev = FULL_STOP;
    }
  };
  let mi = 0;
  const sorted = [...masked].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < text.length; ) {
    while (mi < sorted.length && sorted[mi]![1] <= i) mi++;
    if (mi < sorted.length && sorted[mi]![0] <= i) {
      stop(i, '。');
      i = sorted[mi]![1];
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      // A line cut inside a sentence (`由省卫生健\n康委牵头`) is joined; a line after a full
      // stop, or after a role word that closes its clause (`…基层科配合\n`), is a new clause.
      stop(i, prev < 0 || SENTENCE_END_CHARS[prev] === 1 || endsInRoleWord(text, i) ? '。' : undefined);
      i++;
      continue;
    }
    if (SPACE_CHARS[c] === 1) {
      stop(i);
      i++;
      continue;
    }
    // An unclosed bracket opens a clause of its own.
    if ((c === 0x28 || c === 0xff08) && closeOf[i]! < 0) {
      stop(i, '。');
      i++;
      continue;
    }
    // The run goes on to the next space or bracket (found by a native search), or to the next span read.
    PROSE_BREAK.lastIndex = i + 1;
    let end = PROSE_BREAK.test(text) ? PROSE_BREAK.lastIndex - 1 : text.length;
    if (mi < sorted.length && sorted[mi]![0] < end) end = sorted[mi]![0];
    if (run < 0) run = i;
    prev = text.charCodeAt(end - 1);
    i = end;
  }
  stop(text.length);
  lists.push(...readClauses(parts.join(''), false));
}

const FULL_STOP = 0x3002;
/** What may end a run of prose: a space or line break (as in SPACES), or a bracket. */
const PROSE_BREAK = /[ \t\n\r\u3000(（]/g;

/** Whether the text before `at` (spaces aside) ends in a role word, or a role word and its tail. */
function endsInRoleWord(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && SPACE_CHARS[text.charCodeAt(end - 1)] === 1) end--;
  const before = text.slice(Math.max(0, end - ROLE_REACH), end);
  return ROLE_ENDING_INDEX.endingAt(before, before.length) !== undefined;
}

/**
 * The role clauses of a run of text, split at `,` `;` `。`. In a bracket a
 * clause is a list followed by its role word; in prose, where role words
 * also stand in ordinary sentences, a clause must also open with `由` or be
 * nothing but the list and its role word.
 */
function readClauses(text: string, bracket: boolean): RoleList[] {
  const out: RoleList[] = [];
  // `A负责技术指导，B负责督查考核`: units that share a sentence's work by duty, each clause a unit and its duty.
  let duties: RoleList[] = [];
  const endDuties = () => {
    if (duties.length >= DUTY_CLAUSES_MIN) out.push(...duties);
    duties = [];
  };
  for (let start = 0; start <= text.length; ) {
    CLAUSE_END.lastIndex = start;
    const end = CLAUSE_END.test(text) ? CLAUSE_END.lastIndex - 1 : text.length;
    const clause = text.slice(start, end);
    const closesSentence = end >= text.length || !COMMA_CHARS[text.charCodeAt(end)];
    start = end + 1;
    if (clause) {
      const found = assignedClause(clause) ?? trailingRoleClause(clause, bracket);
      if (found) out.push(found);
      const duty = found ? null : dutyClause(clause);
      if (duty) duties.push(duty);
      else if (!found) endDuties();
    }
    if (closesSentence) endDuties();
  }
  return out;
}

const COMMA_CHARS = charTable('，,；;');
/** A sentence shares its work out by duty when so many clauses each give one unit its own. */
const DUTY_CLAUSES_MIN = 2;
/** The longest duty a unit is given in such a clause (`负责技术指导`). */
const DUTY_MAX = 10;

/** `区疾控中心负责技术指导`: one unit's name, `负责`, and a short duty with no figure. */
function dutyClause(clause: string): RoleList | null {
  const at = clause.indexOf(DUTY_WORD);
  if (at < 2) return null;
  const unit = clause.slice(0, at);
  const duty = clause.slice(at + DUTY_WORD.length);
  if (duty.length === 0 || duty.length > DUTY_MAX || /\d/.test(duty) || followedByNoun(clause, at + DUTY_WORD.length)) return null;
  if (!endsLikeUnit(unit) || /[、和及与]/.test(unit)) return null;
  return { role: 'lead', list: unit, mode: 'clause', word: DUTY_WORD };
}

const DUTY_WORD = '负责';

/** `由A牵头`, `由A、B负责组织实施`: the list between `由` and the first role word after it. */
function assignedClause(clause: string): RoleList | null {
  for (const opener of ASSIGNING_WORDS) {
    for (let at = clause.indexOf(opener); at >= 0; at = clause.indexOf(opener, at + opener.length)) {
      if (NOT_ASSIGNING.some((w) => w.indexOf(opener) <= at && clause.startsWith(w, at - w.indexOf(opener)))) continue;
      const from = at + opener.length;
      const end = Math.min(clause.length, from + PROSE_LIST_REACH);
      for (let j = from + 1; j < end; j++) {
        const role = roleWordAt(clause, j);
        if (!role) continue;
        if (followedByNoun(clause, j + role.word.length)) return null;
        return { role: role.role, list: clause.slice(from, j), mode: 'clause', byDuty: sharesByDuty(role.word), word: role.word };
      }
    }
  }
  return null;
}

/** `A、B牵头`, `C、D等部门单位参与`, `A牵头负责`, `A负责落实`: a list that ends in its role word. */
function trailingRoleClause(clause: string, bracket: boolean): RoleList | null {
  let body = clause;
  const tail = ROLE_TAIL_INDEX.endingAt(body, body.length, (t) => clause.length > t.length);
  let word = tail ? ROLE_INDEX.endingAt(body, body.length - tail.length) : undefined;
  if (word !== undefined) body = body.slice(0, -tail!.length);
  // `医政科牵头落实` is a lead and its tail; `各镇人民政府具体落实` ends in a role word of its own.
  else word = ROLE_INDEX.endingAt(body, body.length);
  if (word === undefined) return null;
  const list = body.slice(0, -word.length);
  // `区疾控中心负责技术指导`: a duty given after `负责`, not a list of units that guide.
  if (!list || list.includes(DUTY_WORD)) return null;
  // In prose the clause must be the list alone; the name check below rejects `发挥公立医院`.
  if (!bracket && list.length > PROSE_LIST_REACH) return null;
  return { role: ROLE_OF.get(word)!, list, mode: 'clause', byDuty: sharesByDuty(word), word };
}

/** Role words, longest first, so `牵头负责` is read before `负责`. */
const ROLES_LONGEST_FIRST = [...ROLE_WORDS].sort((a, b) => b.word.length - a.word.length);
const ROLE_INDEX = new WordIndex(ROLES_LONGEST_FIRST.map((r) => r.word));
const ROLE_OF = new Map(ROLES_LONGEST_FIRST.map((r) => [r.word, r.role] as const));
const ROLE_TAIL_INDEX = new WordIndex(ROLE_TAILS);
/** Every role word, alone and with each of its tails: what a clause closed by its role word ends with. */
const ROLE_ENDING_INDEX = new WordIndex(ROLES_LONGEST_FIRST.flatMap((r) => [r.word, ...ROLE_TAILS.map((t) => r.word + t)]));

function roleWordAt(text: string, at: number): { word: string; role: DepartmentRole } | null {
  const word = ROLE_INDEX.startingAt(text, at);
  return word === undefined ? null : { word, role: ROLE_OF.get(word)! };
}

function followedByNoun(text: string, at: number): boolean {
  return NOT_ROLE_FOLLOWERS.some((w) => text.startsWith(w, at));
}

// ---------------------------------------------------------------- resolve

interface Named {
  readonly name: string;
  readonly role: DepartmentRole;
}

function resolve(lists: RoleList[], conventions: DepartmentConventions = {}): DeclaredDepartments {
  const out: DeclaredDepartments = { lead: [], support: [] };
  const seen = new Set<string>();
  // `（牵头单位：A；责任单位：B、C）`: beside a unit named to lead, the units 'responsible' support it.
  const named = lists.some((l) => l.role === 'lead' && l.word !== undefined && l.word.includes(LEAD_MARK));
  for (const l of lists) {
    // `（A牵头，B、C按职责分工负责）`: beside a unit named to lead, those who share the work by duty support it.
    // `（A牵头，各区县人民政府负责落实）`: those who carry it out beside the lead support it too.
    const listRole = named && l.word !== undefined && (RESPONSIBLE_LABELS.includes(l.word) || (l.mode === 'clause' && (l.byDuty === true || CARRYING_OUT_WORDS.includes(l.word)))) ? 'support' : l.role;
    let names = l.mode === 'slot' ? slotNames(l.list, listRole) : clauseNames(l.list, listRole, l.byDuty);
    // `（A、B、C负责。列第一位者为牵头单位…）`: the document's own rule says who leads a shared list.
    // A table's column of units (`责任单位`, printed here as the lead's slot) is such a list too.
    if (conventions.firstListedLeads && listRole === 'lead' && (l.mode === 'slot' || !l.word?.includes(LEAD_MARK))) {
      names = names.map((n, k) => (k === 0 ? n : { ...n, role: 'support' }));
    }
    for (const { name, role } of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      out[role].push(name);
    }
  }
  return out;
}

/**
 * The names of a labelled slot with their roles. Where one is noted as
 * leading (`医政科（牵头）、疾控科`), the others of the list support it.
 */
function slotNames(list: string, listRole: DepartmentRole): Named[] {
  const parts = splitItems(list).map(readItem);
  const noted = parts.some((p) => p.role === 'lead');
  const out: Named[] = [];
  for (const p of parts) {
    const role = p.role ?? (noted ? 'support' : listRole);
    for (const name of splitNames(p.name)) out.push({ name, role });
  }
  return out;
}

/**
 * The names of a role clause. A clause that holds a word of work is prose and
 * names nobody; names that stand for nobody (`各有关部门`) are dropped; the
 * clause counts only if its parts are mostly names.
 */
function sharesByDuty(roleWord: string): boolean {
  return SHARED_DUTY_WORDS.some((w) => roleWord.startsWith(w));
}

function clauseNames(list: string, role: DepartmentRole, byDuty = false): Named[] {
  const body = stripFiller(list);
  // `省卫生计生委会同省财政厅负责`: the unit named first leads, those it works with support it.
  const withAt = role === 'lead' ? WORKING_WITH_WORDS.map((w) => [body.indexOf(w), w.length] as const).find(([at]) => at > 0) : undefined;
  if (withAt) return [...clauseNames(body.slice(0, withAt[0]), 'lead', byDuty), ...clauseNames(body.slice(withAt[0] + withAt[1]), 'support', byDuty)];
  const names: string[] = [];
  let others = 0;
  let nobody = 0;
  for (const item of splitItems(body)) {
    const { name } = readItem(item);
    if (!name) continue;
    if (WORK_WORD.test(name)) return [];
    for (const part of splitJoined(name)) {
      const set = SET_PREFIXES.some((p) => part.startsWith(p));
      if (NOBODY_NAMES.includes(part) || namesAWholeSet(part) || VAGUE_WORDS.some((w) => part.includes(w)) || (byDuty && set)) nobody++;
      else if (isNameLike(part) || GENERIC_UNITS.includes(part)) names.push(part);
      else others++;
    }
  }
  if (others * 2 > names.length + nobody) return [];
  return names.map((name) => ({ name, role }));
}

/**
 * `各区县`, `各镇街` in a role clause: a set of places, not a unit. A set of units is one
 * (`各区县卫生健康局`, `各县(市、区)人民政府`, `各医疗卫生单位`): what follows 各 names units, not only places.
 */
function namesAWholeSet(name: string): boolean {
  const prefix = SET_PREFIXES.find((p) => name.startsWith(p));
  if (prefix === undefined || GENERIC_UNITS.includes(name)) return false;
  const base = withoutTrailingBracket(name);
  return onlyPlaces(base.slice(prefix.length)) || !endsLikeUnit(base);
}

/** `区县`, `县市区`, `镇街`: levels of place and nothing else. */
function onlyPlaces(text: string): boolean {
  let rest = text;
  while (rest.length > 0) {
    const level = PLACE_LEVEL_INDEX.startingAt(rest, 0) ?? (rest[0] === '街' ? '街' : undefined);
    if (level === undefined) return false;
    rest = rest.slice(level.length);
  }
  return text.length > 0;
}

const PLACE_LEVEL_INDEX = new WordIndex([...PLACE_LEVELS].sort((a, b) => b.length - a.length));

/** Splits a list at separators outside brackets (`县卫健委(县爱卫办)、县民政局`). */
function splitItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (OPEN_CHARS[c] === 1) depth++;
    else if (CLOSE_CHARS[c] === 1 && depth > 0) depth--;
    if (depth === 0 && (SEPARATOR_CHARS[c] === 1 || SPACE_CHARS[c] === 1)) {
      if (i > start) items.push(list.slice(start, i));
      start = i + 1;
    }
  }
  if (list.length > start) items.push(start === 0 ? list : list.slice(start));
  return items;
}

/**
 * One item of a list: a name, with a role note after it (`医政科（牵头）`,
 * `各镇街(配合)`) or a role word glued to it (`财务科配合`). A bracket that
 * lists levels of place (`各县(市、区)人民政府`, `各乡镇(街道)`) or stands
 * inside the name is part of it; any other bracket after a name is an alias of
 * it and is dropped (`县卫健委(县爱卫办)`).
 */
function readItem(item: string): { name: string; role: DepartmentRole | null } {
  let name = trimName(item);
  let role: DepartmentRole | null = null;
  const open = trailingBracket(name);
  if (open > 0) {
    const note = name.slice(open + 1, -1);
    const r = ROLE_WORDS.find((w) => w.word === note);
    if (r) role = r.role;
    if (r || !(GENERIC_UNITS.includes(name) || isPlaceLevels(note))) name = trimName(name.slice(0, open));
  }
  if (!role) {
    const named = name;
    const word = ROLE_INDEX.endingAt(named, named.length, (w) => named.length > w.length);
    if (word !== undefined) {
      name = name.slice(0, -word.length);
      role = ROLE_OF.get(word)!;
    }
    // `县卫健委(县爱卫办)牵头`: the alias stood before the role word.
    const alias = role ? trailingBracket(name) : -1;
    if (alias > 0 && !isPlaceLevels(name.slice(alias + 1, -1))) name = trimName(name.slice(0, alias));
  }
  return { name: stripFiller(name), role };
}

/** Where the bracket that closes a name opens (`县卫健委(县爱卫办)` → 4), or -1. */
function trailingBracket(name: string): number {
  if (CLOSE_CHARS[name.charCodeAt(name.length - 1)] !== 1) return -1;
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name.charCodeAt(i);
    if (CLOSE_CHARS[c] === 1) depth++;
    else if (OPEN_CHARS[c] === 1 && --depth === 0) return i;
  }
  return -1;
}

/** `市、区`, `街道`: a bracket listing levels of place, part of the name it stands in. */
function isPlaceLevels(note: string): boolean {
  return note.length > 0 && note.split('、').every((p) => PLACE_LEVELS.includes(p));
}

function withoutTrailingBracket(name: string): string {
  const open = trailingBracket(name);
  return open > 0 ? name.slice(0, open) : name;
}

/**
 * A name with the separators, colons and stops around it removed, and any
 * bracket left unpaired at either end (`医政科)`, `(医政科`); a paired one is
 * kept (`各乡镇(街道)`).
 */
function trimName(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && NAME_LEAD[s.charCodeAt(a)] === 1) a++;
  while (b > a && NAME_TRAIL[s.charCodeAt(b - 1)] === 1) b--;
  let opens = 0;
  let closes = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (OPEN_CHARS[c] === 1) opens++;
    else if (CLOSE_CHARS[c] === 1) closes++;
  }
  for (let c = s.charCodeAt(a); a < b && (NAME_LEAD[c] === 1 || (OPEN_CHARS[c] === 1 && opens > closes)); c = s.charCodeAt(a)) {
    if (OPEN_CHARS[c] === 1) opens--;
    a++;
  }
  for (let c = s.charCodeAt(b - 1); b > a && (NAME_TRAIL[c] === 1 || (CLOSE_CHARS[c] === 1 && closes > opens)); c = s.charCodeAt(b - 1)) {
    if (CLOSE_CHARS[c] === 1) closes--;
    b--;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** What a name does not start with (colons, spaces) or end with (stops, spaces), brackets aside. */
const NAME_LEAD = charTable(`:：${SPACES}`);
const NAME_TRAIL = charTable(`。.${SPACES}`);

function stripFiller(s: string): string {
  const f = FILLER_INDEX.endingAt(s, s.length);
  return f === undefined ? s : s.slice(0, -f.length);
}

const FILLER_INDEX = new WordIndex(LIST_FILLERS);

/** Splits a slot's part into names, including names glued together (`医政科基妇科`, `医政科和基层科`). */
export function splitNames(list: string): string[] {
  const names: string[] = [];
  for (const part of splitItems(list)) {
    const clean = stripFiller(trimName(part));
    if (!clean) continue;
    for (const joined of splitJoined(clean)) names.push(...splitGlued(joined));
  }
  return names.filter((n) => isNameLike(n) || GENERIC_UNITS.includes(n));
}

/** `医政科和基层科` is two names; `卫生和计划生育委员会` is one. */
function splitJoined(name: string): string[] {
  for (const j of NAME_JOINERS) {
    if (!name.includes(j)) continue;
    const parts = name.split(j);
    if (parts.every((p) => isNameLike(p))) return parts;
  }
  return [name];
}

function splitGlued(name: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // A bracket inside a name (`各县(市、区)卫生健康局`) is never cut.
    if (OPEN_CHARS[c] === 1) depth++;
    else if (CLOSE_CHARS[c] === 1 && depth > 0) depth--;
    if (depth > 0 || OPEN_CHARS[c] === 1 || CLOSE_CHARS[c] === 1) continue;
    const suffix = SUFFIX_INDEX.startingAt(name, i);
    if (suffix === undefined) continue;
    const end = i + suffix.length;
    if (end - start >= DEPARTMENT_MIN_NAME_LENGTH && name.length - end >= DEPARTMENT_MIN_NAME_LENGTH && OPEN_CHARS[name.charCodeAt(end)] !== 1 && endsAName(name, end)) {
      out.push(name.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  out.push(name.slice(start));
  // `市生态环境局雾溪分局`: a branch is one name with the unit before it, and so is a body's division (`市卫生健康委疾控处`).
  const merged: string[] = [];
  for (const part of out) {
    const before = merged[merged.length - 1];
    const division = before !== undefined && BODY_ENDINGS.some((e) => before.endsWith(e)) && DIVISION_ENDINGS.some((e) => part.endsWith(e)) && !PLACE_OPENINGS.test(part);
    if (before !== undefined && (division || BRANCH_ENDINGS.some((e) => part.endsWith(e)))) merged[merged.length - 1] += part;
    else merged.push(part);
  }
  return merged;
}

/** Whether the ending before `end` ends a name, not a word inside one (`社会` in 人力资源社会保障局, `股份`). */
function endsAName(name: string, end: number): boolean {
  if (FALSE_ENDINGS.some((w) => end >= w.length && name.startsWith(w, end - w.length))) return false;
  for (const w of NAME_INNER_WORDS) {
    for (let k = 1; k < w.length && k <= end; k++) if (name.startsWith(w, end - k)) return false;
  }
  return true;
}

const SUFFIX_INDEX = new WordIndex(DEPARTMENT_SUFFIXES);
const UNIT_ENDING_INDEX = new WordIndex(UNIT_ENDINGS);

function endsLikeUnit(name: string): boolean {
  return UNIT_ENDING_INDEX.endingAt(name, name.length) !== undefined;
}

/** A unit's name: 2–20 characters, ending like a unit, with no word of work in it. */
function isNameLike(name: string): boolean {
  return (
    name.length >= DEPARTMENT_NAME_LENGTH.min &&
    name.length <= DEPARTMENT_NAME_LENGTH.max &&
    endsLikeUnit(withoutTrailingBracket(name)) &&
    !WORK_WORD.test(name)
  );
}

const WORK_WORD = new RegExp(WORK_WORDS.map(escape).join('|'));

/** `（牵头科室：妇幼健康科，6月底前完成）`: a deadline ends the list of units. */
function cutAtDeadline(list: string, vocab: Vocabulary): string {
  const m = nextDeadline(list, 0, matchers(vocab));
  // `规划信息股（6月底前）`: the bracket the deadline opened goes with it.
  return m ? list.slice(0, m.index).replace(/[(（，,\s]+$/, '') : list;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
