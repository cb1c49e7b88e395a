import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

// Fictional task lists for 溪桥市, pasted from a portal as pipe-separated rows.

const rows = [
  '| 1 | 推进医疗集团建设 | 组建城市医疗集团2个,检查检验结果互认项目不少于120项 | 医政股 | 市人民医院、市中医院 | 2025年6月底前 | |',
  '| 2 | 提升急诊急救能力 | 新建乡镇急救站点3个 | 医政股 | 市急救中心 | 2025年10月底前 | |',
  '| 3 | 加强疾病预防控制 | 适龄儿童免疫规划疫苗接种率保持在95%以上 | 疾控股 | 市疾控中心 | 2025年12月底前 | |',
];

function read(lines: readonly string[]) {
  const doc = extractText(lines.join('\n'));
  return { title: doc.title, tasks: doc.tasks.map((t) => [t.number, t.title, t.departments.lead, t.departments.support, t.deadlines, t.targets.map((g) => g.value)]) };
}

const expected = [
  ['1', '推进医疗集团建设', ['医政股'], ['市人民医院', '市中医院'], ['2025年6月底前'], [2, 120]],
  ['2', '提升急诊急救能力', ['医政股'], ['市急救中心'], ['2025年10月底前'], [3]],
  ['3', '加强疾病预防控制', ['疾控股'], ['市疾控中心'], ['2025年12月底前'], [95]],
];

describe('a piped task list as a portal gives it', () => {
  it('with no rule under its header: the first numbered row starts the rows', () => {
    expect(read(['溪桥市卫生健康局2025年重点工作任务清单', '| 序号 | 重点任务 | 工作目标 | 牵头股室 | 配合单位 | 完成时限 | 备注 |', ...rows]).tasks).toEqual(expected);
  });

  it('with its last header cells wrapped onto a line of their own', () => {
    expect(read(['溪桥市卫生健康局2025年重点工作任务清单', '| 序号 | 重点任务 | 工作目标 | 牵头股室 | 配合单位 | 完成 时限 |', '备注 |', ...rows]).tasks).toEqual(expected);
  });

  it('with its title in a row of one cell, the rest left empty', () => {
    const doc = read(['| 溪桥市卫生健康局2025年重点工作任务清单 | ||||||', '| 公开主体:溪桥市卫生健康局 | ||||||', '| 序号 | 重点任务 | 工作目标 | 牵头股室 | 配合单位 | 完成时限 | 备注 |', ...rows]);
    expect(doc.title).toBe('溪桥市卫生健康局2025年重点工作任务清单');
    expect(doc.tasks).toEqual(expected);
  });

  it('a header over prose is no table', () => {
    expect(read(['溪桥市卫生健康局2025年重点工作任务清单', '| 序号 | 重点任务 | 工作目标 |', '全年新建村卫生室12所。']).tasks.length).toBeLessThan(2);
  });
});

describe('a CDC\'s piped task list whose unit column is headed 责任科所', () => {
  it('the column gives each row its lead', () => {
    const page = '溪岚市疾病预防控制中心2025年重点工作任务清单\n| 序号 | 重点任务 | 责任科所 | 完成时限 |\n| 1 | 法定传染病网络直报及时率达到99%以上 | 传染病防制科 | 2025年12月底前 |\n| 2 | 新建智慧化接种门诊6个 | 免疫规划科 | 2025年10月底前 |\n| 3 | 组建市级卫生应急队伍3支 | 应急办 牵头,各业务科室 配合 | 2025年6月底前 |';
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.departments.lead, t.departments.support])).toEqual([[['传染病防制科'], []], [['免疫规划科'], []], [['应急办'], ['各业务科室']]]);
  });
});
