export type UnitKind = 'percent' | 'rate' | 'count' | 'money' | 'duration' | 'area' | 'length' | 'volume' | 'grade' | 'score' | 'multiple';

/** Kinds that state a level by themselves: no delivery verb is needed (`门诊量同比增长10%`). */
export const SELF_STANDING_KINDS: readonly UnitKind[] = ['percent', 'rate', 'multiple'];

/** Kinds that a summary reports as results without a verb (`卫生技术人员5417人`, `罚没款62.4万元`). */
export const TALLY_KINDS: readonly UnitKind[] = ['count', 'money', 'area', 'length', 'volume', 'score'];

export interface UnitEntry {
  readonly unit: string;
  readonly kind: UnitKind;
  /** A duration or similar only counts as a target with an explicit comparator (`10分钟以内`). */
  readonly needsComparator?: boolean;
  /** Only after Arabic digits: in words it is part of a name. */
  readonly arabicOnly?: boolean;
  /**
   * Only a comparator before the figure makes it a target: `人均预期寿命达到79.5岁` is one,
   * `60岁以上老年人` is a population qualifier.
   */
  readonly needsPrefixComparator?: boolean;
  /** The figure is no amount when one of these stands right before it (spaces skipped): `3月15日` is a date, `2024年2期` an issue. */
  readonly notAfter?: string;
  /** Nor when one of these follows the unit: `12部门` is no count of 部, `15日前` a date, `2期工程` a name. */
  readonly notBefore?: readonly string[];
}

/**
 * Units that may follow a figure. Matched longest first, so `人次` wins over `人`
 * and `管/日` over `管`.
 */
