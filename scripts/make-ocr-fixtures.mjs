// Makes the committed OCR fixtures in test/fixtures/ocr/ from the samples: run by hand, never by CI.
//
//   apt-get install -y fonts-noto-cjk      (Noto Serif/Sans CJK SC, for the text)
//   node scripts/make-ocr-fixtures.mjs
//
// Each sample is typeset as a printed 公文 page (A4, 37 mm top and 28 mm left margin, body
// 16 pt serif on a 22-line grid, first lines indented two characters, a centred 22 pt title,
// `— 1 —` page numbers, the plan's issuing authority as a red head over a red rule), then
// "scanned":
//   <name>-150dpi.pdf   colour JPEG pages (DCTDecode), one image a page: paper a little yellow,
//                       a little blur and sensor noise, as a portal's colour scan;
//   <name>-300dpi.pdf   black-and-white pages, CCITT G4 (CCITTFaxDecode) in strips of 256 rows,
//                       several images a page, as office scanners write them;
// both image-only. Beside them:
//   photo.jpg           page 1 of the 2023 plan as a phone photo: turned 2°, on a grey desk,
//                       lit unevenly, soft, noisy;
//   crop.png, crop.pdf  a few lines of page 1 at 150 dpi, for the test suite (OCR is slow);
//   crop-jpx.pdf        the crop as JPEG 2000 (JPXDecode), which pdf.js decodes with its wasm
//                       (made with opj_compress: apt-get install libopenjp2-tools).
// Everything is drawn by sharp (libvips with Pango) from the fonts; the noise comes from a
// seeded generator, so a run gives the same pixels on the same fonts. The PDFs are written
// here, by hand, with nothing else.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'test/fixtures/ocr');
const SAMPLES = ['2023-示例市-plan', '2022-示例市-plan', '2023-示例市-summary'];

const MM = 1 / 25.4; // inches
const A4 = { w: 210 * MM, h: 297 * MM };
const MARGIN = { top: 37 * MM, left: 28 * MM };
const TEXT_WIDTH = 156 * MM;
const GRID_LINES = 22;
const PITCH = (225 * MM) / GRID_LINES; // one grid line, in inches
const BODY = 'Noto Serif CJK SC 16';
const HEADING = 'Noto Sans CJK SC 16';
const TITLE = 'Noto Serif CJK SC Bold 22';
const RED_HEAD = 'Noto Serif CJK SC Bold 26';

