import { extname } from 'node:path';
import { compare, DEFAULT_COMPARE_OPTIONS } from '../compare/index.js';
import { renderCompareJson, renderCompareMarkdown, renderCompareTable } from '../report/compare.js';
import { PlansError } from '../types.js';
import { catalog, resolveSides } from './catalog.js';
import { describeError, EXIT } from './errors.js';
import { writeFileAtomic, writeStdout } from './output.js';

export type CompareFormat = 'table' | 'json' | 'md' | 'xlsx';

export interface CompareCliOptions {
  readonly dir: string;
  readonly region?: string;
  readonly format?: CompareFormat;
  readonly output?: string;
  readonly force: boolean;
  readonly threshold?: number;
  readonly debug: boolean;
  readonly color: boolean;
  readonly width: number;
  readonly stderr: (line: string) => void;
}

const BY_EXTENSION: Readonly<Record<string, CompareFormat>> = { '.json': 'json', '.md': 'md', '.xlsx': 'xlsx', '.txt': 'table' };

/** `plans compare A B`: each side a file or a year found under --dir. */
export async function runCompare(a: string, b: string, options: CompareCliOptions): Promise<number> {
  const format = options.format ?? (options.output ? BY_EXTENSION[extname(options.output).toLowerCase()] : undefined) ?? (process.stdout.isTTY ? 'table' : 'json');
  if (format === 'xlsx' && !options.output && process.stdout.isTTY) throw new PlansError('usage', 'an xlsx workbook is binary; give -o FILE.xlsx to write it');
  const [oldDoc, newDoc] = await resolveSides(
    [a, b],
    () => catalog(options.dir, (file, e) => options.stderr(describeError(e, options.debug).replace(/^plans: /, 'plans: skipped ') || file)),
    options.region,
    options.dir,
  );
  const comparison = compare(oldDoc, newDoc, { ...DEFAULT_COMPARE_OPTIONS, ...(options.threshold !== undefined ? { taskThreshold: options.threshold } : {}) });
  const content =
    format === 'xlsx'
      ? await (await import('../report/compare-xlsx.js')).renderCompareXlsx(comparison)
      : format === 'json'
        ? renderCompareJson(comparison)
        : format === 'md'
          ? renderCompareMarkdown(comparison)
          : await renderCompareTable(comparison, { color: options.color && !options.output, width: options.width });
  if (options.output) await writeFileAtomic(options.output, content, options.force);
  else await writeStdout(content);
  return EXIT.ok;
}
