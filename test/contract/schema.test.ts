import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/report/contract.js';
import { CORPUS, ROOT, runCli, SHARED } from '../helpers/index.js';
import { SCHEMA_BASE, schemaErrors, schemaFiles } from '../helpers/schema.js';

// The output contract is schema/: these tests hold the real output of `plans` to it,
// on the samples, the corpus and the wild documents, so that the two cannot drift.

const SAMPLES = join(ROOT, 'samples');
const WILD = join(SHARED, 'wild/docs');
const folders = [
  { name: 'samples', dir: SAMPLES },
  { name: 'corpus', dir: CORPUS },
  { name: 'wild', dir: WILD },
];
const HELD_OUT = { name: 'held-out', dir: join(ROOT, 'test/fixtures/held-out/docs') };

/** Every file of a folder, in order; none when the folder is absent (../shared is not shipped). */
const filesOf = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : []);

function run(args: string[]): string {
  const r = runCli(args);
  expect(r.code, `plans ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

/** What the schema cannot say: a span runs forwards. */
function spansRunForwards(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(spansRunForwards);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && o.end < o.start) return false;
    return Object.values(o).every(spansRunForwards);
  }
  return true;
}

function expectValid(name: string, data: unknown, what: string) {
  expect(schemaErrors(name, data), `${what} against ${name}`).toEqual([]);
  expect(schemaErrors('plans.schema.json', data), `${what} against the index`).toEqual([]);
  expect(spansRunForwards(data), `${what}: a span ends before it starts`).toBe(true);
}

describe('the schema files', () => {
  it('are JSON Schema 2020-12, each named by its file, and compile in ajv strict mode', () => {
    expect([...schemaFiles.keys()]).toContain('plans.schema.json');
    for (const [file, schema] of schemaFiles) {
      expect(schema.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id, file).toBe(SCHEMA_BASE + file);
      expect(typeof schema.title, file).toBe('string');
      expect(typeof schema.description, file).toBe('string');
      // Compiling (with every reference resolved) throws in strict mode on anything ajv would not enforce.
      expect(schemaErrors(file, null)).toBeInstanceOf(Array);
    }
  });

  it('are all reachable from the index, plans.schema.json: a new result is one file and one entry there', () => {
    const index = schemaFiles.get('plans.schema.json')!;
    const refs = JSON.stringify(index);
    for (const file of schemaFiles.keys()) {
      if (file === 'plans.schema.json' || file === 'common.schema.json') continue;
      expect(refs, `${file} is not referenced from plans.schema.json`).toContain(`"$ref":"${file}"`);
    }
  });

  it('carry the version the code writes, which is the newest entry of CHANGELOG.md', () => {
    const common = schemaFiles.get('common.schema.json') as { $defs: { schemaVersion: { const: string } } };
    expect(common.$defs.schemaVersion.const).toBe(SCHEMA_VERSION);
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(/^## Output contract (\S+)/m.exec(changelog)?.[1]).toBe(SCHEMA_VERSION);
  });

  it('refuse output that drifts: an unknown field, a missing one, a redacted figure with a value', () => {
    const doc = JSON.parse(run(['extract', 'samples/2023-示例市-plan.txt', '--format', 'json']));
    expectValid('document.schema.json', doc, 'the sample');
    const task = doc.tasks[0];
    const target = task.targets[0];
    const variants: [string, unknown][] = [
      ['an unknown top-level field', { ...doc, due: [] }],
      ['an unknown task field', { ...doc, tasks: [{ ...task, owner: 'x' }] }],
      ['an unknown target field', { ...doc, overview: [{ ...target, valueMax: 3 }] }],
      ['a target without its unit', { ...doc, overview: [{ ...target, unit: undefined }] }],
      ['a redacted figure with a value', { ...doc, overview: [{ ...target, redacted: true }] }],
      ['another contract version', { ...doc, schemaVersion: '0.0.1' }],
      ['a comparator the contract does not have', { ...doc, overview: [{ ...target, comparator: '≥' }] }],
      ['a due date that is not ISO', { ...doc, overview: [{ ...target, due: '2023年6月30日', dueKind: 'month' }] }],
    ];
    for (const [what, data] of variants) expect(schemaErrors('document.schema.json', JSON.parse(JSON.stringify(data))), what).not.toEqual([]);

    // A schema made of parts (track's achievement is a figure and its task) is closed as a whole.
    const track = JSON.parse(run(['track', '2023', '--dir', 'samples', '--format', 'json']));
    expectValid('track.schema.json', track, 'track');
    const met = track.targets.find((t: { achievement: unknown }) => t.achievement);
    for (const [what, result] of [
      ['an unknown field in an achievement', { ...met, achievement: { ...met.achievement, extra: 1 } }],
      ["a task on the plan's figure", { ...met, target: { ...met.target, task: met.achievement.task } }],
      ['a verdict track does not give', { ...met, verdict: 'raised' }],
    ]) {
      expect(schemaErrors('track.schema.json', { ...track, targets: [result] }), what as string).not.toEqual([]);
    }
  });
});

describe('plans extract output follows schema/', () => {
  it('one file as json, each sample: document.schema.json', () => {
    for (const file of filesOf(SAMPLES)) expectValid('document.schema.json', JSON.parse(run(['extract', file, '--format', 'json'])), file);
  });

  for (const { name, dir } of [...folders, HELD_OUT]) {
    it.skipIf(!existsSync(dir))(`every ${name} document, as a batch's json array and as jsonl lines (one thread and two)`, () => {
      const files = filesOf(dir);
      const batch = JSON.parse(run(['extract', dir, '--format', 'json']));
      expect(batch).toHaveLength(files.length);
      expectValid('extract-batch.schema.json', batch, `${name} as json`);
      for (const jobs of ['1', '2']) {
        const lines = run(['extract', dir, '--format', 'jsonl', '--jobs', jobs]).trimEnd().split('\n');
        expect(lines).toHaveLength(files.length);
        for (const line of lines) expectValid('document.schema.json', JSON.parse(line), `${name} as jsonl on ${jobs} thread(s)`);
      }
    });
  }

  it.skipIf(!existsSync(CORPUS))('uses every optional part of the contract somewhere (value_max, redacted, message spans)', () => {
    const text = run(['extract', CORPUS, WILD, '--format', 'json']);
    expect(text).toContain('"value_max":');
    expect(text).toContain('"redacted": true');
    expect(text).toContain('"rule": "section-number-repaired"');
  });
});

