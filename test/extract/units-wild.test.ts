import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { targetsOf } from '../helpers/index.js';

// Fictional snippets for 溪岚县; each names a unit or a verb real pages use.

function achievementsOf(snippet: string) {
  const text = `溪岚县卫生健康局2023年工作总结\n一、测试\n1.测试任务。${snippet}`;
  const doc = extractText(text);
  return (doc.tasks[0]?.targets ?? []).map((t) => ({ ...t, sliced: text.slice(t.span.start, t.span.end) }));
}

type Row = readonly [snippet: string, comparator: string, value: number, unit: string];

describe('units and delivery verbs found on real pages', () => {
  it.each<Row>([
    ['沿河新修健康步道42公里。', '=', 42, '公里'],
    ['招引急需紧缺专业人才40名。', '=', 40, '名'],
    ['定向培养乡村医生25名。', '=', 25, '名'],
    ['下派县级医院骨干医师15名到乡镇卫生院任职。', '=', 15, '名'],
    ['其中提档升级村卫生室6家。', '=', 6, '家'],
    ['区妇幼保健院增开病床80张。', '=', 80, '张'],
    ['每千人口全科医生达到3.2人/千人。', '>=', 3.2, '人/千人'],
    ['大病专项救治病种扩大到24种。', '>=', 24, '种'],
    ['抗菌药物使用强度控制在38DDDs以下。', '<=', 38, 'DDDs'],
    ['聘请社会监督员15名。', '=', 15, '名'],
    ['选树健康达人30名。', '=', 30, '名'],
    ['创作中医药科普短片15部。', '=', 15, '部'],
    ['举办基层骨干研修班12期。', '=', 12, '期'],
    ['上线互联网医院便民应用9项。', '=', 9, '项'],
    ['推出“一件事”集成服务14项。', '=', 14, '项'],
    ['开通线上复诊服务6项。', '=', 6, '项'],
    ['新设夜间门诊4个。', '=', 4, '个'],
    ['遴选县级名中医6名。', '=', 6, '名'],
    ['布设病媒监测点25个。', '=', 25, '个'],
    ['设立老年健康驿站7个。', '=', 7, '个'],
    ['完成上门随访3600例次。', '=', 3600, '例次'],
    ['完成托育机构督导240家次。', '=', 240, '家次'],
    ['平均住院日控制在7.9日以内。', '<=', 7.9, '日'],
    ['平均住院日比上年减少0.3日。', '=', 0.3, '日'],
    ['全年收治住院病人2.6万例。', '=', 26000, '例'],
    ['接诊急诊患者1.2万人次。', '=', 12000, '人次'],
    ['新开工县级疾控中心实验楼1个。', '=', 1, '个'],
    ['全年体检老年人2.6万人。', '=', 26000, '人'],
    ['中药饮片抽检批次不少于300批。', '>=', 300, '批'],
    ['20人以上企业职业病危害项目申报率达到95%。', '>=', 95, '%'],
    ['全年兑现计生奖扶资金860万元。', '=', 8600000, '元'],
    ['在主干道新设固定宣传牌6块。', '=', 6, '块'],
    ['镇财政安排特殊家庭慰问资金8万元。', '=', 80000, '元'],
    ['免疫规划疫苗报告接种率达到 97.5 %。', '>=', 97.5, '%'],
    // a PDF copy's spaces between characters and digits
    ['全年开展健康讲座不少于 6 场。', '>=', 6, '场'],
    ['重点人群健康教育覆盖率达到 90%。', '>=', 90, '%'],
    ['发放健康教育资料3万份以 上。', '>=', 30000, '份'],
  ])('%s', (snippet, comparator, value, unit) => {
    expect(targetsOf(snippet).map((t) => [t.comparator, t.value, t.unit])).toEqual([[comparator, value, unit]]);
  });

  it.each<Row>([
    ['全年共监督检查企业310家次。', '=', 310, '家次'],
    ['家庭病床服务4200床日。', '=', 4200, '床日'],
    ['入户宣传5100户次。', '=', 5100, '户次'],
    ['培训师资820人日。', '=', 820, '人日'],
    ['二级医院平均住院日7.6日。', '=', 7.6, '日'],
    ['出院者平均住院日为8.2日。', '=', 8.2, '日'],
    ['新生儿死亡率同比下降0.35个千分点。', '=', 0.35, '个千分点'],
    ['50张以下床位医院占比为11.5%。', '=', 11.5, '%'],
    ['个人卫生支出占卫生总费用比重为27.5%。', '=', 27.5, '%'],
    ['全县日核酸检测能力由不足800管提升至1.2万管。', '>=', 12000, '管'],
    ['整理归档创建资料88盒。', '=', 88, '盒'],
  ])('in a summary: %s', (snippet, comparator, value, unit) => {
    expect(achievementsOf(snippet).map((t) => [t.comparator, t.value, t.unit])).toEqual([[comparator, value, unit]]);
  });

  it('reads a band of sizes as what the count after it counts (100张以下床位医院786个, 100-199张床位医院203个)', () => {
    expect(achievementsOf('医院按床位数分:100张以下床位医院786个,100-199张床位医院203个,800张及以上床位医院62个。').map((t) => [t.value, t.unit])).toEqual([[786, '个'], [203, '个'], [62, '个']]);
  });

  it('reads a share in brackets after a figure (医院21.9万张(占76.6%)) as the share of that figure', () => {
    expect(achievementsOf('全县床位3200张,其中:医院2400张(占75.0%),基层医疗卫生机构650张(占20.3%)。').map((t) => [t.value, t.unit, t.metric])).toEqual([
      [3200, '张', '床位'], [2400, '张', '医院'], [75, '%', '医院占比'], [650, '张', '基层医疗卫生机构'], [20.3, '%', '基层医疗卫生机构占比'],
    ]);
  });

  it('reads two tallies written side by side as two: 88盒1900余份', () => {
    expect(achievementsOf('整理归档创建资料88盒1900余份。').map((t) => [t.comparator, t.value, t.unit])).toEqual([['=', 88, '盒'], ['>', 1900, '份']]);
  });

  it('reads a breakdown of a duration (其中A X日，B Y日) in the unit of the duration it breaks down', () => {
    expect(achievementsOf('平均住院日8.2日；其中三级医院7.5日，二级医院8.6日。').map((t) => t.value)).toEqual([8.2, 7.5, 8.6]);
  });

  it('reads the level a change starts from (由原来的X) as no result, and the level it reached as one', () => {
    expect(achievementsOf('业务用房面积由原来的12000平方米提高到24000平方米。').map((t) => t.value)).toEqual([24000]);
  });

  it('gives a verb to the objects listed after it, each a thing and its count (新增A3个，B8个)', () => {
    expect(targetsOf('新增省级重点专科2个，市级重点专科6个。').map((t) => [t.value, t.unit, t.sliced])).toEqual([
      [2, '个', '新增省级重点专科2个'],
      [6, '个', '市级重点专科6个'],
    ]);
    // A clause that goes on past its count, or counts with no verb before it, is no such object.
    expect(targetsOf('设立服务点3个，站点8个由社区管理。').map((t) => t.value)).toEqual([3]);
    expect(targetsOf('全区有社区医院3个，村卫生室40个。').map((t) => t.value)).toEqual([]);
  });

  it('counts class hours (课时) as it counts study hours (学时)', () => {
    expect(targetsOf('在全县中小学开展健康教育课，每学期不少于8课时。').map((t) => [t.value, t.unit])).toEqual([[8, '课时']]);
  });

  it('reads back over a series of bare counts to the verb that set its first (达到A，B，C)', () => {
    expect(targetsOf('门急诊量达到52万人次，出院患者1.9万人次，手术0.8万台次。').map((t) => [t.value, t.unit])).toEqual([
      [520000, '人次'],
      [19000, '人次'],
      [8000, '台次'],
    ]);
    expect(targetsOf('全区有社区医院3个，村卫生室40个，卫生站12个。').map((t) => t.value)).toEqual([]);
  });

  it.each([
    '4月20日前完成摸底。',
    '由9部门联合开展督查。',
    '刊登于《溪岚卫生》2024年3期。',
    '完成县医院2期工程主体建设。',
    '每月10日前报送进度。',
  ])('no unit here: %s', (snippet) => {
    expect(targetsOf(snippet)).toEqual([]);
  });
});

