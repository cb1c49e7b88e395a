import { extname } from 'node:path';
import { render, type CsvRows, type GroupBy, type TextFormat } from '../report/index.js';
import { PlansError, type Document } from '../types.js';
import { streamToFile, streamToStdout, writeFileAtomic, writeStdout } from './output.js';
import { STREAMED_WORKBOOK_FILES } from './batch-limits.js';
import { jsonlWriter, jsonWriter } from '../report/json.js';
import { csvWriter } from '../report/csv.js';
import { openBatch, type BatchOptions, type ExtractEach } from './batch.js';

export type Format = TextFormat | 'xlsx' | 'jsonl';

export interface ExtractOptions extends BatchOptions {
  readonly format?: Format;
  readonly groupBy: GroupBy;
  readonly output?: string;
  readonly force: boolean;
  readonly rows: CsvRows;
  readonly color: boolean;
  readonly width: number;
}

const BY_EXTENSION: Readonly<Record<string, Format>> = { '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.md': 'md', '.txt': 'table', '.xlsx': 'xlsx' };

/** `plans extract FILE…`: extracts each file; a failed file is reported and skipped. */
export async function runExtract(paths: readonly string[], options: ExtractOptions): Promise<number> {
  const format = chooseFormat(options);
  if (format === 'xlsx' && !options.output && process.stdout.isTTY) {
    throw new PlansError('usage', 'an xlsx workbook is binary; give -o FILE.xlsx to write it');
  }
  const batch = await openBatch(paths, options);
  const { files, each: extractEach } = batch;
  if (format === 'xlsx' && files.length > STREAMED_WORKBOOK_FILES) await writeStreamedWorkbook(extractEach, options);
  else if (format === 'jsonl' || format === 'json' || format === 'csv') await writeStreamedText(format, files.length > 1, extractEach, options);
  else await writeWhole(format, extractEach, options);
  return batch.finish();
}

const documents = (extractEach: ExtractEach, onDoc: (doc: Document) => Promise<void> | void) =>
  extractEach('document', async (x) => {
    if ('doc' in x) await onDoc(x.doc);
  });

/** A batch's workbook, written row by row as the files are read (see STREAMED_WORKBOOK_FILES). */
async function writeStreamedWorkbook(extractEach: ExtractEach, options: ExtractOptions): Promise<void> {
  const { streamTargetFile, streamTargetStdout } = await import('./stream-target.js');
  const target = options.output ? streamTargetFile(options.output, options.force) : streamTargetStdout();
  try {
    const workbook = await (await import('../report/xlsx-batch.js')).openBatchWorkbook(target.stream);
    let written = 0;
    await documents(extractEach, (doc) => {
      workbook.add(doc);
      written++;
    });
    if (written === 0) return target.abort();
    await workbook.finish();
    await target.commit();
  } catch (e) {
    target.abort();
    throw e;
  }
}

/** json, jsonl and csv, written document by document, so a batch of any size is never held in memory. */
async function writeStreamedText(format: 'json' | 'jsonl' | 'csv', multi: boolean, extractEach: ExtractEach, options: ExtractOptions): Promise<void> {
  const text = format === 'jsonl' ? jsonlWriter() : format === 'json' ? jsonWriter(multi) : csvWriter(options.rows, multi);
  const writer = options.output ? streamToFile(options.output, options.force) : streamToStdout();
  let written = 0;
  try {
    // jsonl lines are made on the worker threads, where the documents are.
    await extractEach(format === 'jsonl' ? 'jsonl' : 'document', async (x) => {
      if (written === 0) await writer.write(text.head());
      await writer.write('doc' in x ? text.document(x.doc) : x.jsonLine);
      written++;
    });
    if (written === 0) return writer.abort();
    await writer.write(text.tail());
    await writer.commit();
  } catch (e) {
    writer.abort();
    throw e;
  }
}

/** The terminal views and the meeting workbook, which need every document before they are written. */
async function writeWhole(format: 'table' | 'md' | 'xlsx', extractEach: ExtractEach, options: ExtractOptions): Promise<void> {
  const docs: Document[] = [];
  await documents(extractEach, (doc) => {
    docs.push(doc);
  });
  if (docs.length === 0) return;
  const content =
    format === 'xlsx'
      ? await (await import('../report/xlsx.js')).renderXlsx(docs)
      : await render(docs, format, { groupBy: options.groupBy, color: options.color && !options.output, width: options.width, rows: options.rows });
  if (options.output) await writeFileAtomic(options.output, content, options.force);
  else await writeStdout(content);
}

function chooseFormat(options: ExtractOptions): Format {
  if (options.format) return options.format;
  if (options.output) {
    const ext = extname(options.output).toLowerCase();
    const byExt = BY_EXTENSION[ext];
    if (byExt) return byExt;
    throw new PlansError('usage', `cannot tell the format of ${options.output} from its extension; give --format table|json|csv|md|xlsx`);
  }
  return process.stdout.isTTY ? 'table' : 'json';
}
