import { BARE_POINT_NOT_BEFORE, BRACKET_HEADING, BRACKET_HEADINGS_MIN, BRACKET_RUN_IN, CIRCLED, POINTS_MIN, SEQUENCE_WORDS, STYLE_RANK, markerStarts, type NumberingPattern, type NumberingStyle } from '../vocab/numbering.js';
import { parseChineseNumeral } from '../extract/numbers/resolve.js';

/** A paragraph of the normalized text. */
export interface Paragraph {
  readonly index: number;
  readonly text: string;
  /** Offset of the paragraph in the normalized text. */
  readonly offset: number;
}

/** A numbering marker recognised at the start of a paragraph. */
export interface Marker {
  readonly paragraph: number;
  readonly style: NumberingStyle;
  readonly rank: number;
  /** The numeral as written (may be empty when it was lost). */
  readonly numeral: string;
  /** Its value, or null when the numeral was lost. */
  readonly value: number | null;
  readonly damaged: boolean;
  /** Length of the marker, so the heading text starts at `offset + length`. */
  readonly length: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let offset = 0;
  let index = 0;
  for (const line of text.split('\n')) {
    if (line.length) out.push({ index: index++, text: line, offset });
    offset += line.length + 1;
  }
  return out;
}

export function recognizeMarker(p: Paragraph, patterns: readonly NumberingPattern[]): Marker | null {
  const starts = markerStarts(patterns);
  if (starts && starts[p.text.charCodeAt(0)] !== 1) return null;
  for (const pattern of patterns) {
    const m = pattern.pattern.exec(p.text);
    if (!m) continue;
    const numeral = m[1] ?? '';
    // A marker with nothing after it is a stray numeral, not a heading.
    if (m[0].length >= p.text.length) return null;
    return {
      paragraph: p.index,
      style: pattern.style,
      rank: STYLE_RANK[pattern.style],
      numeral,
      value: resolveNumeral(numeral),
      damaged: pattern.damaged === true,
      length: m[0].length,
    };
  }
  return null;
}

/**
 * `③做好爱国卫生工作。` / `4加强慢性病综合防控。`: a circled numeral a conversion turned into a bare
 * digit, read where the circled items before it want that number next.
 */
export function repairLostCircled(paragraphs: readonly Paragraph[], markers: (Marker | null)[]): void {
  for (let k = 1; k < paragraphs.length; k++) {
    const before = markers[k - 1];
    if (markers[k] !== null || !before || before.style !== 'circled' || before.value === null || before.value >= CIRCLED.length) continue;
    const next = String(before.value + 1);
    const text = paragraphs[k]!.text;
    if (!text.startsWith(next) || !/[\u4e00-\u9fa5]/.test(text[next.length] ?? '') || LOST_CIRCLE_NOT_BEFORE.test(text[next.length]!)) continue;
    markers[k] = { paragraph: paragraphs[k]!.index, style: 'circled', rank: before.rank, numeral: CIRCLED[before.value]!, value: before.value + 1, damaged: true, length: next.length };
  }
}

/**
 * `2、完善…` / `3推进…` / `4、提高…`: an arabic item whose mark a copy lost, read where the items around it
 * (of one style) want that number, the one before it one less and the one after it one more.
 */
export function repairLostArabic(paragraphs: readonly Paragraph[], markers: (Marker | null)[]): void {
  let before: Marker | null = null;
  for (let k = 0; k < paragraphs.length; k++) {
    const m = markers[k];
    if (m) {
      if (LOST_MARK_STYLES.has(m.style) && m.value !== null) before = m;
      continue;
    }
    if (!before || before.value === null) continue;
    const next = String(before.value + 1);
    const text = paragraphs[k]!.text;
    if (!text.startsWith(next) || !/[\u4e00-\u9fa5]/.test(text[next.length] ?? '') || LOST_CIRCLE_NOT_BEFORE.test(text[next.length]!)) continue;
    const after = markers.slice(k + 1).find((n) => n !== null && n.style === before!.style);
    if (!after || after.value !== before.value + 2) continue;
    markers[k] = { paragraph: paragraphs[k]!.index, style: before.style, rank: before.rank, numeral: next, value: before.value + 1, damaged: true, length: next.length };
    before = markers[k]!;
  }
}
const LOST_MARK_STYLES = new Set(['ar-dun', 'ar-dot']);

