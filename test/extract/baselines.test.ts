import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { recognizeTargets } from '../../src/extract/targets/recognize.js';
import { defaultVocabulary } from '../../src/vocab/index.js';
import { targetsOf } from '../helpers/index.js';

// Fictional snippets for 溪岚县: the level a change starts from, and figures quoted beside a result.

function achievementsOf(snippet: string) {
  const text = `溪岚县卫生健康局2023年工作总结\n一、测试\n1.测试任务。${snippet}`;
  return (extractText(text).tasks[0]?.targets ?? []).map((t) => ({ ...t, sliced: text.slice(t.span.start, t.span.end) }));
}

type Row = readonly [snippet: string, metric: string, comparator: string, value: number, unit: string, text: string];

describe('由X提高到Y: only Y is a figure', () => {
  it.each<Row>([
    ['每千人口执业医师数由2.83人提高到3.05人。', '每千人口执业医师数', '>=', 3.05, '人', '每千人口执业医师数由2.83人提高到3.05人'],
    ['门诊抗菌药物使用率从18%下降到15%。', '门诊抗菌药物使用率', '<=', 15, '%', '门诊抗菌药物使用率从18%下降到15%'],
    ['健康素养水平由2022年的31.4%提升至34.2%。', '健康素养水平', '>=', 34.2, '%', '健康素养水平由2022年的31.4%提升至34.2%'],
    ['家庭医生团队由上年的96个增至110个。', '家庭医生团队', '>=', 110, '个', '家庭医生团队由上年的96个增至110个'],
  ])('in a plan: %s', (snippet, metric, comparator, value, unit, text) => {
    expect(targetsOf(snippet).map((t) => [t.metric, t.comparator, t.value, t.unit, t.sliced])).toEqual([[metric, comparator, value, unit, text]]);
  });

  it.each<Row>([
    ['每千人口床位数由5.12张提高到5.40张。', '每千人口床位数', '>=', 5.4, '张', '每千人口床位数由5.12张提高到5.40张'],
    ['孕产妇系统管理率从91.2%提高到93.5%。', '孕产妇系统管理率', '>=', 93.5, '%', '孕产妇系统管理率从91.2%提高到93.5%'],
  ])('in a summary the comparator follows the wording: %s', (snippet, metric, comparator, value, unit, text) => {
    expect(achievementsOf(snippet).map((t) => [t.metric, t.comparator, t.value, t.unit, t.sliced])).toEqual([[metric, comparator, value, unit, text]]);
  });

  it('the baseline is rejected as such', () => {
    const { rejected } = recognizeTargets('床位使用率由78%提高到84%。', defaultVocabulary);
    expect(rejected.map((r) => [r.raw, r.rule])).toContainEqual(['78', 'baseline']);
  });

  it('从 and 由 that start no change leave the figure alone', () => {
    expect(targetsOf('从业人员培训完成1200人。').map((t) => t.value)).toEqual([1200]);
    expect(targetsOf('由县财政投入资金300万元。').map((t) => t.value)).toEqual([3000000]);
  });
});

describe('a bracket after a reported figure quotes another for comparison', () => {
  it.each([
    ['产前筛查率达到93.6%（市定目标值90%）。', 93.6],
    ['肺结核患者成功治疗率96.2%（2022年为94.8%）。', 96.2],
    ['招聘紧缺人才23名（目标任务20名）。', 23],
    ['门急诊人次增长6.1%（上年同期为4.3%）。', 6.1],
    ['适龄儿童接种率98.5%以上(省考核值95%)。', 98.5],
  ])('%s', (snippet, value) => {
    expect(achievementsOf(snippet).map((t) => t.value)).toEqual([value]);
  });

  it('the result keeps its name and its text stops before the bracket', () => {
    expect(achievementsOf('产前筛查率达到93.6%（市定目标值90%）。').map((t) => [t.metric, t.sliced])).toEqual([['产前筛查率', '产前筛查率达到93.6%']]);
  });

  it('a breakdown in brackets, or a bracket after a year, is not a comparison', () => {
    expect(targetsOf('建成示范村卫生室12个（其中省级4个）。').map((t) => t.value)).toEqual([12, 4]);
    expect(targetsOf('到2025年（力争新建8家）。').map((t) => t.value)).toEqual([8]);
  });
});

