import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PlansError } from '../types.js';

/**
 * Writes a whole file safely: to a temporary file in the same folder, renamed
 * over the target only once complete (see `streamToFile`). An existing file is
 * kept unless `force`.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, force: boolean): Promise<void> {
  const file = streamToFile(path, force);
  await file.write(content);
  await file.commit();
}

/** Writes to standard output; a reader that closed early (`| head`) is not an error. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (!text.length) return resolve();
    process.stdout.write(text, () => resolve());
  });
}

/** A file written piece by piece, under a temporary name until `commit`; `abort` leaves nothing behind. */
export interface StreamWriter {
  write(chunk: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

/** A temporary name beside `path`, after checking that the folder exists and `path` may be written. */
export function tempBeside(path: string, force: boolean): string {
  const dir = dirname(path);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new PlansError('output', `cannot write: folder ${dir} does not exist`, path);
  if (!force && existsSync(path)) throw new PlansError('output', 'already exists; use --force to replace it, or choose another -o file', path);
  return join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

export function streamToFile(path: string, force: boolean): StreamWriter {
  const tmp = tempBeside(path, force);
  let fd: number | null = null;
  const fail = (e: unknown): never => {
    if (fd !== null) closeSync(fd);
    fd = null;
    rmSync(tmp, { force: true });
    throw new PlansError('output', `cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`, path);
  };
  try {
    fd = openSync(tmp, 'wx');
  } catch (e) {
    fail(e);
  }
  return {
    async write(chunk) {
      try {
        writeFileSync(fd!, chunk);
      } catch (e) {
        fail(e);
      }
    },
    async commit() {
      try {
        fsyncSync(fd!);
        closeSync(fd!);
        fd = null;
        renameSync(tmp, path);
      } catch (e) {
        fail(e);
      }
    },
    abort() {
      if (fd !== null) closeSync(fd);
      fd = null;
      rmSync(tmp, { force: true });
    },
  };
}

/** Standard output piece by piece, waiting when the reader is slower than we are. */
export function streamToStdout(): StreamWriter {
  return {
    write: (chunk) =>
      new Promise((resolve) => {
        if (process.stdout.write(chunk)) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    commit: () => Promise.resolve(),
    abort: () => undefined,
  };
}
