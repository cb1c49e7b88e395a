import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { normalize } from '../../src/normalize/index.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

const lines = (text: string) => normalize({ file: 't.txt', format: 'text', encoding: 'utf-8', text }, defaultVocabulary).text.split('\n');

// A law site's later page of a province's task list (fictional 南屿省), its tasks closed by the brackets that name their units.
const LAW_PAGE = [
  '律典网 > 法律法规 > 地方规范性文件 > 南屿省 > 正文',
  '南屿省卫生健康委关于印发2026年全省卫生健康工作要点及责任分工的通知',
  '发布部门:南屿省卫生健康委 发布日期:2026.02.20 时效性:现行有效',
  '|',
  '[接上页] 全省甲乙类法定传染病报告发病率控制在230/10万以下。(疾病预防控制处牵头,卫生应急办公室配合) 五、加强妇幼健康工作 全省孕产妇死亡率降到9/10万以下,婴儿死亡率降到4‰以下。(妇幼健康处负责) 适龄儿童国家免疫规划疫苗接种率保持在95%以上。(疾病预防控制处负责) 六、加强人才队伍建设 年内完成全科医生转岗培训500人。(科技教育处牵头,人事处配合)',
  '[下一页] 上一页 1 2 3 下一页',
].join('\n');

describe("a page's trail and its rows of fields", () => {
  it('are not joined to the title or the text under them', () => {
    const out = lines(LAW_PAGE);
    expect(out[0]).toBe('律典网 > 法律法规 > 地方规范性文件 > 南屿省 > 正文');
    expect(out[1]).toBe('南屿省卫生健康委关于印发2026年全省卫生健康工作要点及责任分工的通知');
    expect(out.some((l) => l.startsWith('发布部门') && l.includes('全省甲乙类'))).toBe(false);
  });
});

describe('a task list copied into one line', () => {
  it('starts a task after each bracket that names its units, and sets each heading apart', () => {
    const d = extractText(LAW_PAGE);
    expect(d.sections.map((s) => `${s.number}|${s.title}`)).toEqual(['五|加强妇幼健康工作', '六|加强人才队伍建设']);
    expect(d.tasks.map((t) => [t.section, t.title.slice(0, 8), t.departments.lead.join('、')])).toEqual([
      [1, '全省孕产妇死亡率', '妇幼健康处'],
      [1, '适龄儿童国家免疫', '疾病预防控制处'],
      [2, '年内完成全科医生', '科技教育处'],
    ]);
    expect(d.overview.map((x) => x.value)).toEqual([230]);
  });

  it('leaves a line with one bracket at its end whole', () => {
    expect(lines('1.年内完成全科医生转岗培训500人，开展岗位练兵3次。(科技教育处牵头,人事处配合)')).toHaveLength(1);
  });
});
