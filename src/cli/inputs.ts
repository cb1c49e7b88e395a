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
