import { describe, expect, it } from 'vitest';
import { ctcDecode, detectionInput, rotate, widthTwins } from '../../src/read/ocr/engine.js';
import { convexHull, findBoxes, groupRows, growOverInk, joinRow, minAreaRect, sampleLine, segmentsOf, type Raster, type TextBox } from '../../src/read/ocr/geometry.js';
import { despeckle } from '../../src/read/ocr/pdf-images.js';
import { layOut, type PageLine } from '../../src/read/layout.js';

// The parts of OCR that need no model: geometry, decoding, layout. They run everywhere, OCR installed or not.

const box = (cx: number, cy: number, w: number, h: number, angle = 0): TextBox => ({ cx, cy, w, h, ux: Math.cos(angle), uy: Math.sin(angle), core: h / 2, score: 1 });

/** A probability map with rectangles of text (1) on nothing (0). */
function map(width: number, height: number, rects: [number, number, number, number][]): Float32Array {
  const m = new Float32Array(width * height);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) m[y * width + x] = 1;
  return m;
}

describe('text boxes from the detection map', () => {
  it('one box a region, grown back from its core by the unclip distance', () => {
    const boxes = findBoxes(map(200, 60, [[10, 10, 110, 20], [10, 40, 60, 50]]), 200, 60);
    expect(boxes).toHaveLength(2);
    const [a] = boxes.sort((p, q) => p.cy - q.cy);
    expect(a!.cx).toBeCloseTo(60, 0);
    expect(a!.cy).toBeCloseTo(15, 0);
    // 100 × 10 grown by 100·10·1.6 / 220 ≈ 7.3 each side.
    expect(a!.w).toBeCloseTo(114.5, 0);
    expect(a!.h).toBeCloseTo(24.5, 0);
    expect(a!.core).toBeCloseTo(10, 0);
  });

  it('regions touching at a corner are one (8-connected); specks below the minimum size are dropped', () => {
    expect(findBoxes(map(100, 40, [[10, 10, 30, 20], [30, 20, 50, 30]]), 100, 40)).toHaveLength(1);
    expect(findBoxes(map(100, 40, [[10, 10, 12, 12]]), 100, 40)).toHaveLength(0);
  });

  it('a scaled map gives boxes in the image’s pixels', () => {
    const [b] = findBoxes(map(100, 30, [[10, 10, 60, 20]]), 100, 30, undefined, 0.5);
    expect(b!.cx).toBeCloseTo(70, 0);
    expect(b!.cy).toBeCloseTo(30, 0);
  });

  it('the smallest rectangle of a turned line, with its axis along the text', () => {
    const angle = (2 * Math.PI) / 180;
    const pts: [number, number][] = [];
    for (const [u, v] of [[-100, -10], [100, -10], [100, 10], [-100, 10]] as const) pts.push([500 + u * Math.cos(angle) - v * Math.sin(angle), 300 + u * Math.sin(angle) + v * Math.cos(angle)]);
    const r = minAreaRect(convexHull(pts));
    expect(r.w).toBeCloseTo(200, 3);
    expect(r.h).toBeCloseTo(20, 3);
    expect(Math.atan2(r.uy, r.ux)).toBeCloseTo(angle, 5);
    expect([r.cx, r.cy].map(Math.round)).toEqual([500, 300]);
  });
});

