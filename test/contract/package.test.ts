import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/index.js';
import { schemaErrors } from '../helpers/schema.js';

// `plans` as a library, as another project gets it: the package is packed (`npm
// pack`, so only what `files` ships), unpacked into a new project's node_modules,
// and imported from ES modules and CommonJS, and type-checked from both.
//
// The new project's dependencies are the packed package.json's `dependencies`,
// linked from this project's node_modules: `npm install TARBALL` would resolve
// them against the registry, which a test must not need (an offline install has
// the tarballs in its cache but not the registry's metadata to choose them).

const SAMPLE_2022 = join(ROOT, 'samples/2022-示例市-plan.txt');
const SAMPLE_2023 = join(ROOT, 'samples/2023-示例市-plan.txt');
let project = '';

function node(file: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, [file, ...args], { cwd: project, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cjs/index.js')), 'build first (npm test does)').toBe(true);
  const work = mkdtempSync(join(tmpdir(), 'plans-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string }[];
  project = join(work, 'consumer');
  const installed = join(project, 'node_modules/plans');
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync('tar', ['-xzf', join(work, packed[0]!.filename), '-C', installed, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(manifest.dependencies)) {
    mkdirSync(join(project, 'node_modules', dep, '..'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
  }
}, 60_000);

describe('plans as a library, from a packed tarball', () => {
  it('ships what a user needs and nothing of the tests', () => {
    const installed = join(project, 'node_modules/plans');
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/plans.cjs', 'bin/plans.js', 'schema/plans.schema.json', 'schema/document.schema.json', 'CHANGELOG.md', 'README.md']) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
    expect(existsSync(join(installed, 'test'))).toBe(false);
    expect(existsSync(join(installed, 'src'))).toBe(false);
  });

  it('imports from an ES module: extractFile, extractText, compare, and the JSON of the contract', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { extractFile, extractText, compare, toJson, compareToJson, SCHEMA_VERSION } from 'plans';
const [a, b] = await Promise.all(process.argv.slice(2).map((f) => extractFile(f)));
const text = extractText('2023年示例市卫生健康工作要点\\n一、医疗\\n1.新增2家普惠托育机构。');
const result = compare(a, b);
console.log(JSON.stringify({ version: SCHEMA_VERSION, doc: toJson(b), text: toJson(text), compare: compareToJson(result), raised: result.summary.raised }));
`,
    );
    const out = JSON.parse(node('esm.mjs', SAMPLE_2022, SAMPLE_2023));
    expect(out.version).toBe('0.2.0');
    expect(schemaErrors('document.schema.json', out.doc)).toEqual([]);
    expect(out.doc).toMatchObject({ title: '2023年示例市卫生健康工作要点', year: 2023 });
    expect(out.text.tasks[0].targets[0]).toMatchObject({ value: 2, unit: '家' });
    expect(schemaErrors('compare.schema.json', out.compare)).toEqual([]);
    expect(out.raised).toBe(9);
  });

  it('requires from CommonJS, with the same results', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { extractFile, extractText, compare, toJson, compareToJson, SCHEMA_VERSION, PlansError } = require('plans');
(async () => {
  const [a, b] = await Promise.all(process.argv.slice(2).map((f) => extractFile(f)));
  const missing = await extractFile('no-such-plan.txt').catch((e) => e);
  console.log(JSON.stringify({ version: SCHEMA_VERSION, doc: toJson(b), compare: compareToJson(compare(a, b)), text: toJson(extractText('2023年示例市卫生健康工作要点\\n一、医疗\\n1.新增2家普惠托育机构。')), error: missing instanceof PlansError && missing.message, schema: require.resolve('plans/schema/document.schema.json').endsWith('schema/document.schema.json') }));
})();
`,
    );
    const out = JSON.parse(node('cjs.cjs', SAMPLE_2022, SAMPLE_2023));
    expect(out.version).toBe('0.2.0');
    expect(out.error).toBe('no such file');
    expect(out.schema).toBe(true);
    expect(schemaErrors('document.schema.json', out.doc)).toEqual([]);
    expect(schemaErrors('compare.schema.json', out.compare)).toEqual([]);
    const esm = JSON.parse(node('esm.mjs', SAMPLE_2022, SAMPLE_2023));
    expect(out.doc).toEqual(esm.doc);
    expect(out.compare).toEqual(esm.compare);
    expect(out.text).toEqual(esm.text);
  });

  it('type-checks from ES modules and CommonJS with the public types', () => {
    const typed = (imports: string) => `${imports}
export async function ledger(path: string): Promise<string[]> {
  const doc: Document = await extractFile(path);
  const rows: string[] = [];
  const sections: readonly Section[] = doc.sections;
  for (const task of doc.tasks as readonly Task[]) {
    const departments: Departments = task.departments;
    for (const target of task.targets as readonly Target[]) rows.push(\`\${sections.length} \${departments.lead.join('、')} \${target.metric} \${target.comparator} \${target.value ?? 'xx'}\${target.unit}\`);
  }
  // @ts-expect-error: a year is a number or null, never a string
  const wrong: string = doc.year;
  void wrong;
  const json: DocumentJson = toJson(doc);
  const result: CompareResult = compare(doc, extractText('2024年示例市卫生健康工作要点'));
  const out: CompareJson = compareToJson(result);
  rows.push(json.schemaVersion, String(out.summary.raised), SCHEMA_VERSION);
  return rows;
}
`;
    const names = 'extractFile, extractText, compare, toJson, compareToJson, SCHEMA_VERSION';
    const types = 'Document, Task, Target, Section, Departments, CompareResult, DocumentJson, CompareJson';
    writeFileSync(join(project, 'typed.mts'), typed(`import { ${names}, type ${types.split(', ').join(', type ')} } from 'plans';`));
    writeFileSync(join(project, 'typed.cts'), typed(`import { ${names} } from 'plans';\nimport type { ${types} } from 'plans';`));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['typed.mts', 'typed.cts'] }),
    );
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--traceResolution'], { cwd: project, encoding: 'utf8' });
    const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
    expect(errors).toEqual([]);
    expect(r.status).toBe(0);
    // Each kind of module got the declarations made for it.
    expect(r.stdout).toContain("======== Module name 'plans' was successfully resolved to '" + join(project, 'node_modules/plans/dist/index.d.ts'));
    expect(r.stdout).toContain("======== Module name 'plans' was successfully resolved to '" + join(project, 'node_modules/plans/dist/cjs/index.d.ts'));
  });

  it("runs the README's example as written and prints what the README says", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Use from code'));
    const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2]! }));
    const [esm, printed, cjs] = blocks;
    expect(esm?.lang).toBe('js');
    cpSync(join(ROOT, 'samples'), join(project, 'samples'), { recursive: true });
    writeFileSync(join(project, 'readme.mjs'), esm!.code);
    expect(node('readme.mjs')).toBe(printed!.code);
    const [code, comment] = cjs!.code.split('\n// ');
    writeFileSync(join(project, 'readme.cjs'), code!);
    expect(node('readme.cjs')).toBe(comment);
  });

  it('runs its command from the installed package', () => {
    const out = JSON.parse(node(join(project, 'node_modules/plans/bin/plans.js'), 'extract', SAMPLE_2023, '--format', 'json'));
    expect(schemaErrors('document.schema.json', out)).toEqual([]);
  });
});