describe('an aim, then what was done after a label', () => {
  const report = (task: string) => extractText(`溪岚县卫生健康局2024年上半年重点工作进展情况\n1.${task}`).tasks[0]!.targets.map((t) => [t.value, t.kind]);

  it.each([
    ['新建村卫生室12个。完成情况：已建成7个。', [[12, 'target'], [7, 'achievement']]],
    ['全年签约率达到70%。进展情况：签约率65.3%，同比提高2个百分点。', [[70, 'target'], [65.3, 'achievement'], [2, 'achievement']]],
  ] as const)('%s', (task, expected) => {
    expect(report(task)).toEqual(expected);
  });

  it('leaves out an aim a year\'s report labels as the year\'s task (目标任务：…), and keeps it as a target part way through the year', () => {
    const task = '1.基层提质。目标任务：完成8家卫生院改造。完成情况：8家全部完工，完成率100%。';
    const figures = (title: string) => extractText(`${title}\n${task}`).tasks[0]!.targets.map((t) => [t.value, t.kind]);
    expect(figures('溪岚县卫生健康局2024年度重点工作完成情况报告')).toEqual([[8, 'achievement'], [100, 'achievement']]);
    expect(figures('溪岚县卫生健康局2024年上半年重点工作推进情况')).toEqual([[8, 'target'], [8, 'achievement'], [100, 'achievement']]);
    expect(figures('溪岚县卫生健康局2024年1-9月重点工作进展情况')).toEqual([[8, 'target'], [8, 'achievement'], [100, 'achievement']]);
    expect(figures('溪岚县卫生健康局2024年重点任务推进台账（截至6月30日）')).toEqual([[8, 'target'], [8, 'achievement'], [100, 'achievement']]);
    expect(figures('溪岚县卫生健康局2024年重点任务推进台账（截至12月31日）')).toEqual([[8, 'achievement'], [100, 'achievement']]);
  });

  it('reads a plan\'s sentences that look back (`过去一年，…`, `答：2021年，…`) as results, until one turns to the year\'s work', () => {
    const d = extractText('石岭县2022年卫生健康工作要点\n一、重点工作\n1.回顾与部署。过去一年，全县新建村卫生室12个。县域内就诊率达到88.6%。今年要新建村卫生室20个。\n2.主要目标。答：2021年，全县人均预期寿命达到78.9岁。2022年，人均预期寿命达到79.2岁。');
    expect(d.tasks.flatMap((t) => t.targets.map((x) => [x.value, x.kind]))).toEqual([[12, 'achievement'], [88.6, 'achievement'], [20, 'target'], [78.9, 'achievement'], [79.2, 'target']]);
  });

  it('reads what a plan says the five-year period before it did (`“十二五”时期，…`) as results, and its own period ahead as targets', () => {
    const figures = (text: string) => extractText(text).tasks.flatMap((t) => t.targets.map((x) => [x.value, x.kind]));
    expect(figures('溪岚省2016年卫生计生工作要点\n一、总体目标\n1.主要指标。据了解,“十二五”时期,全省人均预期寿命由75.9岁提高到77.1岁。到2020年,人均预期寿命达到78岁。')).toEqual([[77.1, 'achievement'], [78, 'target']]);
    expect(figures('溪岚省2019年卫生健康工作要点\n一、总体目标\n1.主要指标。“十三五”以来,全省新建村卫生室320个。今年新建村卫生室60个。')).toEqual([[320, 'achievement'], [60, 'target']]);
    expect(figures('溪岚省2021年卫生健康工作要点\n一、总体目标\n1.主要指标。“十四五”时期,全省每千人口床位数达到7张。')).toEqual([[7, 'target']]);
  });

  it('reads a speaker\'s sum-up of the year before (`他总结了2024年…成绩：…`) as results, the plan\'s own year after it as targets', () => {
    const d = extractText('溪岚市人民医院召开2025年工作会议\n发布时间：2025-1-17\n随后，院长作讲话。他总结了2024年医院取得的成绩：全年门急诊量达到86.4万人次；平均住院日降至7.8天。2025年医院将重点抓好三方面工作：\n一是推进学科建设，新增省级临床重点专科1个。\n二是提升医疗质量，平均住院日控制在7.5天以内。\n三是强化人才，引进博士不少于12名。');
    expect(d.overview.map((x) => [x.value, x.kind])).toEqual([[864000, 'achievement'], [7.8, 'achievement']]);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => x.kind))).toEqual(['target', 'target', 'target']);
  });

  it('reads the figures of a plan\'s part on its problems (`一、上半年存在的主要问题`) as where the work stands', () => {
    const d = extractText('溪桥镇2018年下半年基本公共卫生工作计划 下半年我镇将围绕年度目标抓好以下工作。一、上半年存在的主要问题:1、健康档案:动态使用率仅为31%。2、老年人体检:上半年仅完成年度任务的42.6%。二、下半年的工作目标:1、居民电子健康档案建档率达到85%以上。2、65岁以上老年人健康管理率达到70%。');
    expect(d.title).toBe('溪桥镇2018年下半年基本公共卫生工作计划');
    expect(d.tasks.flatMap((t) => t.targets.map((x) => [x.value, x.kind]))).toEqual([[31, 'achievement'], [42.6, 'achievement'], [85, 'target'], [70, 'target']]);
  });

  it('reads what a report recommends or aims at (`建议…`, `力争…`) as targets, a proposal handled (`人大代表建议21件`) as a result', () => {
    const d = extractText('石岭县人大常委会关于全县基本公共卫生服务项目实施情况的视察报告\n一、基本情况\n全县居民电子健康档案建档率达到86.5%。办理人大代表建议21件。\n二、意见建议\n要加大投入，建议县财政每年安排配套资金不少于200万元。力争到年底每万名居民拥有2名以上全科医生。');
    expect(d.kind).toBe('summary');
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => [x.value, x.kind])).toEqual(expect.arrayContaining([[86.5, 'achievement'], [21, 'achievement'], [2000000, 'target'], [2, 'target']]));
  });

  it('reads a report\'s sentence set for a year a copy masked (`到20xx年底…`) as targets, the rest as results', () => {
    const d = extractText('石岭县卫生计生局2016年工作总结\n一、主要工作\n1、妇幼健康。全县孕产妇系统管理率为91.3%。到20xx年底住院分娩率达到98%以上;农村孕产妇住院分娩补助1200人。');
    expect(d.kind).toBe('summary');
    expect(d.tasks.flatMap((t) => t.targets.map((x) => [x.value, x.kind]))).toEqual([[91.3, 'achievement'], [98, 'target'], [1200, 'target']]);
  });

  it('reads the figures of what a progress report plans for the next period (下步安排：) as targets again', () => {
    const d = extractText('溪岚县2024年第三季度重点工作进展情况\n1.新建村卫生室20个。完成情况：已建成14个。下步安排：12月底前再建成6个。');
    expect(d.tasks[0]!.targets.map((t) => [t.value, t.kind, t.deadline])).toEqual([[20, 'target', null], [14, 'achievement', null], [6, 'target', '12月底前']]);
  });

  it('reads a field named in brackets (【目标任务】, 【责任单位】, 【推进情况】) as a labelled field', () => {
    const d = extractText('溪岚县卫生健康局2024年上半年重点工作推进情况\n1.托育服务\n【目标任务】新增托位300个。\n【责任单位】县卫健局人口家庭科\n【推进情况】新增托位320个。');
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.targets.map((x) => [x.value, x.kind])])).toEqual([['托育服务', ['县卫健局人口家庭科'], [[300, 'target'], [320, 'achievement']]]]);
  });

  it.each([
    ['新建村卫生室12个。截至3月底进展：已建成7个。', [[12, 'target'], [7, 'achievement']]],
    ['新建村卫生室12个。目前进展：已建成7个。', [[12, 'target'], [7, 'achievement']]],
    ['新建村卫生室12个。落实情况：已建成7个。', [[12, 'target'], [7, 'achievement']]],
  ] as const)('reads the results after a dated progress label: %s', (task, expected) => {
    expect(report(task)).toEqual(expected);
  });

  it('leaves a report without the label as it was: every figure a result', () => {
    expect(report('已建成村卫生室7个，签约率65.3%。')).toEqual([[7, 'achievement'], [65.3, 'achievement']]);
  });
});

