/** A figure found in text, before any unit or context is looked at. */
export interface Figure {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /**
   * How the figure is written. `fraction` (`三分之一`), `tenths` (`九成`), `doubling`
   * (`翻一番`) and `ratio` (`1:1000`) carry their own unit (see `FORM_UNITS`).
   */
  readonly script: 'arabic' | 'chinese' | 'redacted' | 'percent-words' | 'fraction' | 'tenths' | 'doubling' | 'ratio' | 'per-base';
  /** Magnitude applied; null for a redacted figure. */
  readonly value: number | null;
  readonly magnitude: string;
  /** The unit a `per-base` figure is written in (`10万分之9.12` is per 10万). */
  readonly unit?: string;
}

import { DOUBLING, FRACTION_MARK, PER_BASE_UNITS, RATIO, TENTHS } from '../../vocab/numerals.js';
import { parseArabic, parseChineseNumeral, resolveDoubling, resolveFraction, resolveTenths } from './resolve.js';
import { charTable, isHan } from '../words.js';

// `12千米`, `5千克`: a unit of its own, not thousands of metres.
const MAGNITUDE = '(千万|百万|十万|万|亿|千(?![米克瓦]))?';
const CN = '零〇一二两三四五六七八九十百';
const CN_WITH_MAGNITUDES = `${CN}千万亿`;
const REDACTION = 'xX';
// One alternation, tried left to right by a global regex: each branch is a
// plain character-class run, so the scan cannot backtrack badly. Named forms
// come before the bare Chinese numeral, which would otherwise take their first digit.
export const FIGURE = new RegExp(
  [
    '百分之(?<pct>[零〇一二两三四五六七八九十百]+(?:点[零〇一二两三四五六七八九]+)?)',
    `(?<den>[${CN}]+)${FRACTION_MARK}(?<num>[${CN}]+)`,
    `(?<tenth>(?<=[${TENTHS.oneAfter}])一|[${TENTHS.digits}])${TENTHS.mark}(?![${TENTHS.notBefore}])`,
    `${DOUBLING.open}(?<doubling>[${DOUBLING.counts}])${DOUBLING.close}`,
    // `3 120本`: thousands parted by a space, as a typesetter does, right before the unit.
    `(?<digits>(?<![\\d.,\\s])\\d{1,3}(?: \\d{3})+(?=[\\u4e00-\\u9fa5])|\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<mag>${MAGNITUDE.slice(1, -2)})?`,
    `(?<![A-Za-z])(?<redacted>[${REDACTION}]+(?:\\.[${REDACTION}]+)?)(?![A-Za-z])(?<rmag>${MAGNITUDE.slice(1, -2)})?`,
    // `一点二万`: a decimal in words, its magnitude after it.
    `(?<cn>[${CN_WITH_MAGNITUDES}]+(?:点[零〇一二两三四五六七八九]+[万亿]?)?)`,
  ].join('|'),
  'g',
);

const HAS_DIGIT_WORD = /[一二两三四五六七八九十]/;
const RATIO_RIGHT = new RegExp(`^[${RATIO.colons}](\\d+(?:\\.\\d+)?)(?![\\d${RATIO.colons}])`);

