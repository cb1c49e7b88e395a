import { stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { extractDocument } from '../index.js';
import { read } from '../read/index.js';
import { renderTrackCsv, renderTrackJson, renderTrackMarkdown, renderTrackTable } from '../report/track.js';
import { track } from '../track/index.js';
import { PlansError, type Document } from '../types.js';
import { catalog, type CatalogEntry } from './catalog.js';
import { describeError, EXIT } from './errors.js';
import { writeFileAtomic, writeStdout } from './output.js';

export type TrackFormat = 'table' | 'json' | 'csv' | 'md' | 'xlsx';

export interface TrackCliOptions {
  /** Where to look for a year's documents, or for the other half of a single file; default: the current folder, or the file's. */
  readonly dir?: string;
  readonly region?: string;
  readonly format?: TrackFormat;
  readonly output?: string;
  readonly force: boolean;
  readonly debug: boolean;
  readonly color: boolean;
  readonly width: number;
  readonly stderr: (line: string) => void;
}

const BY_EXTENSION: Readonly<Record<string, TrackFormat>> = { '.json': 'json', '.csv': 'csv', '.md': 'md', '.xlsx': 'xlsx', '.txt': 'table' };
const YEAR = /^(19|20)\d{2}$/;

/**
 * `plans track PLAN SUMMARY`, `plans track YEAR`, or `plans track FILE` (one
 * half: the other, of the same year and region, is looked for beside it).
 */
export async function runTrack(a: string, b: string | undefined, options: TrackCliOptions): Promise<number> {
  const format = options.format ?? (options.output ? BY_EXTENSION[extname(options.output).toLowerCase()] : undefined) ?? (process.stdout.isTTY ? 'table' : 'json');
  if (format === 'xlsx' && !options.output && process.stdout.isTTY) throw new PlansError('usage', 'an xlsx workbook is binary; give -o FILE.xlsx to write it');
  const { plan, summary, summaryText } = await resolvePair(a, b, options);
  const tracking = track(plan, summary, { summaryText });
  const content =
    format === 'xlsx'
      ? await (await import('../report/track-xlsx.js')).renderTrackXlsx(tracking)
      : format === 'json'
        ? renderTrackJson(tracking)
        : format === 'csv'
          ? renderTrackCsv(tracking)
          : format === 'md'
            ? renderTrackMarkdown(tracking)
            : await renderTrackTable(tracking, { color: options.color && !options.output, width: options.width });
  if (options.output) await writeFileAtomic(options.output, content, options.force);
  else await writeStdout(content);
  return EXIT.ok;
}

/** Whether a document has a part that sets aims (a plan, a summary's look ahead) or one that reports results. */
export function hasPart(doc: Document, side: 'plan' | 'summary'): boolean {
  const kind = side === 'plan' ? 'target' : 'achievement';
  return doc.tasks.some((t) => t.kind === kind) || doc.overview.some((x) => x.kind === kind);
}

/**
 * The year a document's part is about: a plan's is its year; a summary's look
 * ahead (`2023年工作总结和2024年工作要点`) is the next year's plan; a plan's look
 * back is the last year's results. Null when the document has no such part.
 */
export function partYear(doc: Document, side: 'plan' | 'summary'): number | null {
  if (doc.year === null || !hasPart(doc, side)) return null;
  if (side === 'plan') return doc.kind === 'plan' ? doc.year : doc.year + 1;
  return doc.kind === 'summary' ? doc.year : doc.year - 1;
}

/** The plan, the summary, and the summary's text as read (to quote its sentences verbatim). */
async function resolvePair(a: string, b: string | undefined, options: TrackCliOptions): Promise<{ plan: Document; summary: Document; summaryText: string }> {
  if (b !== undefined) {
    const plan = extractDocument(await read(a));
    const source = await read(b);
    const summary = extractDocument(source);
    checkSides(plan, summary, options);
    return { plan, summary, summaryText: source.text };
  }
  const pair = await findPair(a, options);
  // Read once more: the catalog keeps documents, not their text.
  return { ...pair, summaryText: (await read(pair.summary.file)).text };
}

async function findPair(a: string, options: TrackCliOptions): Promise<{ plan: Document; summary: Document }> {
  const isFile = Boolean(await stat(a).catch(() => null));
  const load = (dir: string) => catalog(dir, (file, e) => options.stderr(describeError(e, options.debug).replace(/^plans: /, 'plans: skipped ') || file));
  if (YEAR.test(a) && !isFile) {
    const dir = options.dir ?? '.';
    return pairForYear(await load(dir), Number(a), options.region, dir);
  }
  // One file: the other half of its year and region, beside it.
  if (a === '-') throw new PlansError('usage', 'standard input can be either file of a pair (plans track - SUMMARY, or PLAN -), not one half alone, whose other half is looked for beside it');
  const doc = extractDocument(await read(a));
  const dir = options.dir ?? dirname(a);
  const entries = (await load(dir)).filter((e) => !sameFile(e.file, a));
  return otherHalf(doc, a, entries, dir);
}

function sameFile(x: string, y: string): boolean {
  return resolve(x) === resolve(y);
}

/** Given two files: refuses a plan with no aims or a summary with no results, and warns when they are of different years or regions. */
function checkSides(plan: Document, summary: Document, options: TrackCliOptions): void {
  if (!hasPart(plan, 'plan')) throw new PlansError('usage', `holds no targets or tasks to track (${describe(plan)}); give the plan first: plans track PLAN SUMMARY`, plan.file);
  if (!hasPart(summary, 'summary')) throw new PlansError('usage', `reports no results (${describe(summary)}); give the summary second: plans track PLAN SUMMARY`, summary.file);
  const py = partYear(plan, 'plan');
  const sy = partYear(summary, 'summary');
  if (py !== null && sy !== null && py !== sy) options.stderr(`plans: warning: the plan is for ${py} and the summary reports on ${sy}`);
  if (plan.region && summary.region && plan.region !== summary.region) options.stderr(`plans: warning: the plan is ${plan.region}'s and the summary ${summary.region}'s`);
}

function describe(doc: Document): string {
  return [doc.kind === 'plan' ? 'a plan' : 'a summary', doc.year, doc.region, doc.title ? `“${doc.title}”` : null].filter(Boolean).join(', ');
}

function listed(entries: readonly CatalogEntry[], side: 'plan' | 'summary'): string {
  const items = entries
    .filter((e) => partYear(e.doc, side) !== null)
    .map((e) => `${partYear(e.doc, side)}${e.doc.region ? ` ${e.doc.region}` : ''} (${basename(e.file)}${e.doc.kind === side ? '' : side === 'plan' ? ": a summary's look ahead" : ": a plan's look back"})`);
  return [...new Set(items)].sort().join(', ') || 'none';
}

/** A region matches another, or an unknown one. */
const regionFits = (x: string | null, y: string | null) => x === null || y === null || x === y;

/**
 * The plan for `year` and the summary of that year's work, of one region.
 * Plans come before a summary's look ahead, summaries before a plan's look back.
 */
export function pairForYear(entries: readonly CatalogEntry[], year: number, region: string | undefined, dir: string): { plan: Document; summary: Document } {
  const inRegion = (e: CatalogEntry) => !region || e.doc.region === region;
  const candidates = (side: 'plan' | 'summary') => {
    const all = entries.filter((e) => inRegion(e) && partYear(e.doc, side) === year);
    const own = all.filter((e) => e.doc.kind === side);
    // A document of the other kind serves only for a region that has no document of this kind.
    return [...own, ...all.filter((e) => e.doc.kind !== side && !own.some((o) => o.doc.region === e.doc.region))];
  };
  const plans = candidates('plan');
  const summaries = candidates('summary');
  const where = `${region ? ` of ${region}` : ''} under ${dir}`;
  if (plans.length === 0) {
    throw new PlansError('usage', `no plan for ${year}${where}; plans found: ${listed(entries.filter(inRegion), 'plan')}. Give --dir FOLDER, or the files: plans track PLAN SUMMARY`);
  }
  if (summaries.length === 0) {
    throw new PlansError(
      'usage',
      `no summary of ${year}'s work${where} (a ${year}年工作总结, or a page ${year}年工作总结和${year + 1}年工作要点); summaries found: ${listed(entries.filter(inRegion), 'summary')}. Give --dir FOLDER, or the files: plans track PLAN SUMMARY`,
    );
  }
  const pairs = plans.flatMap((p) => summaries.filter((s) => s.file !== p.file && regionFits(p.doc.region, s.doc.region)).map((s) => ({ p, s })));
  const exact = pairs.filter((x) => x.p.doc.region !== null && x.p.doc.region === x.s.doc.region);
  const chosen = exact.length ? exact : pairs;
  if (chosen.length === 0) {
    const name = (e: CatalogEntry) => `${e.doc.region ?? '(no region)'} (${basename(e.file)})`;
    throw new PlansError(
      'usage',
      `no plan and summary of one region for ${year} under ${dir}: plans ${plans.map(name).join(', ')}; summaries ${summaries.map(name).join(', ')}. Give the two files to track them anyway: plans track PLAN SUMMARY`,
    );
  }
  if (chosen.length > 1) {
    const regions = [...new Set(chosen.map((x) => x.p.doc.region ?? x.s.doc.region ?? '(no region)'))];
    const list = chosen.map((x) => `${x.p.doc.region ?? x.s.doc.region ?? '(no region)'}: ${x.p.file} + ${x.s.file}`).join('; ');
    throw new PlansError('usage', regions.length > 1 ? `${year} matches documents of several regions (${list}); choose one with --region NAME, or give the two files` : `${year} matches several pairs (${list}); give the two files`);
  }
  return { plan: chosen[0]!.p.doc, summary: chosen[0]!.s.doc };
}

/** One file given: it is the plan or the summary (what it holds says which), and the other half of its year and region is found under `dir`. */
export function otherHalf(doc: Document, file: string, entries: readonly CatalogEntry[], dir: string): { plan: Document; summary: Document } {
  const side: 'plan' | 'summary' = hasPart(doc, 'summary') && (doc.kind === 'summary' || !hasPart(doc, 'plan')) ? 'summary' : 'plan';
  const year = partYear(doc, side);
  if (year === null) throw new PlansError('usage', `states no year, so its ${side === 'summary' ? 'plan' : 'summary'} cannot be looked for; give both files: plans track PLAN SUMMARY`, file);
  const other: 'plan' | 'summary' = side === 'plan' ? 'summary' : 'plan';
  const matches = entries.filter((e) => partYear(e.doc, other) === year && regionFits(e.doc.region, doc.region));
  const own = matches.filter((e) => e.doc.kind === other);
  const pick = own.length ? own : matches;
  const sameRegion = pick.filter((e) => e.doc.region !== null && e.doc.region === doc.region);
  const found = sameRegion.length ? sameRegion : pick;
  const whose = doc.region ? `${doc.region}'s` : 'a';
  const what = side === 'summary' ? `${whose} summary of ${year}` : `${whose} ${year} plan`;
  if (found.length === 0) {
    const missing = other === 'plan' ? `${year} plan` : `summary of ${year}'s work`;
    throw new PlansError(
      'usage',
      `is ${what}, and there is no ${missing}${doc.region ? ` of ${doc.region}` : ''} under ${dir} to track it ${other === 'plan' ? 'against' : 'with'} (${other === 'plan' ? 'plans' : 'summaries'} found: ${listed(entries, other)}); give both files: plans track PLAN SUMMARY`,
      file,
    );
  }
  if (found.length > 1) throw new PlansError('usage', `is ${what}, and several ${other === 'plan' ? 'plans' : 'summaries'} under ${dir} fit it (${found.map((e) => e.file).join(', ')}); give both files: plans track PLAN SUMMARY`, file);
  return side === 'summary' ? { plan: found[0]!.doc, summary: doc } : { plan: doc, summary: found[0]!.doc };
}