describe('a page of half a year\'s results and the half to come, its title repeated over the first part', () => {
  const page = [
    '溪岚区卫生健康局上半年总结及下半年计划',
    '简介：小编为你整理了这篇《溪岚区卫生健康局上半年总结及下半年计划》。',
    '第一篇:溪岚区卫生健康局上半年总结及下半年计划',
    '',
    '溪岚区卫生健康局上半年总结及下半年计划',
    '今年上半年，溪岚区卫生健康局统筹抓好各项工作，现将上半年工作汇报如下：',
    '（一）、疫苗接种有序推进。全区设置固定接种点12个，累计接种4.2万剂次。',
    '（二）、基层服务能力提升。新增家庭医生团队9个。',
    '下半年工作计划',
    '（一）、巩固接种成果。年底前全程接种率达到85%以上。',
  ].join('\n');

  it('reads the first part as results, though its heading names the plan too, and the later part as targets', () => {
    expect(extractText(page).tasks.map((t) => t.targets.map((x) => `${x.kind}|${x.value}`))).toEqual([['achievement|12', 'achievement|42000'], ['achievement|9'], ['target|85']]);
  });
});

describe("a work conference's news: last year's results in points under a lead-in that names the year, then what was set", () => {
  const page = [
    '石岭市召开2025年卫生健康工作会议',
    '2月20日，我市召开2025年卫生健康工作会议，总结2024年工作，部署2025年重点任务。',
    '会议指出，2024年全市卫健系统各项工作取得明显成效，主要体现在四个方面：一是医疗服务能力稳步提升，新增省级临床重点专科3个；二是公共卫生防线持续筑牢，新建标准化预防接种门诊5个；三是基层网底不断夯实，完成8家乡镇卫生院提质改造；四是民生实事全面落地，免费“两癌”筛查9600人。',
    '会议强调，2025年是“十四五”规划收官之年，力争全市人均预期寿命达到79.5岁，新增三级医院1家。',
    '会上，市中医医院作了经验交流发言。',
  ].join('\n');

  it("reads the points as results, and the paragraph of what the meeting set as targets, no point's text", () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => t.targets.map((x) => `${x.kind}|${x.value}`))).toEqual([['achievement|3'], ['achievement|5'], ['achievement|8'], ['achievement|9600']]);
    expect(d.overview.map((x) => `${x.kind}|${x.value}`)).toEqual(['target|79.5', 'target|1']);
  });

  it('keeps a plan\'s items targets where its lead-in looks back first and then turns to the year (2024年，…。2025年，…如下：)', () => {
    const plan = '溪岚镇卫生院2025年工作计划\n2024年，我院较好地完成了各项工作任务。2025年，我院将继续提升服务能力，现将全年工作计划如下：\n一、抓好基本医疗。全年完成门急诊3万人次。\n二、做实公共卫生。老年人健康管理率达到70%。';
    expect(extractText(plan).tasks.map((t) => t.targets.map((x) => x.kind))).toEqual([['target'], ['target']]);
  });
});

