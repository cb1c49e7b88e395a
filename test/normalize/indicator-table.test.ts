import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

/** Tasks as `number|title`, and each target as `task:metric value unit comparator deadline`. */
const read = (text: string) => {
  const d = extractText(text);
  return {
    tasks: d.tasks.map((t) => `${t.number}|${t.title}`),
    sections: d.sections.map((s) => s.title),
    targets: d.tasks.flatMap((t) => t.targets.map((x) => `${t.ordinal}:${x.metric} ${x.value} ${x.unit} ${x.comparator} ${x.deadline ?? '-'}`)),
    texts: d.tasks.flatMap((t) => t.targets.map((x) => x.text)),
  };
};

describe('indicator tables pasted as text', () => {
  it('reads a table a cell a line, empty lines between, numbered rows under groups: a task per row, a target per column of aims', () => {
    const text = [
      '石岭省健康促进行动',
      '二、主要指标',
      '',
      '领域', '', '序号', '', '指标', '', '基期水平', '', '2023年目标值', '', '2028年目标值', '', '指标性质', '',
      '(一)', '', '健康教育行动', '', '结果性指标', '',
      '1', '', '居民健康知识知晓率(%)', '', '21.5', '', '≥26', '', '≥35', '', '预期性', '',
      '说明:知晓率按每2年一次的抽样调查计算。', '',
      '计算方法:答对人数/调查总人数×100%。', '',
      '2', '', '个人定期参加健康体检', '', '倡导性', '',
      '(二)', '', '慢病管理行动', '',
      '3', '', '高血压患者基层规范管理率(%)', '', '55', '', '≥60', '', '≥70', '', '约束性', '',
      '4', '', '每千人口全科医生数(名)', '', '2.1', '', '3', '', '3.5', '', '预期性', '',
      '5', '', '慢性病过早死亡率(%)', '', '2015—2019年年均下降1.2%', '', '持续下降', '', '预期性',
    ].join('\n');
    const r = read(text);
    expect(r.tasks).toEqual(['1|居民健康知识知晓率', '2|个人定期参加健康体检', '3|高血压患者基层规范管理率', '4|每千人口全科医生数', '5|慢性病过早死亡率']);
    expect(r.targets).toEqual([
      '1:居民健康知识知晓率 26 % >= 到2023年',
      '1:居民健康知识知晓率 35 % >= 到2028年',
      '3:高血压患者基层规范管理率 60 % >= 到2023年',
      '3:高血压患者基层规范管理率 70 % >= 到2028年',
      '4:每千人口全科医生数 3 名 >= 到2023年',
      '4:每千人口全科医生数 3.5 名 >= 到2028年',
    ]);
    // The text runs from the measure's name to its figure, as the page shows it.
    expect(r.texts[1]).toBe('居民健康知识知晓率(%)\n\n21.5\n\n≥26\n\n≥35');
  });

  it('reads rows a line each, cells parted by spaces, a group cell on its first row only and a wrapped name on the line after', () => {
    const text = [
      '2023年示例市卫生健康工作要点',
      '一、重点任务',
      '(一)加强基层服务',
      '1.建设社区站点。新建社区卫生服务站5个。',
      '附件',
      '2023年示例市卫生健康主要指标',
      '类别 序号 指标名称 单位 2022年基期值 2023年目标值 指标属性',
      '健康水平 1 人均预期寿命 岁 78.6 78.9 预期性',
      '2 婴儿死亡率 ‰ 3.4 ≤4.5 约束性',
      '服务能力 3 每千人口拥有注册护士 人 3.1 3.4 预期性',
      '数',
      '4 县域就诊率 % 88 持续提高 预期性',
      '注:目标值未注明符号的为应达到的数值。',
    ].join('\n');
    const r = read(text);
    expect(r.tasks).toEqual(['1|建设社区站点', '1|人均预期寿命', '2|婴儿死亡率', '3|每千人口拥有注册护士数', '4|县域就诊率']);
    expect(r.sections).toEqual(expect.arrayContaining(['健康水平', '服务能力']));
    expect(r.targets).toEqual([
      '1:社区卫生服务站 5 个 = -',
      '2:人均预期寿命 78.9 岁 >= 到2023年',
      '3:婴儿死亡率 4.5 ‰ <= 到2023年',
      '4:每千人口拥有注册护士数 3.4 人 >= 到2023年',
    ]);
  });

  it('reads rows whose cells the page parted by bars, a merged group cell on its first row only, and the plan on after the note under it', () => {
    const text = [
      '溪桥县2024年卫生健康工作要点',
      '一、主要指标',
      '全县主要指标达到下表要求:',
      '类别 | 序号 | 指标名称 | 单位 | 2024年目标值 |',
      '健康水平 指标 | 1 | 人均预期寿命 | 岁 | 80.2 |',
      '2 | 婴儿死亡率 | ‰ | <4 | |',
      '服务能力 指标 | 3 | 每千人口床位数 | 张 | 6.5 |',
      '4 | 出生人口性别比 | ≤109 | |',
      '注:目标值未标符号的为应达到的数值。',
      '二、重点任务',
      '1.建设社区医院。年内建成社区医院2家。',
      '2.做实家庭医生签约。重点人群签约率达到75%以上。',
    ].join('\n');
    const r = read(text);
    expect(r.tasks).toEqual(['1|人均预期寿命', '2|婴儿死亡率', '3|每千人口床位数', '4|出生人口性别比', '1|建设社区医院', '2|做实家庭医生签约']);
    expect(r.targets).toEqual([
      '1:人均预期寿命 80.2 岁 >= 到2024年',
      '2:婴儿死亡率 4 ‰ < 到2024年',
      '3:每千人口床位数 6.5 张 >= 到2024年',
      '4:出生人口性别比 109  <= 到2024年',
      '5:社区医院 2 家 = 年内',
      '6:重点人群签约率 75 % >= -',
    ]);
  });

  it('gives the rows of an unnumbered table to the paragraph that introduced it, with the year of its column of aims', () => {
    const text = [
      '桐源县2022年卫生健康工作计划',
      '一、工作目标',
      '全县主要健康指标稳中有升。到2022年底,各项指标达到下表要求:',
      '指标名称', '2021年基期值', '2022年目标值', '指标属性',
      '人均预期寿命(岁)', '77.8', '78.0', '预期性',
      '5岁以下儿童死亡率(‰)', '5.1', '<6', '约束性',
      '甲乙类传染病报告发病率', '—', '持续下降', '预期性',
      '二、重点任务',
      '(一)推进医共体建设。组建紧密型医共体2个。',
    ].join('\n');
    const r = read(text);
    expect(r.tasks).toEqual(['|全县主要健康指标稳中有升', '一|推进医共体建设']);
    expect(r.targets).toEqual([
      '1:人均预期寿命 78 岁 >= 到2022年',
      '1:5岁以下儿童死亡率 6 ‰ < 到2022年',
      '2:紧密型医共体 2 个 = -',
    ]);
  });

  it('reads a rate per so many people as one unit, and no factor of a formula', () => {
    const text = '2024年工作要点\n一、任务\n1.每10万人口精神科医师达到4.2名/10万人。\n2.规范管理率达到80%(计算方法:规范管理人数/登记人数×100%)。';
    expect(read(text).targets).toEqual(['1:每10万人口精神科医师 4.2 名/10万人 >= -', '2:规范管理率 80 % >= -']);
  });
});

