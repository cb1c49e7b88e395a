/**
 * OCR's misreadings that the domain can repair, as data: letters that look like
 * digits, read where a number stands (`1O0%`, `l0秒`, `2.5万人` with `Ｉ`).
 * Each is one character for one, so every offset holds. A repair needs the
 * number around it: letters stand among digits, at least as many digits as
 * letters, and no Latin letter touches the run (so `O2O`, `DRG`, `COVID-19`, `Ⅰ型`
 * and the `〇` of `二〇二三年` are left as they are). Words are never guessed.
 * Full-width digits and letters (`１０％`) are folded by `normalize` as in any text.
 */
export interface DigitLike {
  /** What OCR wrote. */
  readonly char: string;
  /** The digit it stands for. */
  readonly digit: string;
  readonly note: string;
}

export const DIGIT_LIKE: readonly DigitLike[] = [
  { char: 'O', digit: '0', note: 'capital O for zero' },
  { char: 'o', digit: '0', note: 'small o for zero' },
  { char: 'Ｏ', digit: '0', note: 'full-width capital O' },
  { char: 'ｏ', digit: '0', note: 'full-width small o' },
  { char: '〇', digit: '0', note: 'ideographic zero among Arabic digits (`1〇0%`)' },
  { char: 'l', digit: '1', note: 'small L for one' },
  { char: 'I', digit: '1', note: 'capital i for one' },
  { char: '|', digit: '1', note: 'a bar for one' },
  { char: 'ｌ', digit: '1', note: 'full-width small L' },
  { char: 'Ｉ', digit: '1', note: 'full-width capital i' },
  { char: 'ı', digit: '1', note: 'dotless i' },
];

/**
 * Signs OCR reads as two characters: `‰` (婴儿死亡率2.8‰) comes out as `%0` or
 * `%o`. Taken back after a digit and before anything that could go on a number
 * (a digit, a point): `2.8%0,` is `2.8‰,`. The first character is dropped by
 * `normalize` (it becomes a zero-width space), so offsets hold.
 */
export interface SplitSign {
  readonly read: string;
  readonly sign: string;
  readonly note: string;
}

export const SPLIT_SIGNS: readonly SplitSign[] = [
  { read: '%0', sign: '‰', note: 'per mille read as percent and zero' },
  { read: '%o', sign: '‰', note: 'per mille read as percent and small o' },
  { read: '%O', sign: '‰', note: 'per mille read as percent and capital O' },
  { read: '％0', sign: '‰', note: 'the same, full-width percent' },
  { read: '％o', sign: '‰', note: 'the same, full-width percent' },
  { read: '％O', sign: '‰', note: 'the same, full-width percent' },
];

export interface OcrVocabulary {
  readonly digitLike: readonly DigitLike[];
  readonly splitSigns: readonly SplitSign[];
}

export const OCR: OcrVocabulary = { digitLike: DIGIT_LIKE, splitSigns: SPLIT_SIGNS };
