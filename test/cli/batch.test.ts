import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/index.js';
import { STREAMED_WORKBOOK_FILES } from '../../src/cli/batch-limits.js';

const SAMPLES = ['samples/2022-示例市-plan.txt', 'samples/2023-示例市-plan.txt'].map((s) => join(ROOT, s));
const TASKS = { 2022: 18, 2023: 16 } as const;

/** A folder of `n` copies of the samples in two sub-folders, and one broken file among them. */
function batchFolder(n: number): { dir: string; broken: string; good: number; tasks: number } {
  const dir = mkdtempSync(join(tmpdir(), 'plans-batch-'));
  let tasks = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, i % 2 ? '县区' : '市本级');
    mkdirSync(sub, { recursive: true });
    copyFileSync(SAMPLES[i % 2]!, join(sub, `plan-${String(i).padStart(3, '0')}.txt`));
    tasks += i % 2 ? TASKS[2023] : TASKS[2022];
  }
  const broken = join(dir, '市本级', 'plan-000b.docx');
  writeFileSync(broken, 'this is not a Word file');
  return { dir, broken, good: n, tasks };
}

async function readWorkbook(path: string) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('a batch with one broken file', () => {
  it('writes every other document to jsonl, one line each in folder order, names the broken file and exits 1', () => {
    const b = batchFolder(6);
    const out = join(b.dir, 'all.jsonl');
    const r = runCli(['extract', b.dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`plans: ${b.broken}: `);
    expect(r.stderr).toContain(`plans: 1 of ${b.good + 1} files failed`);
    const docs = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(b.good);
    expect(docs.map((d) => d.file)).toEqual([...docs.map((d) => d.file)].sort());
    expect(docs.reduce((n, d) => n + d.tasks.length, 0)).toBe(b.tasks);
    expect(readdirSync(b.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('writes every other document to one workbook with 文件/年份/地区 columns and exits 1', async () => {
    const b = batchFolder(4);
    const out = join(b.dir, '台账.xlsx');
    const r = runCli(['extract', b.dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plans: 1 of 5 files failed');
    const ledger = (await readWorkbook(out)).getWorksheet('任务台账')!;
    expect((ledger.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['文件', '年份', '地区']);
    expect(ledger.rowCount - 2).toBe(b.tasks);
    // 县区 sorts before 市本级 (by code point), so the 2023 copies come first.
    expect(ledger.getRow(3).getCell(1).value).toBe('plan-001.txt');
    expect(ledger.getRow(3).getCell(2).value).toBe(2023);
    expect(ledger.getRow(3).getCell(3).value).toBe('示例市');
  });

  it(`streams a workbook of more than ${STREAMED_WORKBOOK_FILES} files row by row, with count tables by department and theme`, async () => {
    const b = batchFolder(STREAMED_WORKBOOK_FILES + 2);
    const out = join(b.dir, '台账.xlsx');
    const r = runCli(['extract', b.dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`plans: 1 of ${b.good + 1} files failed`);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务台账', '量化指标', '按科室', '按分类', '按月份']);
    const ledger = wb.getWorksheet('任务台账')!;
    expect(ledger.rowCount - 2).toBe(b.tasks);
    // 到期日 streamed as date cells too; 按月份 counts every copy (four dated tasks a 2022 copy, two a 2023 one).
    const due = (ledger.getRow(2).values as unknown[]).indexOf('到期日');
    const dates: unknown[] = [];
    ledger.eachRow((row, n) => {
      if (n > 2 && row.getCell(due).value !== null) dates.push(row.getCell(due).value);
    });
    expect(dates.every((d) => d instanceof Date)).toBe(true);
    expect(ledger.getRow(3).getCell(due).numFmt).toBe('yyyy-mm-dd');
    const months = wb.getWorksheet('按月份')!;
    const totalRow = (months.getRow(months.rowCount).values as unknown[]).slice(1);
    expect(totalRow[0]).toBe('合计');
    expect(totalRow.at(-1)).toBe(dates.length);
    const lastEven = b.good % 2 ? b.good - 1 : b.good - 2;
    expect(ledger.getRow(b.tasks + 2).getCell(1).value).toBe(`plan-${String(lastEven).padStart(3, '0')}.txt`);
    const single = await readWorkbook(writeSingle(SAMPLES[0]!));
    const perFile = single.getWorksheet('量化指标')!.rowCount - 2;
    const targets = wb.getWorksheet('量化指标')!;
    expect(targets.rowCount - 2).toBeGreaterThan(perFile * (b.good / 2));
    const departments = wb.getWorksheet('按科室')!;
    expect(String(departments.getRow(2).getCell(1).value)).toContain(`${b.good} 份文件，${b.tasks} 项任务`);
    let summed = 0;
    departments.eachRow((row, n) => {
      if (n > 3) summed += Number(row.getCell(2).value);
    });
    expect(summed).toBeGreaterThanOrEqual(b.tasks);
    expect(readdirSync(b.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

function writeSingle(sample: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'plans-one-')), 'one.xlsx');
  expect(runCli(['extract', sample, '-o', out]).code).toBe(0);
  return out;
}

describe('batch inputs and outputs', () => {
  it('expands a quoted glob itself, across folders with **', () => {
    const b = batchFolder(4);
    const r = runCli(['extract', join(b.dir, '**', 'plan-00[13].txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((d: { file: string }) => d.file)).toEqual([join(b.dir, '县区', 'plan-001.txt'), join(b.dir, '县区', 'plan-003.txt')]);
    const star = runCli(['extract', join(b.dir, '*', '*.txt'), '--format', 'jsonl']);
    expect(star.stdout.trimEnd().split('\n')).toHaveLength(4);
  });

  it('prints jsonl to standard output, one document per line', () => {
    const r = runCli(['extract', ...SAMPLES, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).year)).toEqual([2022, 2023]);
  });

  it('draws no progress bar when standard error is not a terminal', () => {
    const b = batchFolder(6);
    const r = runCli(['extract', join(b.dir, '县区'), join(b.dir, '市本级', '*.txt'), '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('a batch on worker threads (--jobs)', () => {
  it('writes exactly what one thread writes, in the same order, past a broken file', () => {
    const b = batchFolder(9);
    writeFileSync(join(b.dir, '县区', 'plan-004b.txt'), '');
    const one = runCli(['extract', b.dir, '--format', 'jsonl', '--jobs', '1']);
    const three = runCli(['extract', b.dir, '--format', 'jsonl', '--jobs', '3']);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(three.stderr).toContain('plans: 2 of 11 files failed');
    expect(three.stdout.trimEnd().split('\n')).toHaveLength(9);
  });

  it('gives the same workbook and json as one thread, with the --departments map on every thread', async () => {
    const b = batchFolder(6);
    const map = join(b.dir, 'depts.json');
    writeFileSync(map, JSON.stringify({ 公共卫生科: ['疫苗', '传染病', '核酸'] }));
    const json = (jobs: string) => runCli(['extract', join(b.dir, '县区'), join(b.dir, '市本级'), '--format', 'json', '--jobs', jobs, '--departments', map]);
    const [one, two] = [json('1'), json('2')];
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toContain('"name": "公共卫生科"');
    const out = join(b.dir, 'two.xlsx');
    expect(runCli(['extract', b.dir, '-o', out, '--jobs', '2']).code).toBe(1);
    expect((await readWorkbook(out)).getWorksheet('任务台账')!.rowCount - 2).toBe(b.tasks);
  });

  it('refuses a --jobs that is not a whole number', () => {
    const r = runCli(['extract', 'samples', '--jobs', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give a whole number of threads');
  });
});