describe('a responsibility list of indicators, a cell a line, each cell closed by a bar', () => {
  const header = ['序号 |', '指标名称 |', '单位 |', '2023年 |', '2024年 |', '2026年 |', '牵头单位 |', '责任单位 |'];
  const page = [
    '溪桥县健康溪桥行动主要目标责任清单',
    ...header,
    '1 |', '人均预期寿命 |', '岁 |', '78.2 |', '≥78.6 |', '≥79.2 |', '县卫健局 |', '县民政局、县医保局 |',
    '2 |', '居民健康素养水平 |', '% |', '23.1 |', '≥28 |', '≥31 |', '县卫健局 |', '县疾控中心 |',
    ...header,
    '3 |', '婴儿死亡率 |', '‰ |', '3.4 |', '≤4.5 |', '持续改善 |', '县卫健局 |', '县妇幼保健院 |',
  ].join('\n');
  it('a task per row with a target per year column, its units from the lead and responsible columns, the header printed again skipped', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.number, t.title, t.departments.lead, t.departments.support])).toEqual([
      ['1', '人均预期寿命', ['县卫健局'], ['县民政局', '县医保局']],
      ['2', '居民健康素养水平', ['县卫健局'], ['县疾控中心']],
      ['3', '婴儿死亡率', ['县卫健局'], ['县妇幼保健院']],
    ]);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => `${x.value}${x.unit} ${x.deadline}`))).toEqual(['78.6岁 到2024年', '79.2岁 到2026年', '28% 到2024年', '31% 到2026年', '4.5‰ 到2024年']);
  });
});

