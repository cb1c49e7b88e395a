import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { importExternal } from '../external.js';
import { PlansError, type OcrReport } from '../types.js';
import { layOut, type PageLine } from './layout.js';
import type { OcrOptions } from './ocr/index.js';

const NO_TEXT_LAYER = 'is a PDF without a text layer (a scan?)';

/**
 * The text of a PDF, one paragraph a line: page headers and footers (lines
 * that repeat on most pages) and page numbers removed, lines that wrap or that
 * a page break cut joined again. A PDF without a text layer (a scan) is read
 * by OCR from its page images, unless `ocr` is false; a PDF with one never is.
 */
export async function readPdf(bytes: Uint8Array, file: string, ocr: OcrOptions | false = false): Promise<{ text: string; ocr?: OcrReport }> {
  const { pdfjs, doc } = await openPdf(bytes, file);
  const pages: PageLine[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(toLines(content.items as { str: string; transform: number[]; width: number; hasEOL?: boolean }[]));
  }
  const { text } = layOut(pages);
  if (/[\u4e00-\u9fff]/.test(text)) {
    await doc.destroy();
    return { text };
  }
  if (ocr === false) {
    await doc.destroy();
    throw new PlansError('input', `${NO_TEXT_LAYER}; run OCR on it first, or save it as .txt`, file);
  }
  try {
    const { ocrPages } = await import('./ocr/index.js');
    const { pageRaster } = await import('./ocr/pdf-images.js');
    const opened = doc;
    return await ocrPages(file, NO_TEXT_LAYER, opened.numPages, async (i) => pageRaster((await opened.getPage(i + 1)) as never, pdfjs.OPS), ocr);
  } finally {
    await doc.destroy();
  }
}

/**
 * pdf.js's wasm decoders, in its package: JBIG2 and JPEG 2000, the encodings of
 * many scans. The bundle (dist/plans.cjs) has `require`; tsc's ES modules have `import.meta`.
 */
function wasmFolder(): string | undefined {
  try {
    const req = typeof require === 'function' ? require : createRequire(import.meta.url);
    return join(dirname(req.resolve('pdfjs-dist/package.json')), 'wasm') + sep;
  } catch {
    return undefined;
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Opens a PDF with pdf.js as `plans` reads it; a damaged or encrypted file gets its one line. */
export async function openPdf(bytes: Uint8Array, file: string): Promise<{ pdfjs: PdfJs; doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']> }> {
  const pdfjs = await importExternal<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false,
      // Images come as pixels, never as ImageBitmaps; JPEG 2000 and JBIG2 scans are decoded by pdf.js's own wasm.
      isOffscreenCanvasSupported: false,
      wasmUrl: wasmFolder(),
    }).promise;
    return { pdfjs, doc };
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new PlansError('input', 'is a password-protected PDF; remove the password or save it as .txt', file);
    throw new PlansError('input', `is not a valid PDF (${(e as Error).message}); check the file or save it as .txt`, file);
  }
}

/** Groups text items into lines by their baseline, left to right. */
function toLines(items: readonly { str: string; transform: number[]; width: number }[]): PageLine[] {
  const rows: { y: number; size: number; parts: { x: number; right: number; str: string }[] }[] = [];
  for (const it of items) {
    if (!it.str) continue;
    const x = it.transform[4]!;
    const y = it.transform[5]!;
    const size = Math.abs(it.transform[3]!) || 10;
    let row = rows.find((r) => Math.abs(r.y - y) < size * 0.4);
    if (!row) rows.push((row = { y, size, parts: [] }));
    row.parts.push({ x, right: x + it.width, str: it.str });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    r.parts.sort((a, b) => a.x - b.x);
    return { text: r.parts.map((p) => p.str).join('').trim(), x: r.parts[0]!.x, right: Math.max(...r.parts.map((p) => p.right)), y: r.y, size: r.size };
  }).filter((l) => l.text.length > 0);
}
