import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { recognizeTargets } from '../../src/extract/targets/recognize.js';
import { toJsonValue } from '../../src/report/json.js';
import { defaultVocabulary } from '../../src/vocab/index.js';
import { targetsOf } from '../helpers/index.js';

// Snippets for the fictional 青禾市; each states one of the number forms of plans and summaries.

/** The targets of a snippet standing as the only task of a work summary. */
function achievementsOf(snippet: string) {
  const text = `青禾市卫生健康局2023年工作总结\n一、测试\n1.测试任务。${snippet}`;
  const doc = extractText(text);
  expect(doc.kind).toBe('summary');
  return (doc.tasks[0]?.targets ?? []).map((t) => ({ ...t, sliced: text.slice(t.span.start, t.span.end) }));
}

type Row = readonly [snippet: string, comparator: string, value: number, unit: string, text: string];

describe('a baseline set aside with a per-population unit', () => {
  it('leaves the digits of its unit (/10万) unread', () => {
    const values = recognizeTargets('孕产妇死亡率从14.6/10万下降到12.3/10万。', defaultVocabulary, { kind: 'summary' }).targets.map((t) => [t.figure.value, t.unit]);
    expect(values).toEqual([[12.3, '/10万']]);
  });
});

describe('a figure in 万 that ends in 10 is a lost-slash rate only after a rate', () => {
  it('keeps a count of people in 万 as it is', () => {
    expect(targetsOf('全市常住人口达到2010万。').map((t) => [t.value, t.unit])).toEqual([[20100000, '']]);
  });
});

describe('number forms in plans: one target each', () => {
  it.each<Row>([
    // fractions and 成: a share in percent, computed exactly
    ['全市二级医院中三分之一以上开设日间病房。', '>=', 100 / 3, '%', '全市二级医院中三分之一以上'],
    ['乡镇卫生院中医馆覆盖率达到三分之二。', '>=', 200 / 3, '%', '乡镇卫生院中医馆覆盖率达到三分之二'],
    ['村卫生室医保结算开通率达到四分之三以上。', '>=', 75, '%', '村卫生室医保结算开通率达到四分之三以上'],
    ['八成以上的社区卫生服务中心开设夜间门诊。', '>=', 80, '%', '八成以上的社区卫生服务中心开设夜间门诊'],
    ['青禾市老年友善医院占比超过七成。', '>', 70, '%', '青禾市老年友善医院占比超过七成'],
    ['居民健康素养水平达到百分之三十二。', '>=', 32, '%', '居民健康素养水平达到百分之三十二'],
    // a rate as parts of a base: `10万分之N` is N/10万, `千分之N` is N‰
    ['孕产妇死亡率控制在10万分之10以内。', '<=', 10, '/10万', '孕产妇死亡率控制在10万分之10以内'],
    ['婴儿死亡率控制在千分之4.8以下。', '<=', 4.8, '‰', '婴儿死亡率控制在千分之4.8以下'],
    // 翻番
    ['远程会诊量较上年翻一番。', '=', 2, '倍', '远程会诊量较上年翻一番'],
    ['互联网诊疗人次力争翻两番。', '=', 4, '倍', '互联网诊疗人次力争翻两番'],
    // ratios
    ['按照常住人口1:2000的比例配备健康指导员。', '=', 2000, '', '按照常住人口1:2000的比例配备健康指导员'],
    ['医护比按1∶1.5配置。', '=', 1.5, '', '医护比按1∶1.5配置'],
    // a rate per 100,000 whose `/` a copy lost: a rate is never counted in 万
    ['全市甲乙类传染病报告发病率控制在26010万以内。', '<=', 260, '/10万', '全市甲乙类传染病报告发病率控制在26010万以内'],
    ['孕产妇死亡率控制在1210 万以下。', '<=', 12, '/10万', '孕产妇死亡率控制在1210 万以下'],
    // deltas
    ['儿童青少年近视率较上年降低0.5个百分点以上。', '>=', 0.5, '个百分点', '儿童青少年近视率较上年降低0.5个百分点以上'],
    ['慢病患者签约率提高3个百分点。', '=', 3, '个百分点', '慢病患者签约率提高3个百分点'],
    ['日间手术台次同比增长12%以上。', '>=', 12, '%', '日间手术台次同比增长12%以上'],
    ['基层诊疗量同比增长8%。', '=', 8, '%', '基层诊疗量同比增长8%'],
    // scores
    ['门诊患者满意度测评得分达到92分以上。', '>=', 92, '分', '门诊患者满意度测评得分达到92分以上'],
    // a level with no unit
    ['出生人口性别比控制在110以内。', '<=', 110, '', '出生人口性别比控制在110以内'],
    ['总和生育率保持在1.6左右。', '=', 1.6, '', '总和生育率保持在1.6左右'],
    // 余/多/突破, and a comparator word before the unit
    ['家庭医生签约服务突破50万人。', '>', 500000, '人', '家庭医生签约服务突破50万人'],
    ['健康体检覆盖群众800万以上人次。', '>=', 8000000, '人次', '健康体检覆盖群众800万以上人次'],
    ['年内落实专项补助资金600多万元。', '>', 6000000, '元', '年内落实专项补助资金600多万元'],
    // units of tallies
    ['全年立案查处无证行医案件不少于20件。', '>=', 20, '件', '全年立案查处无证行医案件不少于20件'],
    ['组织专家下乡坐诊不少于3000人日。', '>=', 3000, '人日', '组织专家下乡坐诊不少于3000人日'],
    ['开展家庭急救培训2.4万场次。', '=', 24000, '场次', '开展家庭急救培训2.4万场次'],
    ['人均预期寿命达到80.2岁以上。', '>=', 80.2, '岁', '人均预期寿命达到80.2岁以上'],
    ['院感监测上报率保持100%。', '>=', 100, '%', '院感监测上报率保持100%'],
  ])('%s', (snippet, comparator, value, unit, text) => {
    const targets = targetsOf(snippet);
    expect(targets.map((t) => [t.comparator, t.value, t.unit, t.text])).toEqual([[comparator, value, unit, text]]);
    expect(targets[0]!.sliced).toBe(text);
  });

  it('computes a fraction as 100 × numerator / denominator', () => {
    expect(targetsOf('三分之一以上的专家号源向基层开放。')[0]?.value).toBe(33.333333333333336);
    expect(targetsOf('健康村覆盖率达到三分之二。')[0]?.value).toBe(66.66666666666667);
  });
});

