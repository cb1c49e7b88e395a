import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv } from '../../src/report/csv.js';
import { extractText } from '../../src/index.js';

describe('csvCell guards against formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['普通文本', '普通文本'],
    ['含,逗号', '"含,逗号"'],
    ['两行\n文本', '"两行\n文本"'],
    [null, ''],
    [60, '60'],
  ])('%j → %s', (input, output) => expect(csvCell(input)).toBe(output));
});

describe('renderCsv', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    const csv = renderCsv([extractText('2022年工作要点\n一、甲\n1.新增2家普惠托育机构。')]);
    expect(csv.startsWith('\ufeff序号,任务序号,重点任务,指标名称,比较,目标值,单位,时限,原文\r\n')).toBe(true);
    expect(csv).toContain('1,1,新增2家普惠托育机构,普惠托育机构,＝,2,家,,新增2家普惠托育机构\r\n');
  });

  it('neutralises a document line that would start a formula', () => {
    const csv = renderCsv([extractText('2022年工作要点\n一、甲\n1.=cmd|calc。新增2家机构。')], 'tasks');
    expect(csv).toContain(",'=cmd|calc,");
  });
});
