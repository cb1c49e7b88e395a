import { parentPort, workerData } from 'node:worker_threads';
import { defaultVocabulary, extractFile } from '../index.js';
import type { DepartmentRule } from '../vocab/departments.js';
import { describeError } from './errors.js';
import { renderJsonLine } from '../report/json.js';
import { documentWarnings } from './warnings.js';
import type { WorkerData, WorkerJob, WorkerResult } from './pool.js';

/** A worker thread of a batch: extracts the files it is sent and posts each document back. */
export function runWorker(): void {
  const data = workerData as WorkerData;
  const vocab = data.departmentMap ? { ...defaultVocabulary, departmentMap: data.departmentMap as readonly DepartmentRule[] } : defaultVocabulary;
  const port = parentPort!;
  port.on('message', async (job: WorkerJob) => {
    const t0 = performance.now();
    let result: WorkerResult;
    try {
      const doc = await extractFile(job.file, vocab, { ...(data.encoding ? { encoding: data.encoding } : {}), ocr: data.ocr, ocrThreads: data.ocrThreads });
      // A string crosses to the main thread far more cheaply than a document's many objects.
      const extracted = data.send === 'jsonl' ? { jsonLine: renderJsonLine(doc), warnings: documentWarnings(doc) } : { doc };
      result = { id: job.id, ok: true, extracted, ms: performance.now() - t0 };
    } catch (e) {
      result = { id: job.id, ok: false, error: describeError(e, data.debug), ms: performance.now() - t0 };
    }
    port.postMessage(result);
  });
}
