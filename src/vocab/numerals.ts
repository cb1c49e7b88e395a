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

/**
 * Number forms that carry their own unit: a fraction (`三分之一`) and tenths (`九成`) are
 * percentages, a doubling (`翻一番`) is a multiple, a ratio (`1:1000`) has no unit.
 */
/**
 * `10万分之9.12`, `千分之4.86`: a rate written as so many parts of a base, the base before `分之`. The base
 * names the unit a rate per that base is written in elsewhere (`9.12/10万`, `4.86‰`).
 */
export const PER_BASE_UNITS: Readonly<Record<string, string>> = {
  百: '%', 千: '‰', 万: '/万', 十万: '/10万', '100': '%', '1000': '‰', '1万': '/万', '10000': '/万', '10万': '/10万', '100000': '/10万',
};

export const FORM_UNITS = {
  'per-base': '',
  'percent-words': '%',
  fraction: '%',
  tenths: '%',
  doubling: '倍',
  ratio: '',
} as const;

/** `三分之一`: numerator after the mark, denominator before it. */
export const FRACTION_MARK = '分之';

/** `九成`: tenths. The digit is one of these (一 only after a comparator's last character, `达到一成`). */
export const TENTHS = {
  mark: '成',
  digits: '二两三四五六七八九',
  /** `统一成立`, `形成`: 一 before 成 is a tenth only after these. */
  oneAfter: '到过于近约超达逾足',
  /** `三成员`, `九成新`: words that start with 成 are not tenths. */
  notBefore: '立为效果本员功熟绩才人都型长片规体交就新',
} as const;

/** `翻一番` → 2, `翻两番` → 4: the value is 2 to the power of the count. */
export const DOUBLING = { open: '翻', close: '番', counts: '一两二三四五' } as const;

/** `1:1000`, `1∶1000`: the colon forms, and the words that make it a ratio rather than a time. */
export const RATIO = {
  colons: ':：∶',
  /** After the ratio (`1:1000的比例`). */
  after: ['的比例', '比例', '的标准', '标准', '配备', '配置'],
  /** Before it in the same clause (`按照服务人口1:1000`). */
  before: ['按照', '按'],
  /** How far back `before` may stand. */
  maxBefore: 12,
} as const;
