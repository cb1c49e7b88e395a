/**
 * Deadline expressions, as regex sources tried longest first. A figure inside
 * a deadline (`6月底前`, `2022年12月底`) is never a target.
 */
export const DEADLINE_PATTERNS: readonly string[] = [
  '(?:到|至|于)?(?:20\\d{2}|xxxx)年(?:\\d{1,2}|[一二三四五六七八九十]{1,2}|xx?)月(?:底|末|份)?(?:前|之前|以前)?',
  '(?:到|至|于)?(?:20\\d{2}|xxxx)年(?:底|末|内|前|上半年|下半年|年底前|第[一二三四]季度)?(?:前|之前)?',
  '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|中旬|上旬|下旬|份)(?:前|之前|以前)?',
  '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\\d{1,2}日)?(?:前|之前|以前)',
  '年底前', '年底', '年末', '年内', '全年', '上半年', '下半年', '今年', '第[一二三四1-4]季度(?:末|底)?(?:前)?',
];

/** A bare year counts as a deadline only where it opens a sentence or clause (`2021年，…`). */
export const YEAR_AS_DEADLINE = /^(?:到|至|于)?(?:20\d{2})年(?:度)?$/;
