import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { dueGroups, dueItems, dueList } from '../../src/report/due.js';
import { renderDueTable } from '../../src/report/due-table.js';

const doc = extractText(
  [
    '2023年工作要点',
    '一、甲',
    '1.建设平台。（牵头科室：医政科）（完成时限：长期坚持）',
    '2.开展调研。（牵头科室：医政科）（完成时限：按省里要求）',
    '3.完成验收。（牵头科室：疾控科）（完成时限：2023年10月15日前）',
    '4.上报方案。（牵头科室：疾控科）（完成时限：3月底前）',
    '5.开展培训。',
  ].join('\n'),
);

describe('the follow-up list', () => {
  it('orders dated tasks by date, then 长期持续, then 时限未明, and counts tasks without a deadline', () => {
    const window = { asOf: '2023-07-01', from: null, to: null };
    const list = dueList(window, [dueItems(doc, window)]);
    expect(dueGroups(list).map((g) => g.heading)).toEqual(['2023年3月（1 项，1 项已逾期）', '2023年10月（1 项）', '长期持续（1 项）', '时限未明（1 项）']);
    expect(list.items.map((x) => [x.number, x.deadline, x.due, x.overdue])).toEqual([
      ['4', '3月底前', '2023-03-31', true],
      ['3', '2023年10月15日前', '2023-10-15', false],
      ['1', '长期坚持', null, false],
      ['2', '按省里要求', null, false],
    ]);
    expect(list.undated).toBe(1);
  });

  it('with a date range, keeps only dated tasks within it', () => {
    const window = { asOf: '2023-07-01', from: '2023-04-01', to: null };
    expect(dueList(window, [dueItems(doc, window)]).items.map((x) => x.number)).toEqual(['3']);
  });

  it('colours 已逾期 red on a colour terminal only', async () => {
    const window = { asOf: '2023-07-01', from: null, to: null };
    const list = dueList(window, [dueItems(doc, window)]);
    const coloured = await renderDueTable(list, null, { color: true, width: 100 });
    expect(coloured).toContain('\x1b[31m\x1b[1m已逾期');
    const plain = await renderDueTable(list, null, { color: false, width: 100 });
    expect(plain).toContain('已逾期');
    expect(plain).not.toContain('\x1b[');
  });

  it("lists a summary's look ahead, never its results, which are done rather than due", () => {
    const summary = extractText(
      [
        '示例县卫生健康局2023年工作总结和2024年工作计划',
        '一、2023年工作总结',
        '1.专科建设。全年新增市级重点专科3个，年底前全部通过验收。',
        '二、2024年工作计划',
        '1.推进胸痛中心建设。6月底前建成县级胸痛中心1个。',
      ].join('\n'),
    );
    const window = { asOf: '2024-07-01', from: null, to: null };
    const list = dueList(window, [dueItems(summary, window)]);
    expect(list.items.map((x) => [x.title, x.deadline, x.due])).toEqual([['推进胸痛中心建设', '6月底前', '2024-06-30']]);
  });
});
