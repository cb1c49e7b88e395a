/**
 * Column headings of a task table (任务分解表), by what the column holds.
 * Matched against the whole heading cell; the first role that fits wins.
 */
/**
 * `leader`: a column of the officials in charge (`牵头领导`), people, not units: read by no one.
 * `result`: what a progress report says was done (`完成情况`), after the aim the row states.
 * `next`: what a progress report plans for the period after (`10-12月份进度安排`): targets again.
 * `note`: a remark or a self-assessment (`完成情况自评`, `备注`): read by no one.
 * `category`: a column before the row numbers that groups rows (`类别`), written on the first row of its group.
 * `quantity`, `scope`: how many a row's work takes in (`抽查数量` / `6户`) and over what (`抽查对象范围`), read
 *   after its text under their headings, as a random-inspection plan (双随机抽查计划) lists them.
 */
export type TableColumnRole = 'ordinal' | 'title' | 'text' | 'lead' | 'support' | 'deadline' | 'leader' | 'result' | 'next' | 'note' | 'category' | 'quantity' | 'scope';

/** `2024年重点工作任务`: the year a column heading opens with is no part of what it names. */
export const HEADING_YEAR = /^(?:19|20)\d{2}年度?/;

export const TABLE_COLUMNS: readonly { readonly role: TableColumnRole; readonly heading: RegExp }[] = [
  { role: 'ordinal', heading: /^(序号|编号|序)$/ },
  { role: 'category', heading: /^(?:工作|重点|任务)?(?:类别|分类|领域|类型|板块)$/ },
  { role: 'leader', heading: /领导$|^(责任人|联系人)$/ },
  // Before the lead: `配合责任单位` names those who support.
  { role: 'support', heading: /配合|协办|协助|参与/ },
  { role: 'lead', heading: /^(牵头|责任|主责)(科室|单位|部门|处室|股室|科所|部室|领导)?$|牵头(科室|单位|部门|处室|股室|科所|部室)|责任(科室|单位|部门|处室|股室|科所|部室)/ },
  // The body that carries out an inspection plan's rows (`抽查单位`, `实施主体`).
  { role: 'lead', heading: /^(?:抽查|检查|实施|执行)(?:单位|部门|科室|主体|机构)$/ },
  // An inspection plan's columns that say what kind of check, under which plan, when: read by no one.
  { role: 'note', heading: /^(?:抽查|检查|抽取)(?:计划名称|类型|方式|日期|时间)$/ },
  { role: 'quantity', heading: /^(?:抽查|检查|抽检)?(?:数量|比例)$/ },
  { role: 'scope', heading: /^(?:抽查|检查)?(?:对象|对象范围|范围)$/ },
  { role: 'title', heading: /^(?:抽查|检查)任务名称$/ },
  { role: 'text', heading: /^(?:抽查|检查)(?:事项|内容)$/ },
  { role: 'next', heading: /^(?:下步|下一步|下阶段|\d{1,2}[-—~至]\d{1,2}月份?|[一二三四]季度)(?:工作)?(?:进度|推进)?(?:安排|打算|计划)$/ },
  { role: 'note', heading: /自评|评价|状态|备注|说明/ },
  // `省工作目标` beside `荇川县任务`: the goal of the level above, quoted; the place's own column is the task.
  { role: 'note', heading: /^(?:省|市|国家|省级|市级)(?:工作)?目标$/ },
  { role: 'text', heading: /^[\u4e00-\u9fa5]{1,6}[县市区旗](?:工作)?任务$/ },
  { role: 'result', heading: /^(?:\d{1,2}[-—~至]\d{1,2}月份?|[一二三四]季度|上半年|全年|(?:本)?年度|年终)?(?:工作)?(?:完成|进展|推进|落实|实施)(?:情况|进度)$|^(?:工作)?进展$/ },
  { role: 'deadline', heading: /时限|时间|进度|节点/ },
  { role: 'title', heading: /^(重点|督办|督查|交办)?(工作)?(任务|项目|事项)(名称)?$|^重点工作$|^工作任务$/ },
  { role: 'text', heading: /内容|措施|目标|要求|举措|任务分解|具体|指标/ },
];

/**
 * Field names of a task laid out as a record, each on its own line over its
 * value (`责任单位` / `卫健局、文旅局`). Matched against the whole line.
 */
export const RECORD_FIELDS: readonly { readonly role: TableColumnRole; readonly name: RegExp }[] = [
  { role: 'ordinal', name: /^(序号|编号)$/ },
  { role: 'text', name: /^(具体任务|工作任务|任务内容|具体内容|具体措施|主要内容|工作内容|目标任务)$/ },
  { role: 'lead', name: /^(责任单位|牵头单位|责任部门|牵头部门|牵头责任单位|责任科室|牵头科室|责任股室|牵头股室|责任处室|牵头处室)$/ },
  { role: 'support', name: /^(配合单位|协作单位|配合部门|参与单位|主要协作单位|配合科室|配合股室|配合处室)$/ },
  { role: 'deadline', name: /^(完成时限|完成时间|时间节点|时限要求)$/ },
];

/** A column of a progress report that restates the year's aim (`年度目标`, `全年目标任务`), as `restatedAim` opens a clause. */
export const RESTATED_AIM_HEADING = /^(?:(?:19|20)\d{2}年)?(?:年度|全年|年初)(?:工作)?目标(?:任务)?$|^(?:年度|全年)(?:工作)?任务$/;

/**
 * A label that opens what a report says was done (`完成情况：`), after the aim it was set
 * (`目标任务…。完成情况：…`): figures before it are the aim, after it the results.
 */