describe("a director's year-end report in the news: the year's results in points, then next year's in points after a lead-in", () => {
  const page = [
    '溪桥县卫健局局长年度述职：2024年全县卫生健康工作交出“民生答卷”',
    '1月8日，溪桥县2024年度县直部门主要负责人述职评议会召开，县卫生健康局局长作年度述职。',
    '述职报告显示，2024年，县卫生健康局全年各项目标任务全面完成。一是医共体建设走深走实，县域内就诊率达到90.8%；二是公共卫生服务提质扩面，居民电子健康档案建档率达到92.6%；三是“一老一小”服务持续完善，新增普惠托位380个；四是人才队伍不断壮大，全年招聘卫生专业技术人员110名。',
    '关于2025年工作，局长表示，县卫生健康局将重点抓好四个方面：一是推进县人民医院创建三级医院，新增市级临床重点专科2个；二是实施基层能力提升行动，完成12个村卫生室标准化建设；三是深化健康溪桥行动，居民健康素养水平达到32%以上；四是加强人才引育，招聘卫生专业技术人员100名。',
  ].join('\n');

  it('reads the page as a summary, the first points as results and the points of the next year as targets', () => {
    const d = extractText(page);
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => t.targets.map((x) => `${x.kind}|${x.value}`))).toEqual([
      ['achievement|90.8'], ['achievement|92.6'], ['achievement|380'], ['achievement|110'],
      ['target|2'], ['target|12'], ['target|32'], ['target|100'],
    ]);
  });
});

