/**
 * How the names of measures end, longest first. In `孕产妇、婴儿死亡率` the
 * items share the tail `死亡率`, in `高血压、糖尿病患者规范管理率` the tail
 * `患者规范管理率`: the longest of these that the last item ends with is shared.
 */
export const METRIC_TAILS: readonly string[] = [
  '患者规范管理率', '患者管理率', '规范管理率', '健康管理率', '健康素养水平', '床位使用率',
  '死亡率', '发病率', '患病率', '报告率', '知晓率', '治疗率', '治愈率', '控制率', '管理率', '签约率',
  '接种率', '覆盖率', '建成率', '建设率', '达标率', '合格率', '使用率', '检出率', '筛查率', '就诊率',
  '完成率', '到位率', '参保率', '满意度', '素养水平', '水平', '比例', '占比', '人数', '数量', '率', '数',
].sort((a, b) => b.length - a.length);

/** A metric of its own: an item of a list that ends like this needs no shared tail. */
export const METRIC_END = /(率|水平|比例|(?<![对相])比|指数|数|量|占比|比重|时间|费用|寿命|住院日|满意度)$/;

/** Who a measure counts, shared with the tail when it stands before it: `门诊、住院患者满意度`, `城市、农村居民健康素养水平`. */
export const METRIC_SUBJECTS: readonly string[] = ['患者', '居民', '群众', '人群'];

/**
 * Figures that are part of a name (`2型糖尿病`, `3岁以下儿童`, `65岁及以上老年人`, `13价疫苗`): a list of
 * names holding one still shares a figure said after it.
 */
export const FIGURE_IN_NAME = /\d+(?:[-—~～]\d+)?(?:周岁|岁|型|价|类)(?:及?以[上下])?/g;

/** Verbs that, left alone before a figure, name nothing (`年内完成20家`): the clause before says what is counted. */
export const BARE_VERBS: readonly string[] = ['完成', '建成', '新建', '新增', '建设', '实现', '改造', '达到'];

/** Verbs that open a clause of work, left off the name taken from it: `推进村卫生室标准化建设` → `村卫生室标准化建设`. */
export const CLAUSE_LEAD_VERBS: readonly string[] = ['推进', '推动', '加强', '加快', '实施', '开展', '组织', '深化', '落实', '做好', '抓好', '启动', '支持'];

/**
 * Verbs of work done that a summary counts by (`妥善处置48起突发事件`, `立案查处违法案件48件`):
 * before a figure, the name is what follows the figure; at the start of a name, they are left off.
 */
/**
 * `省定`, `市下达`: who set a figure, standing between its verb and the figure (`提前完成省定220张重症床位建设任务`):
 * what follows the figure names what is counted.
 */
export const SET_BY_WORDS: readonly string[] = ['省定', '市定', '县定', '区定', '国定', '既定', '省下达', '市下达', '上级下达'];

/** Verbs of delivery that also name the kind of thing after them (`储备救治床位` are reserve beds): kept in a metric's name. */
export const NAMING_VERBS: readonly string[] = ['储备'];

export const TALLY_VERBS: readonly string[] = [
  '立案查处', '排查整改', '处置', '查处', '办结', '受理', '调解', '检测', '接诊', '诊疗', '救治', '管理',
  '排查', '整改', '监测', '回访', '随访', '处理', '办理', '接听', '服务', '参与', '入选',
];
