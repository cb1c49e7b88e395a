import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { targetsOf } from '../helpers/index.js';

interface Case {
  readonly input: string;
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly comparator: string;
}

const one = (input: string, text: string, comparator: string, value: number, unit: string): Case => ({ input, text, comparator, value, unit });

describe('one target per snippet: text, value, unit, comparator', () => {
  it.each([
    // >=
    one('健康军营建设率不低于60%。', '健康军营建设率不低于60%', '>=', 60, '%'),
    one('引进硕士研究生不少于8人。', '引进硕士研究生不少于8人', '>=', 8, '人'),
    // A plan sets a level of none with 为; other figures after 为 in a plan tell where the work starts.
    one('院内感染暴发事件发生率为0。', '院内感染暴发事件发生率为0', '=', 0, ''),
    // Livestock a schistosomiasis plan counts; `一头` in words counts nothing.
    one('完成耕牛查病不少于3000头次。', '完成耕牛查病不少于3000头次', '>=', 3000, '头次'),
    one('全年淘汰病牛150头。', '全年淘汰病牛150头', '=', 150, '头'),
    // Booklets, and thousands a typesetter parted by a space.
    one('发放健康教育手册2400本。', '发放健康教育手册2400本', '=', 2400, '本'),
    one('发放《母子健康手册》3 120本。', '发放《母子健康手册》3 120本', '=', 3120, '本'),
    // Blood collected.
    one('献血总量达到96000毫升。', '献血总量达到96000毫升', '>=', 96000, '毫升'),
    // What a campaign for clean towns delivers.
    one('整治背街小巷24条。', '整治背街小巷24条', '=', 24, '条'),
    one('全年清理卫生死角90处。', '全年清理卫生死角90处', '=', 90, '处'),
    one('犬只免疫不少于8000只。', '犬只免疫不少于8000只', '>=', 8000, '只'),
    // A snail survey's square metres and the density it aims at.
    one('全年查螺不少于150万m2。', '全年查螺不少于150万m2', '>=', 1500000, 'm2'),
    one('药物灭螺不少于60万㎡。', '药物灭螺不少于60万㎡', '>=', 600000, '㎡'),
    one('活螺平均密度降至0.01只/0.1m2以下。', '活螺平均密度降至0.01只/0.1m2以下', '<=', 0.01, '只/0.1m2'),
    one('全年查螺120万m2。', '全年查螺120万m2', '=', 1200000, 'm2'),
    one('每个乡镇卫生院至少建设1个特色科室。', '每个乡镇卫生院至少建设1个特色科室', '>=', 1, '个'),
    // 至少 reaches over a verb and its object to the figure.
    one('每个村卫生室至少配备康复理疗设备4种。', '每个村卫生室至少配备康复理疗设备4种', '>=', 4, '种'),
    one('每个街道至少建成健康步道2条。', '每个街道至少建成健康步道2条', '>=', 2, '条'),
    one('招收农村订单定向医学生120名。', '招收农村订单定向医学生120名', '=', 120, '名'),
    // Rules and plans are counted things a body writes: 修订 commits to them (编制 is as often the noun of 编制人数).
    one('年内修订区级卫生应急专项预案5个。', '年内修订区级卫生应急专项预案5个', '=', 5, '个'),
    one('制修订基层医疗机构管理制度12项。', '制修订基层医疗机构管理制度12项', '=', 12, '项'),
    one('为12万名农村妇女补服叶酸。', '为12万名农村妇女补服叶酸', '=', 120000, '名'),
    // A synonym spinner writes 达到 as 到达.
    one('传染病报告及时率均到达100%。', '传染病报告及时率均到达100%', '>=', 100, '%'),
    one('年内区级健康企业达到10家以上。', '年内区级健康企业达到10家以上', '>=', 10, '家'),
    one('全市健康素养水平达到19%。', '全市健康素养水平达到19%', '>=', 19, '%'),
    one('健康家庭建设率力争达到20%以上。', '健康家庭建设率力争达到20%以上', '>=', 20, '%'),
    one('预约就诊率达70%。', '预约就诊率达70%', '>=', 70, '%'),
    one('医疗卫生机构床位数增至3200张。', '医疗卫生机构床位数增至3200张', '>=', 3200, '张'),
    one('新建30余家智慧药房。', '新建30余家智慧药房', '>', 30, '家'),
    one('电子病历系统应用水平达到4级。', '电子病历系统应用水平达到4级', '>=', 4, '级'),
    one('培训骨干100多名。', '培训骨干100多名', '>', 100, '名'),
    one('新建三十余家智慧药房。', '新建三十余家智慧药房', '>', 30, '家'),
    one('培训乡村医生两千人次。', '培训乡村医生两千人次', '=', 2000, '人次'),
    one('家庭医生团队扩大至120个。', '家庭医生团队扩大至120个', '>=', 120, '个'),
    one('门诊输液率压降至15%。', '门诊输液率压降至15%', '<=', 15, '%'),
    one('平均候诊时间减少到20分钟。', '平均候诊时间减少到20分钟', '<=', 20, '分钟'),
    one('开展健康素养进文化礼堂活动500场以上。', '开展健康素养进文化礼堂活动500场以上', '>=', 500, '场'),
    one('全民健康素养水平提高到百分之九十。', '全民健康素养水平提高到百分之九十', '>=', 90, '%'),
    one('门诊量≥3000人次。', '门诊量≥3000人次', '>=', 3000, '人次'),
    // >
    one('基层就诊率超过65%。', '基层就诊率超过65%', '>', 65, '%'),
    one('床位使用率高于85%。', '床位使用率高于85%', '>', 85, '%'),
    // <=
    one('甲乙类传染病发病率控制在280/10万以内。', '甲乙类传染病发病率控制在280/10万以内', '<=', 280, '/10万'),
    one('出车到达现场10分钟以内。', '出车到达现场10分钟以内', '<=', 10, '分钟'),
    one('孕产妇死亡率不超过10/10万。', '孕产妇死亡率不超过10/10万', '<=', 10, '/10万'),
    one('婴儿死亡率降至3‰。', '婴儿死亡率降至3‰', '<=', 3, '‰'),
    one('平均住院日降到8天。', '平均住院日降到8天', '<=', 8, '天'),
    one('药占比在30%以下。', '药占比在30%以下', '<=', 30, '%'),
    // <
    one('5岁以下儿童死亡率低于5‰。', '5岁以下儿童死亡率低于5‰', '<', 5, '‰'),
    one('抗菌药物使用率少于40%。', '抗菌药物使用率少于40%', '<', 40, '%'),
    // =
    one('新购置流动医疗服务车12台。', '新购置流动医疗服务车12台', '=', 12, '台'),
    one('为乡镇卫生院采购救护车5辆。', '为乡镇卫生院采购救护车5辆', '=', 5, '辆'),
    one('储备可转换重症床位120张。', '储备可转换重症床位120张', '=', 120, '张'),
    one('新建乡镇卫生院业务用房4栋。', '新建乡镇卫生院业务用房4栋', '=', 4, '栋'),
    one('新建县疾控中心业务楼一座。', '新建县疾控中心业务楼一座', '=', 1, '座'),
    one('床位规模扩至800张。', '床位规模扩至800张', '>=', 800, '张'),
    one('全年更换宣传栏12期。', '全年更换宣传栏12期', '=', 12, '期'),
    one('年底前完成剩余12家。', '年底前完成剩余12家', '=', 12, '家'),
    one('新增2家普惠托育机构。', '新增2家普惠托育机构', '=', 2, '家'),
    one('在开发区新建6万管/日的核酸检测基地。', '在开发区新建6万管/日的核酸检测基地', '=', 60000, '管/日'),
    one('完成招商引资到位资金3亿元。', '完成招商引资到位资金3亿元', '=', 300000000, '元'),
    one('全面完成免费孕前优生健康检查1800对。', '全面完成免费孕前优生健康检查1800对', '=', 1800, '对'),
    one('全市培训50名安宁疗护医护人员。', '全市培训50名安宁疗护医护人员', '=', 50, '名'),
    one('打造5个中医市级重点专科。', '打造5个中医市级重点专科', '=', 5, '个'),
    one('年内完成投资3.65亿。', '年内完成投资3.65亿', '=', 365000000, ''),
    one('家庭医生签约服务老年人8万人。', '家庭医生签约服务老年人8万人', '=', 80000, '人'),
    one('为失能半失能开展入户健康服务1万人次。', '为失能半失能开展入户健康服务1万人次', '=', 10000, '人次'),
    one('新建一座区级疾控中心实验楼。', '新建一座区级疾控中心实验楼', '=', 1, '座'),
    one('建成两千个家庭病床。', '建成两千个家庭病床', '=', 2000, '个'),
    one('年内门诊服务量达到100万人次左右。', '年内门诊服务量达到100万人次左右', '=', 1000000, '人次'),
    one('到2025年，全市人均预期寿命达到79.5岁。', '全市人均预期寿命达到79.5岁', '>=', 79.5, '岁'),
    one('重点人群家庭医生签约率提高5个百分点。', '重点人群家庭医生签约率提高5个百分点', '=', 5, '个百分点'),
    one('新增托位1,200个。', '新增托位1,200个', '=', 1200, '个'),
    one('门诊量同比增长10%。', '门诊量同比增长10%', '=', 10, '%'),
    one('全市65岁以上老年人健康管理率达到70%。', '全市65岁以上老年人健康管理率达到70%', '>=', 70, '%'),
    one('居民电子健康档案建档率保持在90%以上。', '居民电子健康档案建档率保持在90%以上', '>=', 90, '%'),
  ])('$input', ({ input, text, value, unit, comparator }) => {
    const targets = targetsOf(input);
    expect(targets).toHaveLength(1);
    const t = targets[0]!;
    expect({ value: t.value, unit: t.unit, comparator: t.comparator }).toEqual({ value, unit, comparator });
    expect(t.text).toBe(text);
    expect(t.sliced).toBe(text);
  });
});

