import type { DueKind } from '../types.js';

/**
 * Deadline expressions, as regex sources tried longest first. A figure inside
 * a deadline (`6月底前`, `2022年12月底`) is never a target.
 */
/** Every deadline pattern holds one of these characters (a test keeps it so): a text with none has no deadline. */
export const DEADLINE_MARKS = '年月季';

/**
 * How many characters a deadline may run before its first mark (`到2025年`: five), so that a
 * scan tries the patterns only just before a mark (a test keeps it so).
 */
export const DEADLINE_MARK_REACH = 5;

export const DEADLINE_PATTERNS: readonly string[] = [
  // A day only before 前 (`2023年10月15日前`): a signature's date (`…卫生健康局2024年1月8日`) keeps its month alone.
  '(?:到|至|于)?(?:20\\d{2}|xxxx)年(?:\\d{1,2}|[一二三四五六七八九十]{1,2}|xx?)月(?:\\d{1,2}日(?=前|之前|以前)|底|末|份)?(?:前|之前|以前)?',
  '(?:到|至|于)?(?:20\\d{2}|xxxx)年(?:底|末|内|前|上半年|下半年|年底前|第?[一二三四]季度(?:末|底)?)?(?:前|之前)?',
  '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|中旬|上旬|下旬|份)(?:前|之前|以前)?',
  '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\\d{1,2}日)?(?:前|之前|以前)',
  '年底前', '年底', '年末', '年内', '全年', '上半年', '下半年', '今年', '第[一二三四1-4]季度(?:末|底)?(?:前)?',
  // `三季度`, `四季度末` without 第; not `前三季度` (Jan–Sep, a summary's span) nor `每季度`.
  '(?<![前每第])[一二三四]季度(?:末|底)?(?:前)?',
];

/** A bare year counts as a deadline only where it opens a sentence or clause (`2021年，…`). */
export const YEAR_AS_DEADLINE = /^(?:到|至|于)?(?:20\d{2})年(?:度)?$/;

/**
 * A deadline cell, `（完成时限：长期坚持）` as a task table gives it: its words are
 * the deadline when no pattern above finds one in them, so that `长期坚持` and
 * `持续推进` are kept, and a cell no form resolves stays `unknown`.
 */
export const LABELLED_DEADLINE = /(?:完成时限|时限要求|完成时间|时间节点|时限)[:：]\s*([^）)；;。，,\n]{1,16})/g;

/**
 * Ongoing work named where a date would stand (`长期坚持`, `持续推进`): a deadline
 * without a date. Found in a deadline cell, or alone in brackets (`（长期坚持）`).
 */
export const ONGOING_WORDS: readonly string[] = ['长期坚持', '持续推进', '长期推进', '长期开展', '持续开展', '常态化推进', '常态化开展', '长期', '持续', '常态化'];


/** `截至3月底进展：`: the date a progress report is made as of, never a deadline. */
export const AS_OF = { before: /截[至止]到?$/, after: /^的?(?:工作)?(?:进展|完成情况|推进情况|完成进度|进度)/ };

/** Words around a deadline that do not move its date: `到2025年`, `6月底前`, `截至年底`. */
export const DUE_PREFIX = /^(?:截至到?|截止到?|到|至|于|在)/;
export const DUE_SUFFIX = /(?:之前|以前|前)$/;

/** Years named relative to the document's year (`今年`, `明年上半年`). */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { 今: 0, 本: 0, 当: 0, 明: 1, 次: 1 };

// Building blocks of the forms below; named groups carry the parts a resolver reads.
const YEAR = '(?<year>(?:19|20)\\d{2}|[今本当明次])年';
const MONTH = '(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月';
const DAY = '(?<day>3[01]|[12]\\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]';

/**
 * One way a deadline is written, resolved to the last day of the period it
 * names. `pattern` matches the whole deadline once `DUE_PREFIX` and
 * `DUE_SUFFIX` are taken off; its groups `year`, `month`, `day`, `quarter`,
 * `half` give the period, and a missing year is the document's. `day` fixes
 * the day within the month (`上旬` ends on the 10th).
 */
export interface DueForm {
  readonly id: string;
  readonly pattern: RegExp;
  readonly kind: DueKind;
  readonly day?: number;
}

export const DUE_FORMS: readonly DueForm[] = [
  // 10月15日前, 2023年6月30日
  { id: 'date', pattern: new RegExp(`^(?:${YEAR})?${MONTH}${DAY}$`), kind: 'date' },
  // 6月上旬, 9月中旬: the 10th and the 20th
  { id: 'early-month', pattern: new RegExp(`^(?:${YEAR})?${MONTH}上旬$`), kind: 'date', day: 10 },
  { id: 'mid-month', pattern: new RegExp(`^(?:${YEAR})?${MONTH}中旬$`), kind: 'date', day: 20 },
  // 6月底前, 2022年12月底, 9月份, 11月下旬
  { id: 'month', pattern: new RegExp(`^(?:${YEAR})?${MONTH}(?:底|末|份|下旬)?$`), kind: 'month' },
  // 三季度, 第三季度末, 2024年第一季度
  { id: 'quarter', pattern: new RegExp(`^(?:${YEAR})?第?(?<quarter>[一二三四1-4])季度(?:末|底)?$`), kind: 'quarter' },
  // 上半年, 2023年下半年
  { id: 'half', pattern: new RegExp(`^(?:${YEAR})?(?<half>[上下])半年(?:末|底)?$`), kind: 'half' },
  // 2025年底前, 到2025年, 今年年内, 2023年度
  { id: 'year', pattern: new RegExp(`^${YEAR}(?:年?底|年?末|年?内|度|度内)?$`), kind: 'year' },
  // 年内, 年底前, 全年 of the document's year
  { id: 'this-year', pattern: /^(?:年底|年末|年内|全年|年度内|本年度)$/, kind: 'year' },
  // 长期坚持, 持续推进: no date to give
  { id: 'ongoing', pattern: new RegExp(`^(?:${ONGOING_WORDS.join('|')})$`), kind: 'ongoing' },
  // 每季度, 每月底: work that recurs, so no one date
  { id: 'recurring', pattern: /^每(?:月|季度?|半年|年)(?:末|底)?$/, kind: 'ongoing' },
];
