// Bundles the CLI and the extraction pipeline into one CommonJS file, dist/plans.cjs:
// Node loads one file much faster than the ~50 ES modules tsc writes, which is most
// of a single extract's start-up. Heavy readers and writers stay outside and load
// only when a command needs them.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/plans.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['exceljs', 'mammoth', 'pdfjs-dist', 'html-to-text', 'cli-table3', 'chalk'],
  define: { PLANS_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
  // main.ts reads package.json through import.meta only when PLANS_VERSION is not defined, which the bundle defines.
  logOverride: { 'empty-import-meta': 'silent' },
});