describe('rows and segments', () => {
  it('lines top to bottom, boxes of a line left to right, a box over another of its line joined to it', () => {
    const rows = groupRows([box(300, 100, 200, 30), box(100, 40, 150, 30), box(100, 101, 100, 30), box(390, 99, 40, 30)]);
    expect(rows.map((r) => r.map((b) => b.cx))).toEqual([[100], [100, 300, 390]]);
  });

  it('follows a line turned 2° across the page, and keeps the next line apart', () => {
    const a = (2 * Math.PI) / 180;
    const left = box(300, 500, 500, 34, a);
    const right = box(1000, 500 + 700 * Math.tan(a), 400, 34, a);
    const below = box(300, 550, 500, 34, a);
    expect(groupRows([right, below, left]).map((r) => r.length)).toEqual([2, 1]);
  });

  it('boxes closer than two glyphs are one segment; a wider gap (table cells) parts them', () => {
    const row = [box(100, 50, 100, 30), box(200, 50, 40, 30), box(500, 50, 100, 30)];
    const segs = segmentsOf(row);
    expect(segs).toHaveLength(2);
    expect(segs[0]!.cx - segs[0]!.w / 2).toBeCloseTo(50, 5);
    expect(segs[0]!.cx + segs[0]!.w / 2).toBeCloseTo(220, 5);
  });

  it('a row’s segments joined with one space, each character with its probability', () => {
    const row = joinRow([
      { box: box(100, 50, 100, 30), text: '序号', probs: [0.9, 0.8] },
      { box: box(400, 50, 100, 30), text: '任务', probs: [0.7, 0.6] },
    ]);
    expect(row).toMatchObject({ text: '序号 任务', probs: [0.9, 0.8, 1, 0.7, 0.6], left: 50, right: 450, size: 30 });
    expect(joinRow([{ box: box(0, 0, 10, 10), text: '', probs: [] }])).toBeNull();
  });
});

/** A white page with black blocks: strokes. */
function page(width: number, height: number, blocks: [number, number, number, number][], grey = 255): Raster {
  const data = new Uint8Array(width * height).fill(grey);
  for (const [x0, y0, x1, y1] of blocks) for (let y = y0; y < y1; y++) data.fill(0, y * width + x0, y * width + x1);
  return { width, height, channels: 1, data };
}

describe('growing a line over ink the detector left out', () => {
  // A line of text from x 200 to 600, 30 high at y 50; a bracket's stroke 20 px before it.
  const strokes: [number, number, number, number][] = [[175, 38, 180, 62]];

  it('takes a stroke beside the line', () => {
    const grown = growOverInk(page(800, 100, strokes), box(400, 50, 400, 30));
    expect(grown.cx - grown.w / 2).toBeLessThan(176);
    expect(grown.cx + grown.w / 2).toBeCloseTo(600, 5);
    // Only the sides asked for: a row's first segment grows left, its last right.
    expect(growOverInk(page(800, 100, strokes), box(400, 50, 400, 30), { left: false, right: true }).w).toBe(400);
  });

  it('not a speck of dust, nor ink further than a glyph and a third away', () => {
    expect(growOverInk(page(800, 100, [[180, 50, 181, 51]]), box(400, 50, 400, 30)).w).toBe(400);
    expect(growOverInk(page(800, 100, [[130, 38, 135, 62]]), box(400, 50, 400, 30)).w).toBe(400);
  });

  it('not an even grey beyond the page, a desk in a photo', () => {
    const desk = page(800, 100, [], 255);
    for (let y = 0; y < 100; y++) desk.data.fill(110, y * 800, y * 800 + 190);
    expect(growOverInk(desk, box(400, 50, 400, 30)).w).toBe(400);
  });
});