describe('本 after a figure', () => {
  it('counts booklets, not a site\'s 本网讯 after its view counter', () => {
    expect(targetsOf('浏览量:7本网讯 全年发放宣传册2000本。').map((t) => t.value)).toEqual([2000]);
  });
});

describe('a count of what a place has, in a report', () => {
  const values = (text: string) => extractText(text).tasks.flatMap((t) => t.targets.map((x) => x.value));
  it('`全省共有乡镇卫生院1204个` is a bulletin\'s statistic, kept; `全区现有…9个` is the background of a summary, not', () => {
    expect(values('溪岚省2020年卫生健康事业发展统计公报\n一、卫生资源\n1.医疗卫生机构。全省共有乡镇卫生院1204个。')).toEqual([1204]);
    expect(values('石岭区2020年卫生工作总结\n一、基层卫生\n1.社区卫生。全区现有社区卫生服务中心9个、服务站31个。全年新建社区医院2家。')).toEqual([2]);
  });
});

describe('a count beside a unit after 和', () => {
  it('is kept where a verb governs the list (`建成…中心和5个…中心`, `完成县医院和3家…改造`)', () => {
    expect(targetsOf('建成1个县域医学影像中心和5个区域检验中心。').map((t) => t.value)).toEqual([1, 5]);
    expect(targetsOf('完成县医院和3家乡镇卫生院的改造。').map((t) => t.value)).toEqual([3]);
  });
});

