import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { PlansError } from '../types.js';
import { tempBeside } from './output.js';

/** A Node stream for writers that need one (the batch workbook): a temporary file renamed on `commit`, or standard output. */
export interface StreamTarget {
  readonly stream: Writable;
  commit(): Promise<void>;
  abort(): void;
}

export function streamTargetFile(path: string, force: boolean): StreamTarget {
  const tmp = tempBeside(path, force);
  const stream = createWriteStream(tmp, { flags: 'wx' });
  let error: NodeJS.ErrnoException | null = null;
  stream.on('error', (e) => (error = e));
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  return {
    stream,
    async commit() {
      await closed;
      try {
        if (error) throw error;
        renameSync(tmp, path);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw new PlansError('output', `cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`, path);
      }
    },
    abort() {
      stream.destroy();
      void closed.then(() => rmSync(tmp, { force: true }));
      rmSync(tmp, { force: true });
    },
  };
}

export function streamTargetStdout(): StreamTarget {
  const stream = new PassThrough();
  stream.pipe(process.stdout, { end: false });
  const finished = new Promise<void>((resolve) => stream.once('end', () => resolve()));
  return {
    stream,
    commit: () => finished,
    abort: () => stream.destroy(),
  };
}
