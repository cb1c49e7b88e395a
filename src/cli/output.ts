import { access, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PlansError } from '../types.js';

/**
 * Writes a whole file safely: to a temporary file in the same folder, renamed
 * over the target only once complete. An existing file is kept unless `force`.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, force: boolean): Promise<void> {
  const dir = dirname(path);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new PlansError('output', `cannot write: folder ${dir} does not exist`, path);
  if (!force && (await exists(path))) {
    throw new PlansError('output', 'already exists; use --force to replace it, or choose another -o file', path);
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx');
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new PlansError('output', `cannot write (${code ?? String(e)})`, path);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes to standard output; a reader that closed early (`| head`) is not an error. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (!text.length) return resolve();
    process.stdout.write(text, () => resolve());
  });
}
