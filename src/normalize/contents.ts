import type { Span } from '../types.js';
import { CONTENTS } from '../vocab/chrome.js';
import { type Line, endsSentence, sliceLine } from './lines.js';

/** So much of a line's end is read for a leader and its page. */
const ENTRY_TAIL = 14;
/** `- 1 -`: a page number set between dashes. */
const PAGE_DASH = '-—–';

/** `(一)深化医改……2`: a line that ends on dots leading to a page, read at its end only. */
export function endsOnLeader(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return ((last >= 0x30 && last <= 0x39) || PAGE_DASH.includes(text[text.length - 1]!)) && CONTENTS.leader.test(text.slice(-ENTRY_TAIL));
}

/** A label of contents (`目 录`, `Contents`) is a short line. */
const LABEL_MAX = 12;

/**
 * A table of contents: a run of short heading lines that the body prints again, in the same
 * order, further down (`第一篇 发展基础` / `第一章 指导思想` … then `前 言` and the text), or whose
 * item heads open the body's items (`1.夯实党建根基` before `1.夯实党建根基，凝聚发展合力。…`). Its
 * lines are the body's headings said twice; read once more, they would make every section twice
 * over. Dropped where it stands, with its label (`目 录`); the body keeps its own.
 */
export function dropContents(lines: Line[], removed: Span[]): Line[] {
  const keys = lines.map((l) => contentsKey(l.text));
  // Where each short line stands, for the look ahead: most lines are long and looked at once.
  const at = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (!k) return;
    const places = at.get(k);
    if (places) places.push(i);
    else at.set(k, [i]);
  });
  if (at.size === 0) return lines;
  const label = lines.findIndex((l) => l.text.length <= LABEL_MAX && CONTENTS.label.test(l.text.replace(/\s+/g, '')));
  // Contents stand at the head of a page: only runs starting there are looked at, each once.
  const headEnd = Math.min(lines.length, CONTENTS.headLines);
  for (let i = 0; i < headEnd; i++) {
    // An entry said twice opens a run; so does one with its dotted leader and page (`(一)深化医改……2`), whose item the body gives whole.
    const led = endsOnLeader(lines[i]!.text);
    if (!keys[i] || (at.get(keys[i]!)!.length !== 2 && !(led && CONTENTS.entry.test(keys[i]!)))) continue;
    const labelled = label >= 0 && label < i && lines.slice(label + 1, i).every((l) => l.text.trim() === '');
    // Entries led to their pages by dots are contents beyond doubt: one the text lost is still one, and the body may glue its heading to its text.
    const end = contentsRunEnd(lines, keys, at, i, labelled || led, led);
    const entries = lines.slice(i, end).filter((l) => l.text.trim() !== '');
    // With no label, the entries must read as headings (`第三章 …`, `一、…`, `前 言`): a table's cells come back too.
    const enough = entries.length >= (labelled ? CONTENTS.minLabelled : CONTENTS.minUnlabelled);
    if (!enough || (!labelled && entries.filter((l) => CONTENTS.entry.test(l.text.trim())).length * 2 < entries.length)) {
      i = Math.max(i, end - 1);
      continue;
    }
    const from = labelled ? label : i;
    for (let j = from; j < end; j++) {
      const l = lines[j]!;
      if (l.origin.length > 0) removed.push({ start: l.origin[0]!, end: l.origin[l.origin.length - 1]! + 1 });
    }
    return [...lines.slice(0, from), ...lines.slice(end)];
  }
  return lines;
}

/**
 * Where the run of entries from `start` ends: each entry comes back further down than the one
 * before it, and the run stops where the first comes back (the body has begun) or at a line that
 * does not.
 */
function contentsRunEnd(lines: readonly Line[], keys: readonly (string | null)[], at: ReadonlyMap<string, number[]>, start: number, certain = false, glued = false): number {
  let last = start;
  let bodyAt = lines.length;
  let j = start;
  for (; j < bodyAt && keys[j] !== null; j++) {
    if (keys[j] === '') continue;
    const back = comesBack(lines, keys[j]!, at, Math.max(last, j), glued);
    // In contents beyond doubt (labelled, or led by dots), an entry the page lost further down (`二、…` behind a member's wall) is still one.
    if (back === undefined && certain && CONTENTS.entry.test(keys[j]!) && j > start) continue;
    if (back === undefined) break;
    if (j === start) bodyAt = back;
    last = back;
  }
  return j;
}

/**
 * The line after `after` where an entry comes back: the same line, said twice in all (a line said
 * more often is a table's header, page after page), or an item the entry names by its head.
 */
function comesBack(lines: readonly Line[], key: string, at: ReadonlyMap<string, number[]>, after: number, glued = false): number | undefined {
  const places = at.get(key) ?? [];
  if (places.length === 2) return places[1]! > after ? places[1] : undefined;
  if (places.length > 2 || !CONTENTS.entry.test(key)) return undefined;
  for (let j = after + 1; j < lines.length; j++) {
    const head = lines[j]!.text.slice(0, key.length * 2 + 2).replace(/\s+/g, '');
    if (head.length > key.length && head.startsWith(key) && (glued || CONTENTS.headEnd.includes(head[key.length]!))) return j;
  }
  return undefined;
}

/**
 * A line as a contents entry names it: spaces, dot leaders and a page number left out
 * (`第三章 加强疾病预防控制……12`). Null for a line no contents would hold; '' for an empty one.
 */
function contentsKey(text: string): string | null {
  // Most lines are longer than an entry: they are ruled out before anything is copied.
  // `(一)深化医改……………………2`: the leader dots are no part of an entry's length.
  const led = text.length > CONTENTS.maxLength + 8 && endsOnLeader(text);
  const t = (led ? text.replace(CONTENTS.pageNumber, '') : text).trim();
  if (t.length > CONTENTS.maxLength + 8) return null;
  if (t === '') return '';
  // `(三)考核验收阶段(2012年10月1日—12月31日)`: a bracket closes an entry as well as a sentence.
  if (t.length > CONTENTS.maxLength || (endsSentence(t) && !/[)）]$/.test(t))) return null;
  return t.replace(CONTENTS.pageNumber, '').replace(/\s+/g, '');
}

/** A top heading's number in a line (`二、`), wherever it stands. */
const TOP_NUMBER = /([一二三四五六七八九十]{1,3})、/g;
/** Contents list at least so many headings. */
const GLUED_ENTRIES_MIN = 3;
/** What no heading of contents holds. */
const SENTENCE_MARK = /[。；;，,：:]/;

/**
 * Contents a sharing site glued before the body on one line (`一、疾病预防与控制二、免疫规划三、…四、综合工作一、疾病预防与控制1.1…`):
 * headings numbered from 一 on without a sentence between them, then 一 again, where the body starts. The contents go.
 */
export function cutGluedContents(line: Line, removed: Span[], parse: (numeral: string) => number | null): Line {
  if (!line.text.startsWith('一、')) return line;
  let expected = 1;
  TOP_NUMBER.lastIndex = 0;
  for (let m = TOP_NUMBER.exec(line.text); m; m = TOP_NUMBER.exec(line.text)) {
    const value = parse(m[1]!);
    if (value === expected) {
      expected++;
      continue;
    }
    if (value !== 1 || expected <= GLUED_ENTRIES_MIN || SENTENCE_MARK.test(line.text.slice(0, m.index))) return line;
    removed.push({ start: line.origin[0]!, end: line.origin[m.index]! });
    return sliceLine(line, m.index);
  }
  return line;
}
