// `npm run bench`: prints figures, asserts nothing. Timings never live in the test suite.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { extractText } from '../../dist/index.js';
import { benchCompare } from './compare.mjs';
import { buildCorpus, sourceTexts } from './corpus.mjs';
import { benchLinear } from './linear.mjs';
import { benchOcr } from './ocr.mjs';
import { benchTrack } from './track.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MB = 1024 * 1024;
const only = process.argv[2];

function time(fn, runs) {
  const times = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times) / 1000;
}

function throughput() {
  const { docs, size } = buildCorpus(4 * MB);
  for (const d of docs.slice(0, 50)) extractText(d); // warm up
  const plans = time(() => docs.forEach((d) => extractText(d)), 5);
  // CPU time of the best of seven runs: on a shared machine, wall time counts the waits for a core too.
  let cpuBest = Infinity;
  for (let k = 0; k < 7; k++) {
    const c0 = process.cpuUsage();
    docs.forEach((d) => extractText(d));
    cpuBest = Math.min(cpuBest, process.cpuUsage(c0).user / 1e6);
  }
  const numberWithUnit = (t) => {
    const c = Recognizers.Culture.Chinese;
    Recognizers.recognizeCurrency(t, c);
    Recognizers.recognizeDimension(t, c);
    Recognizers.recognizeAge(t, c);
    Recognizers.recognizeTemperature(t, c);
  };
  // Recognizers-Text reads about 10 KB a second here: a 64 KB sample gives its rate without the bench taking minutes.
  const sample = [];
  for (let k = 0, bytes = 0; k < docs.length && bytes < 64 * 1024; k++) {
    sample.push(docs[k]);
    bytes += Buffer.byteLength(docs[k]);
  }
  const sampleSize = sample.reduce((n, d) => n + Buffer.byteLength(d), 0);
  numberWithUnit(sample[0].slice(0, 2000));
  const rt = time(() => sample.forEach(numberWithUnit), 1);
  const rtNumber = time(() => sample.forEach((t) => Recognizers.recognizeNumber(t, Recognizers.Culture.Chinese)), 3);
  const plansRate = size / MB / plans;
  const rtRate = sampleSize / MB / rt;
  console.log('extraction throughput, one core, in process (median of 5):');
  console.log(`  plans:                                    ${plansRate.toFixed(1)} MB/s  (${(size / MB).toFixed(1)} MB, ${docs.length} documents; goal ≥ 20 MB/s)`);
  console.log(`  plans, CPU time of the best of 7 runs:    ${(size / MB / cpuBest).toFixed(1)} MB/s`);
  console.log(`  Recognizers-Text zh number-with-unit:     ${rtRate.toFixed(2)} MB/s  (currency, dimension, age, temperature; one run over ${(sampleSize / 1024).toFixed(0)} KB)`);
  console.log(`  Recognizers-Text zh number model alone:   ${(sampleSize / MB / rtNumber).toFixed(2)} MB/s`);
  console.log(`  ratio plans / number-with-unit:           ${(plansRate / rtRate).toFixed(1)} ×`);
}

function startup() {
  const file = join(ROOT, '../shared/corpus/2022-jizhou-plan.txt');
  const target = sourceTexts().length && spawnSync('test', ['-f', file]).status === 0 ? file : join(ROOT, 'samples/2023-示例市-plan.txt');
  const run = (args) => {
    const times = [];
    for (let k = 0; k < 15; k++) {
      const t0 = performance.now();
      execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const bare = run(['-e', '0']);
  const plans = run([join(ROOT, 'bin/plans.js'), 'extract', target, '--format', 'json']);
  console.log('\nwhole process, wall time (median of 15):');
  console.log(`  node -e 0:                                ${bare.toFixed(0)} ms`);
  console.log(`  plans extract ${target.split('/').pop()} --format json: ${plans.toFixed(0)} ms  (${(plans / bare).toFixed(2)} × node -e 0; goal ≤ 1.5 ×)`);
}

function batch() {
  const dir = mkdtempSync(join(tmpdir(), 'plans-batch-'));
  const n = 2000;
  const { docs } = buildCorpus(40 * MB, 7);
  // Corpus documents average about 15 KB; dealing them round-robin into 2,000 files makes about 40 MB in all.
  const files = Array.from({ length: n }, () => []);
  docs.forEach((d, i) => files[i % n].push(d));
  let total = 0;
  mkdirSync(join(dir, 'in'));
  files.forEach((parts, i) => {
    const text = parts.join('\n');
    writeFileSync(join(dir, 'in', `plan-${String(i).padStart(4, '0')}.txt`), text);
    total += Buffer.byteLength(text);
  });
  console.log(`\nbatch of ${n} documents (${(total / MB).toFixed(1)} MB):`);
  const threads = Math.min(availableParallelism(), 8);
  for (const [format, out] of [['jsonl', 'all.jsonl'], ['xlsx', 'all.xlsx']]) {
    for (const jobs of threads > 1 ? [1, threads] : [1]) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test/bench/rss-hook.mjs'), join(ROOT, 'bin/plans.js'), 'extract', join(dir, 'in'), '--format', format, '-o', join(dir, out), '--quiet', '--force', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const seconds = (performance.now() - t0) / 1000;
      const peak = Number(/PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
      const goal = format === 'jsonl' ? ' (goal < 10 s, < 300 MB)' : '';
      console.log(`  to ${format.padEnd(5)} --jobs ${jobs}: ${seconds.toFixed(1)} s, peak memory ${peak.toFixed(0)} MB, exit ${r.status}${goal}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

if (!only || only === 'throughput') throughput();
if (!only || only === 'startup') startup();
if (!only || only === 'batch') batch();
if (!only || only === 'compare') {
  const r = benchCompare();
  console.log(`\ncompare: ${r.tasks[0]} × ${r.tasks[1]} generated tasks: ${r.ms.toFixed(0)} ms (median of 5; goal < 1000 ms)`);
}
if (!only || only === 'track') {
  const r = benchTrack();
  console.log(`\ntrack: a plan of ${r.targets} targets against a summary of ${r.figures} figures: ${r.ms.toFixed(0)} ms (median of 5, extraction not included; goal < 1000 ms)`);
  console.log(`  the whole \`plans track plan.txt summary.txt --format json\` process, reading and extracting both: ${r.wall.toFixed(0)} ms (median of 3)`);
}
if (!only || only === 'linear') {
  console.log('\nlinear time on adversarial input (time per MB should stay flat from 1 MB to 10 MB):');
  for (const x of benchLinear()) {
    console.log(`  ${x.name.padEnd(26)} ${x.small.mb.toFixed(1)} MB ${x.small.s.toFixed(2)} s | ${x.large.mb.toFixed(1)} MB ${x.large.s.toFixed(2)} s | per-MB ratio ${x.ratio.toFixed(2)}`);
  }
}
if (!only || only === 'ocr') benchOcr();
