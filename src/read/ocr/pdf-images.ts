import type { Raster } from './geometry.js';

/** What pdf.js gives for an image: pixels, 1 bit (a set bit white), RGB or RGBA. */
interface PdfImage {
  readonly width: number;
  readonly height: number;
  /** 1: grey 1 bit a pixel, rows padded to a byte; 2: RGB; 3: RGBA. Absent for an image mask (1 bit, a clear bit painted). */
  readonly kind?: number;
  readonly data: Uint8Array | Uint8ClampedArray | string;
}

interface Placed {
  readonly image: PdfImage;
  readonly mask: boolean;
  /** Image space (the unit square) to page space (viewport, y down). */
  readonly matrix: readonly number[];
}

/** The parts of pdf.js used here, typed loosely: its page proxy and its operator codes. */
export interface PdfPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[] };
  readonly objs: { get(id: string, callback?: (data: unknown) => void): unknown };
  readonly commonObjs: { get(id: string, callback?: (data: unknown) => void): unknown };
}

export interface PdfOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
}

/** The highest resolution a page is put together at: a scan is read at its own resolution up to this. */
const MAX_DPI = 400;

const multiply = (m: readonly number[], n: readonly number[]): number[] => [
  m[0]! * n[0]! + m[2]! * n[1]!,
  m[1]! * n[0]! + m[3]! * n[1]!,
  m[0]! * n[2]! + m[2]! * n[3]!,
  m[1]! * n[2]! + m[3]! * n[3]!,
  m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
  m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
];

function objectOf(page: PdfPage, id: string): Promise<PdfImage> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => store.get(id, (data) => resolve(data as PdfImage)));
}

/**
 * The page as an image, for OCR: its images (a scan holds one a page, or a
 * few strips) put where the page draws them, upright, at the resolution of
 * the sharpest of them (at most 400 dpi), on white. Null for a page without
 * images. Nothing is rendered: text and vector drawing are not drawn.
 */
export async function pageRaster(page: PdfPage, OPS: PdfOps): Promise<Raster | null> {
  const viewport = page.getViewport({ scale: 1 });
  const { fnArray, argsArray } = await page.getOperatorList();
  const placed: Placed[] = [];
  const stack: number[][] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] ?? [];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintImageXObject) placed.push({ image: await objectOf(page, args[0] as string), mask: false, matrix: multiply(viewport.transform, ctm) });
    else if (fn === OPS.paintInlineImageXObject) placed.push({ image: args[0] as PdfImage, mask: false, matrix: multiply(viewport.transform, ctm) });
    else if (fn === OPS.paintImageMaskXObject) {
      const img = args[0] as PdfImage;
      const image = typeof img.data === 'string' ? { ...img, data: (await objectOf(page, img.data)).data } : img;
      placed.push({ image, mask: true, matrix: multiply(viewport.transform, ctm) });
    }
  }
  const usable = placed.filter((p) => p.image && typeof p.image.data !== 'string' && p.image.width > 0 && p.image.height > 0);
  if (usable.length === 0) return null;
  // Pixels per point: the sharpest image's, along either of its axes.
  let ppp = 0;
  for (const p of usable) {
    const [a, b, c, d] = p.matrix;
    ppp = Math.max(ppp, p.image.width / Math.hypot(a!, b!), p.image.height / Math.hypot(c!, d!));
  }
  ppp = Math.min(ppp, MAX_DPI / 72);
  const width = Math.max(1, Math.round(viewport.width * ppp));
  const height = Math.max(1, Math.round(viewport.height * ppp));
  const colour = usable.some((p) => !p.mask && (p.image.kind === 2 || p.image.kind === 3));
  const channels = colour ? 3 : 1;
  const out = new Uint8Array(width * height * channels).fill(255);
  for (const p of usable) draw(out, width, height, channels, p, ppp);
  // A black-and-white scan carries dust: single dots that OCR would read as full stops.
  if (usable.every((p) => p.mask || p.image.kind === 1)) despeckle(out, width, height, channels);
  return { width, height, channels, data: out };
}

/** Clears black pixels with at most one black neighbour (of eight): dust on a black-and-white scan, never a stroke. */
export function despeckle(data: Uint8Array, width: number, height: number, channels: 1 | 3): number {
  const black = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && data[(y * width + x) * channels]! < 128;
  const clear: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!black(x, y)) continue;
      let n = 0;
      for (let dy = -1; dy <= 1 && n < 2; dy++) for (let dx = -1; dx <= 1; dx++) if ((dx || dy) && black(x + dx, y + dy)) n++;
      if (n <= 1) clear.push(y * width + x);
    }
  }
  for (const i of clear) data.fill(255, i * channels, i * channels + channels);
  return clear.length;
}

/** Paints an image into the page: each page pixel inside it takes the image pixel under its centre. */
function draw(out: Uint8Array, width: number, height: number, channels: 1 | 3, p: Placed, ppp: number): void {
  const [a, b, c, d, e, f] = p.matrix as [number, number, number, number, number, number];
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12) return;
  // Page (device) to image space: the inverse of the matrix.
  const ia = d / det;
  const ib = -b / det;
  const ic = -c / det;
  const id = a / det;
  const corners = [
    [e, f],
    [a + e, b + f],
    [c + e, d + f],
    [a + c + e, b + d + f],
  ];
  const xs = corners.map((q) => q[0]! * ppp);
  const ys = corners.map((q) => q[1]! * ppp);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)));
  const x1 = Math.min(width, Math.ceil(Math.max(...xs)));
  const y0 = Math.max(0, Math.floor(Math.min(...ys)));
  const y1 = Math.min(height, Math.ceil(Math.max(...ys)));
  const { image, mask } = p;
  const W = image.width;
  const H = image.height;
  const data = image.data as Uint8Array;
  const rowBytes = (W + 7) >> 3;
  const kind = mask ? 0 : image.kind ?? 1;
  for (let y = y0; y < y1; y++) {
    const py = (y + 0.5) / ppp - f;
    for (let x = x0; x < x1; x++) {
      const px = (x + 0.5) / ppp - e;
      const u = ia * px + ic * py;
      const v = ib * px + id * py;
      if (u < 0 || u >= 1 || v < 0 || v >= 1) continue;
      // The unit square's origin is the image's lower left corner; its first row is the top one.
      const ix = Math.floor(u * W);
      const iy = Math.floor((1 - v) * H);
      const o = (y * width + x) * channels;
      if (kind === 0 || kind === 1) {
        const set = (data[iy * rowBytes + (ix >> 3)]! >> (7 - (ix & 7))) & 1;
        // A mask paints its clear bits (in black: the fill colour is not followed); a 1-bit image is black where clear.
        if (mask && set) continue;
        const g = set ? 255 : 0;
        out[o] = g;
        if (channels === 3) out[o + 1] = out[o + 2] = g;
      } else {
        const k = (iy * W + ix) * (kind === 3 ? 4 : 3);
        if (channels === 3) {
          out[o] = data[k]!;
          out[o + 1] = data[k + 1]!;
          out[o + 2] = data[k + 2]!;
        } else out[o] = Math.round(0.299 * data[k]! + 0.587 * data[k + 1]! + 0.114 * data[k + 2]!);
      }
    }
  }
}
