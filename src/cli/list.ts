import { stat } from 'node:fs/promises';
import Table from 'cli-table3';
import { wrap } from '../report/cjk-width.js';
import { cellWidth, fitColumns } from '../report/columns.js';
import { SCHEMA_VERSION, type ListEntryJson } from '../report/contract.js';
import { LABELS } from '../report/labels.js';
import { PlansError } from '../types.js';
import { catalogInputs } from './catalog.js';
import { describeError, EXIT } from './errors.js';
import { writeStdout } from './output.js';

export interface ListOptions {
  /** Files, folders and quoted globs, as `extract` takes them. */
  readonly paths: readonly string[];
  /** A folder to look in besides them (`--dir`); it must be one. */
  readonly dir?: string;
  readonly format?: 'table' | 'json';
  readonly debug: boolean;
  /** Terminal width in columns: the table is wrapped to fit it. */
  readonly width: number;
  readonly stderr: (line: string) => void;
}

/** `plans list`: every plan file found, with what `compare` needs to know of it. */
export async function runList(options: ListOptions): Promise<number> {
  if (options.dir !== undefined && !(await stat(options.dir).catch(() => null))?.isDirectory()) {
    throw new PlansError('usage', 'is not a folder (given to --dir)', options.dir);
  }
  let failed = 0;
  const entries = await catalogInputs([...options.paths, ...(options.dir !== undefined ? [options.dir] : [])], (_file, e) => {
    failed++;
    options.stderr(describeError(e, options.debug));
  });
  const rows: ListEntryJson[] = entries.map(({ file, doc }) => ({
    schemaVersion: SCHEMA_VERSION,
    file,
    year: doc.year,
    region: doc.region,
    kind: doc.kind,
    title: doc.title,
    tasks: doc.tasks.length,
    targets: doc.tasks.reduce((n, t) => n + t.targets.length, 0),
  }));
  const format = options.format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (format === 'json') {
    await writeStdout(JSON.stringify(rows, null, 2) + '\n');
  } else {
    await writeStdout(`${renderListTable(rows, options.width)}\n${rows.length} 份文件\n`);
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/** The list as a terminal table, its file, region and title columns wrapped so that it fits `width` columns. */
export function renderListTable(rows: readonly ListEntryJson[], width: number): string {
  const head = [LABELS.fileShort, LABELS.year, LABELS.region, '类型', '标题', LABELS.taskCount, LABELS.targetCount];
  const cells = rows.map((r) => [r.file, String(r.year ?? ''), r.region ?? '', LABELS.summaryKind[r.kind], r.title ?? '', String(r.tasks), String(r.targets)]);
  const natural = head.map((h, i) => Math.max(cellWidth(h), ...cells.map((c) => cellWidth(c[i]!))));
  const widths = fitColumns(natural, [true, false, true, false, true, false, false], width);
  const t = new Table({ head, colWidths: widths.map((w) => w + 2), style: { head: [], border: [] }, wordWrap: false });
  for (const c of cells) t.push(c.map((cell, i) => wrap(cell, widths[i]!).join('\n')));
  return t.toString();
}