/**
 * `…做好以下五项工作：` / `一加强…` / `二进一步…` / `三扎实推进…`: points under a lead-in's colon whose marks lost their
 * `、`, read where paragraphs in a row open with the numerals in order. They are points, as `一是…` are.
 */
export function repairLostPointMarks(paragraphs: readonly Paragraph[], markers: (Marker | null)[]): void {
  for (let k = 1; k < paragraphs.length; k++) {
    if (!/[:：]$/.test(paragraphs[k - 1]!.text.trimEnd()) || markers[k] !== null || !barePoint(paragraphs[k]!.text, 1)) continue;
    let n = 1;
    while (k + n < paragraphs.length && markers[k + n] === null && barePoint(paragraphs[k + n]!.text, n + 1)) n++;
    if (n < POINTS_MIN) continue;
    for (let j = 0; j < n; j++) {
      const numeral = paragraphs[k + j]!.text[0]!;
      markers[k + j] = { paragraph: paragraphs[k + j]!.index, style: 'cn-shi', rank: STYLE_RANK['cn-shi'], numeral, value: j + 1, damaged: true, length: 1 };
    }
    k += n - 1;
  }
}

/**
 * `【工作目标】` / `1.…` / `【活动内容和方式】` / `(1)…`: on a page set out in parts named in brackets, each on
 * its own line, those parts are its top headings, over whatever numbering the items under them use.
 * A part with a few words run in (`【活动对象】全院各科室`) is one of them too.
 */
export function markBracketHeadings(paragraphs: readonly Paragraph[], markers: (Marker | null)[]): void {
  // Each over words of its own: `【打印】` / `【关闭】` at a page's foot head nothing.
  const heads = (p: Paragraph, k: number) => markers[k] === null && BRACKET_HEADING.test(p.text) && k + 1 < paragraphs.length && !BRACKET_RUN_IN.test(paragraphs[k + 1]!.text);
  if (paragraphs.filter(heads).length < BRACKET_HEADINGS_MIN) return;
  let value = 0;
  paragraphs.forEach((p, k) => {
    if (markers[k] !== null || !BRACKET_RUN_IN.test(p.text)) return;
    markers[k] = { paragraph: p.index, style: 'bracket', rank: STYLE_RANK.bracket, numeral: '', value: ++value, damaged: false, length: 1 };
  });
}

/**
 * `1、基本公共卫生服务主要指标` / `、居民…85%以上;` / `、适龄儿童…`: marks whose numerals were lost, two or more in a row
 * under an Arabic item, are that item's points, not headings whose `一` was lost.
 */
export function repairLostNumeralRank(markers: (Marker | null)[]): void {
  let parent: Marker | null = null;
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k];
    if (!m) continue;
    if (!(m.style === 'cn-dun' && m.numeral === '')) {
      parent = LOST_MARK_STYLES.has(m.style) && m.numeral !== '' ? m : null;
      continue;
    }
    if (!parent) continue;
    let end = k;
    while (end < markers.length && (markers[end] === null || (markers[end]!.style === 'cn-dun' && markers[end]!.numeral === ''))) end++;
    const run = markers.slice(k, end).filter((n) => n !== null).length;
    if (run < 2) continue;
    for (let j = k; j < end; j++) {
      const lost = markers[j];
      if (lost) markers[j] = { ...lost, rank: parent.rank + 0.5 };
    }
    k = end - 1;
  }
}

function barePoint(text: string, value: number): boolean {
  return value <= 10 && parseChineseNumeral(text[0] ?? '') === value && /[\u4e00-\u9fa5]/.test(text[1] ?? '') && !BARE_POINT_NOT_BEFORE.test(text[1]!);
}

/** After a figure, these begin a unit or a date, not a task's title (`4年`, `4个`, `4月`). */
const LOST_CIRCLE_NOT_BEFORE = /[年月日个项家所名人次万亿岁天周期批种类条件张元]/;

function resolveNumeral(numeral: string): number | null {
  if (!numeral) return null;
  if (numeral in SEQUENCE_WORDS) return SEQUENCE_WORDS[numeral]!;
  if (numeral.startsWith('第')) return parseChineseNumeral(numeral.slice(1));
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const circled = CIRCLED.indexOf(numeral);
  if (circled >= 0) return circled + 1;
  return parseChineseNumeral(numeral);
}
