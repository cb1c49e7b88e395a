import { DUTY_AFTER_COLON_START, UNIT_LIST_HEAD } from '../vocab/departments.js';
import { BULLET } from '../vocab/numbering.js';

/** Punctuation and spaces a title does not end with. */
const TRAILING = new Set([...',，;；:：、'].map((c) => c.charCodeAt(0)));

/** `text` without the trailing punctuation and spaces of `TRAILING`; a loop from the end, as a `…+$` pattern is tried at every position. */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (!TRAILING.has(c) && !isSpace(c)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** What `\s` matches. */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const DEPARTMENT_OPENING = /[(（]?牵?头(科室|单位|部门)/;
const ENTRY_LABEL = /^【([^】\s]{2,12})】/;
const DATED_REPORT_LABEL = /^([^，,。；;：:\d\s]{2,14}?(?:情况|进展|进度|运行|动态))(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|截至|截止)/;
const GLUED_GOAL_HEADING = /^(?:总体|阶段性?|具体|主要|年度|近期|远期)(?:工作)?目标(?=到|至|在|为|是|力争|全|\d)/;
/** A field's label glued after a task's name, with the point number before it if any, before its colon. */
const GLUED_FIELD_LABEL = /(?:[(（]\d{1,2}[)）])?(?:创建|工作|主要|具体|年度)?(?:目标|任务|措施|内容|要求)(?:任务)?[:：]/;
/** So much name stands before a glued field label. */
const FIELD_TITLE_MIN = 4;
/** A heading of a few words, no stop in it, then a colon and the text it heads. */
export const RUN_IN_HEADING = /^([^，,、；;：:。\d]{2,24})[:：](?=.{8})/;

/**
 * The first clause of a paragraph: up to the first `。`, or the first space
 * outside quotes where a page blob runs a heading into its body.
 */
export function firstClause(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_QUOTE || c === OPEN_TITLE) depth++;
    else if ((c === CLOSE_QUOTE || c === CLOSE_TITLE) && depth > 0) depth--;
    else if (c === FULL_STOP) return text.slice(0, i);
    else if ((c === 0x20 || c === 0x0a) && depth === 0 && i >= 2) return text.slice(0, i);
  }
  return text;
}

const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》
const FULL_STOP = 0x3002; // 。

export function taskTitle(text: string): string {
  let title = firstClause(text.replace(BULLET, ''));
  // `规范医疗废物处置创建目标：…`, `…整治（1）创建目标：…`: the task's name, then a field's label glued to it.
  const field = GLUED_FIELD_LABEL.exec(title);
  if (field && field.index >= FIELD_TITLE_MIN && !/[，,。；;：:]/.test(title.slice(0, field.index))) return trimTrailing(title.slice(0, field.index));
  // `市教育局、市体育局：推进健康学校建设。`: the units that carry it head the task, its title after them.
  const units = UNIT_LIST_HEAD.exec(title);
  if (units && units[1]!.length === 0 && title.length > units[0].length + FIELD_TITLE_MIN && !DUTY_AFTER_COLON_START.test(title.slice(units[0].length))) return trimTrailing(firstClause(title.slice(units[0].length)));
  // `提升优质医疗资源供给：推进…`: a heading run in before its text with a colon.
  const runIn = RUN_IN_HEADING.exec(title);
  // `县财政局：负责落实建设资金…`: a unit and its duty, one title.
  if (runIn && !DUTY_AFTER_COLON_START.test(title.slice(runIn[0].length))) title = runIn[1]!;
  // `【医疗服务】 2020年，全市…`: a yearbook's entry is titled by its label.
  const label = ENTRY_LABEL.exec(title);
  if (label) return label[1]!;
  // `总体目标到2025年，…`: a heading of aims glued to the sentence it heads.
  const goal = GLUED_GOAL_HEADING.exec(title);
  if (goal) title = goal[0];
  // `核酸检测情况 2021年11月26日，…`: a report's label, the date of its figures after it (the space cleaned away).
  const dated = DATED_REPORT_LABEL.exec(title);
  if (dated) title = dated[1]!;
  const dept = DEPARTMENT_OPENING.exec(title);
  if (dept && dept.index > 0) title = title.slice(0, dept.index);
  return trimTrailing(title);
}

export function headingTitle(text: string): string {
  return trimTrailing(firstClause(text));
}