describe('plans compare, due, track and list output follow schema/', () => {
  for (const { name, dir } of folders) {
    it.skipIf(!existsSync(dir))(`compare json: each ${name} document against the next`, () => {
      const files = filesOf(dir);
      for (let i = 0; i + 1 < files.length; i++) {
        const result = JSON.parse(run(['compare', files[i]!, files[i + 1]!, '--format', 'json']));
        expectValid('compare.schema.json', result, `${files[i]} → ${files[i + 1]}`);
      }
    });
  }

  for (const { name, dir } of folders) {
    it.skipIf(!existsSync(dir))(`due json of every ${name} document, and of a window`, () => {
      expectValid('due.schema.json', JSON.parse(run(['due', dir, '--as-of', '2023-07-01', '--format', 'json'])), `due ${name}`);
      expectValid('due.schema.json', JSON.parse(run(['due', dir, '--from', '2023-07', '--to', '2023-09', '--format', 'json'])), `due ${name} in a quarter`);
    });
  }

  for (const { name, dir } of [...folders, HELD_OUT]) {
    it.skipIf(!existsSync(dir))(`track json: each ${name} summary against the plan of its year (or the nearest)`, () => {
      const entries = JSON.parse(run(['list', dir, '--format', 'json'])) as { file: string; kind: string; year: number | null }[];
      const plans = entries.filter((e) => e.kind === 'plan');
      for (const summary of entries.filter((e) => e.kind === 'summary')) {
        const plan = [...plans].sort((a, b) => Math.abs((a.year ?? 0) - (summary.year ?? 0)) - Math.abs((b.year ?? 0) - (summary.year ?? 0)))[0]!;
        expectValid('track.schema.json', JSON.parse(run(['track', plan.file, summary.file, '--format', 'json'])), `track ${plan.file} ${summary.file}`);
      }
    });
  }

  it('compare json by year, track json by year, and list json of a folder', () => {
    expectValid('track.schema.json', JSON.parse(run(['track', '2023', '--dir', 'samples', '--format', 'json'])), 'track by year');
    expectValid('compare.schema.json', JSON.parse(run(['compare', '2022', '2023', '--dir', 'samples', '--format', 'json'])), 'compare by year');
    for (const { dir } of folders.filter((f) => existsSync(f.dir))) expectValid('list.schema.json', JSON.parse(run(['list', dir, '--format', 'json'])), `list ${dir}`);
  });
});
