// Builds benchmark text by repeating and mutating the shared corpus (or the samples
// where ../shared is absent): figures changed, tasks reordered, names varied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const SHARED = join(ROOT, '../shared/corpus');

export function sourceTexts() {
  const dir = existsSync(SHARED) ? SHARED : join(ROOT, 'samples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

/** One mutated copy: every figure changed, a few numbered lines swapped, a place name varied. */
export function mutate(text, seed) {
  const r = rng(seed);
  const places = ['示例市', '样本区', '东湖区', '西山县', '南岭市'];
  let out = text.replace(/\d+(?:\.\d+)?/g, (m) => (m.length >= 4 ? m : String(Math.max(1, Math.round(Number(m) * (0.5 + r()))))));
  const lines = out.split('\n');
  for (let k = 0; k < 3; k++) {
    const i = Math.floor(r() * lines.length);
    const j = Math.floor(r() * lines.length);
    if (/^\s*\d+[.、]/.test(lines[i]) && /^\s*\d+[.、]/.test(lines[j])) [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  out = lines.join('\n');
  return out.replace(/全市/g, places[Math.floor(r() * places.length)].slice(0, 1) === '示' ? '全市' : '全区');
}

/** About `bytes` of plan text, as separate documents. */
export function buildCorpus(bytes, seed = 1) {
  const sources = sourceTexts();
  const docs = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = mutate(sources[i % sources.length], seed + i);
    docs.push(doc);
    size += Buffer.byteLength(doc);
  }
  return { docs, size };
}