describe('lists share one comparator and name each item', () => {
  it('不低于80%、80%、90% after three quoted names gives three targets', () => {
    const targets = targetsOf('6月底前，“无烟党政机关”“无烟学校”“无烟医疗机构”建成率不低于80%、80%、90%。');
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.deadline])).toEqual([
      ['无烟党政机关建成率', '>=', 80, '6月底前'],
      ['无烟学校建成率', '>=', 80, '6月底前'],
      ['无烟医疗机构建成率', '>=', 90, '6月底前'],
    ]);
  });

  it('a trailing 以上 applies to every item before it', () => {
    const targets = targetsOf('城乡居民规范化电子健康档案建档率、家庭医生签约率分别达到80%、45%以上。');
    expect(targets.map((t) => t.comparator)).toEqual(['>=', '>=']);
    expect(targets.map((t) => t.value)).toEqual([80, 45]);
  });

  it('two measures joined by 和 share the figures after 分别, each named whole; a figure that names nothing measures what the first does', () => {
    expect(targetsOf('孕产妇死亡率和婴儿死亡率分别控制在8/10万和4‰以内。').map((t) => [t.metric, t.value])).toEqual([['孕产妇死亡率', 8], ['婴儿死亡率', 4]]);
    expect(targetsOf('城乡居民参保率分别不低于95%和96%。').map((t) => [t.metric, t.value])).toEqual([['城乡居民参保率', 95], ['城乡居民参保率', 96]]);
  });

  it('a list whose last two names are joined by 和 shares the measure\'s tail, each named whole', () => {
    expect(targetsOf('孕产妇、婴儿和5岁以下儿童死亡率分别控制在10/10万、5‰和6‰以内。').map((t) => [t.metric, t.value])).toEqual([['孕产妇死亡率', 10], ['婴儿死亡率', 5], ['5岁以下儿童死亡率', 6]]);
  });

  it('a measure in a series parted by semicolons goes on with the verb the clause before it set a figure with', () => {
    const targets = targetsOf('全年门急诊人次达到28万人次，同比增长6%；出院患者1.2万人次，同比增长5%；病床使用率保持在85%以上。');
    expect(targets.map((t) => [t.value, t.unit])).toEqual([[280000, '人次'], [6, '%'], [12000, '人次'], [5, '%'], [85, '%']]);
  });

  it('建设2个市级、8个县级示范村卫生室 gives each modifier its noun', () => {
    const targets = targetsOf('建设2个市级、8个县级示范标准村卫生室。');
    expect(targets.map((t) => [t.metric, t.value])).toEqual([
      ['市级示范标准村卫生室', 2],
      ['县级示范标准村卫生室', 8],
    ]);
  });
});

