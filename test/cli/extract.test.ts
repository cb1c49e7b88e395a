import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/index.js';

const SAMPLE_2022 = 'samples/2022-示例市-plan.txt';
const SAMPLE_2023 = 'samples/2023-示例市-plan.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'plans-cli-'));

describe('plans extract --format json', () => {
  it('prints one object of the spec shape for one file', () => {
    const r = runCli(['extract', SAMPLE_2023, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ file: SAMPLE_2023, title: '2023年示例市卫生健康工作要点', year: 2023, region: '示例市', kind: 'plan' });
    expect(doc.sections).toHaveLength(6);
    expect(doc.tasks).toHaveLength(16);
    const task = doc.tasks[0];
    expect(Object.keys(task)).toEqual(['ordinal', 'number', 'section', 'title', 'text', 'themes', 'departments', 'deadlines', 'due', 'dueKind', 'resolvedDeadlines', 'targets', 'span']);
    expect(task.departments).toMatchObject({ lead: ['医政医管科'], support: ['科技教育科'] });
    const target = task.targets[0];
    expect(target).toMatchObject({ kind: 'target', metric: '市级临床重点专科', comparator: '=', value: 4, unit: '个', deadline: null, due: null, dueKind: null });
    const dated = doc.tasks.find((t: { number: string }) => t.number === '十六');
    expect(dated).toMatchObject({ deadlines: ['年底前'], due: '2023-12-31', dueKind: 'year', resolvedDeadlines: [{ text: '年底前', due: '2023-12-31', dueKind: 'year' }] });
    expect(dated.targets[0]).toMatchObject({ deadline: '年底前', due: '2023-12-31', dueKind: 'year' });
    const raw = readFileSync(join(ROOT, SAMPLE_2023), 'utf8');
    expect(raw.slice(target.span.start, target.span.end)).toBe(target.text);
  });

  it('prints an array for several files, and reads a folder of them in a stable order', () => {
    const r = runCli(['extract', 'samples', '--format', 'json']);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { year: number; kind: string }) => `${d.year} ${d.kind}`)).toEqual(['2022 plan', '2023 plan', '2023 summary']);
  });

  it('reads standard input with -', () => {
    const r = runCli(['extract', '-', '--format', 'json'], { input: readFileSync(join(ROOT, SAMPLE_2022), 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tasks).toHaveLength(18);
  });

  it('defaults to json when the output is not a terminal', () => {
    expect(() => JSON.parse(runCli(['extract', SAMPLE_2022]).stdout)).not.toThrow();
  });
});

