import { extname } from 'node:path';
import type { SourceFormat } from '../types.js';

export type Detected = Exclude<SourceFormat, 'image'> | 'zip' | 'image' | 'heic' | 'binary' | 'ole';

/** The kind of a file by its first bytes, then by its extension: content wins. */
export function detect(bytes: Uint8Array, file: string): Detected {
  const head = Buffer.from(bytes.subarray(0, 16));
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return extname(file).toLowerCase() === '.docx' || looksLikeDocx(bytes) ? 'docx' : 'zip';
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  // Word 97–2003 (.doc) and encrypted .docx files are OLE compound files.
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'ole';
  // PNG, JPEG, GIF, TIFF (both byte orders), WebP: images OCR reads.
  const sig = head.toString('latin1');
  if (
    head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) ||
    head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) ||
    sig.startsWith('GIF8') ||
    sig.startsWith('II*\0') ||
    sig.startsWith('MM\0*') ||
    (sig.startsWith('RIFF') && sig.slice(8, 12) === 'WEBP')
  ) {
    return 'image';
  }
  if (sig.slice(4, 8) === 'ftyp' && /^(heic|heix|mif1|msf1|heim|heis|hevc)$/.test(sig.slice(8, 12))) return 'heic';
  const ext = extname(file).toLowerCase();
  const start = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
  if (ext === '.html' || ext === '.htm' || start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (ext === '.docx' || ext === '.pdf') return 'binary';
  return 'text';
}

function looksLikeDocx(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).includes('word/');
}
