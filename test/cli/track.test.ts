import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/index.js';

const PLAN = 'samples/2023-示例市-plan.txt';
const SUMMARY = 'samples/2023-示例市-summary.txt';
const HEADLINE = '23 个指标：达成 15，未达成 3，未报告 3，无法判断 2；任务 2 项：已提及 1，未提及 1';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-track-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    if (content.startsWith('@')) copyFileSync(join(ROOT, content.slice(1)), join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

const COMBINED_2023 = `示例市卫生健康委员会2023年工作总结和2024年工作要点
一、2023年工作总结
（一）医疗服务能力稳步提升。新增市级临床重点专科6个，预约就诊率达到75.2%。
（二）基层卫生基础持续夯实。重点人群家庭医生签约率达到76%。
二、2024年工作要点
（一）推进优质医疗资源扩容。新增市级临床重点专科5个，预约就诊率达到80%。
`;

describe('plans track PLAN SUMMARY', () => {
  it('prints the table: title, the counts line, sections', () => {
    const r = runCli(['track', PLAN, SUMMARY, '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('2023年示例市卫生健康工作要点 → 示例市卫生健康委2023年工作总结（总结部分）');
    expect(lines[1]).toBe(HEADLINE);
    expect(r.stdout).toContain('六、加快数字健康建设（2 个指标：达成 1，未报告 1）');
    expect(r.stderr).toBe('');
  });

  it('gives json when piped, csv and md by -o extension, and keeps an existing file without --force', () => {
    expect(JSON.parse(runCli(['track', PLAN, SUMMARY]).stdout).counts).toMatchObject({ targets: 23, met: 15 });
    const dir = mkdtempSync(join(tmpdir(), 'plans-track-out-'));
    expect(runCli(['track', PLAN, SUMMARY, '-o', join(dir, 'a.csv')]).code).toBe(0);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8').startsWith('\ufeff序号,主题')).toBe(true);
    expect(runCli(['track', PLAN, SUMMARY, '-o', join(dir, 'a.md')]).code).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toContain(HEADLINE);
    const again = runCli(['track', PLAN, SUMMARY, '-o', join(dir, 'a.md')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; use --force');
    expect(runCli(['track', PLAN, SUMMARY, '-o', join(dir, 'a.xlsx')]).code).toBe(0);
    expect(readFileSync(join(dir, 'a.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a plan given as the summary, and warns of two regions', () => {
    const r = runCli(['track', SUMMARY, PLAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plans: samples/2023-示例市-plan.txt: reports no results (a plan, 2023, 示例市, “2023年示例市卫生健康工作要点”); give the summary second: plans track PLAN SUMMARY\n');
    const dir = folder({ 'other.txt': COMBINED_2023.replace(/示例市/g, '样本县') });
    const w = runCli(['track', PLAN, join(dir, 'other.txt'), '--format', 'json']);
    expect(w.code).toBe(0);
    expect(w.stderr).toBe("plans: warning: the plan is 示例市's and the summary 样本县's\n");
  });
});

describe('plans track YEAR --dir', () => {
  it('finds the year\'s plan and the summary of its work', () => {
    const r = runCli(['track', '2023', '--dir', 'samples', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.plan.file, j.summary.file]).toEqual([PLAN, SUMMARY]);
    expect(j.counts.targets).toBe(23);
  });

  it('takes the summary part of a page 2023年工作总结和2024年工作要点 for 2023', () => {
    const dir = folder({ 'plan-2023.txt': `@${PLAN}`, 'pages/combined.txt': COMBINED_2023 });
    const r = runCli(['track', '2023', '--dir', dir, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2023年示例市卫生健康工作要点 → 示例市卫生健康委员会2023年工作总结和2024年工作要点（总结部分）');
    const j = JSON.parse(runCli(['track', '2023', '--dir', dir, '--format', 'json']).stdout);
    const byMetric = (m: string) => j.targets.find((t: { target: { metric: string } }) => t.target.metric === m);
    // The 2023 results, never the 2024 aims on the same page.
    expect(byMetric('市级临床重点专科')).toMatchObject({ verdict: 'met', achievement: { value: 6 } });
    expect(byMetric('预约就诊率')).toMatchObject({ verdict: 'met', achievement: { value: 75.2 } });
    expect(byMetric('重点人群家庭医生签约率')).toMatchObject({ verdict: 'met', achievement: { value: 76 } });
  });

  it('takes the plan part of such a page for 2024 when there is no 2024 plan', () => {
    const dir = folder({
      'pages/combined.txt': COMBINED_2023,
      'summary-2024.txt': '示例市卫生健康委员会2024年工作总结\n一、医疗服务\n（一）专科建设。新增市级临床重点专科4个，预约就诊率达到81%。\n',
    });
    const j = JSON.parse(runCli(['track', '2024', '--dir', dir, '--format', 'json']).stdout);
    expect(j.plan.file).toBe(join(dir, 'pages/combined.txt'));
    expect(j.targets.map((t: { target: { value: number }; verdict: string }) => [t.target.value, t.verdict])).toEqual([[5, 'missed'], [80, 'met']]);
  });

  it('a summary alone: YEAR says which half is missing, in one line', () => {
    const dir = folder({ 'summary.txt': `@${SUMMARY}` });
    const r = runCli(['track', '2023', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plans: no plan for 2023 under ${dir}; plans found: 2024 示例市 (summary.txt: a summary's look ahead). Give --dir FOLDER, or the files: plans track PLAN SUMMARY\n`);
  });

  it('a summary alone, given as a file: its plan is looked for beside it', () => {
    const dir = folder({ 'summary.txt': `@${SUMMARY}`, 'plan-2022.txt': '@samples/2022-示例市-plan.txt' });
    const r = runCli(['track', join(dir, 'summary.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `plans: ${join(dir, 'summary.txt')}: is 示例市's summary of 2023, and there is no 2023 plan of 示例市 under ${dir} to track it against (plans found: 2022 示例市 (plan-2022.txt)); give both files: plans track PLAN SUMMARY\n`,
    );
    copyFileSync(join(ROOT, PLAN), join(dir, 'plan-2023.txt'));
    const ok = runCli(['track', join(dir, 'summary.txt'), '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).plan.file).toBe(join(dir, 'plan-2023.txt'));
  });

  it('a plan alone: no summary of its year', () => {
    const r = runCli(['track', '2022', '--dir', 'samples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("plans: no summary of 2022's work under samples (a 2022年工作总结, or a page 2022年工作总结和2023年工作要点); summaries found: 2023 示例市 (2023-示例市-summary.txt). Give --dir FOLDER, or the files: plans track PLAN SUMMARY\n");
  });

  it('never pairs a plan and a summary of two regions', () => {
    const dir = folder({ 'plan.txt': `@${PLAN}`, 'summary.txt': COMBINED_2023.replace(/示例市/g, '样本县') });
    const r = runCli(['track', '2023', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plans: no plan and summary of one region for 2023 under ${dir}: plans 示例市 (plan.txt); summaries 样本县 (summary.txt). Give the two files to track them anyway: plans track PLAN SUMMARY\n`);
  });

  it('asks for --region when two regions each have a pair, and takes it', () => {
    const dir = folder({
      'a/plan.txt': `@${PLAN}`,
      'a/summary.txt': `@${SUMMARY}`,
      'b/plan.txt': '发布机构: 样本县卫生健康局\n2023年样本县卫生健康工作要点\n一、甲\n1.新增2家普惠托育机构。\n',
      'b/summary.txt': '样本县卫生健康局2023年工作总结\n一、甲\n（一）托育服务。新增普惠托育机构3家。\n',
    });
    const r = runCli(['track', '2023', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2023 matches documents of several regions');
    expect(r.stderr).toContain('choose one with --region NAME');
    const ok = runCli(['track', '2023', '--dir', dir, '--region', '样本县', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).targets).toMatchObject([{ verdict: 'met', target: { value: 2 }, achievement: { value: 3 } }]);
  });
});
