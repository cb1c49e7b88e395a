import { toChineseNumeral } from '../extract/numbers/resolve.js';
import { CIRCLED, type NumberingStyle } from '../vocab/numbering.js';
import type { Marker } from './markers.js';

export interface Resolved {
  readonly value: number;
  readonly number: string;
  /** Set when the number was inferred from the sequence rather than read. */
  readonly repaired: boolean;
}

export function formatNumber(style: NumberingStyle, value: number): string {
  if (style === 'bracket') return '';
  if (style === 'circled') return CIRCLED[value - 1] ?? String(value);
  if (style === 'ar-zero') return String(value).padStart(2, '0');
  if (style === 'ar-dot' || style === 'ar-dun' || style === 'ar-paren' || style === 'ar-space' || style === 'ar-decimal' || style === 'ar-decimal3') return String(value);
  return toChineseNumeral(value);
}

/**
 * Reads the intended number of each marker from the sequence: a lost numeral
 * (`、开启…`) is the next in line; a numeral cut short (`(十)` for `(十一)`…`(十九)`)
 * is the next in line when it is a prefix of it; a full numeral is taken as written.
 */
export function resolveSequence(markers: readonly Marker[]): Resolved[] {
  const out: Resolved[] = [];
  let previous = 0;
  for (const m of markers) {
    const expected = previous + 1;
    let value: number;
    let repaired = false;
    if (m.value === null) {
      value = expected;
      // `最后` names the last place, whichever it is.
      repaired = m.style !== 'seq-word';
    } else if (m.value === expected) {
      value = expected;
    } else if (isTruncationOf(m, expected)) {
      value = expected;
      repaired = true;
    } else {
      value = m.value;
    }
    // `首先`, `第三`, `最后`: words that count are kept as the page writes them.
    out.push({ value, number: m.style === 'seq-word' ? m.numeral : formatNumber(m.style, value), repaired });
    previous = value;
  }
  return out;
}

function isTruncationOf(m: Marker, expected: number): boolean {
  if (!m.damaged && !/^[一二三四五六七八九十]+$/.test(m.numeral)) return false;
  const full = formatNumber(m.style, expected);
  return full.length > m.numeral.length && full.startsWith(m.numeral);
}

/**
 * Whether a decimal number goes on from the one before it of its depth: the next in its part (`4.7` after `4.6`,
 * `1.1.3` after `1.1.2`), or a later part's first (`5.1`, `1.2.1`).
 */
export function followsInOrder(before: readonly number[], after: readonly number[]): boolean {
  const last = after.length - 1;
  const differs = before.slice(0, last).findIndex((n, i) => n !== after[i]);
  if (differs < 0) return after[last] === before[last]! + 1;
  return after[differs]! > before[differs]! && after[last] === 1;
}