describe('model inputs and outputs', () => {
  it('the detection input: padded with white to a multiple of 32, planes B, G, R', () => {
    const rgb: Raster = { width: 40, height: 10, channels: 3, data: new Uint8Array(40 * 10 * 3).fill(0).map((_, i) => [255, 0, 51][i % 3]!) };
    const { data, width, height } = detectionInput(rgb, 1);
    expect([width, height]).toEqual([64, 32]);
    const n = width * height;
    expect([data[0], data[n], data[2 * n]].map((v) => +v!.toFixed(2))).toEqual([0.2, 0, 1]);
    expect(data[63]).toBe(1);
  });

  it('a line sampled level at 48 rows, as wide as its box keeps its shape, a short one padded to 320 with grey', () => {
    const { data, width } = sampleLine(page(400, 100, [[0, 0, 400, 50]]), box(200, 50, 200, 50));
    expect(width).toBe(320);
    // Top half black (−1), bottom half white (1), over the line's 192 columns; 0 after them.
    expect(data[0]).toBeCloseTo(-1, 5);
    expect(data[47 * width]).toBeCloseTo(1, 5);
    expect(data[47 * width + 191]).toBeCloseTo(1, 5);
    expect(data[47 * width + 192]).toBe(0);
    expect(sampleLine(page(4000, 100, []), box(2000, 50, 2000, 50)).width).toBe(1920);
  });

  it('CTC: blanks and repeats dropped, each character with its probability, a width twin’s added', () => {
    const dictionary = ['', '1', '%', '％', '0'];
    const steps = [
      [0.1, 0.9, 0, 0, 0],
      [0.2, 0.8, 0, 0, 0],
      [0.9, 0.1, 0, 0, 0],
      [0, 0.7, 0, 0, 0.3],
      [0.1, 0, 0.5, 0.4, 0],
    ];
    const data = Float32Array.from(steps.flat());
    expect(ctcDecode(data, 5, 5, dictionary)).toEqual({ text: '11%', probs: [0.9, 0.7, 0.5].map(Math.fround) });
    const twins = widthTwins(dictionary);
    expect([...twins]).toEqual([-1, -1, 3, 2, -1]);
    expect(ctcDecode(data, 5, 5, dictionary, twins).probs[2]).toBeCloseTo(0.9, 5);
  });
});

describe('a page turned by quarter turns (a scan fed sideways)', () => {
  // 3 × 2, pixels 0…5 row by row.
  const img: Raster = { width: 3, height: 2, channels: 1, data: Uint8Array.from([0, 1, 2, 3, 4, 5]) };
  it.each([
    [1, 2, 3, [3, 0, 4, 1, 5, 2]],
    [2, 3, 2, [5, 4, 3, 2, 1, 0]],
    [3, 2, 3, [2, 5, 1, 4, 0, 3]],
  ] as const)('%i quarter turn(s) clockwise: %i × %i', (turns, w, h, pixels) => {
    const r = rotate(img, turns);
    expect([r.width, r.height, [...r.data]]).toEqual([w, h, pixels]);
  });
});

describe('dust on a black-and-white scan', () => {
  it('clears single dots and pairs, keeps strokes', () => {
    const p = page(20, 10, [[2, 2, 3, 3], [10, 5, 12, 6], [15, 1, 18, 9]]);
    expect(despeckle(p.data as Uint8Array, 20, 10, 1)).toBe(3);
    expect(p.data[2 * 20 + 2]).toBe(255);
    expect(p.data[5 * 20 + 16]).toBe(0);
  });
});

describe('laying out OCR’d lines like a PDF’s text layer', () => {
  const line = (text: string, x: number, right: number, y: number): PageLine => ({ text, x, right, y, size: 30 });
  const body = (y: number, text = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八') => line(text, 100, 940, y);

  it('joins wrapped lines, keeps a centred title apart, drops OCR’s page numbers (一1一, —２—)', () => {
    const pages = [
      [line('关于印发《2023年示例市卫生健康工作要点》的通知', 160, 880, 10), line('2023年示例市卫生健康工作要点', 300, 740, 50), body(100), line('末行。', 100, 190, 140), line('一1一', 880, 940, 900)],
      [body(100), line('续行。', 100, 190, 140), line('—２—', 100, 160, 900)],
    ];
    const { text, offsets } = layOut(pages, { ocr: true });
    expect(text.split('\n')).toEqual(['关于印发《2023年示例市卫生健康工作要点》的通知', '2023年示例市卫生健康工作要点', `${body(0).text}末行。`, `${body(0).text}续行。`]);
    expect(offsets[0]![4]).toBe(-1);
    expect(offsets[1]![2]).toBe(-1);
    expect(text.slice(offsets[1]![1]!, offsets[1]![1]! + 3)).toBe('续行。');
  });

  it('without ocr, as for a PDF’s text layer, a long centred line still continues (the layer’s lines end where their text does)', () => {
    const pages = [[line('关于印发《2023年示例市卫生健康工作要点》的通知', 160, 880, 10), line('2023年示例市卫生健康工作要点', 300, 740, 50), body(100)]];
    expect(layOut(pages).text.split('\n')).toHaveLength(2);
  });
});
