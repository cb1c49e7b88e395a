import { readFile, stat } from 'node:fs/promises';
import { PlansError, type Source } from '../types.js';

/** Files larger than this are refused: no work plan comes near it, and reading it whole would hurt. */
export const MAX_BYTES = 20 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The one place that turns bytes into text. `-` reads standard input. */
export async function read(path: string): Promise<Source> {
  const file = path === '-' ? '<stdin>' : path;
  let bytes: Buffer;
  if (path === '-') {
    bytes = await readStdin();
  } else {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      throw ioError(e, file);
    }
    if (info.isDirectory()) throw new PlansError('input', 'is a directory; give a plan file', file);
    if (info.size > MAX_BYTES) {
      throw new PlansError('input', `is ${(info.size / 1048576).toFixed(0)} MB, larger than the ${MAX_BYTES / 1048576} MB a plan file may be; split it or check it is the right file`, file);
    }
    try {
      bytes = await readFile(path);
    } catch (e) {
      throw ioError(e, file);
    }
  }
  return decode(bytes, file);
}

function ioError(e: unknown, file: string): PlansError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PlansError('input', 'no such file', file);
  if (code === 'EACCES' || code === 'EPERM') return new PlansError('input', 'permission denied; check the file can be read', file);
  if (code === 'EISDIR') return new PlansError('input', 'is a directory; give a plan file', file);
  return new PlansError('input', `cannot be read (${code ?? String(e)})`, file);
}

/** Decodes plan bytes: BOM first, then strict UTF-8, then GB18030 (a superset of GBK). */
export function decode(bytes: Uint8Array, file: string): Source {
  if (bytes.length === 0) throw new PlansError('input', 'is empty', file);
  const magic = sniff(bytes);
  if (magic) throw new PlansError('input', magic, file);
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'utf-8';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
        encoding = 'gb18030';
      } catch {
        throw new PlansError('input', 'is not text in UTF-8 or GBK; give a plain-text plan file', file);
      }
    }
  }
  if (looksBinary(text)) throw new PlansError('input', 'looks like a binary file, not a plan text', file);
  return { file, format: 'text', encoding, text };
}

function sniff(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('PK\u0003\u0004')) return 'is a zip or .docx file; Word files are not read yet: save it as .txt';
  if (head.startsWith('%PDF')) return 'is a PDF; PDF files are not read yet: save it as .txt';
  if (head.startsWith('\u0089PNG') || head.startsWith('\u00ff\u00d8\u00ff') || head.startsWith('GIF8')) {
    return 'is an image, not a plan text';
  }
  return null;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > sample.length / 20;
}
