import { describe, expect, it } from 'vitest';
import { resolveDeadline, resolveTaskDue } from '../../src/extract/due.js';
import { extractText } from '../../src/index.js';
import { defaultVocabulary } from '../../src/vocab/index.js';
import type { DueKind } from '../../src/types.js';
import { taskOf } from '../helpers/index.js';

const resolve = (text: string, year: number | null = 2023) => resolveDeadline(text, year, defaultVocabulary);

describe('a deadline resolves to the last day of its period, against the document year (2023)', () => {
  it.each<[string, string | null, DueKind]>([
    // month
    ['6月底前', '2023-06-30', 'month'],
    ['6月底', '2023-06-30', 'month'],
    ['2月底前', '2023-02-28', 'month'],
    ['12月底前', '2023-12-31', 'month'],
    ['9月份', '2023-09-30', 'month'],
    ['十一月底前', '2023-11-30', 'month'],
    ['11月下旬', '2023-11-30', 'month'],
    ['2022年12月底', '2022-12-31', 'month'],
    ['2025年11月底前', '2025-11-30', 'month'],
    ['2024年1月', '2024-01-31', 'month'],
    // date
    ['10月15日前', '2023-10-15', 'date'],
    ['2024年1月8日', '2024-01-08', 'date'],
    ['6月30日之前', '2023-06-30', 'date'],
    ['6月上旬', '2023-06-10', 'date'],
    ['9月中旬', '2023-09-20', 'date'],
    // year
    ['年内', '2023-12-31', 'year'],
    ['年底前', '2023-12-31', 'year'],
    ['年底', '2023-12-31', 'year'],
    ['年末', '2023-12-31', 'year'],
    ['全年', '2023-12-31', 'year'],
    ['今年', '2023-12-31', 'year'],
    ['2025年底前', '2025-12-31', 'year'],
    ['到2025年底', '2025-12-31', 'year'],
    ['到2025年', '2025-12-31', 'year'],
    ['2021年', '2021-12-31', 'year'],
    ['截至2024年年底', '2024-12-31', 'year'],
    ['明年', '2024-12-31', 'year'],
    // quarter
    ['三季度', '2023-09-30', 'quarter'],
    ['第三季度末', '2023-09-30', 'quarter'],
    ['第三季度前', '2023-09-30', 'quarter'],
    ['第一季度', '2023-03-31', 'quarter'],
    ['四季度末', '2023-12-31', 'quarter'],
    ['2024年第一季度', '2024-03-31', 'quarter'],
    ['第2季度', '2023-06-30', 'quarter'],
    // half
    ['上半年', '2023-06-30', 'half'],
    ['下半年', '2023-12-31', 'half'],
    ['2024年上半年', '2024-06-30', 'half'],
    // ongoing
    ['长期坚持', null, 'ongoing'],
    ['持续推进', null, 'ongoing'],
    ['常态化推进', null, 'ongoing'],
    ['每季度', null, 'ongoing'],
  ])('%s → %s (%s)', (text, due, dueKind) => {
    expect(resolve(text)).toEqual({ text, due, dueKind });
  });
});

describe('a deadline that cannot be resolved keeps its words, unknown, never a guessed date', () => {
  it.each([
    ['按省里要求'],
    ['xxxx年x月'],
    ['到xxxx年底'],
    ['13月底前'],
    ['2月30日前'],
    ['适时'],
  ])('%s', (text) => {
    expect(resolve(text)).toEqual({ text, due: null, dueKind: 'unknown' });
  });

  it('resolves a deadline without its own year only in a document that has one', () => {
    expect(resolve('6月底前', null)).toEqual({ text: '6月底前', due: null, dueKind: 'unknown' });
    expect(resolve('今年', null)).toEqual({ text: '今年', due: null, dueKind: 'unknown' });
    expect(resolve('2025年底前', null)).toEqual({ text: '2025年底前', due: '2025-12-31', dueKind: 'year' });
  });

  it('knows a leap year', () => {
    expect(resolve('2月底前', 2024).due).toBe('2024-02-29');
  });
});

describe("a task's due date is its earliest deadline", () => {
  it.each<[string[], string | null, DueKind | null]>([
    [['年内', '9月底前'], '2022-09-30', 'month'],
    [['6月底前', '3月底前'], '2022-03-31', 'month'],
    [['长期坚持', '10月15日前'], '2022-10-15', 'date'],
    [['长期坚持'], null, 'ongoing'],
    [['按要求', '持续推进'], null, 'ongoing'],
    [['按要求'], null, 'unknown'],
    [[], null, null],
  ])('%j → %s', (deadlines, due, dueKind) => {
    const r = resolveTaskDue(deadlines, 2022, defaultVocabulary);
    expect({ due: r.due, dueKind: r.dueKind }).toEqual({ due, dueKind });
    expect(r.resolved.map((x) => x.text)).toEqual(deadlines);
  });

  it('gives a task and each target its resolved date, keeping the words as they were', () => {
    const task = taskOf('年内完成投资2.5亿元，9月底前主体封顶。');
    expect(task.deadlines).toEqual(['年内', '9月底前']);
    expect(task.resolvedDeadlines).toEqual([
      { text: '年内', due: '2022-12-31', dueKind: 'year' },
      { text: '9月底前', due: '2022-09-30', dueKind: 'month' },
    ]);
    expect({ due: task.due, dueKind: task.dueKind }).toEqual({ due: '2022-09-30', dueKind: 'month' });
    expect(task.targets[0]).toMatchObject({ value: 250000000, deadline: '年内', due: '2022-12-31', dueKind: 'year' });
  });

  it('leaves a task without deadlines and its targets without a date', () => {
    const task = taskOf('全市健康素养水平达到28%。');
    expect(task).toMatchObject({ deadlines: [], resolvedDeadlines: [], due: null, dueKind: null });
    expect(task.targets[0]).toMatchObject({ deadline: null, due: null, dueKind: null });
  });

  it('resolves a summary figure outside every task too', () => {
    const doc = extractText('2023年工作总结\n全年新增床位300张。\n一、主要工作\n(一)推进建设。');
    expect(doc.overview[0]).toMatchObject({ deadline: '全年', due: '2023-12-31', dueKind: 'year' });
  });
});
