/**
 * The geometry of OCR, pure and without the models: text boxes found in the
 * detection model's probability map (PaddleOCR's DB post-processing), a box's
 * pixels sampled into the recognition model's input, boxes ordered into lines.
 */

/** Pixels, row by row: grey (1 channel), RGB (3) or RGBA (4, alpha ignored), 0 black … 255 white. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3 | 4;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/**
 * A text box: a rectangle turned by the angle of its text. `(ux, uy)` is the unit
 * vector along the text; across it, down the page, is `(-uy, ux)`.
 */
export interface TextBox {
  readonly cx: number;
  readonly cy: number;
  /** Along the text. */
  readonly w: number;
  /** Across the text: about the glyphs' size (an em). */
  readonly h: number;
  readonly ux: number;
  readonly uy: number;
  /** Height of the detected text core, before it is grown back to the glyphs (about half their size). */
  readonly core: number;
  /** Mean probability of text inside the box. */
  readonly score: number;
}

export interface DetectOptions {
  /** A pixel is text where the probability is above this (PaddleOCR: 0.3). */
  readonly threshold: number;
  /** A box is kept when its mean probability is at least this (PaddleOCR: 0.6). */
  readonly boxThreshold: number;
  /** How far the shrunk text core is grown back: area × ratio / perimeter (PaddleOCR: 1.5). */
  readonly unclipRatio: number;
  /** Boxes narrower than this many pixels of the map are noise. */
  readonly minSize: number;
}

export const DETECT_DEFAULTS: DetectOptions = { threshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.6, minSize: 3 };

/**
 * Text boxes of a probability map (`width` × `height`, row by row): its pixels
 * above the threshold are joined into regions (8-connected, by runs), each
 * region's smallest enclosing rectangle at any angle is taken and grown by the
 * unclip distance. Coordinates are the map's; `scale` divides them (a map made
 * from an image scaled by `scale`).
 */
export function findBoxes(prob: Float32Array, width: number, height: number, options: DetectOptions = DETECT_DEFAULTS, scale = 1): TextBox[] {
  // Runs of text pixels per row, joined across rows by union-find.
  const runY: number[] = [];
  const runX0: number[] = [];
  const runX1: number[] = [];
  const runSum: number[] = [];
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  let prevStart = 0;
  let prevEnd = 0;
  for (let y = 0; y < height; y++) {
    const rowStart = runY.length;
    const base = y * width;
    let x = 0;
    while (x < width) {
      if (prob[base + x]! <= options.threshold) {
        x++;
        continue;
      }
      const x0 = x;
      let sum = 0;
      while (x < width && prob[base + x]! > options.threshold) sum += prob[base + x++]!;
      const id = runY.length;
      runY.push(y);
      runX0.push(x0);
      runX1.push(x - 1);
      runSum.push(sum);
      parent.push(id);
      // 8-connected: a run of the row above that reaches one pixel past either end touches it.
      for (let k = prevStart; k < prevEnd; k++) {
        if (runX1[k]! >= x0 - 1 && runX0[k]! <= x) {
          const a = find(k);
          const b = find(id);
          if (a !== b) parent[a] = b;
        }
      }
    }
    prevStart = rowStart;
    prevEnd = runY.length;
  }
  const regions = new Map<number, number[]>();
  for (let i = 0; i < runY.length; i++) {
    const r = find(i);
    let list = regions.get(r);
    if (!list) regions.set(r, (list = []));
    list.push(i);
  }
  const boxes: TextBox[] = [];
  for (const runs of regions.values()) {
    let pixels = 0;
    let sum = 0;
    const points: [number, number][] = [];
    for (const i of runs) {
      pixels += runX1[i]! - runX0[i]! + 1;
      sum += runSum[i]!;
      const y = runY[i]!;
      points.push([runX0[i]!, y], [runX1[i]! + 1, y], [runX0[i]!, y + 1], [runX1[i]! + 1, y + 1]);
    }
    const score = sum / pixels;
    if (score < options.boxThreshold) continue;
    let rect = minAreaRect(convexHull(points));
    // The angle of a short region (a character or two) says nothing of the text's: it is taken upright.
    if (rect.w < rect.h * 2) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      rect = { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0, ux: 1, uy: 0 };
    }
    if (Math.min(rect.w, rect.h) < options.minSize) continue;
    const d = (rect.w * rect.h * options.unclipRatio) / (2 * (rect.w + rect.h));
    const w = rect.w + 2 * d;
    const h = rect.h + 2 * d;
    if (Math.min(w, h) < options.minSize + 2) continue;
    boxes.push({ cx: rect.cx / scale, cy: rect.cy / scale, w: w / scale, h: h / scale, ux: rect.ux, uy: rect.uy, core: rect.h / scale, score });
  }
  return boxes;
}

