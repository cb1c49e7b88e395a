import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractText } from '../../src/index.js';
import type { Task } from '../../src/types.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
export const CORPUS = join(SHARED, 'corpus');
export const GOLD = join(SHARED, 'gold');
export const hasShared = existsSync(CORPUS) && existsSync(GOLD);

/** Extracts one task from a snippet, as if it were the only task of a plan. */
export function taskOf(snippet: string): Task {
  const doc = extractText(`2022年示例市卫生健康工作要点\n一、测试\n1.测试任务。${snippet}`);
  const task = doc.tasks[0];
  if (!task) throw new Error('no task');
  return task;
}

/** The targets of a snippet, with their text cut out of the snippet's document by span. */
export function targetsOf(snippet: string) {
  const text = `2022年示例市卫生健康工作要点\n一、测试\n1.测试任务。${snippet}`;
  const doc = extractText(text);
  return (doc.tasks[0]?.targets ?? []).map((t) => ({ ...t, sliced: text.slice(t.span.start, t.span.end) }));
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/plans.js as a user would. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/plans.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
