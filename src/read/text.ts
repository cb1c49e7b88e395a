import { PlansError } from '../types.js';

/** Decodes plan text: BOM first, then strict UTF-8, then GB18030 (a superset of GBK); `encoding` overrides. */
export function decodeText(bytes: Uint8Array, file: string, encoding?: string): { text: string; encoding: string } {
  if (encoding) {
    let decoder: { decode(input: Uint8Array): string; readonly encoding: string };
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new PlansError('usage', `unknown encoding ${JSON.stringify(encoding)}; try utf-8, gb18030, gbk, utf-16le`);
    }
    try {
      return { text: decoder.decode(bytes).replace(/^\ufeff/, ''), encoding: decoder.encoding };
    } catch {
      throw new PlansError('input', `is not valid ${encoding}; try without --encoding to detect it`, file);
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch {
      throw new PlansError('input', 'is not text in UTF-8 or GBK; give a plan as .txt, .docx, .html or .pdf, or name its encoding with --encoding', file);
    }
  }
}

/** Text that is mostly control characters came from a binary file. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > sample.length / 20;
}