/** Andrew's monotone chain; the hull counter-clockwise in image coordinates, without repeated points. */
export function convexHull(points: [number, number][]): [number, number][] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/**
 * The smallest rectangle around a convex polygon (one of its sides lies on a
 * side of the polygon), given with its axis nearer the horizontal as `u`
 * (pointing right) and `w` its extent along `u`.
 */
export function minAreaRect(hull: readonly [number, number][]): { cx: number; cy: number; w: number; h: number; ux: number; uy: number } {
  if (hull.length === 0) return { cx: 0, cy: 0, w: 0, h: 0, ux: 1, uy: 0 };
  let best = { area: Infinity, cx: 0, cy: 0, w: 0, h: 0, ux: 1, uy: 0 };
  const n = hull.length;
  for (let i = 0; i < n; i++) {
    const [x0, y0] = hull[i]!;
    const [x1, y1] = hull[(i + 1) % n]!;
    const len = Math.hypot(x1 - x0, y1 - y0);
    if (len === 0 && n > 1) continue;
    const ux = n > 1 ? (x1 - x0) / len : 1;
    const uy = n > 1 ? (y1 - y0) / len : 0;
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const [x, y] of hull) {
      const u = x * ux + y * uy;
      const v = -x * uy + y * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < best.area - 1e-9) {
      const mu = (minU + maxU) / 2;
      const mv = (minV + maxV) / 2;
      best = { area, cx: mu * ux - mv * uy, cy: mu * uy + mv * ux, w: maxU - minU, h: maxV - minV, ux, uy };
    }
  }
  // Turn the frame so that u is the axis nearer the horizontal, pointing right.
  let { w, h, ux, uy } = best;
  if (Math.abs(uy) > Math.abs(ux)) {
    [ux, uy] = [-uy, ux];
    [w, h] = [h, w];
  }
  if (ux < 0) {
    ux = -ux;
    uy = -uy;
  }
  return { cx: best.cx, cy: best.cy, w, h, ux, uy };
}

/** The recognition model's input height. */
export const LINE_HEIGHT = 48;
/** The narrowest input the recognition model is given (PaddleOCR's batch width for PP-OCRv4: 320). */
export const MIN_LINE_WIDTH = 320;

/**
 * A box's pixels as the recognition model takes them: turned level, scaled to
 * `LINE_HEIGHT` rows, three planes (B, G, R) of `(v / 255 − 0.5) / 0.5`. Each
 * output pixel averages the source over its footprint (bilinear samples), so
 * a 300 dpi line is shrunk without aliasing.
 */
export function sampleLine(image: Raster, box: TextBox, maxWidth = 3200): { data: Float32Array; width: number } {
  const outH = LINE_HEIGHT;
  const textW = Math.max(LINE_HEIGHT / 4, Math.min(maxWidth, Math.round((box.w * outH) / box.h)));
  // A short line is padded to MIN_LINE_WIDTH with 0 (mid grey), as PaddleOCR pads every line of a batch:
  // the model reads `个。` alone on a line as `\7` without it.
  const outW = Math.max(textW, MIN_LINE_WIDTH);
  const sx = box.w / textW;
  const sy = box.h / outH;
  const steps = Math.max(1, Math.min(4, Math.ceil(Math.max(sx, sy))));
  const vx = -box.uy;
  const vy = box.ux;
  const n = outW * outH;
  const out = new Float32Array(3 * n);
  const { width, height, channels, data } = image;
  const px = [0, 0, 0];
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < textW; ox++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let j = 0; j < steps; j++) {
        for (let i = 0; i < steps; i++) {
          const u = (ox + (i + 0.5) / steps) * sx - box.w / 2;
          const v = (oy + (j + 0.5) / steps) * sy - box.h / 2;
          bilinear(data, width, height, channels, box.cx + u * box.ux + v * vx - 0.5, box.cy + u * box.uy + v * vy - 0.5, px);
          r += px[0]!;
          g += px[1]!;
          b += px[2]!;
        }
      }
      const k = oy * outW + ox;
      const s = 1 / (steps * steps * 127.5);
      out[k] = b * s - 1;
      out[n + k] = g * s - 1;
      out[2 * n + k] = r * s - 1;
    }
  }
  return { data: out, width: outW };
}

