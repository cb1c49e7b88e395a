/**
 * What a section's heading says of the paragraphs under it.
 */

/**
 * A statement of aims or of the means to an end, or a summary's outlook (`下一步工作打算`): its
 * unnumbered paragraphs are not tasks (its numbered items are).
 */
export const NON_TASK_HEADINGS = /(^【?概况|^(?:总则|目的|适用范围|编制依据|目的和依据|目的与依据)$|^(?:活动|实施|工作|开展|创建)?(?:时间|期限|时限)$|^(?:引言|前言|导语|结语|结束语|写在最后)$|规划背景|发展基础|发展环境|发展现状|现状与形势|面临形势|起草背景|编制背景|制定背景|出台背景|起草依据|制定依据|政策依据|起草过程|解读机关|总体思路|基本思路|总体要求|指导思想|指导原则|工作原则|工作思路|基本原则|保障措施|组织实施|时间安排|进度安排|活动主题|组织保障|工作要求|工作保障|实施步骤|有关要求|工作措施|工作打算|下一步(?:工作)?(?:打算|安排|计划|思路|重点)|今后(?:工作)?(?:打算|思路))/;

/** Words that turn from what was done to what comes next (`下一步，…`, `明年将…`, `新的一年里…`). */
export const TURNS_AHEAD = ['下一步', '下步', '下阶段', '下半年', '今后', '明年', '来年', '新的一年'] as const;
/** Words that look back on the period before (`过去一年，…`, `一年来，…`, `五年来，…`). */
export const TURNS_BACK = ['过去一年', '过去的一年', '一年来', '去年', '上一年', '过去五年', '五年来'] as const;
const AHEAD = TURNS_AHEAD.join('|');
/** How far this year has come (`今年以来`, `今年1至9月`, `今年上半年`): it looks back, though it names this year. */
export const THIS_YEAR_SO_FAR = '今年(?:以来|上半年|前[一二三两]季度|[1-9１-９一二三四五六七八九十]{1,2}\\s*(?:至|到|-|—|－|～|~)\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*月)';
/** A year a template masked (`20xx年`): which year it is only its place tells. */
export const MASKED_YEAR = '20[xX×*＊]{2}\\s*年';
/**
 * A plan's preface saying it makes the plan (`为做好20xx年各项工作，特制定本计划`): in its paragraph, what a masked
 * year opened before it is the year behind.
 */
export const PLAN_DECLARED = /特制定|现制定|制定如下|计划如下|安排如下|要点如下/;
/** Where things stand now (`目前，全市…`, `截至目前…`): what is, not what is to be. */
export const STANDING_NOW = ['截至目前', '截止目前', '目前'] as const;

/** A summary's outlook on the next period (`下一步工作打算`, `2025年工作思路`): what it heads is work to come, not aims. */
export const OUTLOOK_HEADINGS = new RegExp(`打算|${AHEAD}|(?:19|20)\\d{2}年度?(?:工作)?思路`);

/** An unnumbered heading of the year's aims (`主要工作目标`): the paragraph under it, with its targets, is one task. */
// `复审目标`, `创建目标`: the goals of whatever the plan is for.
export const GOAL_HEADINGS = /^(?:主要|总体|年度|全年)?(?:工作|发展|行动|规划)?(?:任务)?目标(?:任务)?[:：]?$|^[\u4e00-\u9fa5]{2,4}?目标[:：]?$/;

/**
 * A heading that only holds the headings of the work (`三、重点任务` over
 * `（一）…` over `1.…`): those headings are the sections, the container is not.
 */
export const CONTAINER_HEADINGS = /^(?:主要任务|重点任务|重点工作|工作任务|主要措施|具体措施|工作重点|任务措施|重点工作任务|主要工作任务|工作内容|重点工作安排|重点任务和措施|主要任务和措施|策略与措施|主要策略与措施|策略和措施|行动内容|主要行动|重点行动)$/;

/** `基本情况`, `总体运行状况`: a part on the situation at large, one of the parts of no work. */
const SITUATION = '(?:基本|总体|整体|总的|目前|当前)(?:完成|工作|运行|开展|推进)?[情状]况';
export const SITUATION_HEADINGS = new RegExp(`^${SITUATION}$`);

/** A part that reports the problems met or the situation at large: none of it is work to follow up. */
// `三、存在的不足和今后努力方向`: a part that goes on to what will be done is work, whatever it names first.
export const NO_WORK_HEADINGS = new RegExp(`^(?![^，,。；;]*(?:今后|下一步|下步|努力方向|工作打算|工作思路|改进措施|整改措施))(?:(?:主要|存在的?|面临的?)(?:问题|不足|困难)|问题(?:和|与)不足|困难(?:和|与)问题|存在的?(?:主要)?问题(?:和|与)?(?:不足)?|${SITUATION}|工作概况|基本概况|(?:工作|规划|编制|起草|制定)?背景(?![与和及](?:主要|工作|总体)?目标)|发展基础|发展现状|现状与形势|发展基础与形势|面临形势|规划基础|资金(?:使用|投入|安排|到位|拨付)情况|(?:组织领导|(?:工作)?领导小组|组织机构)$|[^，,。；;]{0,16}发展背景$)`);

/**
 * A part that sets out the schedule (`三、进度安排` over `1.4月底前，…` `2.5月至11月，…`): its items are
 * the phases of the work already listed, not work of their own.
 */
/** `（二）基本原则` over `1. 政府主导，部门协作。…`: principles, numbered or not, are no work to follow up. */
export const PRINCIPLE_HEADINGS = /^(?:基本原则|工作原则|指导原则|总体原则|实施原则)[。.:：]?$/;
export const SCHEDULE_HEADINGS = /^(?:时间安排|进度安排|实施步骤|工作步骤|方法步骤|步骤安排|实施进度|时间进度|进度要求|时间节点|实施安排|工作进度|实施阶段|阶段安排|时间步骤|工作安排和进度|时间和进度安排)(?:及要求)?$/;

/** A note below the text (`注：…`, a footnote `[1] …`): the outline ends there. */
export const END_OF_OUTLINE = /^(?:(?:注|备注|说明)[:：]|\[\d{1,2}\]\s*\S)/;

/**
 * A closing call to everyone below the last section (`…要振奋精神，扎实工作，确保各项任务落到实处`):
 * it asks that the work above be done and sets none of its own.
 */
export const CLOSING_CALL = /(?:各级|各地|各单位|各部门|各乡镇|各有关|各相关|全[省市县区州旗]|全系统)[^。]{0,40}要[^。]{0,60}(?:确保|推动|保证|务求)[^。]{0,30}(?:落到实处|落实到位|落地见效|落地落实|取得实效|顺利完成|全面完成|圆满完成)[。！!]?$/;

/** Words of a heading over problems (`二、正视差距，当前工作中存在的问题`), wherever they stand in it. */
export const PROBLEM_HEADING_WORDS = /存在的?(?:主要)?问题|问题(?:和|与)不足|不足之处|正视差距|困难(?:和|与)问题|薄弱环节/;

/** `会议要求，`, `会上强调：`: a meeting's news turning to what the meeting asks, the points that follow its own. */
export const MEETING_DEMAND_OPENING = /^(?:会议|会上|大会)(?:要求|强调|指出|提出|明确)[，,：:]/;
