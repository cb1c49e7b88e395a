import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync, chmodSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planToDocx } from '../helpers/docx.js';
import { ROOT, runCli } from '../helpers/index.js';

const SAMPLE = 'samples/2022-示例市-plan.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'plans-bad-'));

/** Each bad input: one line on stderr naming the file, exit 1, no stack trace, the rest of a batch still done. */
function expectOneLine(args: string[], line: string, code = 1) {
  const r = runCli([...args, SAMPLE, '--format', 'json']);
  expect(r.stderr.split('\n')[0]).toBe(line);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.code).toBe(code);
  // A batch gives an array, whatever number of its files could be read.
  expect(JSON.parse(r.stdout).map((d: { year: number }) => d.year)).toEqual([2022]);
  return r;
}

describe('bad input gets one clear line and the batch goes on', () => {
  it('a missing file', () => {
    expectOneLine(['extract', 'missing.txt'], 'plans: missing.txt: no such file');
  });

  it('an empty file', () => {
    const f = join(tmp(), 'empty.txt');
    writeFileSync(f, '');
    expectOneLine(['extract', f], `plans: ${f}: is empty`);
  });

  it('an image renamed .txt', () => {
    const f = join(tmp(), 'photo.txt');
    writeFileSync(f, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    // Without OCR an image is refused by its content, whatever its name; with OCR see test/read/ocr.test.ts.
    expectOneLine(['extract', '--no-ocr', f], `plans: ${f}: is an image, not a plan text`);
  });

  it('a binary file', () => {
    const f = join(tmp(), 'data.txt');
    writeFileSync(f, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const r = runCli(['extract', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^plans: ${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: (looks like a binary file, not a plan text|is not text in UTF-8 or GBK; .*)\\n$`));
  });

  it('a file of 50 MB', () => {
    const f = join(tmp(), 'huge.txt');
    closeSync(openSync(f, 'w'));
    truncateSync(f, 50 * 1024 * 1024);
    expectOneLine(['extract', f], `plans: ${f}: is 50 MB, larger than the 20 MB a plan file may be; check it is the right file`);
  });

  it('a file without read permission', () => {
    if (process.getuid?.() === 0) return; // root reads every file; the message is checked where tests run as a user
    const f = join(tmp(), 'secret.txt');
    writeFileSync(f, '一、甲\n1.任务。');
    chmodSync(f, 0o000);
    expectOneLine(['extract', f], `plans: ${f}: permission denied; check the file can be read`);
  });

  it('a corrupt .docx', async () => {
    const f = join(tmp(), 'broken.docx');
    writeFileSync(f, (await planToDocx('一、甲\n1.任务。', { autoNumber: false })).subarray(0, 600));
    const r = expectOneLine(['extract', f], r0(f));
    expect(r.stderr.split('\n')[0]).toMatch(/is not a valid \.docx \(corrupt or encrypted: .*\); open and save it again in Word, or save it as \.txt$/);
  });

  it('an encrypted or old Word document', () => {
    const f = join(tmp(), 'locked.docx');
    writeFileSync(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expectOneLine(['extract', f], `plans: ${f}: is an old Word .doc or an encrypted document; save it as .docx (without a password) or .txt`);
  });

  it('a corrupt .pdf', () => {
    const f = join(tmp(), 'broken.pdf');
    writeFileSync(f, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF');
    const r = runCli(['extract', f, SAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^plans: .*broken\.pdf: is not a valid PDF \(.*\); check the file or save it as \.txt$/);
  });

  it('a password-protected .pdf', () => {
    expectOneLine(['extract', 'test/fixtures/encrypted.pdf'], 'plans: test/fixtures/encrypted.pdf: is a password-protected PDF; remove the password or save it as .txt');
  });

  it('a .docx that is not one', () => {
    const f = join(tmp(), 'fake.docx');
    writeFileSync(f, '这不是Word文件');
    expectOneLine(['extract', f], `plans: ${f}: is not a valid Word or PDF file (its content does not match its name); check the file`);
  });

  it('a text with no recognisable tasks: a warning, zero tasks, not an error', () => {
    const f = join(tmp(), 'news.txt');
    writeFileSync(f, '本报讯 昨日下午，市民广场举行了一场音乐会\n现场观众约两千人\n');
    const r = runCli(['extract', f, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`plans: ${f}: warning: no numbered tasks or task paragraphs were recognised; is this a work plan?\n`);
    expect(JSON.parse(r.stdout).tasks).toEqual([]);
  });

  it('a folder reads the plans inside it; a folder without plans is a usage error', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), readFileSync(join(ROOT, SAMPLE)));
    writeFileSync(join(dir, 'notes.md'), '# not a plan');
    const r = runCli(['extract', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tasks).toHaveLength(18);
    const empty = tmp();
    const e = runCli(['extract', empty]);
    expect(e.code).toBe(2);
    expect(e.stderr).toBe('plans: no plan files found in the given folders (looked for .txt, .docx, .html and .pdf files)\n');
  });

  it('a folder where compare expects a file', () => {
    const dir = tmp();
    const r = runCli(['compare', dir, SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`plans: ${dir}: is a directory; give a plan file, or the folder to \`plans extract\` to read the plans inside it\n`);
  });

  it('shows a stack trace only with --debug, after the usual line', () => {
    const r = runCli(['compare', 'missing-a.txt', SAMPLE, '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plans: missing-a\.txt: no such file\nPlansError: no such file\n\s+at /);
  });
});

function r0(f: string): string {
  return runCli(['extract', f]).stderr.split('\n')[0]!;
}