export const UNITS: readonly UnitEntry[] = [
  { unit: '%', kind: 'percent' },
  { unit: '个百分点', kind: 'percent' },
  { unit: '百分点', kind: 'percent' },
  { unit: '个千分点', kind: 'percent' },
  { unit: '千分点', kind: 'percent' },
  { unit: '‰', kind: 'percent' },
  // So many for so many people (`3.3名/10万人`, `2.5人/千人`): one rate, not a count and a stray 10万.
  { unit: '名/10万人', kind: 'rate' },
  { unit: '人/10万人', kind: 'rate' },
  { unit: '名/万人', kind: 'rate' },
  { unit: '人/万人', kind: 'rate' },
  { unit: '名/千人', kind: 'rate' },
  { unit: '人/千人', kind: 'rate' },
  { unit: '张/千人', kind: 'rate' },
  { unit: '/10万', kind: 'rate' },
  { unit: '/万', kind: 'rate' },
  { unit: '/千', kind: 'rate' },
  { unit: '管/日', kind: 'rate' },
  { unit: '管/天', kind: 'rate' },
  { unit: '份/日', kind: 'rate' },
  { unit: '人次/日', kind: 'rate' },
  { unit: '元/人', kind: 'money' },
  { unit: '元', kind: 'money' },
  { unit: '人次', kind: 'count' },
  { unit: '人日', kind: 'count' },
  { unit: '户次', kind: 'count' },
  // Compound counts stay whole: `120家次` is no count of 家.
  { unit: '家次', kind: 'count' },
  { unit: '床日', kind: 'count' },
  { unit: '例次', kind: 'count' },
  { unit: '台次', kind: 'count' },
  { unit: '车次', kind: 'count' },
  { unit: '人', kind: 'count' },
  { unit: '名', kind: 'count' },
  { unit: '个', kind: 'count' },
  { unit: '家', kind: 'count' },
  { unit: '所', kind: 'count' },
  { unit: '座', kind: 'count' },
  { unit: '栋', kind: 'count' },
  { unit: '幢', kind: 'count' },
  { unit: '对', kind: 'count' },
  { unit: '次', kind: 'count' },
  { unit: '场次', kind: 'count' },
  { unit: '场', kind: 'count' },
  { unit: '件', kind: 'count' },
  // `一批` is some, not one: only a figure counts batches.
  { unit: '批', kind: 'count', arabicOnly: true },
  { unit: '处', kind: 'count' },
  { unit: '条', kind: 'count' },
  // `报告法定传染病19种`, `对罹患9种大病…`: how many kinds a class holds, unless a comparator sets it (`病种扩大到21种`).
  { unit: '种', kind: 'count', needsPrefixComparator: true },
  { unit: '项', kind: 'count' },
  { unit: '支', kind: 'count' },
  { unit: '张', kind: 'count' },
  { unit: '台', kind: 'count' },
  { unit: '辆', kind: 'count' },
  { unit: '间', kind: 'count' },
  { unit: '套', kind: 'count' },
  { unit: '块', kind: 'count' },
  // `一批` is some, not one: only a figure counts batches.
  { unit: '批次', kind: 'count', arabicOnly: true },
  { unit: '例', kind: 'count' },
  { unit: '册', kind: 'count' },
  { unit: '盒', kind: 'count' },
  // `举办培训班36期`; never `2024年2期` (an issue), `一期工程` (a phase named in words), `2期项目`.
  { unit: '期', kind: 'count', arabicOnly: true, notAfter: '年第', notBefore: ['工程', '项目', '建设', '改造'] },
  // `创作科普作品80部`; `12部门` is a count of departments, said as a name.
  { unit: '部', kind: 'count', notBefore: ['门', '分', '署', '位', '级', '队', '委', '长', '室'] },
  { unit: '床', kind: 'count' },
  // Livestock a schistosomiasis or brucellosis plan counts (`查病4000头次`, `淘汰病牛200头`, `免疫犬只1.2万只`).
  { unit: '头次', kind: 'count' },
  { unit: '头', kind: 'count', arabicOnly: true, notBefore: ['部', '颈', '发'] },
  { unit: '只', kind: 'count', arabicOnly: true },
  { unit: '户', kind: 'count' },
  { unit: '份', kind: 'count' },
  { unit: '篇', kind: 'count' },
  // `发放《母子健康手册》3120本`: books and booklets; `一本` in words is no count (`一本账`).
  { unit: '本', kind: 'count', arabicOnly: true, notBefore: ['市', '县', '区', '省', '镇', '乡', '院', '单位', '辖区', '年', '月', '周', '地', '网', '报', '站', '刊', '台', '次', '届', '着', '人', '部', '科', '级', '期', '项', '身', '职', '土', '质'] },
  // `开展集中整治行动4轮`: rounds of a campaign; `完成一轮评估` in words is one round, no count.
  { unit: '轮', kind: 'count', arabicOnly: true },
  { unit: '起', kind: 'count' },
  { unit: '管', kind: 'count' },
  { unit: '剂次', kind: 'count' },
  { unit: '剂', kind: 'count' },
  { unit: '人份', kind: 'count' },
  // `6类以上中医药适宜技术`: a scope, stated with a comparator; `11类1420例` is no count of its own; `二类以上标准` is a grade.
  { unit: '类', kind: 'count', needsComparator: true, arabicOnly: true },
  { unit: '平方米', kind: 'area' },
  { unit: '平米', kind: 'area' },
  // `查螺180万m2`, `灭螺76万㎡`: square metres as a snail survey writes them; `0.01只/0.1m2` a snail density.
  { unit: 'm2', kind: 'area' },
  { unit: 'm²', kind: 'area' },
  { unit: '㎡', kind: 'area' },
  { unit: '只/0.1m2', kind: 'rate' },
  { unit: '只/0.1㎡', kind: 'rate' },
  { unit: '只/框', kind: 'rate' },
  { unit: '亩', kind: 'area' },
  { unit: '公里', kind: 'length' },
  { unit: '千米', kind: 'length' },
  // `公厕服务半径不超过500米`: after 平方米 and 千米, matched first as the longer units.
  { unit: '米', kind: 'length' },
  { unit: '吨', kind: 'volume' },
  // `献血总量达到124000毫升`: blood collected, in millilitres or litres.
  { unit: '毫升', kind: 'volume' },
  { unit: '升', kind: 'volume', arabicOnly: true, notBefore: ['级', '至', '到', '高', '格'] },
  { unit: '分钟', kind: 'duration', needsComparator: true },
  // `年度培训时长不少于24学时`: hours of study, counted.
  { unit: '学时', kind: 'count' },
  { unit: '课时', kind: 'count' },
  // `综合得分达到90分以上`: a score (after 分钟, which is matched first as the longer unit).
  { unit: '分', kind: 'score' },
  { unit: '倍', kind: 'multiple' },
  { unit: '小时', kind: 'duration', needsComparator: true },
  { unit: '天', kind: 'duration', needsComparator: true },
  // `平均住院日8.6日`: days as a duration; `3月15日`, `15日前` are dates.
  { unit: '日', kind: 'duration', needsComparator: true, notAfter: '月', notBefore: ['前', '后', '起', '止', '至', '到', '—', '-'] },
  { unit: '秒', kind: 'duration', needsComparator: true },
  { unit: '个工作日', kind: 'duration', needsComparator: true },
  { unit: '工作日', kind: 'duration', needsComparator: true },
  { unit: '个月', kind: 'duration', needsComparator: true },
  { unit: '岁', kind: 'duration', needsPrefixComparator: true },
  // `抗菌药物使用强度控制在40DDDs以下`: defined daily doses per 100 patient-days, a rate written in Latin letters.
  { unit: 'DDDs', kind: 'rate', needsPrefixComparator: true },
  { unit: 'DDD', kind: 'rate', needsPrefixComparator: true },
  // `PM2.5平均浓度控制在28微克/立方米以内`: a concentration, a level of its own.
  { unit: '微克/立方米', kind: 'rate' },
  { unit: '毫克/立方米', kind: 'rate' },
  { unit: 'μg/m³', kind: 'rate' },
  { unit: 'μg/m3', kind: 'rate' },
  { unit: '毫克/升', kind: 'rate' },
  { unit: 'mg/L', kind: 'rate' },
  // `电子病历应用水平达到4级`; never `三级医院`, `达到二级专科医院水平`: grades in words name a kind of hospital.
  { unit: '级', kind: 'grade', needsPrefixComparator: true, arabicOnly: true },
];

