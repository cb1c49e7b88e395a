import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/index.js';

const SAMPLE_2022 = 'samples/2022-示例市-plan.txt';
const SAMPLE_2023 = 'samples/2023-示例市-plan.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'plans-due-'));

describe('plans due', () => {
  it('lists the tasks by month with lead, deadline and date, and marks those due before --as-of 已逾期', () => {
    const r = runCli(['due', SAMPLE_2022, '--as-of', '2022-10-01', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('截至 2022-10-01：4 项任务有时限，1 项已逾期；另有 14 项任务未写时限');
    expect(out.indexOf('2022年9月（1 项，1 项已逾期）')).toBeLessThan(out.indexOf('2022年12月（3 项）'));
    const overdue = out.split('\n').find((l) => l.includes('已逾期') && l.includes('│'))!;
    expect(overdue).toMatch(/15 .*推进市第一人民医院新院区建设.*规划发展与信息.*9月底前.*2022-09-30.*已逾期/);
    // No colour off a terminal.
    expect(out).not.toContain('\x1b[');
  });

  it('counts a task due on the --as-of day as not yet past due', () => {
    const r = runCli(['due', SAMPLE_2022, '--as-of', '2022-09-30', '--format', 'json']);
    expect(JSON.parse(r.stdout).tasks.filter((t: { overdue: boolean }) => t.overdue)).toEqual([]);
  });

  it('prints json when piped: the dated tasks in order, each with its deadline words, date, month and overdue flag', () => {
    const r = runCli(['due', SAMPLE_2023, '--as-of', '2023-07-01']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list).toMatchObject({ asOf: '2023-07-01', from: null, to: null, undated: 14 });
    expect(list.tasks).toEqual([
      expect.objectContaining({ number: '六', title: '巩固爱国卫生运动成果', lead: ['爱卫办'], deadline: '年底前', due: '2023-12-31', dueKind: 'year', month: '2023-12', overdue: false }),
      expect.objectContaining({ number: '十六', title: '推广电子健康码', lead: ['规划信息科'], deadline: '年底前', due: '2023-12-31', dueKind: 'year', month: '2023-12', overdue: false }),
    ]);
  });

  it('keeps only the tasks due within --from and --to; a month stands for its first or last day', () => {
    const r = runCli(['due', 'samples', '--as-of', '2022-10-01', '--from', '2022-07', '--to', '2022-12', '--format', 'json']);
    const list = JSON.parse(r.stdout);
    expect([list.from, list.to]).toEqual(['2022-07-01', '2022-12-31']);
    expect(list.tasks.map((t: { due: string }) => t.due)).toEqual(['2022-09-30', '2022-12-31', '2022-12-31', '2022-12-31']);
  });

  it('writes csv and md with a 已逾期 column', () => {
    const csv = runCli(['due', SAMPLE_2022, '--as-of', '2022-10-01', '--format', 'csv']).stdout;
    expect(csv.startsWith('\ufeff月份,到期日,状态,时限,序号,任务,牵头科室,配合科室\r\n')).toBe(true);
    expect(csv).toContain('2022年9月,2022-09-30,已逾期,9月底前,15,推进市第一人民医院新院区建设,');
    const md = runCli(['due', SAMPLE_2022, '--as-of', '2022-10-01', '--format', 'md']).stdout;
    expect(md).toContain('## 2022年9月（1 项，1 项已逾期）');
    expect(md).toContain('| 15 | 推进市第一人民医院新院区建设 | 规划发展与信息化科（建议） | 9月底前 | 2022-09-30 | **已逾期** |');
  });

  it('writes a calendar for -o FILE.ics that a parser reads back, one event per dated task, and keeps an existing file', () => {
    const dir = tmp();
    const out = join(dir, '任务时限.ics');
    const r = runCli(['due', 'samples', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const cal = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(6);
    expect(events[0]).toMatchObject({ summary: '推进市第一人民医院新院区建设' });
    expect(events[0]!.startDate.toString()).toBe('2022-09-30');
    const again = runCli(['due', 'samples', '-o', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; use --force');
    const forced = runCli(['due', 'samples', '-o', out, '--force']);
    expect(forced.code).toBe(0);
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    expect(uids(readFileSync(out, 'utf8'))).toEqual(events.map((e) => e.uid));
    expect(readdirSync(dir)).toEqual(['任务时限.ics']);
  });

  it('reads a folder as extract does: a broken file is named and skipped, the others listed, exit 1', () => {
    const dir = tmp();
    copyFileSync(join(ROOT, SAMPLE_2022), join(dir, 'a-2022.txt'));
    copyFileSync(join(ROOT, SAMPLE_2023), join(dir, 'c-2023.txt'));
    writeFileSync(join(dir, 'b-broken.docx'), 'not a Word file');
    const r = runCli(['due', dir, '--as-of', '2023-07-01', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`plans: ${join(dir, 'b-broken.docx')}: `);
    expect(r.stderr).toContain('plans: 1 of 3 files failed');
    const list = JSON.parse(r.stdout);
    expect(list.tasks).toHaveLength(6);
    expect(list.tasks.filter((t: { overdue: boolean }) => t.overdue)).toHaveLength(4);
    const table = runCli(['due', dir, '--as-of', '2023-07-01', '--format', 'table', '-q']);
    expect(table.stdout).toContain('│ 文件');
    expect(table.stdout).toContain('a-2022.txt');
  });

  it('refuses a date that is not one, and a --from after --to, as usage errors', () => {
    const bad = runCli(['due', SAMPLE_2023, '--as-of', '2023-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a day of the calendar');
    const month = runCli(['due', SAMPLE_2023, '--as-of', '2023-07']);
    expect(month.code).toBe(2);
    expect(month.stderr).toContain('YYYY-MM-DD');
    const order = runCli(['due', SAMPLE_2023, '--from', '2023-09-01', '--to', '2023-06-30']);
    expect(order.code).toBe(2);
    expect(order.stderr).toContain('--from 2023-09-01 is after --to 2023-06-30');
    const format = runCli(['due', SAMPLE_2023, '-o', 'list.xlsx']);
    expect(format.code).toBe(2);
  });
});
