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

export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldWidthChar(text.charCodeAt(i)));
  return out;
}