function bilinear(data: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: number, x: number, y: number, out: number[]): void {
  const cx = Math.min(Math.max(x, 0), width - 1);
  const cy = Math.min(Math.max(y, 0), height - 1);
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(x0 + 1, width - 1);
  const y1 = Math.min(y0 + 1, height - 1);
  const fx = cx - x0;
  const fy = cy - y0;
  for (let c = 0; c < 3; c++) {
    const ch = channels === 1 ? 0 : c;
    const a = data[(y0 * width + x0) * channels + ch]!;
    const b = data[(y0 * width + x1) * channels + ch]!;
    const d = data[(y1 * width + x0) * channels + ch]!;
    const e = data[(y1 * width + x1) * channels + ch]!;
    out[c] = (a * (1 - fx) + b * fx) * (1 - fy) + (d * (1 - fx) + e * fx) * fy;
  }
}

/** A box's left and right ends along its own axis, as x at its centre line. */
const ends = (b: TextBox) => ({ left: b.cx - (b.w / 2) * b.ux, right: b.cx + (b.w / 2) * b.ux });

/**
 * Boxes into rows, top to bottom, each row left to right: a box joins a row
 * when its centre lies within half a line (the taller box's) of the row's line, followed along the
 * row's slant (so a page photographed turned a few degrees still reads line by
 * line). A box over another of its line (the detector found `（三）` apart, and
 * over it) is the same text and joins it too.
 */
export function groupRows(boxes: readonly TextBox[]): TextBox[][] {
  const sorted = [...boxes].sort((a, b) => a.cy - b.cy);
  const rows: TextBox[][] = [];
  for (const box of sorted) {
    const row = rows.find((r) => r.some((o) => lineDistance(o, box) < Math.max(o.h, box.h) * 0.5));
    if (row) row.push(box);
    else rows.push([box]);
  }
  for (const r of rows) r.sort((a, b) => ends(a).left - ends(b).left);
  const centre = (r: TextBox[]) => r.reduce((s, b) => s + b.cy, 0) / r.length;
  return rows.sort((a, b) => centre(a) - centre(b));
}

/**
 * How far apart two boxes' lines are, across the text: measured from the line
 * through the longer box (a line's slant is known from a long box, not from a
 * character or two).
 */
function lineDistance(a: TextBox, b: TextBox): number {
  const [long, other] = a.w / a.h >= b.w / b.h ? [a, b] : [b, a];
  const slope = long.w >= long.h * 3 ? long.uy / long.ux : 0;
  return Math.abs(long.cy + (other.cx - long.cx) * slope - other.cy);
}

/** The smallest box along the first box's axis that holds all of them. */
export function unionBox(boxes: readonly TextBox[]): TextBox {
  // The axis: the boxes' directions weighted by their length.
  let ux = 0;
  let uy = 0;
  for (const b of boxes) {
    ux += b.ux * b.w;
    uy += b.uy * b.w;
  }
  const len = Math.hypot(ux, uy) || 1;
  ux /= len;
  uy /= len;
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (const b of boxes) {
    const vx = -b.uy;
    const vy = b.ux;
    for (const [su, sv] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
      const x = b.cx + (su * b.w * b.ux) / 2 + (sv * b.h * vx) / 2;
      const y = b.cy + (su * b.w * b.uy) / 2 + (sv * b.h * vy) / 2;
      const u = x * ux + y * uy;
      const v = -x * uy + y * ux;
      minU = Math.min(minU, u);
      maxU = Math.max(maxU, u);
      minV = Math.min(minV, v);
      maxV = Math.max(maxV, v);
    }
  }
  const mu = (minU + maxU) / 2;
  const mv = (minV + maxV) / 2;
  const cores = boxes.map((b) => b.core).sort((a, b) => a - b);
  return {
    cx: mu * ux - mv * uy,
    cy: mu * uy + mv * ux,
    w: maxU - minU,
    // Tall outliers (a bracket found alone) would make the line too tall: its height is the widest box's.
    h: Math.min(maxV - minV, Math.max(...boxes.map((b) => b.h)) * 1.15),
    ux,
    uy,
    core: cores[Math.floor(cores.length / 2)]!,
    score: Math.min(...boxes.map((b) => b.score)),
  };
}

/**
 * A row's boxes joined into segments: boxes closer than `gap` glyphs (two: the
 * blank of `。（` is one and a half) are one segment, read as one line (the
 * detector often cuts a line at a bracket or a wide space); a wider gap (table
 * cells) parts them.
 */
