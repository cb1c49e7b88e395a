import { mkdtempSync, readFileSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/index.js';

describe('plans compare', () => {
  it('compares two years found under --dir, summary line first', () => {
    const r = runCli(['compare', '2022', '2023', '--dir', 'samples', '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('2022年示例市卫生健康工作要点 → 2023年示例市卫生健康工作要点');
    expect(lines[1]).toBe('任务：延续 13 项，新增 3 项，取消 5 项；指标：提高 9 个，降低 5 个，持平 7 个，新增 2 个，取消 6 个');
    expect(r.stdout).toContain('指标变化');
    expect(r.stdout).toContain('+3 个百分点');
  });

  it('gives json for jq', () => {
    const r = runCli(['compare', 'samples/2022-示例市-plan.txt', 'samples/2023-示例市-plan.txt', '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(j.old.year).toBe(2022);
    expect(j.new.year).toBe(2023);
    expect(j.targets.find((t: { new: { metric: string } | null }) => t.new?.metric === '居民健康素养水平')).toMatchObject({ verdict: 'raised', change: 3, stricter: true, old: { value: 25 }, new: { value: 28 } });
  });

  it('writes a workbook with the five sheets, and keeps an existing file without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-cmp-'));
    const out = join(dir, '变化.xlsx');
    expect(runCli(['compare', '2022', '2023', '--dir', 'samples', '-o', out]).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['指标变化', '新增任务', '取消任务', '延续任务', '分类变化']);
    const ws = wb.getWorksheet('指标变化')!;
    expect(ws.rowCount).toBe(2 + 29);
    expect(typeof ws.getRow(3).getCell(6).value).toBe('number');
    const before = readFileSync(out);
    const again = runCli(['compare', '2022', '2023', '--dir', 'samples', '-o', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; use --force');
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('lists the candidates when a year matches no plan', () => {
    const r = runCli(['compare', '2019', '2023', '--dir', 'samples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plans: no plan for 2019 under samples; found: 2022 示例市, 2023 示例市. Give --dir FOLDER or the files themselves\n');
  });

  it('asks for --region when a year matches plans of several regions, and takes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-regions-'));
    mkdirSync(join(dir, 'a'));
    copyFileSync(join(ROOT, 'samples/2022-示例市-plan.txt'), join(dir, 'a', 'p2022.txt'));
    copyFileSync(join(ROOT, 'samples/2023-示例市-plan.txt'), join(dir, 'a', 'p2023.txt'));
    writeFileSync(join(dir, 'other-2022.txt'), '发布机构: 样本县卫生健康局\n2022年样本县卫生健康工作要点\n一、甲\n1.新增2家普惠托育机构。\n');
    writeFileSync(join(dir, 'other-2023.txt'), '发布机构: 样本县卫生健康局\n2023年样本县卫生健康工作要点\n一、甲\n1.新增3家普惠托育机构。\n');
    const r = runCli(['compare', '2022', '2023', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2022 matches plans of several regions');
    expect(r.stderr).toContain('choose one with --region NAME');
    const ok = runCli(['compare', '2022', '2023', '--dir', dir, '--region', '样本县', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).targets[0]).toMatchObject({ verdict: 'raised', change: 1 });
  });

  it('rejects a threshold outside 0–1 as bad usage', () => {
    const r = runCli(['compare', '2022', '2023', '--dir', 'samples', '--threshold', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give a number from 0 to 1');
  });
});

describe('plans list', () => {
  it('shows every plan file with year, region, kind, title, tasks and targets', () => {
    const r = runCli(['list', '--dir', 'samples', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { schemaVersion: '0.2.0', file: 'samples/2022-示例市-plan.txt', year: 2022, region: '示例市', kind: 'plan', title: '2022年示例市卫生健康工作要点', tasks: 18, targets: 27 },
      { schemaVersion: '0.2.0', file: 'samples/2023-示例市-plan.txt', year: 2023, region: '示例市', kind: 'plan', title: '2023年示例市卫生健康工作要点', tasks: 16, targets: 23 },
      { schemaVersion: '0.2.0', file: 'samples/2023-示例市-summary.txt', year: 2023, region: '示例市', kind: 'summary', title: '示例市卫生健康委2023年工作总结', tasks: 15, targets: 31 },
    ]);
  });

  it('prints a table', () => {
    const r = runCli(['list', '--dir', 'samples', '--format', 'table']);
    expect(r.stdout).toContain('│ 2022 │ 示例市 │ 工作要点 │');
    expect(r.stdout).toContain('│ 2023 │ 示例市 │ 工作总结 │');
    expect(r.stdout).toContain('3 份文件');
  });
});
