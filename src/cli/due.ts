import { extname } from 'node:path';
import { PlansError } from '../types.js';
import { type DueItem, dueItems, dueList, renderDueCsv, renderDueJson, renderDueMarkdown } from '../report/due.js';
import { documentHeading } from '../report/format.js';
import { LABELS } from '../report/labels.js';
import { openBatch, type BatchOptions } from './batch.js';
import { writeFileAtomic, writeStdout } from './output.js';

export type DueFormat = 'table' | 'json' | 'csv' | 'md' | 'ics';

export interface DueOptions extends BatchOptions {
  readonly format?: DueFormat;
  readonly from?: string;
  readonly to?: string;
  /** ISO date; a task due before it is 已逾期. Default: today. */
  readonly asOf?: string;
  readonly output?: string;
  readonly force: boolean;
  readonly color: boolean;
  readonly width: number;
}

const BY_EXTENSION: Readonly<Record<string, DueFormat>> = { '.ics': 'ics', '.json': 'json', '.csv': 'csv', '.md': 'md', '.txt': 'table' };

/**
 * `plans due FILE…`: the tasks by the month they fall due, with lead
 * department, deadline and date, those past due marked 已逾期. Files are read
 * as `extract` reads them; only the list's rows are kept, not the documents.
 */
export async function runDue(paths: readonly string[], options: DueOptions): Promise<number> {
  const format = chooseFormat(options);
  if (options.from && options.to && options.from > options.to) throw new PlansError('usage', `--from ${options.from} is after --to ${options.to}`);
  const window = { asOf: options.asOf ?? today(), from: options.from ?? null, to: options.to ?? null };
  const batch = await openBatch(paths, options);
  const perDocument: { items: DueItem[]; undated: number }[] = [];
  const headings: string[] = [];
  const titles: string[] = [];
  await batch.documents((doc) => {
    perDocument.push(dueItems(doc, window));
    headings.push(documentHeading(doc));
    titles.push(doc.title ?? doc.file);
  });
  if (perDocument.length === 0) return batch.finish();
  const list = dueList(window, perDocument);
  let content: string;
  if (format === 'ics') {
    const { renderIcs } = await import('../report/ics.js');
    content = renderIcs(list, { name: titles.length === 1 ? `${titles[0]} ${LABELS.dueTitle}` : LABELS.dueTitle });
  } else if (format === 'table') {
    const { renderDueTable } = await import('../report/due-table.js');
    content = await renderDueTable(list, headings.length === 1 ? headings[0]! : null, { color: options.color && !options.output, width: options.width });
  } else content = format === 'json' ? renderDueJson(list) : format === 'csv' ? renderDueCsv(list) : renderDueMarkdown(list);
  if (options.output) await writeFileAtomic(options.output, content, options.force);
  else await writeStdout(content);
  return batch.finish();
}

/** Today in the local calendar, as the user's office counts days. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function chooseFormat(options: DueOptions): DueFormat {
  if (options.format) return options.format;
  if (options.output) {
    const byExt = BY_EXTENSION[extname(options.output).toLowerCase()];
    if (byExt) return byExt;
    throw new PlansError('usage', `cannot tell the format of ${options.output} from its extension; give --format table|json|csv|md|ics`);
  }
  return process.stdout.isTTY ? 'table' : 'json';
}
