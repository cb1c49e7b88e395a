import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/index.js';

// Each command's help ends with `Examples:`, and every example is a real invocation:
// each is run here as written, from a folder holding the samples as a fresh clone has them.

const COMMANDS = [[], ['extract'], ['due'], ['compare'], ['track'], ['list']];

/** The `$ plans …` lines after `Examples:`, which must close the help. */
function examplesOf(help: string): string[] {
  const at = help.lastIndexOf('\nExamples:\n');
  expect(at, 'the help has Examples:').toBeGreaterThan(0);
  const lines = help.slice(at + '\nExamples:\n'.length).trimEnd().split('\n');
  expect(lines.every((l) => l === '' || /^  [#$] /.test(l)), 'nothing but examples after Examples:').toBe(true);
  return lines.filter((l) => l.startsWith('  $ ')).map((l) => l.slice(4));
}

describe('help ends with examples that work', () => {
  for (const command of COMMANDS) {
    it(`plans ${[...command, '--help'].join(' ')}`, () => {
      const r = runCli([...command, '--help']);
      expect(r.code).toBe(0);
      const examples = examplesOf(r.stdout);
      expect(examples.length).toBeGreaterThan(0);
      const cwd = mkdtempSync(join(tmpdir(), 'plans-examples-'));
      cpSync(join(ROOT, 'samples'), join(cwd, 'samples'), { recursive: true });
      for (const example of examples) {
        expect(example.startsWith(`plans ${command[0] ?? ''}`), example).toBe(true);
        // `| jq …` is the user's; the command before it must succeed and give JSON.
        const [invocation, pipe] = example.split(' | ');
        const r = spawnSync('sh', ['-c', invocation!.replace(/^plans /, `"${process.execPath}" "${join(ROOT, 'bin/plans.js')}" `)], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        expect(r.stderr, example).toBe('');
        expect(r.status, example).toBe(0);
        if (pipe?.startsWith('jq ')) expect(() => JSON.parse(r.stdout), example).not.toThrow();
      }
    });
  }
});
