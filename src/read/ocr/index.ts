import { importExternal } from '../../external.js';
import { PlansError, type OcrLine, type OcrReport } from '../../types.js';
import { layOut, type PageLine } from '../layout.js';
import { createEngine, ENGINE_NAME, ocrMissing, type OcrEngine } from './engine.js';
import type { OcrRow, Raster } from './geometry.js';

/** A page done: for a progress line. */
export interface OcrProgress {
  readonly file: string;
  /** Pages done: 0 as OCR starts. */
  readonly page: number;
  readonly pages: number;
  /** This page's time. */
  readonly seconds: number;
}

export interface OcrOptions {
  /** onnxruntime's threads (default: one a core); a batch on worker threads gives each a share. */
  readonly threads?: number;
  readonly onPage?: (p: OcrProgress) => void;
}

/**
 * OCR of a document's pages: each page's lines in reading order, then laid out
 * as a PDF's text layer is (running headers and page numbers dropped, wrapped
 * lines joined), so that the rest of the pipeline reads it like any PDF. Every
 * line keeps its place in the text, its page and its characters' probabilities.
 * `what` says what the file is, for the message when OCR is not installed.
 */
export async function ocrPages(file: string, what: string, count: number, page: (index: number) => Promise<Raster | null>, options: OcrOptions = {}): Promise<{ text: string; ocr: OcrReport }> {
  // The models load at the first page that has an image: a PDF with none says so, OCR installed or not.
  let engine: OcrEngine | null = null;
  const started = performance.now();
  const rows: OcrRow[][] = [];
  let images = 0;
  options.onPage?.({ file, page: 0, pages: count, seconds: 0 });
  try {
    // One page after another: onnxruntime-node runs a model on the thread that calls it, with every core.
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      const raster = await page(i);
      if (raster) {
        images++;
        engine ??= await createEngine(file, what, options.threads);
        rows.push(await engine.readPage(raster));
      } else rows.push([]);
      options.onPage?.({ file, page: i + 1, pages: count, seconds: (performance.now() - t0) / 1000 });
    }
  } finally {
    await engine?.close();
  }
  if (images === 0) throw new PlansError('input', `${what}, and has no page images to read either; save it as .txt`, file);
  const pages: PageLine[][] = rows.map((page) => page.map((r) => ({ text: r.text, x: r.left, right: r.right, y: r.top, size: r.size })));
  const { text, offsets } = layOut(pages, { ocr: true });
  if (!/[\u4e00-\u9fff]/.test(text)) throw new PlansError('input', `${what}, and OCR found no Chinese text in it; check the file, or save it as .txt`, file);
  const lines: OcrLine[] = [];
  rows.forEach((page, p) =>
    page.forEach((row, k) => {
      const start = offsets[p]![k]!;
      if (start < 0) return;
      const sum = row.probs.reduce((s, x) => s + x, 0);
      lines.push({ page: p + 1, text: row.text, confidence: sum / Math.max(1, row.probs.length), lowest: Math.min(...row.probs), span: { start, end: start + row.text.length }, probs: row.probs });
    }),
  );
  return { text, ocr: { engine: ENGINE_NAME, pages: count, seconds: (performance.now() - started) / 1000, lines } };
}

/** The part of sharp used here (an optional dependency, typed here for builds without it). */
interface SharpImage {
  metadata(): Promise<{ format?: string; pages?: number }>;
  rotate(): SharpImage;
  flatten(options: { background: string }): SharpImage;
  toColourspace(space: string): SharpImage;
  raw(): SharpImage;
  toBuffer(options: { resolveWithObject: true }): Promise<{ data: Buffer; info: { width: number; height: number; channels: number } }>;
}
type Sharp = (input: Uint8Array, options?: { page?: number; limitInputPixels?: number }) => SharpImage;

/** sharp, which decodes image files; one of the OCR packages. */
async function loadSharp(file: string, what: string): Promise<Sharp> {
  try {
    const mod = await importExternal<Sharp | { default: Sharp }>('sharp');
    return typeof mod === 'function' ? mod : mod.default;
  } catch {
    throw ocrMissing(file, what);
  }
}

const IMAGE = 'is an image (a scan or a photo)';

/** An image sharp cannot decode: libvips's reason, without its prefixes. */
function damaged(e: unknown, file: string): PlansError {
  const reason = String((e as Error).message ?? e).split('\n')[0]!.replace(/^(Input (buffer|file) (has corrupt header|contains unsupported image format):?\s*)/i, '').replace(/^Vips\w+:\s*/, '').trim();
  return new PlansError('input', `is an image that cannot be decoded${reason ? ` (${reason})` : ''}; check the file, or save it again as PNG or JPEG`, file);
}

/**
 * An image file read by OCR: PNG, JPEG, TIFF (every page of it), WebP or GIF,
 * turned upright by its EXIF orientation (a phone photo), on white where it is
 * transparent.
 */
export async function readImage(bytes: Uint8Array, file: string, options: OcrOptions = {}): Promise<{ text: string; ocr: OcrReport }> {
  const sharp = await loadSharp(file, IMAGE);
  let pages: number;
  try {
    const meta = await sharp(bytes).metadata();
    pages = meta.format === 'tiff' ? meta.pages ?? 1 : 1;
  } catch (e) {
    throw damaged(e, file);
  }
  return ocrPages(file, IMAGE, pages, async (i) => {
    try {
      const { data, info } = await sharp(bytes, { page: i, limitInputPixels: 100_000_000 })
        .rotate()
        .flatten({ background: '#ffffff' })
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { width: info.width, height: info.height, channels: info.channels === 1 ? 1 : info.channels === 4 ? 4 : 3, data };
    } catch (e) {
      throw damaged(e, file);
    }
  }, options);
}
