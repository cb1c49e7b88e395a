import type { Span } from '../types.js';
import type { OcrVocabulary } from '../vocab/ocr.js';

/** A character OCR misread and what it was taken for. */
export interface OcrRepair {
  /** The character's place in the source text. */
  readonly span: Span;
  readonly from: string;
  readonly to: string;
}

const DIGIT = /[0-9０-９]/;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;

/** Dropped by `normalize` like any zero-width space: what stands for the first character of a sign read as two. */
const DROPPED = '\u200b';

/**
 * Letters that OCR read for digits, put back where a number stands, and signs
 * read as two characters (`2.8%0` for `2.8‰`) (see `src/vocab/ocr.ts`). One
 * character for one, the first of a split sign becoming a zero-width space
 * that `normalize` drops: the text keeps its length, so every offset into it
 * still points at the source.
 */
/** What follows a figure: a percent sign or a Chinese character (its unit, `人次`, `个`). */
const UNIT_AFTER = /[%‰％\u4e00-\u9fa5]/;

export function repairOcr(text: string, vocab: OcrVocabulary, pasted = false): { text: string; repairs: OcrRepair[] } {
  const map = new Map(vocab.digitLike.map((d) => [d.char, d.digit]));
  const inRun = (c: string) => DIGIT.test(c) || map.has(c);
  const out = text.split('');
  const repairs: OcrRepair[] = [];
  for (const s of vocab.splitSigns) {
    for (let at = text.indexOf(s.read); at >= 0; at = text.indexOf(s.read, at + 1)) {
      const after = text[at + s.read.length] ?? '';
      if (at === 0 || !DIGIT.test(text[at - 1]!) || DIGIT.test(after) || after === '.' || LATIN.test(after)) continue;
      // The sign takes the place of the last character read, the others drop: a figure's span then
      // runs to the end of what OCR read (`2.8%0`), and its text shows it.
      for (let k = 0; k < s.read.length - 1; k++) out[at + k] = DROPPED;
      out[at + s.read.length - 1] = s.sign;
      repairs.push({ span: { start: at, end: at + s.read.length }, from: s.read, to: s.sign });
    }
  }
  let i = 0;
  while (i < text.length) {
    if (!inRun(text[i]!) || out[i] !== text[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && inRun(text[j]!) && out[j] === text[j]) j++;
    // The run text[i..j): digits and digit-like letters, with nothing Latin on either side.
    const bounded = !(i > 0 && LATIN.test(text[i - 1]!)) && !(j < text.length && LATIN.test(text[j]!));
    let digits = 0;
    let letters = 0;
    for (let k = i; k < j; k++) {
      if (DIGIT.test(text[k]!)) digits++;
      else letters++;
    }
    // `3OO人次`: a run that opens with a digit and ends on a unit is a figure, however many of its zeros OCR read as letters.
    const figure = DIGIT.test(text[i]!) && j < text.length && UNIT_AFTER.test(text[j]!);
    if (bounded && letters > 0 && (digits >= letters || figure)) {
      for (let k = i; k < j; k++) {
        const to = map.get(text[k]!);
        if (to === undefined) continue;
        out[k] = to;
        repairs.push({ span: { start: k, end: k + 1 }, from: text[k]!, to });
      }
    }
    i = j;
  }
  // Only in text that shows OCR's hand already: `达到9 0%以上`, a space OCR put inside a percentage;
  // `l、落实…`, a one read as a letter before an item's mark; and in text OCR'd elsewhere, `医共 体`,
  // a space between two Chinese characters, which no writer puts there.
  if (repairs.length > 0) {
    const drop = (at: number) => {
      out[at] = DROPPED;
      repairs.push({ span: { start: at, end: at + 1 }, from: ' ', to: '' });
    };
    for (const m of text.matchAll(SPLIT_PERCENT)) drop(m.index + m[1]!.length);
    for (const m of text.matchAll(ONE_BEFORE_MARK)) {
      const at = m.index + m[0].length - 1;
      if (out[at] !== text[at]) continue;
      out[at] = '1';
      repairs.push({ span: { start: at, end: at + 1 }, from: text[at]!, to: '1' });
    }
    if (pasted) for (const m of text.matchAll(SPACE_IN_WORD)) drop(m.index + 1);
  }
  return { text: repairs.length ? out.join('') : text, repairs };
}

/** At a line's start, a letter standing for 1 before an item's mark (`l、`, `I.`). */
const ONE_BEFORE_MARK = /(^|\n)[ \t\u3000]*([lIｌＩ])(?=[、.．])/gm;
/** One space between two Chinese characters. */
const SPACE_IN_WORD = /[\u4e00-\u9fff] (?=[\u4e00-\u9fff])/g;

/** A digit, one space, the rest of the number and a percent or per mille sign, the space not after a digit run of its own. */
const SPLIT_PERCENT = /(?<![\d.])(\d) (?=\d{1,2}(?:\.\d+)?[%％‰])/g;