describe('ranges', () => {
  it.each([
    ['重点人群签约率稳定在75%—80%。', 75, 80],
    ['重点人群签约率稳定在75%-80%。', 75, 80],
    ['重点人群签约率稳定在75%～80%。', 75, 80],
  ])('%s is one target with value_max', (snippet, value, max) => {
    const targets = targetsOf(snippet);
    expect(targets.map((t) => [t.comparator, t.value, t.valueMax, t.unit])).toEqual([['>=', value, max, '%']]);
  });

  it('prints value_max in the JSON output, and nothing for a single figure', () => {
    const doc = extractText('2024年青禾市卫生健康工作要点\n一、测试\n1.测试任务。签约率稳定在75%—80%，新增托位200个。');
    const json = toJsonValue(doc) as { tasks: { targets: Record<string, unknown>[] }[] };
    const [range, single] = json.tasks[0]!.targets;
    expect(range).toMatchObject({ value: 75, value_max: 80, comparator: '>=' });
    expect(range).not.toHaveProperty('valueMax');
    expect(single).not.toHaveProperty('value_max');
  });
});

describe('lists', () => {
  it('A、B各建设1个X is one target per name', () => {
    const targets = targetsOf('支持市人民医院、市妇幼保健院各建设1个临床研究中心。');
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([
      ['市人民医院临床研究中心', '=', 1, '个'],
      ['市妇幼保健院临床研究中心', '=', 1, '个'],
    ]);
  });

  it('names sharing one figure with 均 give one target each', () => {
    const targets = targetsOf('基层高血压、糖尿病患者规范管理率均达到66%以上。');
    expect(targets.map((t) => [t.metric, t.comparator, t.value])).toEqual([
      ['基层高血压患者规范管理率', '>=', 66],
      ['糖尿病患者规范管理率', '>=', 66],
    ]);
  });

  it('an elliptical list (省级…3个、市级5个) gives two', () => {
    expect(targetsOf('新增省级中医重点专科3个、市级5个。').map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['=', 3, '个'],
      ['=', 5, '个'],
    ]);
  });

  it('分别不低于 shares its comparator with every item', () => {
    const targets = targetsOf('胸痛、卒中、创伤中心建成率分别不低于70%、75%、85%。');
    expect(targets.map((t) => [t.comparator, t.value])).toEqual([
      ['>=', 70],
      ['>=', 75],
      ['>=', 85],
    ]);
  });

  it('分别达到…和… shares the comparator across 和', () => {
    expect(targetsOf('城乡居民健康档案建档率、电子健康档案开放率分别达到90%和70%。').map((t) => [t.comparator, t.value])).toEqual([
      ['>=', 90],
      ['>=', 70],
    ]);
  });
});

