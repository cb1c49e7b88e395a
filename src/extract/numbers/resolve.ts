import { DIGITS, MAGNITUDES, SMALL_UNITS } from '../../vocab/numerals.js';

/** Values keyed by one character, as a table over character codes (-1 where none): a lookup by code makes no string of the character. */
function codeTable(values: Readonly<Record<string, number>>): Float64Array {
  const table = new Float64Array(65536).fill(-1);
  for (const [ch, v] of Object.entries(values)) if (ch.length === 1) table[ch.charCodeAt(0)] = v;
  return table;
}

const DIGIT_OF = codeTable(DIGITS);
const SMALL_UNIT_OF = codeTable(SMALL_UNITS);
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿

/**
 * Resolves a Chinese numeral: `两千` → 2000, `一百零五` → 105, `十五` → 15,
 * `三亿五千万` → 350000000, `零点五` → 0.5. Returns null for anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  const point = text.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseNumeral(text.slice(0, point));
    // `一点二万` = 1.2 × 10 000.
    const scale = text.endsWith('万') ? 1e4 : text.endsWith('亿') ? 1e8 : 1;
    const frac = text.slice(point + 1, scale === 1 ? text.length : -1);
    if (whole === null || !frac) return null;
    let digits = '';
    for (let i = 0; i < frac.length; i++) {
      const d = DIGIT_OF[frac.charCodeAt(i)]!;
      if (d < 0) return null;
      digits += String(d);
    }
    return scale === 1 ? Number(`${whole}.${digits}`) : Math.round(Number(`${whole}.${digits}`) * scale * 1e6) / 1e6;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = DIGIT_OF[c]!;
    if (d >= 0) {
      digit = d;
      continue;
    }
    const small = SMALL_UNIT_OF[c]!;
    if (small >= 0) {
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      continue;
    }
    if (c === WAN) {
      total += (section + Math.max(digit, 0)) * 1e4;
      section = 0;
      digit = -1;
      continue;
    }
    if (c === YI) {
      total = (total + section + Math.max(digit, 0)) * 1e8;
      section = 0;
      digit = -1;
      continue;
    }
    return null;
  }
  return total + section + Math.max(digit, 0);
}

/** A magnitude suffix such as `万`, `千万`, `亿`: its factor, or null. */
export function magnitudeFactor(text: string): number | null {
  if (!text) return 1;
  const direct = MAGNITUDES[text];
  if (direct !== undefined) return direct;
  let factor = 1;
  for (const ch of text) {
    const f = MAGNITUDES[ch];
    if (f === undefined) return null;
    factor *= f;
  }
  return factor;
}

/** Resolves a figure with Arabic digits and an optional magnitude: `3.65亿`, `6万`, `5000`. */
export function parseArabic(digits: string, magnitude: string): number | null {
  const base = Number(digits);
  const factor = magnitudeFactor(magnitude);
  if (!Number.isFinite(base) || factor === null) return null;
  return round(base * factor);
}

/** Keeps `3.65 * 1e8` from coming out as 364999999.99999994. */
export function round(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 11 → 十一, 20 → 二十, 105 → 一百零五: how outline numbers are written. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  const rest = n % 100;
  return CN_DIGITS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + CN_DIGITS[rest] : rest < 20 ? '一' + toChineseNumeral(rest) : toChineseNumeral(rest));
}

/** `三分之一` → 100/3: a fraction as a percentage, computed as 100 × numerator / denominator. */
export function resolveFraction(numerator: string, denominator: string): number | null {
  const n = parseChineseNumeral(numerator);
  const d = parseChineseNumeral(denominator);
  if (n === null || d === null || d === 0 || n > d) return null;
  return (100 * n) / d;
}

/** `九成` → 90: tenths as a percentage. */
export function resolveTenths(digit: string): number {
  return (DIGITS[digit] ?? 0) * 10;
}

/** `翻一番` → 2, `翻两番` → 4. */
export function resolveDoubling(count: string): number {
  return 2 ** (DIGITS[count] ?? 0);
}