describe('a hospital\'s grouped indicator table, a cell a line, a group\'s cell left empty under its first row', () => {
  const page = [
    '首页 > 医院动态 > 通知公告',
    '石岭县中医院2021年度医疗质量与运行目标',
    '发布日期：2021-01-20',
    '经院长办公会研究，现将我院2021年度主要目标公布如下，请各科室对照落实。',
    '一级指标 |', '二级指标 |', '2021年目标值 |', '责任科室 |',
    '资源配置 |', '开放床位数 |', '达到380张 |', '医务科 |',
    '|', '卫生技术人员 |', '新增30人 |', '人事科 |',
    '医疗效率 |', '平均住院日 |', '≤8.5天 |', '医务科、病案室 |',
    '|', '床位使用率 |', '保持在85%左右 |', '医务科（牵头）、护理部 |',
    '|', '门(急)诊次均费用(元) |', '≤260 |', '财务科 |',
    '备注：',
    '1.全年门急诊人次力争达到18万人次。',
    '2.以上指标按季度考核，12月底前完成年度评价。',
  ].join('\n');
  it('the groups are sections, each row a task with its aim and units; the notes at the foot are no items', () => {
    const d = extractText(page);
    expect(d.title).toBe('石岭县中医院2021年度医疗质量与运行目标');
    expect(d.sections.map((s) => s.title)).toEqual(['资源配置', '医疗效率']);
    expect(d.tasks.map((t) => [t.section, t.title, t.departments.lead, t.departments.support])).toEqual([
      [1, '开放床位数', ['医务科'], []],
      [1, '卫生技术人员', ['人事科'], []],
      [2, '平均住院日', ['医务科', '病案室'], []],
      [2, '床位使用率', ['医务科'], ['护理部']],
      [2, '门(急)诊次均费用', ['财务科'], []],
    ]);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => `${x.comparator}${x.value}${x.unit}`))).toEqual(['>=380张', '=30人', '<=8.5天', '=85%', '<=260元']);
  });
});

describe('an indicator table under an item of the outline that names it (fictional 苇塘区)', () => {
  const text = [
    '苇塘区“十四五”卫生健康事业发展规划',
    '二、发展目标',
    '(一)总体目标。到2025年,居民健康素养水平达到30%以上。',
    '(二)主要指标。',
    '序号  指标  单位  2020年基期值  2025年目标值  属性',
    '1  人均预期寿命  岁  79.1  80  预期性',
    '2  婴儿死亡率  ‰  2.6  ≤3  约束性',
    '',
    '三、主要任务',
    '(一)筑牢公共卫生防线',
    '1.完善疾病预防控制体系。新建区疾控中心实验室1个(区卫健局负责)。',
  ].join('\n');

  it("finishes the item with its rows, numbered or not, and leaves the next heading out of the last row's name", () => {
    const r = read(text);
    expect(r.tasks).toEqual(['一|总体目标', '二|主要指标', '1|完善疾病预防控制体系']);
    expect(r.sections).toEqual(['发展目标', '筑牢公共卫生防线']);
    expect(r.targets).toEqual([
      '1:居民健康素养水平 30 % >= 到2025年',
      '2:人均预期寿命 80 岁 >= 到2025年',
      '2:婴儿死亡率 3 ‰ <= 到2025年',
      '3:区疾控中心实验室 1 个 = -',
    ]);
  });

  it('keeps the rows of a table under a part of the text (`二、主要指标`) as its tasks', () => {
    const r = read(['苇塘区2022年卫生健康工作要点', '二、主要指标', '序号  指标  单位  2021年基期值  2022年目标值  属性', '1  人均预期寿命  岁  79.1  79.4  预期性', '2  婴儿死亡率  ‰  2.6  ≤3  约束性', '三、重点任务', '1.完善疾病预防控制体系。新建区疾控中心实验室1个。'].join('\n'));
    expect(r.tasks).toEqual(['1|人均预期寿命', '2|婴儿死亡率', '1|完善疾病预防控制体系']);
  });
});

describe('an indicator table run into a line with the text around it (fictional 苇塘区)', () => {
  it('parts the header from the item before it and each row after its 属性 cell', () => {
    const text = '苇塘区“十四五”卫生健康规划\n二、发展目标\n(一)总体目标。到2025年,基本建成“15分钟健康服务圈”。(二)主要指标指标名称 单位 2020年 2025年 指标性质 人均预期寿命 岁 79.2 80.5 预期性 居民健康素养水平 % 24 ≥35 预期性 每万常住人口全科医生数 人 3.1 ≥4 约束性\n三、主要任务\n(一)优化资源布局。新增床位300张。';
    const r = read(text);
    expect(r.texts).toEqual(expect.arrayContaining(['新增床位300张']));
    expect(r.targets.filter((t) => /人均预期寿命|居民健康素养水平|全科医生数/.test(t)).map((t) => t.split(' ').slice(0, 4).join(' '))).toEqual([
      expect.stringMatching(/人均预期寿命 80\.5 岁 >=$/),
      expect.stringMatching(/居民健康素养水平 35 % >=$/),
      expect.stringMatching(/每万常住人口全科医生数 4 人 >=$/),
    ]);
  });

  it('leaves a sentence that names a unit and a property by chance as it is', () => {
    const text = '苇塘区2022年卫生健康工作要点\n一、医疗服务\n1.推进指标管理 单位 考核 指标性质 明确预期性 任务。新增床位200张。';
    expect(read(text).texts).toEqual(['新增床位200张']);
  });
});