export const RESULT_LABELS = /(?:截[至止]到?[^：:。，,；;\n]{1,10}?的?)?(?:完成情况|进展情况|工作进展|完成进度|推进情况|落实情况|进展)[:：]/;

/** A label that opens, after the results, what the next period will do (`下步安排：`): targets again. */
export const NEXT_LABELS = /(?:下步安排|下步计划|下一步打算|下步打算)[:：]/;

/** What a progress table's self-assessment cell says (`超前/正常/滞后`): a word of its own, never part of a unit's name. */
export const PROGRESS_STATUS = /^(?:超前|正常|滞后|落后|序时|按序时|已完成|完成|未完成|基本完成|进行中|推进中|已启动|未启动)(?:推进|进度)?$/;

/**
 * Headings of an indicator table (`指标名称 2022年基线值 2023年目标值 指标属性`): the column of
 * names, of the values aimed at, of the levels they start from, of the values reached (a review's), of the unit. Other columns
 * (属性, 性质) are read by no one.
 */
export const INDICATOR_COLUMNS = {
  name: /^(?:主要)?指标(?:名称)?$/,
  target: /目标(?:值)?$|^(?:19|20)\d{2}年(?:底|末)?$/,
  baseline: /基线|现状|基期|基数|现值/,
  result: /完成值|实际值|实现值|完成数|实际完成/,
  unit: /^(?:计量)?单位$/,
} as const;

/** What a column of an indicator table holds. */
export type IndicatorColumnRole = 'ordinal' | 'group' | 'name' | 'unit' | 'baseline' | 'target' | 'result' | 'property' | 'lead' | 'support';

/**
 * Headings of an indicator table's columns (领域 / 序号 / 指标 / 单位 / 基期值 / 2022年目标值 / 指标属性),
 * each matched against the whole heading cell, first match wins. A heading that is a year alone
 * (`2020年` / `2025年`) is a target unless an earlier year stands beside it with no baseline named.
 */
export const INDICATOR_TABLE_COLUMNS: readonly { readonly role: IndicatorColumnRole | 'year'; readonly heading: RegExp }[] = [
  { role: 'ordinal', heading: /^(?:序号|编号)$/ },
  { role: 'group', heading: /^(?:领域|类别|分类|维度|指标类别|指标分类|指标类型|一级指标)$/ },
  { role: 'name', heading: /^(?:主要)?指标(?:名称|内容)?$|^二级指标$/ },
  { role: 'unit', heading: /^(?:计量)?单位$/ },
  { role: 'result', heading: /完成值|实际值|实现值|完成数|实际完成/ },
  { role: 'baseline', heading: /基线|现状|基期|基数|现值|现有/ },
  { role: 'target', heading: /目标(?:值)?$|预期值$/ },
  { role: 'year', heading: /^(?:19|20)\d{2}年(?:底|末)?$/ },
  { role: 'property', heading: /^(?:指标)?(?:属性|性质)$/ },
  // A responsibility list of indicators names who answers for each (`牵头单位` / `责任单位`).
  { role: 'lead', heading: /^(?:牵头|责任|主责)(?:单位|部门|科室|处室|股室)$/ },
  { role: 'support', heading: /^(?:配合|协办|协作|参与)(?:单位|部门|科室|处室|股室)$/ },
];

/** What an indicator table's last column says of a row (`预期性`, `约束性`): the row ends there. */
export const INDICATOR_PROPERTY = /^(?:预期性|约束性|倡导性|引导性|指导性|预期|约束)$/;

/** Lines between an indicator table's rows that explain one (`说明：…`, `计算方法：…`): no row, no task. */
export const INDICATOR_NOTE = /^(?:说明|计算方法|指标说明|注|备注|数据来源)\s*\d?\s*[:：]/;

/** A heading over rows of one kind (`结果性指标`, `个人和社会倡导性指标`, `政府工作指标`), inside a group: no section. */
/**
 * `（二）主要指标。` right above an indicator table: an item of the outline the table's rows finish, numbered
 * or not; the rows of a table under a part of the text (`二、主要指标完成情况`), appended to it or standing
 * alone are items of their own.
 */
export const INDICATOR_ITEM_HEADING = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])\s*[^。，,]{0,12}(?:指标|目标)[^。，,]{0,8}[。：:]?$/;
export const INDICATOR_KIND_ROW = /^[\u4e00-\u9fa5]{0,12}指标$/;

/** A line under a table that signs it (`制表单位：…`, `填报人：…`, `注：…`): the table ends above it. */
export const TABLE_FOOTER = /^(?:制表|填表|填报|审核|统计|联系人|联系电话|备注|注)[^:：]{0,4}[:：]/;

/** A field's name in brackets at the head of its line (`【责任单位】…`, `[推进情况]…`): a label like `责任单位：`. */
export const BRACKETED_FIELD = /^[【\[〔]([\u4e00-\u9fa5]{0,6}(?:任务|单位|科室|部门|处室|股室|情况|进展|进度|时限|时间|节点|目标|措施|内容|问题|打算|成效|举措))[】\]〕]/;
/** `【活动内容】` after a space, ending its line: the next heading, run on by a lost break. */
export const BRACKET_HEADING_AFTER = /\s+【[\u4e00-\u9fa5]{2,12}】$/;
/** Fields named in brackets that head what follows them (`【工作目标】` alone on its line), not a unit's or a date's label. */
export const HEADING_FIELD = /(?:目标|任务|措施|内容|情况|进展|进度|问题|打算|成效|举措)$/;
