import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

// A fictional county's task list copied out of a spreadsheet: a tab between every two cells, the merged
// 牵头单位 cells left empty under the row that prints them, a column of officials no one reads.

const rows = [
  '溪桥县2025年卫生健康重点任务清单\t\t\t\t\t\t',
  '序号\t任务\t目标\t牵头领导\t牵头单位\t责任单位\t完成时限',
  '一、医疗服务\t\t\t\t\t\t',
  '1\t县域医共体建设\t县域内就诊率达到90%以上\t陈立\t县卫生健康局\t县医保局\t12月底前',
  '2\t村卫生室改造\t改造村卫生室15所\t\t\t县财政局、各乡镇人民政府\t10月底前',
  '二、公共卫生\t\t\t\t\t\t',
  '3\t慢病管理\t高血压患者规范管理率达到65%\t周青\t县疾控中心\t各乡镇卫生院\t12月底前',
  '4\t老年人健康管理\t老年人健康管理率达到62%\t\t\t各乡镇卫生院\t11月底前',
  '制表：溪桥县卫生健康局',
];

describe('a task table pasted from a spreadsheet, its cells parted by tabs', () => {
  it('reads a task a row: the task cell its title, the aim its targets, 牵头单位 the lead, 责任单位 beside it the support', () => {
    const d = extractText(rows.join('\n'));
    expect(d.sections.map((s) => s.title)).toEqual(['医疗服务', '公共卫生']);
    expect(d.tasks.map((t) => `${t.number}|${t.title}|${t.departments.lead.join('、')}|${t.departments.support.join('、')}|${t.deadlines.join('')}`)).toEqual([
      '1|县域医共体建设|县卫生健康局|县医保局|12月底前',
      '2|村卫生室改造|县卫生健康局|县财政局、各乡镇人民政府|10月底前',
      '3|慢病管理|县疾控中心|各乡镇卫生院|12月底前',
      '4|老年人健康管理|县疾控中心|各乡镇卫生院|11月底前',
    ]);
    expect(d.tasks.map((t) => t.targets.map((x) => `${x.comparator}${x.value}${x.unit}`))).toEqual([['>=90%'], ['=15所'], ['>=65%'], ['>=62%']]);
  });

  it('takes no lead from a row above across a group heading', () => {
    const text = [rows[1], '一、医疗服务', rows[3], '二、公共卫生', '2\t慢病管理\t规范管理率达到65%\t\t\t各乡镇卫生院\t12月底前'].join('\n');
    expect(extractText(text).tasks.map((t) => t.departments.lead)).toEqual([['县卫生健康局'], []]);
  });

  it('reads 责任单位 as the lead where no 牵头单位 stands beside it', () => {
    const text = ['序号\t任务\t目标\t责任单位\t完成时限', '1\t慢病管理\t规范管理率达到65%\t县疾控中心\t12月底前', '2\t健康教育\t健康素养水平达到30%\t县健康教育所\t11月底前'].join('\n');
    expect(extractText(text).tasks.map((t) => [t.departments.lead, t.departments.support])).toEqual([[['县疾控中心'], []], [['县健康教育所'], []]]);
  });
});

describe('a task table one cell a line whose empty cells left no line behind', () => {
  it('reads a month alone as the deadline, and a sentence that ends in 以内 as the text, not a date', () => {
    const text = ['溪桥区2018年卫生重点任务分解', '序号', '任务', '目标', '牵头单位', '配合单位', '完成时限', '一、医疗服务', '1', '推进医联体建设', '组建医疗联合体1个', '区卫生局', '区财政局', '2018年12月', '2', '改善医疗服务', '预约诊疗率达到45%，平均住院日控制在8.5天以内', '区人社局', '2018年10月'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.title}|${t.departments.lead.join('、')}|${t.deadlines.join('')}|${t.targets.map((x) => x.value).join(',')}`)).toEqual([
      '推进医联体建设|区卫生局|2018年12月|1',
      '改善医疗服务|区人社局|2018年10月|45,8.5',
    ]);
  });
});

describe('a section that states the campaign theme', () => {
  it('holds no task (`一、活动主题 今年活动主题为…`)', () => {
    const text = ['溪桥县2019年爱国卫生月活动方案', '一、活动主题 今年活动主题为“防病除害,共建健康家园”。', '二、主要内容', '(一)开展宣传。发放宣传资料2万份。(牵头单位:县爱卫办;责任单位:县委宣传部)'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.title}|${t.departments.lead.join('、')}|${t.departments.support.join('、')}`)).toEqual(['开展宣传|县爱卫办|县委宣传部']);
  });
});

