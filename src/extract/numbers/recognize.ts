/** A figure found in text, before any unit or context is looked at. */
export interface Figure {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /**
   * How the figure is written. `fraction` (`三分之一`), `tenths` (`九成`), `doubling`
   * (`翻一番`) and `ratio` (`1:1000`) carry their own unit (see `FORM_UNITS`).
   */
  readonly script: 'arabic' | 'chinese' | 'redacted' | 'percent-words' | 'fraction' | 'tenths' | 'doubling' | 'ratio';
  /** Magnitude applied; null for a redacted figure. */
  readonly value: number | null;
  readonly magnitude: string;
}

import { DOUBLING, FRACTION_MARK, RATIO, TENTHS } from '../../vocab/numerals.js';
import { parseArabic, parseChineseNumeral, resolveDoubling, resolveFraction, resolveTenths } from './resolve.js';

const MAGNITUDE = '(千万|百万|十万|万|亿|千)?';
const CN = '零〇一二两三四五六七八九十百';
// One alternation, tried left to right by a global regex: each branch is a
// plain character-class run, so the scan cannot backtrack badly. Named forms
// come before the bare Chinese numeral, which would otherwise take their first digit.
const FIGURE = new RegExp(
  [
    '百分之(?<pct>[零〇一二两三四五六七八九十百]+(?:点[零〇一二两三四五六七八九]+)?)',
    `(?<den>[${CN}]+)${FRACTION_MARK}(?<num>[${CN}]+)`,
    `(?<tenth>(?<=[${TENTHS.oneAfter}])一|[${TENTHS.digits}])${TENTHS.mark}(?![${TENTHS.notBefore}])`,
    `${DOUBLING.open}(?<doubling>[${DOUBLING.counts}])${DOUBLING.close}`,
    `(?<digits>\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<mag>${MAGNITUDE.slice(1, -2)})?`,
    `(?<![A-Za-z])(?<redacted>[xX]+(?:\\.[xX]+)?)(?![A-Za-z])(?<rmag>${MAGNITUDE.slice(1, -2)})?`,
    '(?<cn>[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二两三四五六七八九]+)?)',
  ].join('|'),
  'g',
);

const HAS_DIGIT_WORD = /[一二两三四五六七八九十]/;
const RATIO_RIGHT = new RegExp(`^[${RATIO.colons}](\\d+(?:\\.\\d+)?)(?![\\d${RATIO.colons}])`);

/** Finds every figure in `text`, starting the scan at `from`. */
export function* recognizeFigures(text: string, from = 0): Generator<Figure, void, number | undefined> {
  const re = new RegExp(FIGURE.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    let figure: Figure | null = null;
    if (g.pct !== undefined) {
      const v = parseChineseNumeral(g.pct);
      if (v !== null) figure = { start, end, raw: m[0], script: 'percent-words', value: v, magnitude: '' };
    } else if (g.den !== undefined) {
      const v = resolveFraction(g.num!, g.den);
      if (v !== null) figure = { start, end, raw: m[0], script: 'fraction', value: v, magnitude: '' };
    } else if (g.tenth !== undefined) {
      figure = { start, end, raw: m[0], script: 'tenths', value: resolveTenths(g.tenth), magnitude: '' };
    } else if (g.doubling !== undefined) {
      figure = { start, end, raw: m[0], script: 'doubling', value: resolveDoubling(g.doubling), magnitude: '' };
    } else if (g.digits !== undefined) {
      const ratio = g.mag === undefined && g.digits === '1' ? readRatio(text, start, end) : null;
      if (ratio) {
        end = ratio.end;
        re.lastIndex = end;
        figure = { start, end, raw: text.slice(start, end), script: 'ratio', value: ratio.value, magnitude: '' };
      } else {
        const magnitude = g.mag ?? '';
        figure = { start, end, raw: m[0], script: 'arabic', value: parseArabic(g.digits.replace(/,/g, ''), magnitude), magnitude };
      }
    } else if (g.redacted !== undefined) {
      figure = { start, end, raw: m[0], script: 'redacted', value: null, magnitude: g.rmag ?? '' };
    } else if (g.cn !== undefined && HAS_DIGIT_WORD.test(g.cn)) {
      const v = parseChineseNumeral(g.cn);
      if (v !== null) figure = { start, end, raw: m[0], script: 'chinese', value: v, magnitude: '' };
    }
    if (!figure) continue;
    // The consumer may say how far it read (a unit such as `/10万` holds digits of its own).
    const resume = yield figure;
    if (resume !== undefined && resume > re.lastIndex) re.lastIndex = resume;
  }
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
