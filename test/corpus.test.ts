import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/index.js';
import { parseChineseNumeral } from '../src/extract/numbers/resolve.js';
import { CORPUS, GOLD, hasShared } from './helpers/index.js';

// The shared corpus is read by path, never copied. Its gold is scored by .ci/run; these are the
// checks the scorer does not make.
describe.runIf(hasShared)('the shared corpus', () => {
  const files = hasShared ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];

  it.each(files)('%s: every target text is the source at its span', async (name) => {
    const path = join(CORPUS, name);
    const source = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
    const doc = await extractFile(path);
    for (const t of doc.tasks) for (const x of t.targets) expect(source.slice(x.span.start, x.span.end)).toBe(x.text);
  });

  it.each(files.filter((f) => existsGold(f)))('%s: no gold not-target is reported', async (name) => {
    const gold = JSON.parse(readFileSync(join(GOLD, name.replace(/\.txt$/, '.json')), 'utf8')) as { not_targets: string[] };
    const source = readFileSync(join(CORPUS, name), 'utf8');
    const doc = await extractFile(join(CORPUS, name));
    const targets = doc.tasks.flatMap((t) => t.targets.filter((x) => x.value !== null));
    for (const snippet of gold.not_targets) {
      for (let at = source.indexOf(snippet); at >= 0; at = source.indexOf(snippet, at + 1)) {
        // A not-target snippet may hold a real target as well (`2021年,按照…至少10%`): only its numbers matter.
        for (const m of snippet.matchAll(/\d+|[一二两三四五六七八九十百千万]+/g)) {
          const start = at + m.index!;
          const end = start + m[0].length;
          const value = /\d/.test(m[0]) ? Number(m[0]) : parseChineseNumeral(m[0]);
          const hit = targets.find((x) => x.span.start <= start && end <= x.span.end && x.value === value);
          expect(hit, `${snippet} → ${m[0]}`).toBeUndefined();
        }
      }
    }
  });

  it('reads the summary: kind summary, no redacted figure as a number, no page number as a task', async () => {
    const doc = await extractFile(join(CORPUS, '2023-county-summary.txt'));
    expect(doc.kind).toBe('summary');
    expect(doc.tasks.length).toBeGreaterThan(5);
    const targets = doc.tasks.flatMap((t) => t.targets);
    expect(targets.filter((t) => /x/i.test(t.text) && t.value !== null)).toEqual([]);
    expect(targets.filter((t) => t.redacted).length).toBeGreaterThan(20);
    expect(targets.filter((t) => t.kind === 'achievement').length).toBeGreaterThan(10);
    // The site numbers its pages 1、 to 15、; none of them opens a task.
    expect(doc.tasks.filter((t) => /^\d+$/.test(t.number))).toEqual([]);
  });

  it('puts at most 10% of tasks in 其他', async () => {
    const docs = await Promise.all(files.map((f) => extractFile(join(CORPUS, f))));
    const tasks = docs.flatMap((d) => d.tasks);
    const other = tasks.filter((t) => t.themes.includes('其他'));
    expect(other.length / tasks.length).toBeLessThanOrEqual(0.1);
  });
});

function existsGold(name: string): boolean {
  try {
    readFileSync(join(GOLD, name.replace(/\.txt$/, '.json')));
    return true;
  } catch {
    return false;
  }
}

