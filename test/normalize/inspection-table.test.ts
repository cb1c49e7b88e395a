import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

// A fictional random-inspection plan (双随机抽查工作计划) of 溪桥县, laid out as portals give such tables:
// one cell a line, the body that inspects merged down the rows and printed once, a cell wrapped over two lines.

const header = ['检查单位', '序号', '抽查计划名称', '抽查任务名称', '抽查类型', '抽查事项', '抽查数量', '抽查对象范围', '抽取日期'];
const rows = [
  ['溪桥县卫生健康局', '1', '国家随机监督抽查', '学校卫生国家随机监督抽查', '定向', '参照省级随机监督抽查', '实施方案检查', '5户', '辖区学校总数的 20%', '2025年1月至12月'],
  ['2', '国家随机监督抽查', '消毒产品国家随机监督抽查', '定向', '按照上级要求检查', '12户', '辖区消毒产品生产企业', '2025年1月至12月'],
  ['3', '省级随机监督抽查', '托育机构卫生省级随机监督抽查', '不定向', '按照上级要求检查', '3户', '辖区托育机构总数的 30%', '2025年1月至12月'],
];
const page = (gap: string) => ['溪桥县卫生健康局2025年度双随机抽查工作计划', ...header, ...rows.flat(), '分享到:'].join(gap);

describe('a random-inspection plan given as a flattened table', () => {
  it.each([
    ['one cell a line', '\n'],
    ['double-spaced, an empty line after every line', '\n\n'],
  ])('%s: a task a row, titled by its task name, the inspecting body its lead, the count its target', (_, gap) => {
    const d = extractText(page(gap));
    expect(d.tasks.map((t) => `${t.number}|${t.title}|${t.departments.lead.join('、')}`)).toEqual([
      '1|学校卫生国家随机监督抽查|溪桥县卫生健康局',
      '2|消毒产品国家随机监督抽查|溪桥县卫生健康局',
      '3|托育机构卫生省级随机监督抽查|溪桥县卫生健康局',
    ]);
    expect(d.tasks.map((t) => t.targets.filter((x) => x.unit === '户').map((x) => [x.comparator, x.value]))).toEqual([[['=', 5]], [['=', 12]], [['=', 3]]]);
    // The sampling period is when the checks run, no deadline.
    expect(d.tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });

  it('keeps a single empty line as an empty cell where the page is not double-spaced', () => {
    const d = extractText(['2025年溪桥县卫生健康重点任务分解表', '序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限', '1', '夯实基层', '新建村卫生室12所。', '县卫生健康局', '', '10月底前', '2', '', '改造乡镇卫生院3所。', '县卫生健康局', '县财政局', '12月底前'].join('\n'));
    expect(d.tasks.map((t) => t.departments.support)).toEqual([[], ['县财政局']]);
  });
});

describe('a task table a row a line, its first column a group merged down the rows', () => {
  it('reads a heading a group and a task a row, its header glued after the caption', () => {
    const text = [
      '溪桥镇创建国家卫生乡镇任务分解表',
      '溪桥镇创建卫生乡镇任务分解表 项目 负责领导 责任科室 工作内容（结合本镇实际） 完成时间',
      '组织管理 王立 党政办 健全创建机构。每季度召开1次推进会 2025年3月底前',
      ' 王立 财政所 落实创建经费。安排专项经费不少于20万元 2025年4月底前',
      '健康教育 李青 镇中心学校 开展学生健康教育。健康教育开课率达到100% 2025年6月底前',
      ' 李青 镇卫生院、各村 建设宣传栏。设置固定宣传栏不少于20块 2025年5月底前',
    ].join('\n');
    const d = extractText(text);
    expect(d.sections.map((s) => s.title)).toEqual(['组织管理', '健康教育']);
    expect(d.tasks.map((t) => `${t.title}|${t.departments.lead.join('、')}|${t.deadlines.join('')}`)).toEqual([
      '健全创建机构|党政办|2025年3月底前',
      '落实创建经费|财政所|2025年4月底前',
      '开展学生健康教育|镇中心学校|2025年6月底前',
      '建设宣传栏|镇卫生院、各村|2025年5月底前',
    ]);
  });
});

describe("a document-sharing site's notices over the document", () => {
  it('are no tasks', () => {
    const text = ['溪桥镇2025年卫生健康工作计划.doc', '1. 1、本站文档一经付费（服务费），不代表购买了文档版权。', '2. 2、该文档为VIP文档，成为VIP会员后可免费下载。', '查看更多', '溪桥镇2025年卫生健康工作计划', '一、重点工作', '1.做实家庭医生签约。重点人群签约率达到75%。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.title)).toEqual(['做实家庭医生签约']);
  });
});
