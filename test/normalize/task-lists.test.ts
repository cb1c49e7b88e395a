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

// A download page's copy of a responsibility book (fictional 石岭县), the numerals of its items lost in conversion.
const BOOK_PAGE = [
  '2026年石岭县乡镇卫生院工作目标责任书(3篇范文).docx',
  '资源ID:50311842',
  '资源大小:18.40KB',
  '下载积分:10金币',
  '会员登录下载',
  '微信扫一扫登录',
  '友情提示',
  '5、范文类文档仅供参考,请结合本单位实际修改使用。',
  '2026年石岭县乡镇卫生院工作目标责任书 一、责任期限:2026年1月1日至2026年12月31日 二、责任内容: 1、基本公共卫生服务 、居民电子健康档案建档率到达88%以上; 、高血压患者规范管理率到达65%; 2、基本医疗服务 、孕产妇系统管理率到达92%以上; 、门诊次均费用增长幅度控制在4%以内; 三、考核奖惩 县卫生健康局每半年考核一次。',
].join('\n');

describe("a preview page's counts of its words and pages", () => {
  it('are no text, and no figure of the document', () => {
    const out = lines(['2026年溪岚镇卫生院工作总结', '- 0', '- 约3.6千字', '- 约 8页', '- 举报', '2026年，我院全年门诊量达5.1万人次。'].join('\n'));
    expect(out.some((l) => /千字|8页|举报/.test(l))).toBe(false);
  });
});

describe("a download page's fields and buttons", () => {
  it('are no text of the document', () => {
    const out = lines(BOOK_PAGE);
    for (const chrome of ['资源ID', '资源大小', '下载积分', '会员登录下载', '微信扫一扫登录', '友情提示', '范文类文档']) expect(out.some((l) => l.includes(chrome))).toBe(false);
  });
});

describe('items whose numerals were lost, each left with its 、', () => {
  it('start a line each, and are the points of the Arabic item above them', () => {
    const d = extractText(BOOK_PAGE);
    expect(d.tasks.filter((t) => t.targets.length > 0).map((t) => [t.title, t.targets.map((x) => x.value)])).toEqual([
      ['居民电子健康档案建档率到达88%以上', [88]],
      ['高血压患者规范管理率到达65%', [65]],
      ['孕产妇系统管理率到达92%以上', [92]],
      ['门诊次均费用增长幅度控制在4%以内', [4]],
    ]);
  });

  it('leave a `、` between words of a sentence where it is', () => {
    expect(lines('1、加强高血压、糖尿病患者管理，规范管理率到达65%。')).toHaveLength(1);
  });
});
