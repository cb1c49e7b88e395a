import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/index.js';

// A user's first command is `npm install`: it must print nothing the project can avoid.

interface Lock {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

describe('a fresh install is quiet', () => {
  it('every dependency with an install script is reviewed in allowScripts (npm 11 warns of the others)', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path && p.hasInstallScript)
      .map(([path, p]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: p.version }));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const { name, version } of withScripts) {
      const reviewed = manifest.allowScripts?.[name] ?? manifest.allowScripts?.[`${name}@${version}`];
      expect(typeof reviewed, `${name}@${version} has an install script not in allowScripts`).toBe('boolean');
    }
  });

  it('npm ci from the lockfile warns of nothing, no engine that excludes this Node (EBADENGINE) among them', (context) => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-install-'));
    for (const f of ['package.json', 'package-lock.json', '.npmrc']) if (existsSync(join(ROOT, f))) copyFileSync(join(ROOT, f), join(dir, f));
    // A dry run resolves and checks the tree from the lockfile without writing it; offline, from npm's cache.
    const r = spawnSync('npm', ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit'], { cwd: dir, encoding: 'utf8' });
    if (/ENOTCACHED/.test(r.stderr)) context.skip();
    expect(r.stderr.split('\n').filter((l) => /npm (warn|WARN)/.test(l))).toEqual([]);
    expect(r.status).toBe(0);
  });
});