/** Measure words that, after a Chinese numeral, make a count (`三个`, `一座`). */
export const COUNT_CLASSIFIERS = ['个', '家', '所', '座', '名', '人', '支', '条', '项', '场', '次', '对', '张', '台', '间'] as const;

/**
 * What a unit measures and its size in that measure's base, so that `track` can
 * compare a plan's figure with a summary's in another unit: `‰` with `%`, `/万`
 * with `/10万`, `名` with `人`, `小时` with `分钟`. Magnitudes (`万人次`, `亿元`) are
 * already applied to the value, so `万人次` is `人次`. A unit not listed measures
 * only itself.
 */
export const UNIT_MEASURES: Readonly<Record<string, { readonly measure: string; readonly factor: number }>> = {
  '%': { measure: 'share', factor: 1e-2 },
  '‰': { measure: 'share', factor: 1e-3 },
  '/千': { measure: 'share', factor: 1e-3 },
  '/万': { measure: 'share', factor: 1e-4 },
  '/10万': { measure: 'share', factor: 1e-5 },
  个百分点: { measure: 'points', factor: 1 },
  百分点: { measure: 'points', factor: 1 },
  个千分点: { measure: 'permille points', factor: 1 },
  千分点: { measure: 'permille points', factor: 1 },
  人: { measure: 'people', factor: 1 },
  名: { measure: 'people', factor: 1 },
  家: { measure: 'institutions', factor: 1 },
  所: { measure: 'institutions', factor: 1 },
  张: { measure: 'beds', factor: 1 },
  床: { measure: 'beds', factor: 1 },
  秒: { measure: 'minutes', factor: 1 / 60 },
  分钟: { measure: 'minutes', factor: 1 },
  小时: { measure: 'minutes', factor: 60 },
  天: { measure: 'days', factor: 1 },
  日: { measure: 'days', factor: 1 },
  工作日: { measure: 'working-days', factor: 1 },
  个工作日: { measure: 'working-days', factor: 1 },
  平方米: { measure: 'area', factor: 1 },
  平米: { measure: 'area', factor: 1 },
  m2: { measure: 'area', factor: 1 },
  'm²': { measure: 'area', factor: 1 },
  '㎡': { measure: 'area', factor: 1 },
  亩: { measure: 'area', factor: 2000 / 3 },
  公里: { measure: 'length', factor: 1 },
  千米: { measure: 'length', factor: 1 },
};
