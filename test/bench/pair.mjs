// `node test/bench/pair.mjs DIST_A DIST_B [rounds]`: compares the extraction speed of two builds (each a `dist`
// folder, e.g. a worktree of another commit after `npm run build`) in one process, their runs alternating, so that a
// shared machine's changing load falls on both alike. Prints CPU time per run over the bench corpus; asserts nothing.
import { buildCorpus } from './corpus.mjs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [a, b] = [process.argv[2], process.argv[3]];
if (!a || !b) {
  console.error('usage: node test/bench/pair.mjs DIST_A DIST_B [rounds]');
  process.exit(2);
}
const rounds = Number(process.argv[4] ?? 15);
const load = async (dist) => (await import(pathToFileURL(resolve(dist, 'index.js')).href)).extractText;
const [A, B] = [await load(a), await load(b)];
const { docs, size } = buildCorpus(4 * 1024 * 1024);
for (const d of docs.slice(0, 200)) {
  A(d);
  B(d);
}
const ta = [];
const tb = [];
for (let r = 0; r < rounds; r++) {
  for (const [f, ts] of r % 2 ? [[A, ta], [B, tb]] : [[B, tb], [A, ta]]) {
    const c0 = process.cpuUsage();
    docs.forEach((d) => f(d));
    ts.push(process.cpuUsage(c0).user / 1000);
  }
}
const line = (ts) => {
  ts.sort((x, y) => x - y);
  return `min ${ts[0].toFixed(0)} ms, lower quartile ${ts[Math.floor(ts.length / 4)].toFixed(0)} ms, median ${ts[Math.floor(ts.length / 2)].toFixed(0)} ms → ${(size / 1048576 / (ts[0] / 1000)).toFixed(1)} MB/s at best`;
};
console.log(`A ${a}: ${line(ta)}`);
console.log(`B ${b}: ${line(tb)}`);
