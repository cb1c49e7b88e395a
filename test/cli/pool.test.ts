import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOnThreads, type WorkerResult } from '../../src/cli/pool.js';

/** A stand-in worker: answers with the file's name, slowly for `slow…`, and dies on `crash…`. */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.file.startsWith('crash')) process.exit(3);
  const answer = () => parentPort.postMessage({ id: job.id, ok: true, extracted: { jsonLine: job.file, warnings: [] }, ms: 1 });
  setTimeout(answer, job.file.startsWith('slow') ? 60 : 0);
});`;

function fakeEntry(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'plans-pool-')), 'worker.cjs');
  writeFileSync(file, FAKE_WORKER);
  return file;
}

const data = { plansWorker: true, send: 'jsonl', departmentMap: null, encoding: null, debug: false } as const;

describe('worker threads for a batch', () => {
  it('hands results on in the files’ order, whatever order they finish in, and survives a thread that dies', async () => {
    const files = ['slow-a', 'b', 'crash-c', 'd', 'slow-e', 'f', 'g'];
    const seen: string[] = [];
    const done: string[] = [];
    await extractOnThreads(files, { entry: fakeEntry(), threads: 3, data, onDone: (f) => done.push(f) }, async (file, r: WorkerResult) => {
      seen.push(r.ok ? `${file}:${'jsonLine' in r.extracted ? r.extracted.jsonLine : ''}` : `${file}:failed:${r.error}`);
    });
    expect(seen).toEqual(['slow-a:slow-a', 'b:b', 'crash-c:failed:plans: crash-c: could not be read: the thread reading it stopped (exit code 3); try --jobs 1', 'd:d', 'slow-e:slow-e', 'f:f', 'g:g']);
    expect([...done].sort()).toEqual([...files].sort());
  });

  it('stops at an error of the writer and passes it on', async () => {
    const failing = extractOnThreads(['a', 'b', 'c'], { entry: fakeEntry(), threads: 2, data, onDone: () => undefined }, async (file) => {
      if (file === 'b') throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
  });
});
