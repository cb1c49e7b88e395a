import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { planToDocx } from '../helpers/docx.js';
import { ROOT } from '../helpers/index.js';

// Makes the committed PDF fixture, only when asked: MAKE_FIXTURES=1 npx vitest run test/read/make-fixtures.test.ts
// The 2023 sample as a Word file with automatic numbering, a running header and page numbers,
// printed to PDF by LibreOffice (Debian's libreoffice-writer) in a large font so it runs over pages.
describe.runIf(process.env.MAKE_FIXTURES)('fixtures', () => {
  it('writes test/fixtures/2023-示例市-plan.pdf', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-fixture-'));
    const text = readFileSync(join(ROOT, 'samples/2023-示例市-plan.txt'), 'utf8');
    writeFileSync(join(dir, 'plan.docx'), await planToDocx(text, { autoNumber: true, fontSize: 24 }));
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'plan.docx')], { stdio: 'ignore' });
    copyFileSync(join(dir, 'plan.pdf'), join(ROOT, 'test/fixtures/2023-示例市-plan.pdf'));
  }, 120000);
});