describe('summaries: a tally with a unit is a result without a verb', () => {
  it.each<Row>([
    ['在管慢阻肺患者1.4万人，规范管理率61%。', '=', 14000, '人', '在管慢阻肺患者1.4万人'],
    ['全年查处违规案件37件。', '=', 37, '件', '全年查处违规案件37件'],
    ['罚没款41.5万元。', '=', 415000, '元', '罚没款41.5万元'],
    ['辖区医疗机构总数862家。', '=', 862, '家', '辖区医疗机构总数862家'],
    ['全年总诊疗人次2105万。', '=', 21050000, '', '全年总诊疗人次2105万'],
    ['下沉专家坐诊1.6万余人次。', '>', 16000, '人次', '下沉专家坐诊1.6万余人次'],
    ['节省群众就医费用500多万元。', '>', 5000000, '元', '节省群众就医费用500多万元'],
    ['健康码申领人数突破180万。', '>', 1800000, '', '健康码申领人数突破180万'],
    ['3名护士入选省级护理人才培养项目。', '=', 3, '名', '3名护士入选省级护理人才培养项目'],
  ])('%s', (snippet, comparator, value, unit, text) => {
    const targets = achievementsOf(snippet);
    const t = targets.find((x) => x.value === value);
    expect(t && [t.kind, t.comparator, t.unit, t.text]).toEqual(['achievement', comparator, unit, text]);
    expect(t!.sliced).toBe(text);
  });

  it('the 2 of 2型糖尿病 is no figure; the tally after it is', () => {
    const targets = achievementsOf('管理高血压患者3.3万人、2型糖尿病患者1.1万人。');
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [33000, '人'],
      [11000, '人'],
    ]);
    expect(targets[1]!.metric).toBe('2型糖尿病患者');
  });

  it('total visits and a growth rate in one sentence', () => {
    expect(achievementsOf('总诊疗287.4万人次，同比增加2.3%。').map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['=', 2874000, '人次'],
      ['=', 2.3, '%'],
    ]);
  });

  it('a change with no name of its own is named after the figure before it', () => {
    expect(achievementsOf('出院病人3.1万人次，同比增长2.2%。').map((t) => t.metric)).toEqual(['出院病人', '出院病人同比增长']);
  });

  it('names what was counted, not the verbs before it', () => {
    expect(achievementsOf('积极参与并妥善处置26起突发公共卫生事件。').map((t) => t.metric)).toEqual(['突发公共卫生事件']);
    expect(achievementsOf('立案查处非法行医案件19件。').map((t) => t.metric)).toEqual(['非法行医案件']);
    expect(achievementsOf('全年召开3次疫情形势研判会。').map((t) => t.metric)).toEqual(['疫情形势研判会']);
  });

  it("leaves out the year's aim a progress report restates before its result, and names a rate a verb opens", () => {
    expect(achievementsOf('全年目标任务签约重点人群5.2万人，1-9月已签约4.6万人。').map((t) => [t.metric, t.value])).toEqual([['签约', 46000]]);
    expect(achievementsOf('听力筛查4210人，筛查率均在98%以上。').map((t) => [t.metric, t.comparator, t.value])).toEqual([
      ['听力', '=', 4210],
      ['筛查率', '>=', 98],
    ]);
    expect(targetsOf('全年目标任务签约重点人群5.2万人。').map((t) => t.value)).toEqual([52000]);
  });

  it.each([
    ['年初计划新建村卫生室40个，实际建成43个。', [43]],
    ['年初计划完成宫颈癌筛查5万人、乳腺癌筛查4万人，实际分别完成5.3万人、4.1万人。', [53000, 41000]],
    ['原计划投资2.1亿元，已完成投资2.4亿元。', [240000000]],
    // No word for the plan before it: the result named after it says so.
    ['按照年度安排，全县新建健康小屋60个，实际建成64个。', [64]],
    ['2023年，我市将妇幼健康列入十件民生实事：免费产前筛查2万人，新生儿听力筛查率达到95%。全年完成产前筛查2.3万人。', [23000]],
  ])('leaves out the plan a report quotes beside what was done: %s', (snippet, values) => {
    expect(achievementsOf(snippet).map((t) => t.value)).toEqual(values);
  });

  it('leaves out the level a change is measured against (`较上年4.71‰下降了…`) and keeps the list a 、 parts', () => {
    expect(achievementsOf('全市婴儿死亡率为3.92‰，较上年4.30‰下降了8.8%。').map((t) => [t.value, t.unit])).toEqual([
      [3.92, '‰'],
      [8.8, '%'],
    ]);
    expect(achievementsOf('门急诊人次较去年同期增长6.5%。').map((t) => t.metric)).toEqual(['门急诊人次']);
    expect(achievementsOf('全年完成宫颈癌筛查3.2万人、乳腺癌筛查2.9万人。').map((t) => t.metric)).toEqual(['宫颈癌', '乳腺癌']);
  });

  it('reads a change in years over the year before, named after the measure it changes', () => {
    expect(achievementsOf('居民人均预期寿命达到80.1岁，比上年提高0.3岁。').map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([
      ['居民人均预期寿命', '>=', 80.1, '岁'],
      ['居民人均预期寿命提高', '=', 0.3, '岁'],
    ]);
    expect(achievementsOf('为60岁以上老年人免费体检3.1万人次。').map((t) => t.unit)).toEqual(['人次']);
  });

  it('reads a change stated in a bracket after a figure, and a negative figure after a measure', () => {
    expect(achievementsOf('全市床位3.12万张，比上年增加980张（增长3.2%）。').map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['=', 31200, '张'],
      ['=', 980, '张'],
      ['=', 3.2, '%'],
    ]);
    expect(achievementsOf('全市人口自然增长率-0.86‰。').map((t) => [t.metric, t.value, t.unit])).toEqual([['人口自然增长率', -0.86, '‰']]);
    expect(targetsOf('床位使用率保持在85%-90%。').map((t) => t.value)).toEqual([85]);
  });

  it('reads a level a summary reports with 为 after the measure, with or without a unit', () => {
    expect(achievementsOf('全县出生人口性别比为105.8，人均预期寿命为79.6岁。').map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([
      ['出生人口性别比', '=', 105.8, ''],
      ['人均预期寿命', '=', 79.6, '岁'],
    ]);
    expect(targetsOf('以乡镇为单位开展培训。')).toEqual([]);
  });

  it('reads a ratio or an index a summary names right before its figure (性别比107.6)', () => {
    expect(achievementsOf('全年出生人口2.48万人，出生人口性别比107.6。').map((t) => [t.metric, t.comparator, t.value, t.unit])).toContainEqual(['出生人口性别比', '=', 107.6, '']);
    expect(targetsOf('出生人口性别比107.6，控制在合理范围。')).toEqual([]);
  });

  it('names what was counted when who set the figure stands between the verb and it (省定, 市下达)', () => {
    expect(achievementsOf('提前完成省定180张重症床位建设任务。').map((t) => [t.metric, t.value, t.unit])).toEqual([['重症床位建设任务', 180, '张']]);
    expect(achievementsOf('完成市下达12家村卫生室改造任务。').map((t) => [t.metric, t.value])).toEqual([['村卫生室改造任务', 12]]);
  });

  it('a plan does not take a bare tally as a target', () => {
    expect(targetsOf('辖区医疗机构总数862家。')).toEqual([]);
    const { targets } = recognizeTargets('辖区医疗机构总数862家。', defaultVocabulary, { kind: 'plan' });
    expect(targets).toEqual([]);
    expect(recognizeTargets('辖区医疗机构总数862家。', defaultVocabulary, { kind: 'summary' }).targets.map((t) => t.figure.value)).toEqual([862]);
  });
});

