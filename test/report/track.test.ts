import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/index.js';
import { displayWidth } from '../../src/report/cjk-width.js';
import { renderTrackCsv, renderTrackJson, renderTrackMarkdown, renderTrackTable } from '../../src/report/track.js';
import { renderTrackXlsx } from '../../src/report/track-xlsx.js';
import { track } from '../../src/track/index.js';
import type { Tracking } from '../../src/track/types.js';
import { ROOT } from '../helpers/index.js';

const PLAN = join(ROOT, 'samples/2023-示例市-plan.txt');
const SUMMARY = join(ROOT, 'samples/2023-示例市-summary.txt');
const HEADLINE = '23 个指标：达成 15，未达成 3，未报告 3，无法判断 2；任务 2 项：已提及 1，未提及 1';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

let t: Tracking;
beforeAll(async () => {
  t = track(await extractFile(PLAN), await extractFile(SUMMARY), { summaryText: readFileSync(SUMMARY, 'utf8') });
});

describe('the terminal table', () => {
  it('starts with the title and the counts line, then a table per section', async () => {
    const out = await renderTrackTable(t, { color: false, width: 120 });
    const lines = out.split('\n');
    expect(lines[0]).toBe('2023年示例市卫生健康工作要点 → 示例市卫生健康委2023年工作总结（总结部分）');
    expect(lines[1]).toBe(HEADLINE);
    expect(out).toContain('一、提升医疗服务能力，改善群众就医体验（5 个指标：达成 4，未达成 1）');
    expect(out).toContain('四、深化医药卫生体制改革（2 个指标：无法判断 2；任务 1 项：未提及 1）');
    expect(out).not.toMatch(ANSI);
  });

  it.each([false, true])('keeps every row of a table one display width, Chinese and colour codes included (colour %s)', async (color) => {
    for (const width of [80, 120, 200]) {
      const out = await renderTrackTable(t, { color, width });
      if (color) expect(out).toMatch(ANSI);
      const tables = out.replace(ANSI, '').split('\n').filter((l) => /^[┌│├└]/.test(l));
      const widths = new Set(tables.map(displayWidth));
      // One width per table; all tables of a report share their columns.
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(Math.max(width, 80));
    }
  });

  it('colours verdicts only when asked: 达成 green, 未达成 red', async () => {
    const out = await renderTrackTable(t, { color: true, width: 120 });
    expect(out).toContain('\u001b[32m达成');
    expect(out).toContain('\u001b[31m未达成');
  });
});

describe('json', () => {
  it('has the documented shape, every key present', () => {
    const j = JSON.parse(renderTrackJson(t));
    expect(Object.keys(j)).toEqual(['schemaVersion', 'plan', 'summary', 'counts', 'targets', 'tasks']);
    expect(j.plan).toEqual({ file: PLAN, title: '2023年示例市卫生健康工作要点', year: 2023, region: '示例市', kind: 'plan' });
    expect(j.counts).toEqual({ targets: 23, met: 15, missed: 3, unreported: 3, undetermined: 2, tasks: 2, mentioned: 1, not_mentioned: 1 });
    for (const r of j.targets) {
      expect(Object.keys(r)).toEqual(['verdict', 'label', 'reason', 'section', 'task', 'target', 'required', 'achievement', 'measured', 'score', 'mention']);
      expect(Object.keys(r.target)).toEqual(['text', 'metric', 'comparator', 'approximate', 'value', 'value_max', 'unit', 'deadline', 'redacted', 'span']);
    }
    for (const r of j.tasks) expect(Object.keys(r)).toEqual(['verdict', 'label', 'section', 'task', 'evidence', 'score']);
  });

  it('gives intervals with null for an open end', () => {
    const j = JSON.parse(renderTrackJson(t));
    const bound = j.targets.find((r: { target: { metric: string } }) => r.target.metric === '县域内就诊率');
    expect(bound).toMatchObject({
      verdict: 'undetermined',
      label: '无法判断',
      reason: 'bound',
      required: { low: 90, low_open: false, high: null, high_open: true, unit: '%' },
      measured: { low: 89, low_open: false, high: null, high_open: true, unit: '%' },
      achievement: { text: '县域内就诊率保持在89%以上', task: { number: '一', title: '紧密型县域医共体建设提质增效' } },
    });
    const met = j.targets.find((r: { target: { metric: string } }) => r.target.metric === '预约就诊率');
    expect(met).toMatchObject({ verdict: 'met', section: { ordinal: 1, number: '一' }, task: { number: '三', title: '推进智慧医院建设', lead: ['规划信息科', '医政医管科'] }, measured: { low: 72.6, high: 72.6 } });
  });
});