describe('plans extract --format table', () => {
  it('prints grouped tables with counts and aligned Chinese columns, without colour when piped', () => {
    const r = runCli(['extract', SAMPLE_2022, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('二、聚焦预防为主，扎实推进健康示例建设（4 项任务，9 个指标）');
    expect(r.stdout).toContain('甲乙类传染病报告发病率 ≤200/10万');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('│'));
    const widths = new Set(rows.map((l) => [...l].reduce((w, ch) => w + (/[\u4e00-\u9fff（），、：；“”]/.test(ch) ? 2 : 1), 0)));
    expect(widths.size).toBe(1);
  });

  it('groups by department with 未标注 for tasks that declare none', () => {
    const r = runCli(['extract', SAMPLE_2023, '--format', 'table', '--group-by', 'department']);
    expect(r.stdout).toContain('医政医管科（4 项任务');
    const r2022 = runCli(['extract', SAMPLE_2022, '--format', 'table', '--group-by', 'department']);
    expect(r2022.stdout).toContain('未标注（18 项任务');
  });

  it('groups by theme', () => {
    expect(runCli(['extract', SAMPLE_2022, '--format', 'table', '--group-by', 'theme']).stdout).toContain('中医药（1 项任务，2 个指标）');
  });
});

describe('plans extract --format csv and md', () => {
  it('writes csv with a BOM, one row per target', () => {
    const r = runCli(['extract', SAMPLE_2022, '--format', 'csv']);
    expect(r.stdout.startsWith('\ufeff序号,任务序号')).toBe(true);
    expect(r.stdout.trim().split('\r\n')).toHaveLength(1 + 27);
  });

  it('writes one row per task with --rows tasks', () => {
    expect(runCli(['extract', SAMPLE_2022, '--format', 'csv', '--rows', 'tasks']).stdout.trim().split('\r\n')).toHaveLength(1 + 18);
  });

  it('writes a markdown table per group', () => {
    const r = runCli(['extract', SAMPLE_2022, '--format', 'md']);
    expect(r.stdout).toContain('| 序号 | 任务 | 量化指标 | 牵头科室 | 时限 |');
    expect(r.stdout.match(/^## /gm)).toHaveLength(6);
  });
});

describe('-o writes whole files and never replaces one by accident', () => {
  it('writes the format of the extension', () => {
    const dir = tmp();
    const out = join(dir, 'plan.json');
    expect(runCli(['extract', SAMPLE_2022, '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).year).toBe(2022);
  });

  it('keeps an existing file without --force, and replaces it with --force', () => {
    const dir = tmp();
    const out = join(dir, 'ledger.csv');
    writeFileSync(out, 'analyst edits');
    const r = runCli(['extract', SAMPLE_2022, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`plans: ${out}: already exists; use --force to replace it, or choose another -o file`);
    expect(readFileSync(out, 'utf8')).toBe('analyst edits');
    expect(runCli(['extract', SAMPLE_2022, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\ufeff')).toBe(true);
    expect(readdirSync(dir)).toEqual(['ledger.csv']);
  });

  it('fails clearly for a folder that does not exist and leaves nothing behind', () => {
    const dir = tmp();
    const out = join(dir, 'missing', 'plan.json');
    const r = runCli(['extract', SAMPLE_2022, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('does not exist');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('a failed write', () => {
  it('leaves no partial or temporary file behind', () => {
    const dir = tmp();
    const target = join(dir, 'out.xlsx');
    mkdirSync(target);
    const r = runCli(['extract', SAMPLE_2022, '-o', target, '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plans: .*out\.xlsx: cannot write \(E\w+\)\n$/);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    expect(readdirSync(target)).toEqual([]);
  });
});

describe('errors and exit codes', () => {
  it('names a missing file in one line and exits 1', () => {
    const r = runCli(['extract', 'nope.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('plans: nope.txt: no such file\n');
  });

  it('keeps going past a bad file in a batch and exits 1', () => {
    const dir = tmp();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = runCli(['extract', empty, SAMPLE_2022, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`plans: ${empty}: is empty`);
    expect(r.stderr).toContain('1 of 2 files failed');
    expect(JSON.parse(r.stdout).map((d: { year: number }) => d.year)).toEqual([2022]);
  });

  it('refuses a file without read permission', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = tmp();
    const f = join(dir, 'secret.txt');
    writeFileSync(f, '一、甲\n1.任务。');
    chmodSync(f, 0o000);
    expect(runCli(['extract', f]).stderr).toContain('permission denied');
  });

  it('refuses a binary file', () => {
    const dir = tmp();
    const f = join(dir, 'image.txt');
    writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = runCli(['extract', '--no-ocr', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`plans: ${f}: is an image, not a plan text\n`);
  });

  it.each([
    [['extract', SAMPLE_2022, '--format', 'xml'], "argument 'xml' is invalid. Allowed choices are table, json, jsonl, csv, md, xlsx."],
    [['extract', SAMPLE_2022, '--group-by', 'color'], 'Allowed choices are section, theme, department.'],
    [['extract'], "missing required argument 'files'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['extract', SAMPLE_2022, '--nope'], "unknown option '--nope'"],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help and version and exits 0', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0 });
    expect(runCli(['extract', '--help']).stdout).toContain('--group-by <key>');
    const v = runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('treats a reader that closes early (| head) as success', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node bin/plans.js extract samples samples samples samples --format json | head -c 10 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('xlsx and departments from the command line', () => {
  it('writes a workbook for -o FILE.xlsx and refuses to print one to a terminal-less stdout only on request', async () => {
    const dir = tmp();
    const out = join(dir, '台账.xlsx');
    const r = runCli(['extract', SAMPLE_2023, '-o', out]);
    expect(r.code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务台账', '量化指标', '按科室', '按分类', '按月份']);
    expect(readdirSync(dir)).toEqual(['台账.xlsx']);
  });

  it('suggests departments from a map given with --departments', () => {
    const dir = tmp();
    const map = join(dir, 'depts.json');
    writeFileSync(map, JSON.stringify({ 公共卫生科: ['疫苗', '传染病', '核酸'], 医疗服务科: { themes: ['医疗服务'], keywords: ['专科'] } }));
    const r = runCli(['extract', SAMPLE_2022, '--format', 'json', '--departments', map]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const names = new Set(doc.tasks.flatMap((t: { departments: { suggested: { name: string }[] } }) => t.departments.suggested.map((s) => s.name)));
    expect([...names].every((n) => n === '公共卫生科' || n === '医疗服务科')).toBe(true);
    expect(doc.tasks[1].departments.suggested[0]).toMatchObject({ name: '公共卫生科' });
    expect(doc.tasks[1].departments.lead).toEqual([]);
  });

  it('explains a broken --departments file in one line', () => {
    const dir = tmp();
    const map = join(dir, 'depts.json');
    writeFileSync(map, '{ "医政科": ');
    const r = runCli(['extract', SAMPLE_2022, '--departments', map]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^plans: ${map.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: is not valid JSON`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('ends the table view with bars of tasks and targets per group', () => {
    const r = runCli(['extract', SAMPLE_2022, '--format', 'table']);
    expect(r.stdout).toContain('概览（任务 / 量化指标）');
    expect(r.stdout).toMatch(/五、加快重点项目建设\s+█+\s+2\s+█+[▏▎▍▌▋▊▉]?\s+1/);
  });
});
