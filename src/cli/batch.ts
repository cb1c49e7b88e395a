import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defaultVocabulary, extractFile, type Vocabulary } from '../index.js';
import { parseDepartmentMap } from '../vocab/departments-file.js';
import { PlansError, type Document } from '../types.js';
import { describeError, EXIT } from './errors.js';
import { expandInputs } from './inputs.js';
import { Progress } from './progress.js';
import type { Extracted, WorkerData } from './pool.js';
import { documentWarnings } from './warnings.js';
import { MAX_THREADS, THREADED_BATCH_BYTES } from './batch-limits.js';

/** What every command that reads plan files takes: `extract`, `due`. */
export interface BatchOptions {
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
  readonly stderr: (line: string) => void;
}

/** Hands each file's result on, in the files' order; resolves once all are done. */
export type ExtractEach = (send: WorkerData['send'], onFile: (x: Extracted) => Promise<void>) => Promise<void>;

export interface Batch {
  readonly files: readonly string[];
  readonly each: ExtractEach;
  /** Each document in the files' order (a failed file is reported and skipped). */
  documents(onDoc: (doc: Document) => Promise<void> | void): Promise<void>;
  /** Prints `plans: 3 of 2000 files failed` when some did; the exit code. */
  finish(): number;
}

/**
 * The files of the command line (folders, quoted globs, `-`), read one by one
 * or on worker threads, with a progress bar on a terminal; a file that fails
 * is reported and skipped, and the batch goes on.
 */
export async function openBatch(paths: readonly string[], options: BatchOptions): Promise<Batch> {
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

  const each: ExtractEach = async (send, onFile) => {
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

  return {
    files,
    each,
    documents: (onDoc) =>
      each('document', async (x) => {
        if ('doc' in x) await onDoc(x.doc);
      }),
    finish() {
      if (failed > 0 && files.length > 1) options.stderr(`plans: ${failed} of ${files.length} files failed`);
      return failed > 0 ? EXIT.failed : EXIT.ok;
    },
  };
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