/** A small seeded generator (mulberry32), so the noise is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph drawn by Pango, wrapped by character at the text width: grey (0 ink … 255 paper) and its size. */
async function drawParagraph(text, font, dpi, { width = TEXT_WIDTH, align = 'left', color = null } = {}) {
  const markup = `<span font="${font}"${color ? ` foreground="${color}"` : ''}>${escape(text)}</span>`;
  const { data, info } = await sharp({ text: { text: markup, width: Math.round(width * dpi), dpi, wrap: 'char', align, rgba: true } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/**
 * The lines of a paragraph: Pango draws it whole, and it is cut into its lines where a
 * run of rows has no ink, so that each line can be set on the page grid.
 */
function splitLines(par) {
  const ink = (y) => {
    for (let x = 0; x < par.width; x++) if (par.data[(y * par.width + x) * par.channels + 3] > 40) return true;
    return false;
  };
  const rows = Array.from({ length: par.height }, (_, y) => ink(y));
  const bands = [];
  let start = -1;
  for (let y = 0; y <= par.height; y++) {
    if (y < par.height && rows[y]) {
      if (start < 0) start = y;
    } else if (start >= 0) {
      bands.push([start, y]);
      start = -1;
    }
  }
  // A line's own gaps (between `二` strokes) are small: bands closer than a third of a line join.
  const merged = [];
  for (const b of bands) {
    const last = merged[merged.length - 1];
    if (last && b[0] - last[1] < (last[1] - last[0]) / 3) last[1] = b[1];
    else merged.push([...b]);
  }
  return merged;
}

/** The sample as blocks: a red head, a title, headings and prose, as a printed 公文 sets them. */
function blocks(text) {
  const lines = text.split(/\r?\n/).filter((l) => !/^\[bookmark/.test(l));
  const out = [];
  let titleSeen = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return out.push({ kind: 'blank' });
    if (i === 0 && /委员会$|卫生健康局$/.test(line)) return out.push({ kind: 'red-head', text: line });
    if (!titleSeen && /工作要点$|工作总结$/.test(line)) {
      titleSeen = true;
      return out.push({ kind: 'title', text: line });
    }
    if (/^[一二三四五六七八九十]+、/.test(line)) return out.push({ kind: 'heading', text: '\u3000\u3000' + line });
    if (!titleSeen || line.length < 30 && /^(当前位置|发布日期|关于印发)/.test(line)) return out.push({ kind: 'center', text: line });
    out.push({ kind: 'body', text: '\u3000\u3000' + line });
  });
  return out;
}

/** Sets a sample on A4 pages at `dpi`: RGB pages (Uint8Array per page, 255 paper). */
async function typeset(text, dpi) {
  const W = Math.round(A4.w * dpi);
  const H = Math.round(A4.h * dpi);
  const pitch = PITCH * dpi;
  const pages = [];
  /** Where each block was set: its text, page and rows, for the crop. */
  const placed = [];
  let page = null;
  let slot = 0;
  const newPage = () => {
    page = new Uint8Array(W * H * 3).fill(255);
    pages.push(page);
    slot = 0;
  };
  const put = (par, band, x, slots) => {
    if (!page || slot + slots > GRID_LINES) newPage();
    const h = band[1] - band[0];
    // The line sits on its grid line: its ink centred in the slots it takes.
    const top = Math.round(MARGIN.top * dpi + slot * pitch + (slots * pitch - h) / 2);
    for (let y = 0; y < h; y++) {
      for (let xx = 0; xx < par.width; xx++) {
        const k = ((band[0] + y) * par.width + xx) * par.channels;
        const a = par.data[k + 3] / 255;
        if (a === 0) continue;
        const i = ((top + y) * W + x + xx) * 3;
        for (let c = 0; c < 3; c++) page[i + c] = Math.min(page[i + c], Math.round(255 * (1 - a) + par.data[k + c] * a));
      }
    }
    slot += slots;
  };
  const left = Math.round(MARGIN.left * dpi);
  for (const b of blocks(text)) {
    if (b.kind === 'blank') {
      if (page && slot > 0 && slot < GRID_LINES) slot++;
      continue;
    }
    const font = b.kind === 'title' ? TITLE : b.kind === 'red-head' ? RED_HEAD : b.kind === 'heading' ? HEADING : BODY;
    const par = await drawParagraph(b.text, font, dpi, { align: b.kind === 'body' || b.kind === 'heading' ? 'left' : 'centre', color: b.kind === 'red-head' ? '#d0021b' : null });
    const x = left + (b.kind === 'body' || b.kind === 'heading' ? 0 : Math.round((TEXT_WIDTH * dpi - par.width) / 2));
    const first = { page: pages.length - 1, slot };
    for (const band of splitLines(par)) put(par, band, x, b.kind === 'title' || b.kind === 'red-head' ? 2 : 1);
    placed.push({ text: b.text.trim(), page: pages.length - 1, top: Math.round(MARGIN.top * dpi + (first.page === pages.length - 1 ? first.slot : 0) * pitch), bottom: Math.round(MARGIN.top * dpi + slot * pitch) });
    if (b.kind === 'red-head') {
      // The red rule under the head, 2 mm below, across the text width.
      const y0 = Math.round(MARGIN.top * dpi + slot * pitch - 0.2 * pitch);
      for (let y = y0; y < y0 + Math.max(2, Math.round(0.6 * MM * dpi)); y++) {
        for (let x = left; x < left + Math.round(TEXT_WIDTH * dpi); x++) page.set([208, 2, 27], (y * W + x) * 3);
      }
      slot++;
    }
  }
  // `— 1 —` under the text area, right on odd pages and left on even ones.
  for (let n = 0; n < pages.length; n++) {
    const num = await drawParagraph(`— ${n + 1} —`, 'Noto Serif CJK SC 14', dpi, { width: 40 * MM });
    const band = [0, num.height];
    const x = n % 2 === 0 ? left + Math.round(TEXT_WIDTH * dpi) - num.width : left;
    const y = Math.round((MARGIN.top + 225 * MM + 7 * MM) * dpi);
    for (let yy = 0; yy < band[1]; yy++) {
      for (let xx = 0; xx < num.width; xx++) {
        const a = num.data[(yy * num.width + xx) * 4 + 3] / 255;
        const i = ((y + yy) * W + x + xx) * 3;
        for (let c = 0; c < 3; c++) pages[n][i + c] = Math.min(pages[n][i + c], Math.round(255 * (1 - a)));
      }
    }
  }
  return { pages, W, H, placed };
}

/** A colour scan: paper a little yellow, softened, some sensor noise, JPEG. */
async function scanColour(page, W, H, rand) {
  const noisy = Buffer.alloc(page.length);
  const paper = [250, 247, 236];
  for (let i = 0; i < page.length; i++) {
    const v = (page[i] * paper[i % 3]) / 255;
    noisy[i] = Math.max(0, Math.min(255, Math.round(v - 4 + (rand() - 0.5) * 16)));
  }
  return sharp(noisy, { raw: { width: W, height: H, channels: 3 } }).blur(0.6).jpeg({ quality: 70 }).toBuffer();
}

/**
 * A black-and-white scan: softened, thresholded, a few specks, then CCITT G4
 * as libtiff writes it (through sharp): strips of 256 rows, each its own image.
 */
async function scanBilevel(page, W, H, rand) {
  const grey = Buffer.alloc(W * H);
  for (let i = 0; i < W * H; i++) grey[i] = Math.round(0.299 * page[i * 3] + 0.587 * page[i * 3 + 1] + 0.114 * page[i * 3 + 2]);
  const soft = await sharp(grey, { raw: { width: W, height: H, channels: 1 } }).blur(0.8).toColourspace('b-w').raw().toBuffer();
  // Ink as 1 bits: libtiff codes 1 bits as the fax's black runs, which a PDF's CCITTFaxDecode paints black.
  for (let i = 0; i < W * H; i++) soft[i] = soft[i] < 150 || rand() < 0.00015 ? 255 : 0;
  const tiff = await sharp(soft, { raw: { width: W, height: H, channels: 1 } }).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1 }).toBuffer();
  const tags = tiffTags(tiff);
  const rowsPerStrip = tags.get(278)[0];
  return tags.get(273).map((offset, k) => {
    const rows = Math.min(rowsPerStrip, H - k * rowsPerStrip);
    return { width: W, height: rows, top: k * rowsPerStrip, data: tiff.subarray(offset, offset + tags.get(279)[k]) };
  });
}