describe('a range is one target: at least its lower bound, with value_max', () => {
  it.each([
    ['床位使用率保持在85%-93%。', ['床位使用率', '>=', 85, 93, '%']],
    ['每个县建设3至5个示范点。', ['示范点', '>=', 3, 5, '个']],
  ])('%s', (input, expected) => {
    const got = targetsOf(input).map((t) => [t.metric, t.comparator, t.value, t.valueMax, t.unit]);
    expect(got).toEqual([expected]);
  });
});

describe('several metrics named before several figures', () => {
  it('孕产妇死亡率、婴儿死亡率分别控制在10/10万、5‰以下', () => {
    expect(targetsOf('孕产妇死亡率、婴儿死亡率分别控制在10/10万、5‰以下。').map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([
      ['孕产妇死亡率', '<=', 10, '/10万'],
      ['婴儿死亡率', '<=', 5, '‰'],
    ]);
  });

  it.each([
    ['总投资约1.2亿元。', '总投资'],
    ['在册患者管理率达到95%以上。', '在册患者管理率'],
    ['在全区推广，对口支援医院达到5家。', '对口支援医院'],
    ['医用耗材采购金额较上年下降10%。', '医用耗材采购金额'],
    ['门诊次均费用同比增幅控制在5%以内。', '门诊次均费用同比增幅'],
    ['推进村卫生室标准化建设，年内完成20家。', '村卫生室标准化建设'],
    ['力争12月底竣工验收，年内完成投资3.65亿元。', '投资'],
    ['做好三件事。2.基层就诊率达到65%。', '基层就诊率'],
    ['（2）家庭医生签约率达到45%以上。', '家庭医生签约率'],
    ['全县建档立卡贫困人口家庭医生签约率达到98%。', '建档立卡贫困人口家庭医生签约率'],
  ])('a measure is named without the words before its figure: %s', (snippet, metric) => {
    expect(targetsOf(snippet).map((t) => t.metric)).toEqual([metric]);
  });

  it.each([
    ['高血压、糖尿病患者规范管理率分别达到65%、66%。', ['高血压患者规范管理率', '糖尿病患者规范管理率']],
    ['孕产妇、婴儿死亡率分别控制在10/10万、4‰以下。', ['孕产妇死亡率', '婴儿死亡率']],
    ['县级医院、乡镇卫生院床位使用率分别达到85%、60%。', ['县级医院床位使用率', '乡镇卫生院床位使用率']],
    ['无烟党政机关、无烟学校、无烟医疗机构建成率不低于80%、80%、90%。', ['无烟党政机关建成率', '无烟学校建成率', '无烟医疗机构建成率']],
    ['门诊、住院患者满意度分别达到90%、92%。', ['门诊患者满意度', '住院患者满意度']],
    ['城市、农村居民健康素养水平分别达到30%、25%。', ['城市居民健康素养水平', '农村居民健康素养水平']],
  ])('names sharing one tail: %s', (snippet, metrics) => {
    expect(targetsOf(snippet).map((t) => t.metric)).toEqual(metrics);
  });
});

describe('deadlines of targets', () => {
  it.each([
    ['年内选派6名基层卫生人员到对口城市培训。', '年内'],
    ['2021年，全区引进各类专业技术人才不少于50人。', '2021年'],
    ['力争2022年12月底前建成3个示范点。', '2022年12月底前'],
    ['全年提供有效项目信息12条。', '全年'],
    ['新增2家普惠托育机构。', null],
  ])('%s → %s', (input, deadline) => {
    expect(targetsOf(input)[0]?.deadline).toBe(deadline);
  });
});

describe('redacted figures', () => {
  it('a date that opens a sentence before a comma governs every figure of it, past its semicolons', () => {
    expect(targetsOf('到2025年,全县孕产妇死亡率控制在13/10万以下;婴儿死亡率控制在9‰以下。').map((t) => t.deadline)).toEqual(['到2025年', '到2025年']);
    expect(targetsOf('6月底前完成改造;新建站点3个。').map((t) => t.deadline)).toEqual([null]);
  });

  it('are reported with value null and redacted, never as a number', () => {
    const targets = targetsOf('县域内就诊率达到xx%以上，新增托位xxx个，总投资x.x亿元。');
    expect(targets.length).toBe(3);
    for (const t of targets) {
      expect(t.value).toBeNull();
      expect(t.redacted).toBe(true);
    }
  });
});

describe('a sentence an aim opens sets each count it lists (fictional)', () => {
  it('reads a bare count after the aim as set too, at least, and leaves a bare count in a sentence of no aim alone', () => {
    expect(targetsOf('力争门诊量达到20万人次以上，出院病人1.5万人次，手术突破3000台次。').map((t) => [t.value, t.comparator])).toEqual([[200000, '>='], [15000, '>='], [3000, '>']]);
    expect(targetsOf('门诊量达到20万人次以上，出院病人1.5万人次。').map((t) => t.value)).toEqual([200000]);
  });
});