describe("a half-year report in 一是…五是 paragraphs, closing on what comes next (fictional 溪桥县)", () => {
  const page = [
    '溪桥县卫生监督所2022年上半年工作综述',
    '上半年,县卫生监督所在县卫健局的统一部署下,重点做了以下工作:',
    '一是“双随机”抽查提速增效。抽查任务完成率达到80%。',
    '二是医疗卫生监督全覆盖。检查医疗机构280家次。',
    '三是学校卫生监督有序开展。饮用水卫生合格率达到98%。',
    '四是公共场所量化分级管理全面推进。完成量化分级评定150家。',
    '下一步,县卫生监督所将确保年底前抽查任务完成率达到100%。',
  ].join('\n');

  it("keeps the closing paragraph out of the last point: its figure a target of the page, the points' results", () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => t.targets.map((x) => `${x.kind}|${x.value}`))).toEqual([['achievement|80'], ['achievement|280'], ['achievement|98'], ['achievement|150']]);
    expect(d.overview.map((x) => `${x.kind}|${x.value}`)).toEqual(['target|100']);
  });
});

describe('in a plan, where things stand now and how far this year has come are no targets (fictional 溪岚县)', () => {
  const plan = (overview: string) => `溪岚县2024年新农合工作安排\n${overview}\n一、抓好筹资\n1.完成筹资。参合率稳定在98%以上。`;

  it.each([
    ['目前，全县新农合覆盖12个乡镇，参合率达98.6%。', ['achievement', 'achievement']],
    ['据了解，截至目前全县参合农民21.4万人。', ['achievement']],
    ['2023年参合农民21.4万人。今年1至9月，基金支出1.26亿元，受益群众达31万人次。', ['achievement', 'achievement', 'achievement']],
    ['今年以来，全县新增定点医疗机构6家。', ['achievement']],
    ['今年1至9月，全县基金支出1.26亿元。', ['achievement']],
    ['会议指出，健康溪岚行动启动以来，全县已建成健康促进学校46所。', ['achievement']],
    ['今年，全县参合率要达到99%。', ['target']],
  ])('%s', (overview, kinds) => {
    const d = extractText(plan(overview));
    expect(d.overview.map((t) => t.kind)).toEqual(kinds);
    expect(d.tasks[0]!.targets.map((t) => t.kind)).toEqual(['target']);
  });
});

describe("a template plan's preface: a masked year's results, then the sentence that makes the plan (fictional 溪岚县人民医院)", () => {
  const plan = (preface: string) => `溪岚县人民医院2019年工作计划\n${preface}\n一、主要目标\n门诊量同比增长6%以上。`;

  it.each([
    ['20xx年，我院门诊量达到31.2万人次，同比增长7.4%。为做好20xx年各项工作，特制定本计划。', ['achievement', 'achievement']],
    ['20XX年，全院完成手术6200台次。新的一年，特制定如下计划。', ['achievement']],
    // The sentence that makes the plan sets what it names, and a masked year's aim is the plan's.
    ['20xx年，我院门诊量达到31.2万人次。为实现门诊量增长6%的目标，特制定本计划。', ['achievement', 'target']],
    ['20xx年，我院力争门诊量达到33万人次。为此，特制定本计划。', ['target']],
    // No sentence that makes the plan: the masked year may be the plan's own.
    ['20xx年，全院门诊量达到33万人次。', ['target']],
  ])('%s', (preface, kinds) => {
    const d = extractText(plan(preface));
    expect(d.overview.map((t) => t.kind)).toEqual(kinds);
    expect(d.tasks[0]!.targets.map((t) => t.kind)).toEqual(['target']);
  });
});

describe("a summary's closing sentence of what its writers will go on doing (fictional 溪桥区)", () => {
  it('sets targets, whatever year a copy wrote before it', () => {
    const d = extractText('溪桥区2012年地方病防治工作总结\n一、碘盐监测\n1.监测。合格碘盐食用率达到96.2%。\n2025年，我们将继续巩固防治成果，确保合格碘盐食用率稳定在90%以上。');
    expect([...d.tasks.flatMap((t) => t.targets), ...d.overview].map((x) => [x.value, x.kind])).toEqual([[96.2, 'achievement'], [90, 'target']]);
  });
});