describe('lengths and rounds', () => {
  it.each<Row>([
    ['公厕服务半径不超过500米。', '<=', 500, '米'],
    ['建成健身步道12千米。', '=', 12, '千米'],
    ['全年开展集中整治行动4轮。', '=', 4, '轮'],
  ])('%s', (snippet, comparator, value, unit) => {
    expect(targetsOf(snippet).map((t) => [t.comparator, t.value, t.unit])).toEqual([[comparator, value, unit]]);
  });

  it.each(['年内完成一轮价格调整评估。', '镇区公厕达到二类以上标准。'])('%s: one round and a grade are no counts', (snippet) => {
    expect(targetsOf(snippet)).toEqual([]);
  });
});

describe('a rate per thousand people after its comparator', () => {
  it.each<Row>([
    ['社会体育指导员达到每千人2.5名。', '>=', 2.5, '名'],
    ['食品抽检量达到每千人4批次。', '>=', 4, '批次'],
  ])('%s', (snippet, comparator, value, unit) => {
    expect(targetsOf(snippet).map((t) => [t.comparator, t.value, t.unit])).toEqual([[comparator, value, unit]]);
  });
});

describe('hours of study and an assigned post', () => {
  it.each<Row>([
    ['年度培训时长不少于32学时。', '>=', 32, '学时'],
    ['每个乡镇明确1名协管信息员。', '=', 1, '名'],
  ])('%s', (snippet, comparator, value, unit) => {
    expect(targetsOf(snippet).map((t) => [t.comparator, t.value, t.unit])).toEqual([[comparator, value, unit]]);
  });
});
