import type { Comparator } from '../types.js';

export interface PrefixComparator {
  readonly word: string;
  readonly comparator: Comparator;
  /** How many characters (a verb such as 建设) may stand between the word and the figure. */
  readonly maxGap: number;
}

/** Words before a figure. Longest first matters: 不低于 must win over 低于. */
/** Words by which a summary reports a measure's level (`出生人口性别比为106.4`): `=`, after the measure's name only. */
export const REPORTING_WORDS: readonly string[] = ['为'];

/** A comparator word that is the end of another word after these characters (`下达`, `传达`, `送达`): no comparator there. */
export const NOT_AFTER: Readonly<Record<string, string>> = { 达: '下传表送抵' };

export const PREFIX_COMPARATORS: readonly PrefixComparator[] = [
  { word: '不低于', comparator: '>=', maxGap: 2 },
  { word: '不少于', comparator: '>=', maxGap: 2 },
  { word: '不小于', comparator: '>=', maxGap: 2 },
  // `每个村卫生室至少配备中医诊疗设备3种`: at least, said of the whole phrase that counts.
  { word: '至少', comparator: '>=', maxGap: 10 },
  { word: '力争达到', comparator: '>=', maxGap: 0 },
  { word: '达到', comparator: '>=', maxGap: 0 },
  // A template site's synonym spinner writes 达到 as 到达 (`接种率均到达100%`).
  { word: '到达', comparator: '>=', maxGap: 0 },
  { word: '达', comparator: '>=', maxGap: 0 },
  { word: '提高到', comparator: '>=', maxGap: 0 },
  { word: '提高至', comparator: '>=', maxGap: 0 },
  { word: '提升到', comparator: '>=', maxGap: 0 },
  { word: '提升至', comparator: '>=', maxGap: 0 },
  { word: '增加到', comparator: '>=', maxGap: 0 },
  { word: '增长到', comparator: '>=', maxGap: 0 },
  { word: '增长至', comparator: '>=', maxGap: 0 },
  { word: '增加至', comparator: '>=', maxGap: 0 },
  { word: '增至', comparator: '>=', maxGap: 0 },
  { word: '扩至', comparator: '>=', maxGap: 0 },
  { word: '扩大到', comparator: '>=', maxGap: 0 },
  { word: '扩大至', comparator: '>=', maxGap: 0 },
  { word: '扩展到', comparator: '>=', maxGap: 0 },
  { word: '扩展至', comparator: '>=', maxGap: 0 },
  { word: '扩充到', comparator: '>=', maxGap: 0 },
  { word: '扩充至', comparator: '>=', maxGap: 0 },
  { word: '发展到', comparator: '>=', maxGap: 0 },
  { word: '扩容至', comparator: '>=', maxGap: 0 },
  { word: '扩容到', comparator: '>=', maxGap: 0 },
  { word: '发展至', comparator: '>=', maxGap: 0 },
  { word: '上升到', comparator: '>=', maxGap: 0 },
  { word: '上升至', comparator: '>=', maxGap: 0 },
  { word: '≥', comparator: '>=', maxGap: 0 },
  { word: '>=', comparator: '>=', maxGap: 0 },
  { word: '保持在', comparator: '>=', maxGap: 0 },
  { word: '稳定在', comparator: '>=', maxGap: 0 },
  { word: '维持在', comparator: '>=', maxGap: 0 },
  { word: '保持', comparator: '>=', maxGap: 0 },
  { word: '超过', comparator: '>', maxGap: 0 },
  { word: '超', comparator: '>', maxGap: 0 },
  { word: '突破', comparator: '>', maxGap: 0 },
  { word: '高于', comparator: '>', maxGap: 0 },
  { word: '大于', comparator: '>', maxGap: 0 },
  { word: '多于', comparator: '>', maxGap: 0 },
  { word: '>', comparator: '>', maxGap: 0 },
  { word: '不超过', comparator: '<=', maxGap: 2 },
  { word: '不高于', comparator: '<=', maxGap: 2 },
  { word: '不大于', comparator: '<=', maxGap: 2 },
  { word: '不多于', comparator: '<=', maxGap: 2 },
  { word: '控制在', comparator: '<=', maxGap: 0 },
  { word: '降至', comparator: '<=', maxGap: 0 },
  { word: '降到', comparator: '<=', maxGap: 0 },
  { word: '降低到', comparator: '<=', maxGap: 0 },
  { word: '降低至', comparator: '<=', maxGap: 0 },
  { word: '下降到', comparator: '<=', maxGap: 0 },
  { word: '下降至', comparator: '<=', maxGap: 0 },
  { word: '缩短至', comparator: '<=', maxGap: 0 },
  { word: '缩短到', comparator: '<=', maxGap: 0 },
  { word: '减少到', comparator: '<=', maxGap: 0 },
  { word: '减少至', comparator: '<=', maxGap: 0 },
  { word: '减至', comparator: '<=', maxGap: 0 },
  { word: '压缩到', comparator: '<=', maxGap: 0 },
  { word: '压缩至', comparator: '<=', maxGap: 0 },
  { word: '压降到', comparator: '<=', maxGap: 0 },
  { word: '压降至', comparator: '<=', maxGap: 0 },
  { word: '缩小到', comparator: '<=', maxGap: 0 },
  { word: '缩小至', comparator: '<=', maxGap: 0 },
  { word: '≤', comparator: '<=', maxGap: 0 },
  { word: '<=', comparator: '<=', maxGap: 0 },
  { word: '低于', comparator: '<', maxGap: 0 },
  { word: '少于', comparator: '<', maxGap: 0 },
  { word: '小于', comparator: '<', maxGap: 0 },
  { word: '不足', comparator: '<', maxGap: 0 },
  { word: '<', comparator: '<', maxGap: 0 },
];