describe('a spreadsheet row whose cell holds line breaks, pasted without quotes', () => {
  it('goes on over the lines after it, the cell joined across each break, until the row has its columns', () => {
    const text = [
      '石岭市2026年民生实事项目任务分解表',
      '序号\t项目名称\t目标任务\t牵头单位\t配合单位\t完成时限',
      '1\t儿童健康服务\t新增儿科床位80张；',
      '儿科门诊开设率达到100%。\t市卫生健康委\t各区县人民政府\t2026年12月底',
      '2\t老年健康服务\t老年人健康管理率达到70%；',
      '新建老年友善医疗机构20家；',
      '安宁疗护病床不少于150张。\t市卫生健康委\t市民政局\t2026年11月底',
      '备注：完成时限为项目主体完成时间。',
    ].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.number}|${t.title}|${t.departments.lead.join('、')}|${t.departments.support.join('、')}|${t.deadlines.join('')}`)).toEqual([
      '1|儿童健康服务|市卫生健康委|各区县人民政府|2026年12月底',
      '2|老年健康服务|市卫生健康委|市民政局|2026年11月底',
    ]);
    expect(d.tasks.map((t) => t.targets.map((x) => `${x.comparator}${x.value}${x.unit}`))).toEqual([['=80张', '>=100%'], ['>=70%', '=20家', '>=150张']]);
  });
});

describe('a spreadsheet of measures, each task with rows of its own under its number', () => {
  const rows = [
    '石岭区2025年卫生健康民生实事任务分解表',
    '序号\t项目名称\t考核指标\t单位\t工作目标\t责任单位\t配合单位\t完成时限',
    '1\t基层服务提升\t新建社区卫生服务站\t个\t3\t区卫健局\t区发改局\t2025年10月底前',
    '\t\t家庭医生重点人群签约率\t%\t75以上\t\t区医保局\t2025年12月底前',
    '2\t急救体系建设\t城区急救平均反应时间\t分钟\t≤12\t区急救中心、区卫健局\t区财政局\t2025年12月底前',
    '备注：责任单位列第一位的为牵头单位。',
  ].join('\n');

  it('reads a measure, its unit and its aim as one target, a row without a number as the task above it, and the first listed unit as the lead where the page says so', () => {
    const d = extractText(rows);
    expect(d.tasks.map((t) => `${t.number}|${t.title}|${t.departments.lead.join('、')}|${t.departments.support.join('、')}`)).toEqual([
      '1|基层服务提升|区卫健局|区发改局、区医保局',
      '2|急救体系建设|区急救中心|区卫健局、区财政局',
    ]);
    expect(d.tasks.map((t) => t.targets.map((x) => `${x.comparator}${x.value}${x.unit}`))).toEqual([['=3个', '>=75%'], ['<=12分钟']]);
    expect(d.tasks[0]!.targets[0]!.text).toBe('新建社区卫生服务站\t个\t3');
  });
});

describe('a task table a converter wrote a cell a line, each closed by its bar, with a rule under its header', () => {
  it('reads past the rule, and gives a row whose lead cell was merged from above the lead above it', () => {
    const text = [
      '石岭市2024年卫生健康重点工作任务台账',
      '序号 |', '重点任务 |', '目标指标 |', '牵头单位 |', '配合单位 |', '完成时限 |',
      '---|---|---|---|---|---|',
      '1 |', '推进医共体建设 |', '县域内就诊率达到90%以上 |', '医政医管科 |', '市人民医院 |', '2024年12月 |',
      '2 |', '建设胸痛中心 |', '新建胸痛中心1个 |', ' |', '市中医院 |', '2024年10月 |',
    ].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.title}|${t.departments.lead.join('、')}|${t.departments.support.join('、')}|${t.targets.map((x) => x.value).join(',')}`)).toEqual([
      '推进医共体建设|医政医管科|市人民医院|90',
      '建设胸痛中心|医政医管科|市中医院|1',
    ]);
  });
});

describe("a forum's printable page: a task table whose rows part their cells by bars but open with their number", () => {
  const page = [
    '溪桥县2023年度卫生健康民生实事项目完成情况通报',
    '附件: 2023年度县级卫生健康民生实事项目完成情况',
    '序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 | 责任人 |',
    '1 | 新增托位400个 | 新增托位436个。 | 超额完成 | 县卫健局 | 林岚 |',
    '2 | 为65岁以上老年人免费接种流感疫苗6000人 | 累计接种6120人。 | 超额完成 | 县疾控中心、县卫健局 | 周航 |',
    '欢迎光临 溪桥论坛',
  ].join('\n');

  it('reads a task a row: the aim a target, the year\'s result an achievement, the unit its lead, the person no one', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.targets.map((x) => `${x.kind}|${x.value}`)])).toEqual([
      ['新增托位400个', ['县卫健局'], ['target|400', 'achievement|436']],
      ['为65岁以上老年人免费接种流感疫苗6000人', ['县疾控中心', '县卫健局'], ['target|6000', 'achievement|6120']],
    ]);
  });
});