export function segmentsOf(row: readonly TextBox[], gap = 2): TextBox[] {
  const out: TextBox[][] = [];
  for (const box of row) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && ends(box).left - ends(prev).right <= gap * Math.max(prev.h, box.h)) last.push(box);
    else out.push([box]);
  }
  return out.map((g) => (g.length === 1 ? g[0]! : unionBox(g)));
}

/**
 * Grows a line's box over ink beside it that the detector left out: a bracket,
 * a short number (`（二）`), a full stop at a line's end. Looks out from each
 * end, column by column across the line's middle, and takes columns with ink
 * (dark strokes on lighter paper: a column of even grey, a desk beyond a
 * photographed page, is not ink) up to a gap of `maxGap` glyphs.
 */
export function growOverInk(image: Raster, box: TextBox, sides: { left: boolean; right: boolean } = { left: true, right: true }, maxGap = 1.3, maxGrow = 4): TextBox {
  const size = box.h;
  const vx = -box.uy;
  const vy = box.ux;
  // One sample a pixel from a little above the line to a little below it: dark strokes are
  // counted in its middle 70 % (not the lines above and below), paper looked for all along.
  const samples = Math.max(8, Math.round(box.h * 1.2));
  const lum = (x: number, y: number) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= image.width || yi >= image.height) return -1;
    const k = (yi * image.width + xi) * image.channels;
    return image.channels === 1 ? image.data[k]! : 0.299 * image.data[k]! + 0.587 * image.data[k + 1]! + 0.114 * image.data[k + 2]!;
  };
  const inkAt = (u: number): boolean | null => {
    let max = 0;
    let min = 255;
    let dark = 0;
    for (let j = 0; j < samples; j++) {
      const v = ((j + 0.5) / samples - 0.5) * box.h * 1.2;
      const l = lum(box.cx + u * box.ux + v * vx, box.cy + u * box.uy + v * vy);
      if (l < 0) continue;
      max = Math.max(max, l);
      if (Math.abs(v) <= box.h * 0.35) {
        min = Math.min(min, l);
        if (l < 140) dark++;
      }
    }
    if (max === 0 && min === 255) return null;
    return max - min > 80 && dark >= 2;
  };
  // A stroke is a few pixels wide; a speck of dust is one or two.
  const minRun = Math.max(2, Math.round(size * 0.06));
  const grow = (dir: 1 | -1): number => {
    let last = 0;
    let run = 0;
    for (let t = 1; t <= maxGrow * size; t++) {
      const ink = inkAt(dir * (box.w / 2 + t));
      if (ink === null) break;
      run = ink ? run + 1 : 0;
      if (run >= minRun) last = t;
      else if (!ink && t - last > maxGap * size) break;
    }
    return last > 0 ? last + size * 0.15 : 0;
  };
  const left = sides.left ? grow(-1) : 0;
  const right = sides.right ? grow(1) : 0;
  if (left === 0 && right === 0) return box;
  const shift = (right - left) / 2;
  return { ...box, cx: box.cx + shift * box.ux, cy: box.cy + shift * box.uy, w: box.w + left + right };
}

/** A segment of a row, recognised: its text and each character's probability. */
export interface RecognisedSegment {
  readonly box: TextBox;
  readonly text: string;
  readonly probs: readonly number[];
}

/** A line of a page as read: a row's segments joined left to right. */
export interface OcrRow {
  readonly text: string;
  /** One a character of `text` (1 for a space put between segments). */
  readonly probs: readonly number[];
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** About the glyphs' height. */
  readonly size: number;
}

/**
 * A row's segments as one line: joined with a space (a wide gap, table cells),
 * with the row's extent and glyph size. Null for a row where nothing was read.
 */
export function joinRow(segments: readonly RecognisedSegment[]): OcrRow | null {
  const parts = segments.filter((s) => s.text.length > 0);
  if (parts.length === 0) return null;
  let text = '';
  const probs: number[] = [];
  parts.forEach((s, k) => {
    if (k > 0) {
      text += ' ';
      probs.push(1);
    }
    text += s.text;
    probs.push(...s.probs);
  });
  const top = Math.min(...parts.map((s) => s.box.cy - s.box.h / 2));
  const bottom = Math.max(...parts.map((s) => s.box.cy + s.box.h / 2));
  const sizes = parts.map((s) => s.box.h).sort((a, b) => a - b);
  return { text, probs, left: ends(parts[0]!.box).left, right: ends(parts[parts.length - 1]!.box).right, top, bottom, size: sizes[Math.floor(sizes.length / 2)]! };
}
