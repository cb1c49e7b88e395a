import { PlansError } from '../types.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** One line for the user: `plans: FILE: reason`. A stack only with --debug. */
export function describeError(e: unknown, debug: boolean): string {
  const line = describeErrorLine(e);
  return debug && e instanceof Error && e.stack ? `${line}\n${e.stack}` : line;
}

function describeErrorLine(e: unknown): string {
  if (e instanceof PlansError) return `plans: ${e.file ? `${e.file}: ` : ''}${e.message}`;
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && 'code' in err && err.code) {
    return `plans: ${err.path ? `${err.path}: ` : ''}${err.message.replace(/^\w+: /, '')}`;
  }
  return `plans: internal error: ${e instanceof Error ? e.message : String(e)} (run with --debug for details; please report it)`;
}

export function exitCodeFor(e: unknown): number {
  return e instanceof PlansError && e.kind === 'usage' ? EXIT.usage : EXIT.failed;
}