describe('a task table led by its group, each task numbered in its own cell, rows parted by bars', () => {
  const page = [
    '石岭区卫生健康局2023年重点工作任务分工方案',
    '工作板块 | 重点任务 | 责任股室 | 完成时限 |',
    '一、提升医疗服务能力 | 1.新增市级临床重点专科2个。 | 医政股 | 12月底前 |',
    '| 2.建设胸痛中心，急救平均反应时间缩短至12分钟以内。 3.县域内就诊率稳定在90%以上。 | 医政股牵头，基层卫生股配合 | 持续推进 ||',
    '二、守护"一老一小"健康 | 4.新增普惠性托位300个。 | 人口家庭股 | 11月底前 |',
  ].join('\n');

  it('makes each group a section and each numbered task a task, two in one cell two tasks, with its units and deadline', () => {
    const d = extractText(page);
    expect(d.sections.map((s) => s.title)).toEqual(['提升医疗服务能力', '守护"一老一小"健康']);
    expect(d.tasks.map((t) => [t.number, t.section, t.departments.lead, t.departments.support, t.deadlines])).toEqual([
      ['1', 1, ['医政股'], [], ['12月底前']],
      ['2', 1, ['医政股'], ['基层卫生股'], ['持续推进']],
      ['3', 1, ['医政股'], ['基层卫生股'], ['持续推进']],
      ['4', 2, ['人口家庭股'], [], ['11月底前']],
    ]);
  });
});

describe("a portal's progress table one cell a line, every line set apart by an empty one (fictional 溪桥县)", () => {
  const cells = ['2023年度三级卫生健康民生实事1-9月份进展情况表', '序号', '项目', '省工作目标', '溪桥县任务', '牵头单位', '1-9月进展情况', '全面完成预计时间',
    '1', '浙有善育', '新增托位2万个', '新增托位420个', '县卫生健康局', '已新增托位386个。', '11月底',
    '2', ' ', '新增普惠托位1.2万个', '新增普惠托位250个', '县卫生健康局', '已新增普惠托位263个。', '已完成',
    '3', '浙里健康', '新建村卫生室1000个', '新建村卫生室8个', '县卫生健康局', '已完成6个。', '12月底'];
  const page = ['溪桥县人民政府', '', ...cells.flatMap((c) => [c, ''])].join('\n');

  it("reads a cell left empty between two gaps as one cell, the place's own column as the task, the province's goal as no one's", () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.deadlines, t.targets.map((x) => `${x.kind}|${x.value}`)])).toEqual([
      ['新增托位420个', ['县卫生健康局'], ['11月底'], ['target|420', 'achievement|386']],
      ['新增普惠托位250个', ['县卫生健康局'], [], ['target|250', 'achievement|263']],
      ['新建村卫生室8个', ['县卫生健康局'], ['12月底'], ['target|8', 'achievement|6']],
    ]);
  });
});

describe("a year's completion table one cell a line, a column restating the year's aim beside the results (fictional 溪岚县)", () => {
  const table = (title: string) => [
    '溪岚县人民医院', title, '',
    '序号', '重点工作', '年度目标', '完成情况', '责任科室',
    '1', '医疗服务量', '门急诊人次达到30万', '全年门急诊人次31.2万', '医务科',
    '2', '人才引进', '引进专业技术人员20名', '引进专业技术人员22名', '人事科',
  ].join('\n');

  it("gives a year-end report only what was done: the aim it restates is no new target", () => {
    const d = extractText(table('溪岚县人民医院2024年度重点工作完成情况'));
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.targets.map((x) => `${x.kind}|${x.value}`)])).toEqual([
      ['医疗服务量', ['医务科'], ['achievement|312000']],
      ['人才引进', ['人事科'], ['achievement|22']],
    ]);
  });

  it('keeps the aim of a report dated part way through its year, still a target to reach', () => {
    const d = extractText(table('溪岚县人民医院2024年1-6月重点工作进展情况'));
    expect(d.tasks.map((t) => t.targets.map((x) => `${x.kind}|${x.value}`))).toEqual([['target|300000', 'achievement|312000'], ['target|20', 'achievement|22']]);
  });
});

