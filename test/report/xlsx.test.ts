import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFile } from '../../src/index.js';
import { renderXlsx, SHEETS } from '../../src/report/xlsx.js';
import type { Document } from '../../src/types.js';
import { ROOT } from '../helpers/index.js';

const SAMPLE_2022 = join(ROOT, 'samples/2022-示例市-plan.txt');
const SAMPLE_2023 = join(ROOT, 'samples/2023-示例市-plan.txt');

async function readBack(docs: Document[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await renderXlsx(docs)) as never);
  return wb;
}

/** Each row's values joined; a merged row (block heading, count row) gives its text once. */
function rowTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    if (row.getCell(1).isMerged) out.push(String(row.getCell(1).value));
    else out.push((row.values as unknown[]).filter((v) => v !== null && v !== undefined).join('|'));
  });
  return out;
}

const headerRow = (ws: ExcelJS.Worksheet) => (ws.getRow(2).values as unknown[]).slice(1);
const targetCount = (docs: Document[]) => docs.reduce((n, d) => n + d.tasks.reduce((m, t) => m + t.targets.length, 0), 0);

describe('the task ledger workbook, read back with exceljs', () => {
  it('has the five sheets, in order', async () => {
    const wb = await readBack([await extractFile(SAMPLE_2023)]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.ledger, SHEETS.targets, SHEETS.departments, SHEETS.themes, SHEETS.months]);
  });

  it('任务台账: title row, headers, one row per task, frozen header, autofilter, A4 landscape print set-up', async () => {
    const doc = await extractFile(SAMPLE_2023);
    const ws = (await readBack([doc])).getWorksheet(SHEETS.ledger)!;
    expect(ws.getCell('A1').value).toBe('2023年示例市卫生健康工作要点 任务分解台账');
    expect(headerRow(ws)).toEqual(['序号', '主题', '分类', '重点任务', '具体内容', '量化指标', '牵头单位', '配合单位', '完成时限', '到期日', '来源文件']);
    expect(ws.rowCount).toBe(2 + doc.tasks.length);
    expect(ws.getCell('D3').value).toBe('加强临床重点专科建设');
    expect(ws.getCell('G3').value).toBe('医政医管科');
    expect(ws.getCell('H3').value).toBe('科技教育科');
    expect(String(ws.getCell('F3').value).split('\n')).toHaveLength(2);
    expect(ws.getCell('E3').alignment?.wrapText).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
    for (let c = 1; c <= 10; c++) expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(6);
    expect(ws.getColumn(5).width).toBeGreaterThan(ws.getColumn(1).width!);
  });

  it('任务台账: 到期日 is a date cell shown yyyy-mm-dd (the earliest deadline), empty for a task without one', async () => {
    const doc = await extractFile(SAMPLE_2022);
    const ws = (await readBack([doc])).getWorksheet(SHEETS.ledger)!;
    const col = headerRow(ws).indexOf('到期日') + 1;
    const byNumber = new Map<string, ExcelJS.Row>();
    ws.eachRow((row, n) => {
      if (n > 2) byNumber.set(String(row.getCell(1).value), row);
    });
    // Task 15: 年内 and 9月底前; the earlier one is its due date.
    const row = byNumber.get('15')!;
    expect(row.getCell(col - 1).value).toBe('年内、9月底前');
    expect(row.getCell(col).value).toEqual(new Date('2022-09-30T00:00:00Z'));
    expect(row.getCell(col).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(col).numFmt).toBe('yyyy-mm-dd');
    expect(byNumber.get('1')!.getCell(col).value).toBeNull();
  });

  it('按月份: tasks due per month and per lead department, 未标注 last, each column totalled', async () => {
    const docs = [await extractFile(SAMPLE_2022), await extractFile(SAMPLE_2023)];
    const ws = (await readBack(docs)).getWorksheet(SHEETS.months)!;
    const rows = rowTexts(ws);
    expect(rows[1]).toContain('另有 28 项任务未写时限');
    expect(rows.slice(2)).toEqual([
      '牵头单位|2022年9月|2022年12月|2023年12月|合计',
      '爱卫办|1|1',
      '规划信息科|1|1',
      '未标注|1|3|4',
      '合计|1|3|2|6',
    ]);
    expect(ws.getRow(4).getCell(2).value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
  });

  it('按月份 gives a column to deadlines without a date: 长期持续 and 时限未明', async () => {
    const { extractText } = await import('../../src/index.js');
    const doc = extractText('2023年工作要点\n一、甲\n1.建设平台。（牵头科室：医政科）（完成时限：长期坚持）\n2.开展调研。（牵头科室：医政科）（完成时限：按省里要求）\n3.完成验收。（牵头科室：疾控科）（完成时限：2023年10月15日前）');
    const rows = rowTexts((await readBack([doc])).getWorksheet(SHEETS.months)!);
    expect(rows.slice(2)).toEqual(['牵头单位|2023年10月|长期持续|时限未明|合计', '医政科|1|1|2', '疾控科|1|1', '合计|1|1|1|3']);
  });

  it('量化指标: one row per target, 目标值 as number cells, percent shown with %', async () => {
    const doc = await extractFile(SAMPLE_2022);
    const ws = (await readBack([doc])).getWorksheet(SHEETS.targets)!;
    expect(headerRow(ws)).toEqual(['序号', '任务序号', '指标名称', '比较', '目标值', '单位', '时限', '原文']);
    expect(ws.rowCount).toBe(2 + targetCount([doc]));
    for (let r = 3; r <= ws.rowCount; r++) {
      const cell = ws.getRow(r).getCell(5);
      expect(typeof cell.value).toBe('number');
      if (ws.getRow(r).getCell(6).value === '%') expect(cell.numFmt).toContain('%');
    }
    const values = Array.from({ length: ws.rowCount - 2 }, (_, i) => ws.getRow(i + 3).getCell(5).value);
    expect(values).toContain(100000);
    expect(values).toContain(250000000);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
  });

  it('leaves a redacted figure empty, never a number', async () => {
    const { extractText } = await import('../../src/index.js');
    const doc = extractText('2023年工作总结\n一、工作进展\n(一)完成任务。县域内就诊率达到xx%以上。');
    const ws = (await readBack([doc])).getWorksheet(SHEETS.targets)!;
    expect(ws.getRow(3).getCell(5).value).toBeNull();
    expect(ws.getRow(3).getCell(8).value).toBe('县域内就诊率达到xx%以上');
  });

  it('按科室: a summary table, then declared departments first and 未标注 last, with a count row', async () => {
    const doc = await extractFile(SAMPLE_2023);
    const ws = (await readBack([doc])).getWorksheet(SHEETS.departments)!;
    const texts = rowTexts(ws);
    expect(texts[1]).toBe('科室|任务数|指标数|有时限任务数');
    expect(texts).toContain('医政医管科|4|7|0');
    expect(texts.filter((t) => /^[^|]+（\d+ 项任务，\d+ 个指标）$/.test(t)).map((t) => t.split('（')[0])).toEqual([
      '医政医管科', '规划信息科', '爱卫办', '疾控科', '体改科', '基层卫生科', '中医科',
    ]);
    expect(texts.some((t) => t.startsWith('小计：4 项任务，7 个指标'))).toBe(true);
  });

  it('按科室 marks suggested departments of a plan that declares none, under 未标注', async () => {
    const doc = await extractFile(SAMPLE_2022);
    const ws = (await readBack([doc])).getWorksheet(SHEETS.departments)!;
    expect(rowTexts(ws)).toContain('未标注（18 项任务，27 个指标）');
  });

  it('按分类: a block per theme with 其他 last', async () => {
    const doc = await extractFile(SAMPLE_2022);
    const ws = (await readBack([doc])).getWorksheet(SHEETS.themes)!;
    const blocks: string[] = [];
    ws.eachRow((row) => {
      const v = String(row.getCell(1).value ?? '');
      if (/（\d+ 项任务，\d+ 个指标）$/.test(v)) blocks.push(v.split('（')[0]!);
    });
    expect(blocks).toContain('疫情防控');
    expect(blocks).toContain('中医药');
    if (blocks.includes('其他')) expect(blocks[blocks.length - 1]).toBe('其他');
  });

  it('with several files, every sheet gains 文件, 年份, 地区 columns', async () => {
    const docs = [await extractFile(SAMPLE_2022), await extractFile(SAMPLE_2023)];
    const wb = await readBack(docs);
    expect(headerRow(wb.getWorksheet(SHEETS.ledger)!).slice(0, 4)).toEqual(['文件', '年份', '地区', '序号']);
    expect(headerRow(wb.getWorksheet(SHEETS.targets)!).slice(0, 4)).toEqual(['文件', '年份', '地区', '序号']);
    expect(wb.getWorksheet(SHEETS.ledger)!.rowCount).toBe(2 + 18 + 16);
    expect(wb.getWorksheet(SHEETS.targets)!.rowCount).toBe(2 + targetCount(docs));
    expect(wb.getWorksheet(SHEETS.ledger)!.getCell('B3').value).toBe(2022);
    for (const name of [SHEETS.departments, SHEETS.themes]) {
      const ws = wb.getWorksheet(name)!;
      let header: unknown[] = [];
      ws.eachRow((row) => {
        if (row.getCell(4).value === '序号') header = (row.values as unknown[]).slice(1, 4);
      });
      expect(header).toEqual(['文件', '年份', '地区']);
    }
  });
});
