import { describe, expect, it } from 'vitest';
import { type TableCell, tableLines } from '../../src/read/tables.js';

const row = (...cells: (string | [string, number, number?])[]): TableCell[] =>
  cells.map((c) => (typeof c === 'string' ? { text: c, rowSpan: 1, colSpan: 1 } : { text: c[0], rowSpan: c[1], colSpan: c[2] ?? 1 }));

describe('task tables (任务分解表) as plan lines', () => {
  it('writes each row as a numbered task with its units and deadline', () => {
    const lines = tableLines([
      row('序号', '重点任务', '具体内容', '牵头科室', '配合科室', '完成时限'),
      row('1', '加强传染病防控', '发病率控制在200/10万以内。', '疾控科', '医政科', '12月底前'),
      row('2', '提升妇幼健康水平。', '新增托位500个', '妇幼科', '', ''),
    ]);
    expect(lines).toEqual([
      '1.加强传染病防控。发病率控制在200/10万以内。（牵头科室：疾控科；配合科室：医政科）（完成时限：12月底前）',
      '2.提升妇幼健康水平。新增托位500个（牵头科室：妇幼科）',
    ]);
  });

  it('continues a task over the rows its merged cell spans, and takes a row of one cell for a heading', () => {
    const lines = tableLines([
      row('序号', '工作任务', '工作措施', '责任单位'),
      row(['一、公共卫生', 1, 4]),
      row(['1', 2], ['完善疾控体系', 2], '迁建疾控中心。', '规划科'),
      row('新建实验室2个。', '疾控科'),
      row('2', '加强应急能力', '新建救援基地3个。', '应急办'),
    ]);
    expect(lines).toEqual([
      '一、公共卫生',
      '1.完善疾控体系。迁建疾控中心。（牵头科室：规划科）；新建实验室2个。（牵头科室：疾控科）',
      '2.加强应急能力。新建救援基地3个。（牵头科室：应急办）',
    ]);
  });

  it('leaves a table without a task header alone', () => {
    expect(tableLines([row('指标', '2022年', '2023年'), row('床位数', '3000', '3200')])).toBeNull();
    expect(tableLines([])).toBeNull();
  });
});