describe("a notice's own points, then its annexed task table, a bar alone between every two rows (fictional 石岭市)", () => {
  const page = [
    '各县(区)卫生局,局直各单位:',
    '局党委研究确定了2014年全市卫生工作的重点任务,分解表随文印发。具体要求如下:',
    '一、各牵头科室要按照《2014年石岭市卫生重点工作任务分解表》的要求细化实施方案,于3月15日前报局办公室。',
    '二、各单位要在每季度末将任务进展情况报送牵头科室。',
    '附件:2014年石岭市卫生重点工作任务分解表',
    '|',
    '2014年石岭市卫生重点工作任务分解表 |',
    '序号 | 工作任务 | 牵头科室 | 责任单位 | 完成时限 |',
    '1 | 新农合参合率稳定在95%以上 | 农合办 | 各县(区)卫生局 | 12月底前 |',
    '|',
    '2 | 完成12所乡镇卫生院标准化建设 | 规划财务科 | 各县(区)卫生局 | 10月底前 |',
    '|',
    '3 | 公共场所卫生监督覆盖率达到95% | 卫生监督局 | 各县(区)卫生监督所 | 持续推进 |',
    '|',
  ].join('\n');

  it("reads the table's rows as the tasks, none of the notice's points, under the annexed title", () => {
    const d = extractText(page);
    expect(d.title).toBe('2014年石岭市卫生重点工作任务分解表');
    expect(d.tasks.map((t) => [t.number, t.departments.lead, t.departments.support, t.deadlines, t.targets.map((x) => x.value)])).toEqual([
      ['1', ['农合办'], ['各县(区)卫生局'], ['12月底前'], [95]],
      ['2', ['规划财务科'], ['各县(区)卫生局'], ['10月底前'], [12]],
      ['3', ['卫生监督局'], ['各县(区)卫生监督所'], ['持续推进'], [95]],
    ]);
  });
});

describe("a department's rows taken out of a longer list, one cell a line, numbered as that list numbers them (fictional 溪岚区)", () => {
  const cells = ['溪岚区卫健委2025年政府工作报告重点工作任务分解表', '序号', '重点工作任务', '主要责任单位', '协同配合单位',
    '一、主要预期目标', '3', '居民人均预期寿命达到80.5岁以上。', '区卫健委', '区统计局。',
    '二、全力以赴抓项目、稳投资', '三、全力以赴办实事、惠民生',
    '64', '新增床位180张,年内完成主体封顶。', '区卫健委', '区发改委、区住建局。',
    '65', '全区托位总数提升到2400个。', '区卫健委', '区教育局。',
    '68', '基层中医药服务量占比不低于35%。', '区卫健委', '各社区卫生服务中心。'];
  const page = cells.flatMap((c) => [c, '']).join('\n');

  it('reads each numbered row, its number as written, its units lead and support, under its group', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.number, t.section, t.departments.lead, t.departments.support, t.targets.map((x) => x.value)])).toEqual([
      ['3', 1, ['区卫健委'], ['区统计局'], [80.5]],
      ['64', 3, ['区卫健委'], ['区发改委', '区住建局'], [180]],
      ['65', 3, ['区卫健委'], ['区教育局'], [2400]],
      ['68', 3, ['区卫健委'], ['各社区卫生服务中心'], [35]],
    ]);
  });
});

describe('a progress table a converter wrote a cell at a time, a bar alone on the line after each (fictional 栎泉县)', () => {
  const cells = [
    '序号', '主要工作目标', '目标任务主要内容', '牵头责任单位', '上半年落实情况',
    '12', '扩大医疗资源供给', '县人民医院新增床位200张。', ['县卫生健康委', '县发展改革委'], '已开放床位150张。',
    '47', '推进健康栎泉建设', '65岁以上老年人健康管理率达到68%。', '县卫生健康委', '健康管理率为45.2%。',
  ];
  const page = ['栎泉县2024年政府工作报告重点工作上半年落实情况', ...cells.flatMap((c) => [...(Array.isArray(c) ? c : [c]), '|']), '栎泉县卫生健康委', '2024年7月10日'].join('\n');

  it('reads a row for each number, the first of two aims its title, the units a cell lists joined', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.title, t.departments.lead])).toEqual([
      ['扩大医疗资源供给', ['县卫生健康委', '县发展改革委']],
      ['推进健康栎泉建设', ['县卫生健康委']],
    ]);
    expect(d.tasks.flatMap((t) => t.targets.map((g) => [g.value, g.kind]))).toEqual([[200, 'target'], [150, 'achievement'], [68, 'target'], [45.2, 'achievement']]);
  });
});
