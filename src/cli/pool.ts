import { Worker } from 'node:worker_threads';
import { PlansError, type Document } from '../types.js';
import type { DepartmentRule } from '../vocab/departments.js';
import { describeError } from './errors.js';

export interface WorkerData {
  readonly plansWorker: true;
  /** `jsonl`: the worker sends the document's JSON line, ready to write, instead of the document. */
  readonly send: 'document' | 'jsonl';
  readonly departmentMap: readonly DepartmentRule[] | null;
  readonly encoding: string | null;
  readonly debug: boolean;
  /** OCR for scans (`--no-ocr`: false), with this many onnxruntime threads a worker, so that threads do not oversubscribe the cores. */
  readonly ocr: boolean;
  readonly ocrThreads: number;
}

export interface WorkerJob {
  readonly id: number;
  readonly file: string;
}

/** A file done: the document, or its JSON line and the warnings to show. */
export type Extracted = { readonly doc: Document } | { readonly jsonLine: string; readonly warnings: readonly string[] };

export type WorkerResult =
  | { readonly id: number; readonly ok: true; readonly extracted: Extracted; readonly ms: number }
  /** `error` is the line to show, worded in the worker. */
  | { readonly id: number; readonly ok: false; readonly error: string; readonly ms: number };

export interface PoolOptions {
  /** The script a worker runs: bin/plans.js, which starts the worker side when it finds `plansWorker` in its data. */
  readonly entry: string;
  readonly threads: number;
  readonly data: WorkerData;
  /** Called as each file is done, in the order they finish. */
  readonly onDone: (file: string, ms: number) => void;
}

/** Files read ahead of the one whose turn it is to be written, at most: a slow file must not let memory grow without bound. */
const WINDOW_PER_THREAD = 16;

/**
 * Extracts files on worker threads and hands the results on in the files'
 * order, one at a time: output is the same as from one thread.
 */
export async function extractOnThreads(files: readonly string[], options: PoolOptions, onResult: (file: string, result: WorkerResult) => Promise<void>): Promise<void> {
  const window = WINDOW_PER_THREAD * options.threads;
  const results = new Map<number, WorkerResult>();
  let next = 0;
  let emitted = 0;
  let failure: unknown = null;

  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const busy = new Map<Worker, number>();
    let emitting = false;

    const finish = (e: unknown) => {
      for (const w of workers) void w.terminate();
      if (e) reject(e);
      else resolve();
    };

    const dispatch = (w: Worker) => {
      if (failure || next >= files.length || next >= emitted + window) return;
      const id = next++;
      busy.set(w, id);
      w.postMessage({ id, file: files[id]! } satisfies WorkerJob);
    };

    const emit = async () => {
      if (emitting) return;
      emitting = true;
      try {
        while (!failure && results.has(emitted)) {
          const result = results.get(emitted)!;
          results.delete(emitted);
          await onResult(files[emitted]!, result);
          emitted++;
          for (const w of workers) if (!busy.has(w)) dispatch(w);
        }
      } catch (e) {
        failure = e;
      }
      emitting = false;
      if (failure) finish(failure);
      else if (emitted === files.length) finish(null);
    };

    const settle = (w: Worker, result: WorkerResult) => {
      busy.delete(w);
      results.set(result.id, result);
      options.onDone(files[result.id]!, result.ms);
      dispatch(w);
      void emit();
    };

    const start = (): Worker => {
      const w = new Worker(options.entry, { workerData: options.data });
      workers.push(w);
      w.on('message', (result: WorkerResult) => settle(w, result));
      // A thread that dies (out of memory, a bug) fails its file; a fresh one takes its place.
      const lost = (e: unknown) => {
        const at = workers.indexOf(w);
        if (at < 0) return;
        workers.splice(at, 1);
        const id = busy.get(w);
        busy.delete(w);
        if (id === undefined || failure) return;
        const replacement = start();
        const reason = e instanceof Error ? e.message : String(e);
        const error = new PlansError('input', `could not be read: the thread reading it stopped (${reason}); try --jobs 1`, files[id]);
        settle(replacement, { id, ok: false, error: describeError(error, false), ms: 0 });
      };
      w.on('error', lost);
      w.on('exit', (code) => {
        if (code !== 0) lost(new Error(`exit code ${code}`));
      });
      return w;
    };

    for (let k = 0; k < Math.min(options.threads, files.length); k++) start();
    for (const w of [...workers]) dispatch(w);
    if (files.length === 0) finish(null);
  });
}
