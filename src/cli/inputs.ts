import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Extensions of plan files looked for inside a folder. */
export const PLAN_EXTENSIONS = ['.txt', '.text', '.docx', '.html', '.htm', '.pdf'] as const;

/**
 * Expands the command-line paths: a folder gives the plan files inside it
 * (recursively, in a stable order); a file or `-` is kept as given, so that a
 * missing one is reported by `read` with its name.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    const info = statOrNull(p);
    if (info?.isDirectory()) out.push(...walk(p));
    else if (!info && /[*?[]/.test(p)) out.push(...glob(p));
    else out.push(p);
  }
  return out;
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile() && (PLAN_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/**
 * Expands a pattern the shell left alone (`'plans/**\/2022-*.txt'`): `*` and `?`
 * within a name, `**` across folders. A pattern that matches nothing is kept as
 * it is, so that it is reported as a missing file.
 */
export function glob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const first = parts.findIndex((p) => /[*?[]/.test(p));
  const base = parts.slice(0, first).join('/') || '.';
  const rest = parts.slice(first).join('/');
  const re = new RegExp(
    '^' +
      rest
        .split('/')
        .map((seg) => (seg === '**' ? '(?:.*/)?' : seg.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '/'))
        .join('')
        .replace(/\/$/, '')
        .replace(/\(\?:\.\*\/\)\?\/?$/, '.*') +
      '$',
  );
  const found = walkAll(base).filter((f) => re.test(f.slice(base === '.' ? 0 : base.length + 1)));
  return found.length ? found : [pattern];
}

function walkAll(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = dir === '.' ? e.name : join(dir, e.name);
    if (e.isDirectory()) out.push(...walkAll(full));
    else if (e.isFile()) out.push(full);
  }
  return out;
}
