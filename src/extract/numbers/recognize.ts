/** A figure found in text, before any unit or context is looked at. */
export interface Figure {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly script: 'arabic' | 'chinese' | 'redacted' | 'percent-words';
  /** Magnitude applied; null for a redacted figure. */
  readonly value: number | null;
  readonly magnitude: string;
}

import { parseArabic, parseChineseNumeral } from './resolve.js';

const MAGNITUDE = '(千万|百万|十万|万|亿|千)?';
// One alternation, tried left to right by a global regex: each branch is a
// plain character-class run, so the scan cannot backtrack badly.
const FIGURE = new RegExp(
  [
    '百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二两三四五六七八九]+)?)',
    `(\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)${MAGNITUDE}`,
    `(?<![A-Za-z])([xX]+(?:\\.[xX]+)?)(?![A-Za-z])${MAGNITUDE}`,
    '([零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二两三四五六七八九]+)?)',
  ].join('|'),
  'g',
);

const HAS_DIGIT_WORD = /[一二两三四五六七八九十]/;

/** Finds every figure in `text`, starting the scan at `from`. */
export function* recognizeFigures(text: string, from = 0): Generator<Figure, void, number | undefined> {
  const re = new RegExp(FIGURE.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let figure: Figure | null = null;
    if (m[1] !== undefined) {
      const v = parseChineseNumeral(m[1]);
      if (v !== null) figure = { start, end, raw: m[0], script: 'percent-words', value: v, magnitude: '' };
    } else if (m[2] !== undefined) {
      const magnitude = m[3] ?? '';
      figure = { start, end, raw: m[0], script: 'arabic', value: parseArabic(m[2].replace(/,/g, ''), magnitude), magnitude };
    } else if (m[4] !== undefined) {
      figure = { start, end, raw: m[0], script: 'redacted', value: null, magnitude: m[5] ?? '' };
    } else if (m[6] !== undefined && HAS_DIGIT_WORD.test(m[6])) {
      const v = parseChineseNumeral(m[6]);
      if (v !== null) figure = { start, end, raw: m[0], script: 'chinese', value: v, magnitude: '' };
    }
    if (!figure) continue;
    // The consumer may say how far it read (a unit such as `/10万` holds digits of its own).
    const resume = yield figure;
    if (resume !== undefined && resume > re.lastIndex) re.lastIndex = resume;
  }
}