// Capture groups of FIGURE by position (FIGURE has no unnamed groups): named groups would build an object per match.
const ORDER = [...FIGURE.source.matchAll(/\(\?<([a-z]+)>/g)].map((m) => m[1]);
const at = (name: string) => ORDER.indexOf(name) + 1;
const PCT = at('pct'), DEN = at('den'), NUM = at('num'), TENTH = at('tenth'), DOUBLE = at('doubling');
const DIGITS = at('digits'), MAG = at('mag'), REDACTED = at('redacted'), RMAG = at('rmag'), CHINESE = at('cn');
const AT_POSITION = new RegExp(FIGURE.source.replace(/\(\?<[a-z]+>/g, '('), 'y');

/**
 * Every character a branch of FIGURE can start with. The scan skips the others in a
 * plain loop and tries the regex only where a figure may start, which finds the same
 * leftmost matches as a global regex does, at a fraction of the cost. (A native search for
 * these characters, common in any text and spread over the CJK block, is slower than the loop.)
 */
const FIGURE_START = charTable(`${CN_WITH_MAGNITUDES}${REDACTION}0123456789${DOUBLING.open}${TENTHS.digits}`);

/**
 * A run of these is a bare Chinese numeral, unless the character after it is one of `NUMERAL_GOES_ON`
 * (`三分之一`, `九成`, `一点五`): the scanner may then skip it by its next character alone.
 */
const NUMERAL_RUN = charTable(CN_WITH_MAGNITUDES);
const NUMERAL_GOES_ON = charTable(`点${FRACTION_MARK.charAt(0)}${TENTHS.mark}`);

const MINUS_SIGNS = charTable('-－−');

function isWordBeforeSign(code: number): boolean {
  return isHan(code) || code === 0x3a || code === 0xff1a;
}

/** Whether a figure may start with this character (what the scan relies on to skip the others). */
export function mayStartFigure(code: number): boolean {
  return FIGURE_START[code] === 1;
}

/**
 * The figures of a text, one at a time. The reader may say how far it read
 * (a unit such as `/10万` holds digits of its own), and the scan resumes there.
 * One regex serves every scanner: each call sets `lastIndex` before it runs, and nothing runs in between.
 */
export class FigureScanner {
  private at: number;

  /**
   * With `unitFollows`, a Chinese numeral or a redacted figure without a magnitude is given only where
   * one of its characters follows: a reader that reads no other as a figure is spared parsing the rest.
   */
  constructor(
    private readonly text: string,
    from = 0,
    private readonly unitFollows?: Uint8Array,
  ) {
    this.at = from;
  }

  next(resume?: number): Figure | null {
    if (resume !== undefined && resume > this.at) this.at = resume;
    const { text } = this;
    const re = AT_POSITION;
    const length = text.length;
    for (let i = this.at; ; i++) {
      while (i < length && FIGURE_START[text.charCodeAt(i)] === 0) i++;
      if (i >= length) {
        this.at = length;
        return null;
      }
      if (this.unitFollows && NUMERAL_RUN[text.charCodeAt(i)] === 1) {
        // A bare numeral that no unit follows would be matched and dropped: pass it over unmatched.
        let end = i + 1;
        while (end < length && NUMERAL_RUN[text.charCodeAt(end)] === 1) end++;
        const after = text.charCodeAt(end);
        if (NUMERAL_GOES_ON[after] !== 1 && this.unitFollows[after] !== 1) {
          i = end - 1;
          continue;
        }
      }
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      this.at = re.lastIndex;
      i = this.at - 1;
      const figure = this.read(m);
      if (figure) return figure;
    }
  }

  private read(m: RegExpExecArray): Figure | null {
    const { text } = this;
    const start = m.index;
    let end = start + m[0].length;
    let group: string | undefined;
    if ((group = m[PCT]) !== undefined) {
      const v = parseChineseNumeral(group);
      return v === null ? null : { start, end, raw: m[0], script: 'percent-words', value: v, magnitude: '' };
    }
    if ((group = m[DEN]) !== undefined) {
      const v = resolveFraction(m[NUM]!, group);
      return v === null ? null : { start, end, raw: m[0], script: 'fraction', value: v, magnitude: '' };
    }
    if ((group = m[TENTH]) !== undefined) return { start, end, raw: m[0], script: 'tenths', value: resolveTenths(group), magnitude: '' };
    if ((group = m[DOUBLE]) !== undefined) return { start, end, raw: m[0], script: 'doubling', value: resolveDoubling(group), magnitude: '' };
    if ((group = m[DIGITS]) !== undefined) {
      const mag = m[MAG];
      const ratio = mag === undefined && group === '1' ? readRatio(text, start, end) : null;
      if (ratio) {
        end = ratio.end;
        this.at = end;
        return { start, end, raw: text.slice(start, end), script: 'ratio', value: ratio.value, magnitude: '' };
      }
      const magnitude = mag ?? '';
      const perBase = this.perBase(start, end, group + magnitude);
      if (perBase) return perBase;
      const value = parseArabic(group.length > 3 && (group.includes(',') || group.includes(' ')) ? group.replace(/[, ]/g, '') : group, magnitude);
      // `人口自然增长率-1.35‰`: a minus sign right after a word (not after a figure, as in a range) makes it negative.
      if (start > 0 && MINUS_SIGNS[text.charCodeAt(start - 1)] === 1 && (start === 1 || isWordBeforeSign(text.charCodeAt(start - 2)))) {
        return { start: start - 1, end, raw: text.slice(start - 1, end), script: 'arabic', value: value === null ? null : -value, magnitude };
      }
      return { start, end, raw: m[0], script: 'arabic', value, magnitude };
    }
    if ((group = m[REDACTED]) !== undefined) {
      const magnitude = m[RMAG] ?? '';
      return !magnitude && this.unitFollows && this.unitFollows[text.charCodeAt(end)] !== 1 ? null : { start, end, raw: m[0], script: 'redacted', value: null, magnitude };
    }
    if ((group = m[CHINESE]) !== undefined) {
      // `千分之4.86`: a base in words, the parts in figures.
      if (!HAS_DIGIT_WORD.test(group)) return this.perBase(start, end, group);
      if (this.unitFollows && this.unitFollows[text.charCodeAt(end)] !== 1) return null;
      const v = parseChineseNumeral(group);
      return v === null ? null : { start, end, raw: m[0], script: 'chinese', value: v, magnitude: '' };
    }
    return null;
  }

  /** `10万分之9.12` from `start`, its base ending at `end`: the parts of the base, in the unit of a rate per it. */
  private perBase(start: number, end: number, base: string): Figure | null {
    const { text } = this;
    if (text.charCodeAt(end) !== 0x5206 /* 分 */) return null;
    const unit = PER_BASE_UNITS[base];
    const m = unit === undefined ? null : PER_BASE_PARTS.exec(text.slice(end, end + PER_BASE_REACH));
    if (!m) return null;
    this.at = end + m[0].length;
    return { start, end: this.at, raw: text.slice(start, this.at), script: 'per-base', value: Number(m[1]), magnitude: '', unit };
  }
}
const PER_BASE_PARTS = new RegExp(`^${FRACTION_MARK}(\\d+(?:\\.\\d+)?)`);
const PER_BASE_REACH = 12;

/** Every figure of `text` from `from` on. */
export function recognizeFigures(text: string, from = 0): Figure[] {
  const scanner = new FigureScanner(text, from);
  const figures: Figure[] = [];
  for (let f = scanner.next(); f; f = scanner.next()) figures.push(f);
  return figures;
}

/**
 * `1:1000` after `按照…` or before `…的比例`: a ratio, whose value is the N of 1:N.
 * A colon between digits elsewhere (`8:30`) is left alone.
 */
function readRatio(text: string, start: number, end: number): { value: number; end: number } | null {
  if (/[\d.:：∶]/.test(text[start - 1] ?? '')) return null;
  const right = RATIO_RIGHT.exec(text.slice(end, end + 16));
  if (!right) return null;
  const after = end + right[0].length;
  const marked =
    RATIO.after.some((w) => text.startsWith(w, after)) ||
    RATIO.before.some((w) => {
      const window = text.slice(Math.max(0, start - RATIO.maxBefore), start);
      const at = window.lastIndexOf(w);
      return at >= 0 && !/[。；;，,\n]/.test(window.slice(at));
    });
  return marked ? { value: Number(right[1]), end: after } : null;
}
