/** Chinese digits, including the financial and colloquial forms found in plans. */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Multipliers inside a numeral group (below 万). */
export const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Magnitudes that scale a whole number: `6万`, `3.65亿`, `两千`. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  十: 10, 百: 100, 千: 1000, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8,
};

export const POINT = ['点'] as const;
export const PERCENT_WORDS = ['百分之'] as const;

/** All characters that may appear inside a Chinese numeral. */
export const NUMERAL_CHARS = '零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点';
