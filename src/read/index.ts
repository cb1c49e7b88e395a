import { readFileSync, statSync } from 'node:fs';
import { PlansError, type Source } from '../types.js';
import { detect } from './detect.js';
import { decodeText, looksBinary } from './text.js';
import type { OcrOptions, OcrProgress } from './ocr/index.js';

/** Files larger than this are refused: no work plan comes near it. */
export const MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Overrides the detected encoding of a text file. */
  readonly encoding?: string;
  /** OCR for scanned PDFs and images (default on); `false` refuses them, as `--no-ocr` does. */
  readonly ocr?: boolean;
  /** onnxruntime's threads for OCR (default: one a core). */
  readonly ocrThreads?: number;
  /** Called as each page has been OCR'd. */
  readonly onOcrPage?: (p: OcrProgress) => void;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new PlansError('input', `is larger than the ${MAX_BYTES / 1048576} MB a plan file may be`, '<stdin>');
  }
  return Buffer.concat(chunks);
}

/**
 * The one place that turns bytes into text: `.txt` in UTF-8, UTF-16 or GBK,
 * `.docx`, saved `.html` pages and `.pdf`, decided by content as well as name.
 * `-` reads standard input. The Word, HTML and PDF readers load only when needed.
 */
export async function read(path: string, options: ReadOptions = {}): Promise<Source> {
  const file = path === '-' ? '<stdin>' : path;
  const bytes = path === '-' ? await readStdin() : readBytes(path);
  return decode(bytes, file, options);
}

/** Synchronous on purpose: files are read one at a time, and the first async read would start libuv's thread pool (about 10 ms). */
function readBytes(path: string): Buffer {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    throw ioError(e, path);
  }
  if (info.isDirectory()) throw new PlansError('input', 'is a directory; give a plan file, or the folder to `plans extract` to read the plans inside it', path);
  if (info.size > MAX_BYTES) {
    throw new PlansError('input', `is ${(info.size / 1048576).toFixed(0)} MB, larger than the ${MAX_BYTES / 1048576} MB a plan file may be; check it is the right file`, path);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw ioError(e, path);
  }
}

function ioError(e: unknown, file: string): PlansError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PlansError('input', 'no such file', file);
  if (code === 'EACCES' || code === 'EPERM') return new PlansError('input', 'permission denied; check the file can be read', file);
  if (code === 'EISDIR') return new PlansError('input', 'is a directory; give a plan file', file);
  return new PlansError('input', `cannot be read (${code ?? String(e)})`, file);
}

/** Decodes bytes already read; exported for tests and library use. */
export async function decode(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<Source> {
  if (bytes.length === 0) throw new PlansError('input', 'is empty', file);
  const kind = detect(bytes, file);
  switch (kind) {
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      return { file, format: 'docx', encoding: 'docx', text: await readDocx(bytes, file) };
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      const { text, ocr } = await readPdf(bytes, file, options.ocr === false ? false : ocrOptions(options));
      return ocr ? { file, format: 'pdf', encoding: 'ocr', text, ocr } : { file, format: 'pdf', encoding: 'pdf', text };
    }
    case 'html': {
      const { text: html, encoding } = decodeText(bytes, file, options.encoding ?? htmlCharset(bytes));
      const { readHtml } = await import('./html.js');
      return { file, format: 'html', encoding, text: readHtml(html) };
    }
    case 'zip':
      throw new PlansError('input', 'is a zip archive, not a plan; unpack it, or give a .docx', file);
    case 'ole':
      throw new PlansError('input', 'is an old Word .doc or an encrypted document; save it as .docx (without a password) or .txt', file);
    case 'image': {
      if (options.ocr === false) throw new PlansError('input', 'is an image, not a plan text', file);
      const { readImage } = await import('./ocr/index.js');
      const { text, ocr } = await readImage(bytes, file, ocrOptions(options));
      return { file, format: 'image', encoding: 'ocr', text, ocr };
    }
    case 'heic':
      throw new PlansError('input', 'is a HEIC photo, which cannot be read here; save it as JPEG or PNG', file);
    case 'binary':
      throw new PlansError('input', 'is not a valid Word or PDF file (its content does not match its name); check the file', file);
    case 'text': {
      const { text, encoding } = decodeText(bytes, file, options.encoding);
      if (looksBinary(text)) throw new PlansError('input', 'looks like a binary file, not a plan text', file);
      return { file, format: 'text', encoding, text };
    }
  }
}

function ocrOptions(options: ReadOptions): OcrOptions {
  return { ...(options.ocrThreads ? { threads: options.ocrThreads } : {}), ...(options.onOcrPage ? { onPage: options.onOcrPage } : {}) };
}

/** `<meta charset="gbk">` of a saved page. */
function htmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  if (!m) return undefined;
  const cs = m[1]!.toLowerCase();
  return cs === 'utf-8' || cs === 'utf8' ? undefined : cs === 'gb2312' || cs === 'gbk' ? 'gb18030' : cs;
}