/** The tags of a TIFF's first directory: number → values. */
function tiffTags(b) {
  const le = b.toString('latin1', 0, 2) === 'II';
  const u16 = (o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const ifd = u32(4);
  const tags = new Map();
  for (let i = 0; i < u16(ifd); i++) {
    const e = ifd + 2 + i * 12;
    const type = u16(e + 2);
    const count = u32(e + 4);
    const size = type === 3 ? 2 : 4;
    const at = count * size <= 4 ? e + 8 : u32(e + 8);
    tags.set(u16(e), Array.from({ length: count }, (_, k) => (size === 2 ? u16(at + k * 2) : u32(at + k * 4))));
  }
  return tags;
}

/**
 * An image-only PDF, written by hand: each page a list of images, each drawn
 * across the page's width from its `top` row down (`rows` the page's height in
 * rows); `page` the page size in points (A4 unless given).
 */
function imagePdf(pages) {
  const objects = [];
  const add = (body) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(null);
  const pagesId = add(null);
  const kids = [];
  for (const { images, rows, page } of pages) {
    const [pw, ph] = page ?? [595.28, 841.89];
    const names = [];
    let content = '';
    for (const [k, img] of images.entries()) {
      const colour = img.colour ? '/DeviceRGB' : '/DeviceGray';
      const parms = img.filter === 'CCITTFaxDecode' ? ` /DecodeParms << /K -1 /Columns ${img.width} /Rows ${img.height} >>` : '';
      const dict = `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace ${colour} /BitsPerComponent ${img.bits} /Filter /${img.filter}${parms} /Length ${img.data.length} >>`;
      const id = add(Buffer.concat([Buffer.from(`${dict}\nstream\n`, 'latin1'), img.data, Buffer.from('\nendstream', 'latin1')]));
      names.push(`/Im${k} ${id} 0 R`);
      const h = (ph * img.height) / rows;
      const y = ph - (ph * (img.top ?? 0)) / rows - h;
      content += `q ${pw} 0 0 ${h.toFixed(4)} 0 ${y.toFixed(4)} cm /Im${k} Do Q\n`;
    }
    const contents = add(`<< /Length ${content.length} >>\nstream\n${content}endstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${pw} ${ph}] /Resources << /XObject << ${names.join(' ')} >> >> /Contents ${contents} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add('<< /Producer (plans scripts/make-ocr-fixtures.mjs) >>');
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(offset);
    offset += chunk.length;
    parts.push(chunk);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Page 1 as a phone photo: paper a little warm and uneven on a grey desk, turned 2°, soft and noisy. */
async function photo(page, W, H, rand) {
  const lit = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      // Light from the upper left: the paper darkens by a fifth towards the lower right.
      const shade = 1 - 0.2 * ((x / W + y / H) / 2);
      const n = (rand() - 0.5) * 22;
      const i = (y * W + x) * 3;
      lit[i] = Math.max(0, Math.min(255, page[i] * shade * 0.98 + n));
      lit[i + 1] = Math.max(0, Math.min(255, page[i + 1] * shade * 0.96 + n));
      lit[i + 2] = Math.max(0, Math.min(255, page[i + 2] * shade * 0.9 + n));
    }
  }
  const paper = await sharp(lit, { raw: { width: W, height: H, channels: 3 } }).blur(0.9).png().toBuffer();
  const pad = Math.round(W * 0.06);
  const desk = { r: 118, g: 118, b: 114 };
  return sharp(paper)
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: desk })
    .rotate(2, { background: desk })
    .jpeg({ quality: 82 })
    .toBuffer();
}

mkdirSync(OUT, { recursive: true });
const sizes = [];
const write = (name, data) => {
  writeFileSync(join(OUT, name), data);
  sizes.push(`${name} ${(data.length / 1024).toFixed(0)} KB`);
};
for (const [k, name] of SAMPLES.entries()) {
  const text = readFileSync(join(ROOT, 'samples', `${name}.txt`), 'utf8');
  const rand = random(1000 + k);
  const colour = await typeset(text, 150);
  const jpegs = [];
  for (const p of colour.pages) jpegs.push({ rows: colour.H, images: [{ width: colour.W, height: colour.H, bits: 8, colour: true, filter: 'DCTDecode', data: await scanColour(p, colour.W, colour.H, rand) }] });
  write(`${name}-150dpi.pdf`, imagePdf(jpegs));
  const fine = await typeset(text, 300);
  const bilevel = [];
  for (const p of fine.pages) {
    const strips = await scanBilevel(p, fine.W, fine.H, rand);
    bilevel.push({ rows: fine.H, images: strips.map((s) => ({ ...s, bits: 1, filter: 'CCITTFaxDecode' })) });
  }
  write(`${name}-300dpi.pdf`, imagePdf(bilevel));
  if (k === 0) {
    const { pages, W, H } = await typeset(text, 200);
    write('photo.jpg', await photo(pages[0], W, H, random(7)));
    // The crop: tasks (一) and (二) of page 1 (their targets and departments), at 150 dpi.
    const one = colour.placed.find((p) => p.text.startsWith('（一）'));
    const two = colour.placed.find((p) => p.text.startsWith('（二）'));
    const crop = { left: Math.round(26 * MM * 150), top: one.top - 8, width: Math.round(160 * MM * 150), height: two.bottom - one.top + 16 };
    const cropped = sharp(await scanColour(colour.pages[0], colour.W, colour.H, random(3))).extract(crop);
    write('crop.png', await cropped.clone().greyscale().png({ compressionLevel: 9, palette: true, colours: 16 }).toBuffer());
    const jpeg = await cropped.clone().greyscale().jpeg({ quality: 70 }).toBuffer();
    const page = [Number(((crop.width * 72) / 150).toFixed(2)), Number(((crop.height * 72) / 150).toFixed(2))];
    write('crop.pdf', imagePdf([{ rows: crop.height, page, images: [{ width: crop.width, height: crop.height, bits: 8, filter: 'DCTDecode', data: jpeg }] }]));
    const tmp = mkdtempSync(join(tmpdir(), 'plans-jpx-'));
    const grey = await cropped.clone().greyscale().raw().toBuffer();
    writeFileSync(join(tmp, 'crop.pgm'), Buffer.concat([Buffer.from(`P5\n${crop.width} ${crop.height}\n255\n`, 'latin1'), grey]));
    execFileSync('opj_compress', ['-i', join(tmp, 'crop.pgm'), '-o', join(tmp, 'crop.jp2'), '-r', '20'], { stdio: 'ignore' });
    write('crop-jpx.pdf', imagePdf([{ rows: crop.height, page, images: [{ width: crop.width, height: crop.height, bits: 8, filter: 'JPXDecode', data: readFileSync(join(tmp, 'crop.jp2')) }] }]));
  }
}
console.log(sizes.join('\n'));