describe('csv and md', () => {
  it('csv: BOM, header, one row per target and per task without one', () => {
    const csv = renderTrackCsv(t);
    expect(csv.startsWith('\ufeff序号,主题,任务序号,重点任务,牵头科室,类型,指标,目标,实际,结论,说明,计划原文,计划位置,总结原文,总结位置,相似度\r\n')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 23 + 2);
    expect(csv).toContain('指标,县域内就诊率,≥90%,≥89%,无法判断,仅给出范围,县域内就诊率达到90%以上,896–909,县域内就诊率保持在89%以上,914–928,1');
  });

  it('md: title, counts, a table per section', () => {
    const md = renderTrackMarkdown(t);
    expect(md.split('\n').slice(0, 3)).toEqual(['# 2023年示例市卫生健康工作要点 → 示例市卫生健康委2023年工作总结（总结部分）', '', HEADLINE]);
    expect(md).toContain('| 十三 推进医保支付方式改革 | 无量化指标 |  |  | **未提及** |');
  });
});

describe('the workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderTrackXlsx(t)) as never);
  });

  it('has 完成情况 then 概览', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['完成情况', '概览']);
  });

  it('完成情况: title row, header, frozen, filtered, printable, both texts, the verdict cell filled', () => {
    const ws = wb.getWorksheet('完成情况')!;
    expect(ws.getCell('A1').value).toBe('2023年示例市卫生健康工作要点 → 示例市卫生健康委2023年工作总结（总结部分）');
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '主题', '任务序号', '重点任务', '牵头科室', '类型', '指标', '目标', '实际', '结论', '说明', '计划原文', '计划位置', '总结原文', '总结位置', '相似度']);
    expect(ws.rowCount).toBe(2 + 25);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, printTitlesRow: '2:2' });
    const fills = new Map<string, string>();
    ws.eachRow((row, r) => {
      if (r < 3) return;
      const verdict = String(row.getCell(10).value);
      fills.set(verdict, (row.getCell(10).fill as ExcelJS.FillPattern).fgColor!.argb!);
    });
    expect(Object.fromEntries(fills)).toEqual({ 达成: 'FFC6EFCE', 未达成: 'FFFFC7CE', 未报告: 'FFD9D9D9', 无法判断: 'FFD9D9D9', 已提及: 'FFC6EFCE', 未提及: 'FFD9D9D9' });
    const row = ws.getRow(3);
    expect([row.getCell(12).value, row.getCell(13).value, row.getCell(14).value, row.getCell(15).value]).toEqual(['新增市级临床重点专科4个', '196–208', '全年新增市级临床重点专科5个', '253–267']);
  });

  it('概览: counts by section and by lead department, with totals', () => {
    const ws = wb.getWorksheet('概览')!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const find = (label: string) => rows.find((r) => r[0] === label)!;
    expect(find('按主题')).toEqual(['按主题', '指标', '达成', '未达成', '未报告', '无法判断', '达成率', '任务', '已提及', '未提及']);
    expect(find('一、提升医疗服务能力，改善群众就医体验').slice(1, 7)).toEqual([5, 4, 1, 0, 0, 0.8]);
    expect(rows.filter((r) => r[0] === '合计').map((r) => r.slice(1, 6))).toEqual([[23, 15, 3, 3, 2], [23, 15, 3, 3, 2]]);
    expect(find('按牵头科室')).toBeTruthy();
    // 预约就诊率 has two lead departments and counts under each.
    expect(find('规划信息科').slice(1, 3)).toEqual([3, 2]);
    expect(find('体改科').slice(7, 10)).toEqual([1, 0, 1]);
  });
});
