import { extname } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { defaultVocabulary, extractFile, type Vocabulary } from '../index.js';
import { parseDepartmentMap } from '../vocab/departments-file.js';
import { render, type CsvRows, type GroupBy, type TextFormat } from '../report/index.js';
import { PlansError, type Document } from '../types.js';
import { describeError, EXIT } from './errors.js';
import { expandInputs } from './inputs.js';
import { streamToFile, streamToStdout, writeFileAtomic, writeStdout } from './output.js';
import { Progress } from './progress.js';
import type { Extracted, WorkerData } from './pool.js';
import { documentWarnings } from './warnings.js';
import { MAX_THREADS, STREAMED_WORKBOOK_FILES, THREADED_BATCH_BYTES } from './batch-limits.js';
import { availableParallelism } from 'node:os';
import { jsonlWriter, jsonWriter } from '../report/json.js';
import { csvWriter } from '../report/csv.js';

export type Format = TextFormat | 'xlsx' | 'jsonl';

export interface ExtractOptions {
  readonly format?: Format;
  readonly groupBy: GroupBy;
  readonly output?: string;
  readonly force: boolean;
  readonly rows: CsvRows;
  readonly debug: boolean;
  readonly departments?: string;
  readonly encoding?: string;
  readonly quiet: boolean;
  /** Threads for a batch; by default one per core. */
  readonly jobs?: number;
  /** The script worker threads run (bin/plans.js); without it a batch runs on one thread. */
  readonly workerEntry?: string;
  /** Where the progress bar goes; it is drawn only when this is a terminal. */
  readonly progressStream?: NodeJS.WriteStream;
  readonly color: boolean;
  readonly width: number;
  readonly stderr: (line: string) => void;
}

const BY_EXTENSION: Readonly<Record<string, Format>> = { '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.md': 'md', '.txt': 'table', '.xlsx': 'xlsx' };

/** Hands each file's result on, in the files' order; resolves once all are done. */
type ExtractEach = (send: WorkerData['send'], onFile: (x: Extracted) => Promise<void>) => Promise<void>;

/** `plans extract FILE…`: extracts each file; a failed file is reported and skipped. */
export async function runExtract(paths: readonly string[], options: ExtractOptions): Promise<number> {
  const format = chooseFormat(options);
  if (format === 'xlsx' && !options.output && process.stdout.isTTY) {
    throw new PlansError('usage', 'an xlsx workbook is binary; give -o FILE.xlsx to write it');
  }
  const vocab = options.departments ? await loadDepartments(options.departments) : defaultVocabulary;
  const files = await expandInputs(paths);
  if (files.length === 0) throw new PlansError('usage', 'no plan files found in the given folders (looked for .txt, .docx, .html and .pdf files)');
  const stream = options.progressStream;
  const progress = new Progress(files.length, stream ?? process.stderr, Boolean(stream?.isTTY) && !options.quiet && files.length > 1);
  let failed = 0;
  const fail = (line: string) => {
    failed++;
    progress.message(line);
  };

  const extractEach: ExtractEach = async (send, onFile) => {
    const accept = async (x: Extracted) => {
      if (!options.quiet) for (const w of 'doc' in x ? documentWarnings(x.doc) : x.warnings) progress.message(w);
      await onFile(x);
    };
    const threads = Math.min(options.jobs ?? availableParallelism(), MAX_THREADS);
    // Threads when asked for with --jobs, or by default for a batch large enough to gain from them.
    const onThreads = Boolean(options.workerEntry) && threads > 1 && files.length > 1 && !files.includes('-') && (options.jobs !== undefined || totalBytes(files) >= THREADED_BATCH_BYTES);
    if (onThreads) {
      const data: WorkerData = { plansWorker: true, send, departmentMap: options.departments ? vocab.departmentMap : null, encoding: options.encoding ?? null, debug: options.debug };
      // worker_threads loads only for a threaded batch.
      const { extractOnThreads } = await import('./pool.js');
      await extractOnThreads(files, { entry: options.workerEntry!, threads, data, onDone: (file, ms) => progress.tick(file, ms) }, async (_file, result) => {
        if (result.ok) await accept(result.extracted);
        else fail(result.error);
      });
    } else {
      for (const file of files) {
        const t0 = Date.now();
        try {
          await accept({ doc: await extractFile(file, vocab, options.encoding ? { encoding: options.encoding } : {}) });
        } catch (e) {
          if (e instanceof PlansError && e.kind === 'output') throw e;
          fail(describeError(e, options.debug));
        }
        progress.tick(file, Date.now() - t0);
      }
    }
    progress.finish();
  };

  if (format === 'xlsx' && files.length > STREAMED_WORKBOOK_FILES) await writeStreamedWorkbook(extractEach, options);
  else if (format === 'jsonl' || format === 'json' || format === 'csv') await writeStreamedText(format, files.length > 1, extractEach, options);
  else await writeWhole(format, extractEach, options);
  if (failed > 0 && files.length > 1) options.stderr(`plans: ${failed} of ${files.length} files failed`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
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

/** Bytes of the files that exist; a missing one is reported when it is read. */
function totalBytes(files: readonly string[]): number {
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(f).size;
    } catch {
      // reported by read
    }
  }
  return n;
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

async function loadDepartments(file: string): Promise<Vocabulary> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PlansError('input', code === 'ENOENT' ? 'no such file (given to --departments)' : `cannot be read (${code})`, file);
  }
  return { ...defaultVocabulary, departmentMap: parseDepartmentMap(text, file) };
}
