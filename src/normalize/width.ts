/**
 * Folds full-width ASCII forms (U+FF01–FF5E) and the ideographic space to their
 * half-width forms, one code unit for one, so offsets are kept. NFKC is not used:
 * it would also turn `①` into `1` and lose the numbering style.
 */
export function foldWidthChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x9) return 0x20;
  return code;
}

const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\t]/;
const UTF16 = new TextDecoder('utf-16le');

export function foldWidth(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  // Chinese prose holds a full-width comma every few characters: fold them all in one buffer, not one callback each.
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldWidthChar(text.charCodeAt(i));
  return UTF16.decode(units);
}