/**
 * `达到总床位数的4%`: a comparator, then the whole a share is taken of, then 的 and the figure.
 * The words may stand this far (in characters of the whole) before the 的.
 */
export const SHARE_OF = { words: ['力争达到', '达到', '不低于', '不少于', '超过', '不超过', '控制在', '降至', '降到', '提高到', '提高至', '提升至', '提升到'], maxWhole: 14 } as const;

/** `提高到每人每年520元`, `达到每日35万份`: who and how often the figure is counted, between a comparator word and its figure. */
export const PER_QUALIFIER = /^(?:每(?:人|年|日|天|月|周|床|千人口|万人口|百人|千人|万人)|单日|日均|年均)+$/;
/** `增至每10万人口4.5名`: the population a rate counts per, between a comparator word and its figure. */
export const PER_POPULATION_BEFORE = /每(?:[\d.]+[万千百]?|[万千百])(?:常住人口|户籍人口|人口|人)$/;

/** Words right after the unit. They override a prefix (`控制在280/10万以内`, `达到10家以上`). */
export const SUFFIX_COMPARATORS: readonly { readonly word: string; readonly comparator: Comparator }[] = [
  { word: '及以上', comparator: '>=' },
  { word: '或以上', comparator: '>=' },
  { word: '以上', comparator: '>=' },
  { word: '及以下', comparator: '<=' },
  { word: '以内', comparator: '<=' },
  { word: '以下', comparator: '<=' },
  { word: '之内', comparator: '<=' },
  { word: '左右', comparator: '=' },
];

/**
 * Verbs of delivery that make a plain count a commitment (`新增2家`, `建成1个`).
 * A Chinese-numeral count needs one right before it; an Arabic one needs one in its clause.
 */
export const DELIVERY_VERBS = [
  '新建', '建成', '建设', '新增', '完成', '培训', '打造', '引进', '开展', '签约', '选派', '推动', '提供',
  '签约服务', '设立', '创建', '招聘', '招录', '招收', '建立', '组建', '创成', '投入', '实施', '落实', '举办', '组织',
  '改造', '培养', '评选', '遴选', '认定', '达到', '实现', '保持', '增加', '增设', '开设', '配备', '招募',
  '争创', '培育', '筛查', '救治', '接种', '检查', '建', '设置', '扶持', '推广', '资助', '发放', '覆盖', '投资',
  '保持在', '提高', '提升', '增长', '下降', '降低', '减少', '缩短', '控制', '稳定在', '维持在',
  '新设', '上线', '布设', '布建', '新修', '修建', '推出', '开通', '创作', '出版', '制作', '拍摄', '召开', '选送', '进修',
  '更换', '购置', '购买', '采购', '新购', '配置', '添置', '安装', '投放', '配齐', '配足', '储备', '补种', '申报', '评出', '扩建', '扩增', '迁建', '新开',
  '随访', '巡诊', '义诊', '走访', '救助', '捐赠', '印发', '张贴', '督导', '督查', '挂牌', '授牌',
  '修订', '制修订', '补服',
  // What a plan against a disease of livestock or snails does (`淘汰病牛200头`, `扑杀病畜`, `查螺180万m2`).
  '淘汰', '扑杀', '驱虫', '查病', '查螺', '灭螺',
  // What a campaign for clean towns does (`整治背街小巷36条`, `清理卫生死角120处`).
  '整治', '清理', '清除', '治理', '整改', '拆除', '硬化', '疏浚',
  '聘请', '选树', '命名', '收治', '接诊', '开工', '新开工', '体检', '兑现', '安排', '招引', '引育', '定向培养', '下派', '派驻', '提档升级', '增开', '抽查', '抽检', '整理', '出台', '明确', '帮扶',
] as const;

/** Between two figures of one unit, a range: `85%-93%`, `3至5个`. */
export const RANGE_SEPARATORS = ['-', '~', '～', '—', '–', '至', '到'] as const;

/** Between a figure and its unit, "more than": `30余家`, `1万多人次`. */
export const MORE_THAN_MARKERS: readonly string[] = ['余', '多'];

/** Between two figures that share a comparator: `分别不低于80%、85%`, `分别达到67.4%和66.2%`. */
export const LIST_JOINS: readonly string[] = ['、', '和', '及', '与'];
/** Words that hold a joining character without joining anything (`报告及时率`). */
export const NOT_JOINS: readonly string[] = ['及时', '普及', '涉及', '危及', '和谐', '与会'];

/**
 * One figure shared by the names before it: `A、B各建设1个X` (one X each),
 * `高血压、糖尿病患者规范管理率均达到70%` (each rate 70%).
 */
export const SHARE_WORDS: readonly string[] = ['各', '均', '都'];

/** A suffix that says a figure is about that much (`80%和70%左右`): a list it ends is about each of its items. */
export const APPROXIMATE_WORDS: readonly string[] = ['左右'];

/** A clause that opens with it keeps a level (`保持…接听率100%`): a bare rate of 100% there stays at that level. */
export const KEEP_WORD = '保持';

/** Comparator words that, after a measure and before a figure and 的, mark out a group (`接种率低于90%的乡镇`) rather than set a level. */
export const THRESHOLD_WORDS: readonly string[] = ['低于', '高于', '超过', '不足', '少于', '多于'];

/** Verbs of a change stated over an earlier level (`比上年提高0.28岁`). */
export const CHANGE_VERBS: readonly string[] = ['提高', '增加', '延长', '增长', '上升', '下降', '降低', '减少', '缩短'];
