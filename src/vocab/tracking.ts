/**
 * The words `plans track` reads around a figure to know what it says: a value
 * (`达到96.2%`), a bound (`98%以上`, `2600余人次`), an approximation (`85%左右`),
 * or a change (`同比增长8.3%`, `较上年提高1.5个百分点`).
 */

/** A word before a figure, unless the character before it makes it part of another word (`签约2万人` is no `约`). */
export interface WordBefore {
  readonly word: string;
  readonly notAfter?: string;
}

/** After the unit or before the figure: the figure is about this much (`85%左右`, `约200名`). */
export const APPROXIMATE: { readonly after: readonly string[]; readonly before: readonly WordBefore[] } = {
  after: ['左右', '上下'],
  before: [{ word: '大约' }, { word: '约', notAfter: '签预节制履公契相特违解邀集合缔' }],
};

/** How far from the stated figure `左右` reaches, as a share of it: `85%左右` is 80.75%–89.25%. */
export const APPROXIMATE_TOLERANCE = 0.05;

/** Before the figure: a little under it (`近2万人`: between 1万 and 2万 for a figure stated to the 万). */
export const NEARLY_BEFORE: readonly WordBefore[] = [{ word: '将近' }, { word: '接近' }, { word: '近', notAfter: '最附就邻靠亲' }];

/** After the unit: the figure is a floor (`98%以上`) or a ceiling (`5‰以下`), not a value. */
export const BOUND_AFTER: readonly { readonly word: string; readonly side: 'floor' | 'ceiling' }[] = [
  { word: '及以上', side: 'floor' },
  { word: '或以上', side: 'floor' },
  { word: '以上', side: 'floor' },
  { word: '及以下', side: 'ceiling' },
  { word: '以下', side: 'ceiling' },
  { word: '以内', side: 'ceiling' },
  { word: '之内', side: 'ceiling' },
];

/**
 * Before the figure: a summary that says `超过70%` or `不低于85%` gives a bound;
 * one that says `达到96.2%`, `降至9.8/10万` gives the value itself.
 */
export const BOUND_BEFORE: readonly { readonly word: string; readonly side: 'floor' | 'ceiling'; readonly strict: boolean }[] = [
  { word: '不低于', side: 'floor', strict: false },
  { word: '不少于', side: 'floor', strict: false },
  { word: '不小于', side: 'floor', strict: false },
  { word: '至少', side: 'floor', strict: false },
  { word: '≥', side: 'floor', strict: false },
  { word: '超过', side: 'floor', strict: true },
  { word: '突破', side: 'floor', strict: true },
  { word: '逾', side: 'floor', strict: true },
  { word: '高于', side: 'floor', strict: true },
  { word: '大于', side: 'floor', strict: true },
  { word: '多于', side: 'floor', strict: true },
  { word: '不超过', side: 'ceiling', strict: false },
  { word: '不高于', side: 'ceiling', strict: false },
  { word: '不大于', side: 'ceiling', strict: false },
  { word: '不多于', side: 'ceiling', strict: false },
  { word: '≤', side: 'ceiling', strict: false },
  { word: '低于', side: 'ceiling', strict: true },
  { word: '少于', side: 'ceiling', strict: true },
  { word: '小于', side: 'ceiling', strict: true },
  { word: '不足', side: 'ceiling', strict: true },
];

/**
 * Verbs right before a percentage that make it a change, not a level: `同比增长8.3%`,
 * `下降1.2个百分点` (a level is reached *to*: `提高到80%`, `降至24.3%`).
 * `up` is the direction of the change.
 */
export const CHANGE_VERBS: readonly { readonly word: string; readonly up: boolean }[] = [
  { word: '增长', up: true },
  { word: '增加', up: true },
  { word: '提高', up: true },
  { word: '提升', up: true },
  { word: '上升', up: true },
  { word: '增幅', up: true },
  { word: '下降', up: false },
  { word: '降低', up: false },
  { word: '减少', up: false },
  { word: '缩小', up: false },
  { word: '降幅', up: false },
];

/** Units that only ever state a change. */
export const CHANGE_UNITS: readonly string[] = ['个百分点', '百分点'];

/**
 * A plan's plain figure (`新增4个`, `门诊量同比增长10%`) is a floor to reach; for
 * these measures it is a ceiling not to pass (`婴儿死亡率5‰`).
 */
export const LOWER_IS_BETTER: readonly string[] = [
  '死亡率', '病死率', '发病率', '患病率', '感染率', '吸烟率', '肥胖率', '近视率', '剖宫产率', '缺陷发生率',
  '药占比', '费用', '耗材', '负债', '事故', '纠纷', '投诉', '等候', '排队', '反应时间', '住院日', '次均',
];

/**
 * Words at the end of a metric that say nothing of what is measured
 * (`规范管理率分别为`, `签约居民近`): dropped before metrics are compared.
 */
export const METRIC_NOISE_TAIL = /(?:分别|均|各|都)?(?:为|是|达到?|保持在?|稳定在|控制在)?(?:约|近|超过?|逾|突破)?$/;
