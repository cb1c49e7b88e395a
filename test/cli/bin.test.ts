import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/index.js';

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** Runs a copy of the bundle through bin/plans.js's loader with the given cache file beside it. */
function runWithCache(cache: Buffer | null): { stdout: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'plans-bin-'));
  const bundle = join(dir, 'plans.cjs');
  copyFileSync(join(ROOT, 'dist/plans.cjs'), bundle);
  if (cache) writeFileSync(`${bundle}.cache`, cache);
  const script = `require(${JSON.stringify(join(ROOT, 'bin/plans.js'))}).load(${JSON.stringify(bundle)}).main(['node', 'plans', '--version']).then((c) => (process.exitCode = c))`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return { stdout: r.stdout, status: r.status };
}

describe('bin/plans.js and the code cache', () => {
  const real = readFileSync(join(ROOT, 'dist/plans.cjs.cache'));
  const id = readFileSync(join(ROOT, 'dist/plans.cjs'), 'latin1').slice(15, 31);

  it('the build writes a cache for the bundle it made', () => {
    expect(real.toString('latin1', 0, 16)).toBe(id);
    expect(real.length).toBeGreaterThan(10_000);
  });

  it.each([
    ['no cache', null],
    ['the cache of this build', real],
    ['the cache of another build', Buffer.concat([Buffer.from('0123456789abcdef'), real.subarray(16)])],
    ['a damaged cache of this build', Buffer.concat([Buffer.from(id, 'latin1'), Buffer.alloc(5000, 7)])],
  ])('runs the same with %s', (_name, cache) => {
    expect(runWithCache(cache)).toEqual({ stdout: `${VERSION}\n`, status: 0 });
  });
});
