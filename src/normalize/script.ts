import { COMMON_TRADITIONAL, TRADITIONAL_MIN_COUNT, TRADITIONAL_MIN_SHARE, TRADITIONAL_PAIRS } from '../vocab/traditional.js';

let table: Uint16Array | null = null;

/** The Simplified form of each Traditional character, by code; 0 for every other character. Built on first need. */
function simplifiedTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(65536);
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) table[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
  }
  return table;
}

const UTF16 = new TextDecoder('utf-16le');
const HEAD = 4000;

let common: Uint8Array | null = null;

function holdsCommonTraditional(text: string): boolean {
  if (!common) {
    common = new Uint8Array(65536);
    for (const c of COMMON_TRADITIONAL) common[c.charCodeAt(0)] = 1;
  }
  const end = Math.min(text.length, HEAD);
  for (let i = 0; i < end; i++) if (common[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * A text written in Traditional characters, folded to Simplified one character for one (offsets
 * kept, as widths are folded); null for any other text, which is left as it is.
 */
export function foldTraditional(text: string): string | null {
  // Most texts hold none of the characters every Traditional paragraph has: a search of the head says so
  // (a page is written in one script throughout; the head is enough to tell which).
  if (!holdsCommonTraditional(text)) return null;
  const simplified = simplifiedTable();
  let traditional = 0;
  let chinese = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    chinese++;
    if (simplified[c] !== 0) traditional++;
  }
  if (traditional < TRADITIONAL_MIN_COUNT || traditional < chinese * TRADITIONAL_MIN_SHARE) return null;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = simplified[c] || c;
  }
  return UTF16.decode(units);
}
