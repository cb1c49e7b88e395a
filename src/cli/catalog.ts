import { stat } from 'node:fs/promises';
import { extractFile } from '../index.js';
import { PlansError, type Document } from '../types.js';
import { expandInputs } from './inputs.js';

export interface CatalogEntry {
  readonly file: string;
  readonly doc: Document;
}

/** Every plan file under `dir`, extracted, in a stable order; files that fail are reported and skipped. */
export async function catalog(dir: string, onError: (file: string, e: unknown) => void): Promise<CatalogEntry[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new PlansError('usage', 'is not a folder (given to --dir)', dir);
  return catalogInputs([dir], onError);
}

/** Every plan file given, as `extract` takes them (files, folders, quoted globs), extracted in a stable order; files that fail are reported and skipped. */
export async function catalogInputs(paths: readonly string[], onError: (file: string, e: unknown) => void): Promise<CatalogEntry[]> {
  const out: CatalogEntry[] = [];
  for (const file of await expandInputs(paths)) {
    try {
      // A folder is looked through, not read page by page: a scan in it is skipped (OCR takes seconds a page); give it by name.
      out.push({ file, doc: await extractFile(file, undefined, { ocr: false }) });
    } catch (e) {
      onError(file, e);
    }
  }
  return out;
}

const YEAR = /^(19|20)\d{2}$/;

/**
 * Resolves the two sides of `plans compare`: a file as given, or a year among the
 * catalog (the year a document states; plans before summaries). Where a year fits
 * documents of several regions, the region both sides share is taken; otherwise
 * the error lists the candidates and how to choose.
 */
export async function resolveSides(
  args: readonly [string, string],
  load: () => Promise<CatalogEntry[]>,
  region: string | undefined,
  dir: string,
): Promise<[Document, Document]> {
  const isFile = async (a: string) => Boolean(await stat(a).catch(() => null));
  const sides: (Document | CatalogEntry[])[] = [];
  let entries: CatalogEntry[] | null = null;
  for (const a of args) {
    if (!YEAR.test(a) || (await isFile(a))) {
      sides.push(await extractFile(a));
      continue;
    }
    entries ??= await load();
    let matches = entries.filter((e) => e.doc.year === Number(a) && (!region || e.doc.region === region));
    if (matches.some((e) => e.doc.kind === 'plan')) matches = matches.filter((e) => e.doc.kind === 'plan');
    if (matches.length === 0) {
      const years = [...new Set(entries.filter((e) => !region || e.doc.region === region).map((e) => `${e.doc.year ?? '?'}${e.doc.region ? ` ${e.doc.region}` : ''}`))].sort();
      throw new PlansError(
        'usage',
        `no plan for ${a}${region ? ` in ${region}` : ''} under ${dir}; found: ${years.join(', ') || 'no plan files'}. Give --dir FOLDER or the files themselves`,
      );
    }
    sides.push(matches);
  }
  const regionsOf = (s: Document | CatalogEntry[]) => (Array.isArray(s) ? [...new Set(s.map((e) => e.doc.region ?? ''))] : [s.region ?? '']);
  const shared = regionsOf(sides[0]!).filter((r) => regionsOf(sides[1]!).includes(r));
  const pick = (s: Document | CatalogEntry[], year: string): Document => {
    if (!Array.isArray(s)) return s;
    const regions = regionsOf(s);
    if (regions.length === 1) return s[0]!.doc;
    if (shared.length === 1) return s.find((e) => (e.doc.region ?? '') === shared[0])!.doc;
    const list = s.map((e) => `${e.doc.region ?? '(no region)'}: ${e.file}`).join('; ');
    throw new PlansError('usage', `${year} matches plans of several regions (${list}); choose one with --region NAME, or give the two files`);
  };
  return [pick(sides[0]!, args[0]), pick(sides[1]!, args[1])];
}
