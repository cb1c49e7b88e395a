import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/cjk-width.js';
import { runCli } from '../helpers/index.js';

// What a new user met on a fresh clone, each run as they would run it.

const SAMPLE_2022 = 'samples/2022-示例市-plan.txt';
const SAMPLE_2023 = 'samples/2023-示例市-plan.txt';

describe('plans list takes its folder as an argument', () => {
  it('lists a folder given as extract takes it, and --dir still works', () => {
    const byArgument = runCli(['list', 'samples', '--format', 'json']);
    expect(byArgument.stderr).toBe('');
    expect(byArgument.code).toBe(0);
    const rows = JSON.parse(byArgument.stdout);
    expect(rows.map((r: { file: string }) => r.file)).toEqual([SAMPLE_2022, SAMPLE_2023, 'samples/2023-示例市-summary.txt']);
    expect(JSON.parse(runCli(['list', '--dir', 'samples', '--format', 'json']).stdout)).toEqual(rows);
  });

  it('takes files and quoted globs too, and --dir beside them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-list-'));
    writeFileSync(join(dir, 'other-2022.txt'), '2022年样本县卫生健康工作要点\n一、甲\n1.新增2家普惠托育机构。\n');
    expect(JSON.parse(runCli(['list', SAMPLE_2023, '--format', 'json']).stdout).map((r: { file: string }) => r.file)).toEqual([SAMPLE_2023]);
    expect(JSON.parse(runCli(['list', 'samples/*-plan.txt', '--format', 'json']).stdout)).toHaveLength(2);
    const both = JSON.parse(runCli(['list', SAMPLE_2022, '--dir', dir, '--format', 'json']).stdout);
    expect(both.map((r: { year: number }) => r.year)).toEqual([2022, 2022]);
  });

  it('names a folder that does not exist and fails; --dir must be a folder, as before', () => {
    const r = runCli(['list', 'no-such-folder']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('plans: no-such-folder: no such file\n');
    const dir = runCli(['list', '--dir', SAMPLE_2022]);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toBe(`plans: ${SAMPLE_2022}: is not a folder (given to --dir)\n`);
  });
});

describe('terminal tables with colour on', () => {
  // FORCE_COLOR and COLUMNS stand in for a terminal of that width.
  const coloured = (args: string[], columns: number) => runCli([...args, '--format', 'table'], { env: { FORCE_COLOR: '1', COLUMNS: String(columns) } });
  const plain = (args: string[], columns: number) => runCli([...args, '--format', 'table'], { env: { NO_COLOR: '1', COLUMNS: String(columns) } });

  for (const args of [['extract', SAMPLE_2023], ['extract', 'samples'], ['due', 'samples', '--as-of', '2023-07-01'], ['compare', SAMPLE_2022, SAMPLE_2023], ['track', '2023', '--dir', 'samples'], ['list', 'samples']]) {
    for (const columns of [80, 120]) {
      it(`plans ${args.join(' ')} fits ${columns} columns and colour moves nothing`, () => {
        const r = coloured(args, columns);
        expect(r.code).toBe(0);
        if (args[0] !== 'list') expect(r.stdout).toMatch(/\u001b\[/);
        const text = stripVTControlCharacters(r.stdout);
        expect(text.split('\n').filter((line) => displayWidth(line) > columns)).toEqual([]);
        expect(text).toBe(plain(args, columns).stdout);
      });
    }
  }

  it('keeps 提高 whole in compare\'s 结论 column', () => {
    for (const columns of [80, 100, 120, 160]) {
      const text = stripVTControlCharacters(coloured(['compare', SAMPLE_2022, SAMPLE_2023], columns).stdout);
      // The rows of 指标变化, the one table of seven columns.
      const verdicts = text.split('\n').map((l) => l.split('│')).filter((cells) => cells.length === 9).map((cells) => cells[6]!.trim());
      expect(verdicts.filter((v) => v === '提高')).toHaveLength(9);
      expect(verdicts.filter((v) => v === '提' || v === '高')).toEqual([]);
    }
  });
});

describe('plans compare prints （无） for an empty section', () => {
  it('in the table and in Markdown, instead of a header with no rows', () => {
    const table = runCli(['compare', SAMPLE_2023, SAMPLE_2023, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('新增任务（0）\n（无）\n');
    expect(table.stdout).toContain('取消任务（0）\n（无）\n');
    const md = runCli(['compare', SAMPLE_2023, SAMPLE_2023, '--format', 'md']);
    expect(md.stdout).toContain('## 新增任务\n\n（无）\n');
  });
});

describe('titles without their decorations', () => {
  it('drops the bullets around a title', () => {
    const text = '· 健康中国行动2023年工作要点 ·\n一、健康知识普及行动\n1.居民健康素养水平达到25%以上。\n';
    const doc = JSON.parse(runCli(['extract', '-', '--format', 'json'], { input: text }).stdout);
    expect(doc.title).toBe('健康中国行动2023年工作要点');
    const table = runCli(['extract', '-', '--format', 'table'], { input: text }).stdout;
    expect(table.split('\n')[0]).toMatch(/^健康中国行动2023年工作要点 · /);
  });
});