describe('summaries keep the not-target rules', () => {
  it.each([
    '围绕"2+6+9"医联体布局推进改革。',
    '4名医师入选第七批名中医传承项目，获评"2022年度全省改善医疗服务示范单位"。',
    '健康素养水平(目标值35%)稳步提升。',
    '65岁以上老年人健康管理工作有序推进。',
    '开通12320卫生热线。',
    '组织学习《青禾市卫生健康事业发展规划(2021—2025年)》。',
    '2023年3月底前完成摸底。',
    '推荐第三批基层骨干参加培训。',
    '全年报告传染病9类。',
    '孕产妇死亡率为零。',
    '我市累计报告病例x人，死亡x人。',
  ])('%s', (snippet) => {
    const values = achievementsOf(snippet).map((t) => t.text);
    // `4名医师入选…` is a result; nothing else in these lines is.
    expect(values.filter((t) => !t.startsWith('4名'))).toEqual([]);
  });

  it('keeps the result and drops the quoted past target', () => {
    expect(achievementsOf('健康素养水平达到36.1%(目标值35%)。').map((t) => t.value)).toEqual([36.1]);
  });
});

describe('number forms that are not figures', () => {
  it.each([
    '按时完成统一成立医共体理事会的工作。',
    '形成三成员联动机制。',
    '上午8:30开诊。',
    '实行1:1配套。',
  ])('%s', (snippet) => {
    expect(targetsOf(snippet).map((t) => [t.text, t.value])).toEqual([]);
  });
});
