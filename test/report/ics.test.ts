import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { dueItems, dueList } from '../../src/report/due.js';
import { escapeText, foldLine, renderIcs } from '../../src/report/ics.js';

const PLAN = [
  '2023年示例市卫生健康工作要点',
  '一、重点工作',
  '1.推进医院建设。10月15日前完成主体工程，新增床位300张。（牵头科室：规划科；配合科室：财务科）',
  '2.开展“健康城市”评估,形成报告;汇总数据\\归档。（牵头科室：爱卫办）（完成时限：三季度）',
  '3.加强基层卫生人才队伍建设、推进乡村医生向执业（助理）医师转化、完善县域医共体人员统筹使用和管理机制、落实乡村一体化管理。年底前完成。',
  '4.深化改革。（完成时限：长期坚持）',
  '5.开展培训。',
].join('\n');

const window = { asOf: '2023-07-01', from: null, to: null };
const NOW = new Date('2023-07-01T08:00:00Z');

function calendar(text = PLAN, file = 'plan.txt') {
  const doc = extractText(text, file);
  const list = dueList(window, [dueItems(doc, window)]);
  return { doc, list, ics: renderIcs(list, { name: '任务时限', now: NOW }) };
}

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('the calendar file, read back with ical.js', () => {
  it('has one all-day event per task with a date, on its due date', () => {
    const { ics } = calendar();
    const evs = events(ics);
    expect(evs).toHaveLength(3);
    expect(evs.map((e) => e.startDate.toString())).toEqual(['2023-09-30', '2023-10-15', '2023-12-31']);
    expect(evs.every((e) => e.startDate.isDate && e.endDate.isDate)).toBe(true);
    expect(evs.map((e) => e.endDate.toString())).toEqual(['2023-10-01', '2023-10-16', '2024-01-01']);
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('任务时限');
  });

  it('gives the task title as summary, and lead, support, deadline and targets in the description', () => {
    const evs = events(calendar().ics);
    const build = evs.find((e) => e.summary === '推进医院建设')!;
    expect(build.description.split('\n')).toEqual([
      '牵头科室：规划科',
      '配合科室：财务科',
      '时限：10月15日前（2023-10-15）',
      '量化指标：',
      '• 床位 300张（10月15日前）',
      '来源：2023年示例市卫生健康工作要点，序号 1',
    ]);
    expect(build.component.getFirstPropertyValue('categories')).toBe('规划科');
    expect(build.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2023-07-01T08:00:00Z');
  });

  it('escapes commas, semicolons, backslashes and line breaks, and reads them back as written', () => {
    const evs = events(calendar().ics);
    // Titles are given with widths folded, so the comma and semicolon are ASCII ones to escape.
    expect(evs.map((e) => e.summary)).toContain('开展“健康城市”评估,形成报告;汇总数据\\归档');
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const { ics } = calendar();
    expect(ics).toContain('SUMMARY:开展“健康城市”评估\\,形成报告\\;汇总数据\\\\归档\r\n');
    expect(ics).toContain('DESCRIPTION:牵头科室：规划科\\n配合科室：财务科\\n');
  });

  it('folds lines longer than 75 octets without splitting a character, and ends every line with CRLF', () => {
    const { ics } = calendar();
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // The long title comes back whole.
    expect(events(ics).map((e) => e.summary)).toContain('加强基层卫生人才队伍建设、推进乡村医生向执业（助理）医师转化、完善县域医共体人员统筹使用和管理机制、落实乡村一体化管理');
    const folded = foldLine('SUMMARY:' + '健'.repeat(40) + '😀'.repeat(10));
    for (const l of folded.split('\r\n').slice(0, -1)) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe('SUMMARY:' + '健'.repeat(40) + '😀'.repeat(10) + '\r\n');
  });

  it('keeps each UID across runs and files, so a second import updates the events', () => {
    const first = events(calendar().ics).map((e) => e.uid);
    const again = events(renderIcs(calendar(PLAN, 'elsewhere/copy.txt').list, { name: '任务时限', now: new Date() })).map((e) => e.uid);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    const otherYear = events(calendar(PLAN.replace('2023年', '2024年')).ics).map((e) => e.uid);
    expect(otherYear.some((u) => first.includes(u))).toBe(false);
  });
});
