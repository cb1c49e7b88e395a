/**
 * Figures that look like targets and are not (see the spec's "Not targets").
 * Each rule has an id so that a rejection can be traced and tested.
 */
export const NOT_TARGET_RULES = {
  /** `成文日期：2025-02-26`, `2023/4/18`: a date's parts are no figures. */
  date: /(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/g,
  /** `第七批`, `第十三次党代会`, `第四轮` */
  ordinal: { before: ['第'] },
  /** `我县辖21个乡镇、436个行政村，常住人口52万`: what a place holds, the ground its work covers, not work done. */
  // `全区现有社区卫生服务中心9个、服务站31个`, `我院现有职工46人`, `辖区有村卫生室17个`: what a place or a body holds, not what its
  // work did (a bulletin's `全省共有…` is its statistic); `全村常住人口1426人`, `为辖区4.6万居民提供…服务`: the people it serves;
  // `我院服务全镇14个行政村`: the ground a body serves.
  scope: { clauseOpens: /^(?:我|全|本|[\u4e00-\u9fa5*xX×＊]{1,6}(?=[省市县区镇乡旗州](?:共|下)?辖))?(?:省|市|县|区|镇|乡|旗|州)?(?:共|下|现)?辖(?!区)|^(?:截至[^，,。]{2,12}[，,]?)?(?:全|我|本|该)(?:省|市|县|区|镇|乡|旗|州|院|中心|站)现有|^辖区(?:内)?(?:共)?有|^(?:我|本|该)(?:院|中心|站|所)(?:服务|覆盖|负责)(?:全|本)(?:镇|乡|街道|社区|县|区|市)/, measures: /^(?:我|全|本)?(?:省|市|县|区|镇|乡|旗|州|村|街道|社区|辖区)?(?:共有|有)?(?:常住人口|户籍人口|户籍总人口|常住总人口|总人口|人口总数|总面积|辖区面积|服务人口)(?:约|为|达|共)?$/, residents: { before: /辖区(?:内)?(?:的)?$/, after: /^(?:名|位)?(?:常住)?(?:居民|群众|人口)/ } },
  /** `全省1326家乡镇卫生院中，达到…标准的有418家`: the whole a count is taken among, not a count of work. */
  among: { clauseEnd: /^[\u4e00-\u9fa5]{1,12}中$/ },
  /** `…负责人共160余人参加会议`, `…共280余人参加。`, `…近300人参会`: how many came to a meeting, told in its news, is no work's figure. */
  // `3个家庭医生团队代表作了交流发言`: how many spoke at it, too.
  attendance: { clauseEnd: /(?:(?:参加|出席|列席)(?:了)?(?:会议|大会|活动|座谈会?|[\u4e00-\u9fa5]{1,4}会)?|参会|与会|(?:作|做)了?(?:交流|典型|表态)?发言)$/ },
  /** `会上还表彰了2024年度优秀家庭医生团队3个、优秀乡村医生5名`: whom a meeting honoured is its proceedings, not work. */
  // `对12个先进集体和36名先进个人进行了通报表扬`: the same, told the other way round.
  award: { clauseOpens: /^(?:会上|会议|大会|会议期间)?(?:还|并|同时)?(?:通报)?表彰(?:了)?/, clause: /^(?:会上|会议|大会)?(?:还|并|同时)?对[^，,。；;]{1,40}(?:进行了?|予以|给予)(?:通报)?(?:表彰|表扬|嘉奖|奖励)/ },
  /** `计算方法：达标人数/监测人数×100%`: a factor of a formula that says how a rate is computed. */
  // `儿童健康管理率=年度辖区内接受1次及以上随访的…儿童数/…`: a figure in the definition of a rate.
  // `“1名全科医生+1名护士+1名公卫人员”的模式`: a team's make-up, each count a term of the sum.
  // Not `+8.4%`, a change with its sign.
  formula: { before: ['×', '*', '＊', '÷'], definition: /(?:率|数|比|指数)\s*[=＝][^。；;\n=＝%％:：]{0,60}$/, termAfter: /^[^，,。；;、\d]{0,10}[+＋]\s*\d/, termBefore: /\d[\u4e00-\u9fa5]{1,10}\s*[+＋]\s*$/ },
  /** `每10万人口精神科执业医师数`, `每1000名儿童`: the population a rate counts per. */
  // `AFP病例监测每10万15岁以下儿童报告发病率`: a base of so many of a group, its age after.
  perPopulation: { before: ['每'], after: /^(?:万|千|百)?(?:常住人口|户籍人口|人口|名|人|户)|^(?:万|千|百)?(?=\d{1,2}\s*(?:岁|周岁))/ },
  /**
   * Rules that score (`每低1个百分点扣2分`, `优秀(90分及以上)、良好(80—89分)`): the step a score moves by, and the
   * band a grade covers, are no targets.
   */
  // `符合政策生育率(4分)`, `…扣0.2分`: the points an item weighs and the points a rule takes or gives;
  // `发生1例孕产妇死亡的，本项不得分`: the case that loses an item its points.
  scoring: { steps: /(?:每|每项|每个)(?:低|高|少|多|超|超过|低于|高于|增加|减少|降低|提高|下降|上升)$/, grades: /(?:优秀|良好|较好|合格|基本合格|不合格|较差|一般|达标|不达标)[(（]$/, score: /^分/, awarded: /(?:扣|加|减|得|计|记|扣除)$/, weight: /^分[)）]/, veto: /^[^，,。；;]{0,20}的[，,]\s*(?:本项|该项|此项)?(?:不得分|不计分|扣|一票否决|取消)/ },
  /** `…工作总结【3篇】`, `（十二篇）`, `(通用3篇)`: how many pieces a page collects. */
  collection: {
    open: ['【', '(', '（', '['] as readonly string[],
    before: /[【(（\[](?:通用|精选|优选|热门|最新|优秀|推荐|实用|经典)$/,
    after: /^篇[】)）\]]/,
    // `…工作总结 3篇` at a line's end, `…范文2020最新精选5篇.doc`: a file's or a page's count of its samples, no bracket round it.
    titleBefore: /(?:总结|计划|要点|方案|报告|范文|范例|精选|通用|合集)\s?$/,
    titleAfter: /^篇(?:\s|\.(?:docx?|pdf|wps)|$)/i,
  },
  /** `目前已完工6家，其余2家正在…`, `其余6件实事涵盖…`: the rest of a whole already counted, as a clause's subject (not `完成剩余3所…`). */
  remainder: { before: ['其余', '其他'] },
  /** `卡介苗应种212人，实种212人，接种率为100%`: the counts a coverage rate is taken from; the rate is the figure. */
  rateParts: { before: ['应种', '实种', '应接种', '实接种', '应检', '实检', '应筛', '实筛', '应访', '实访'] },
  /** `这10项重点工作是：`, `上述3项任务`: a count that points back or on to a list counts its items, no work. */
  demonstrative: { before: ['这', '上述', '下列'] },
  /**
   * `镇卫生院和21个村卫生室全部实行…`, `区疾控中心和2家医院实验室投入使用`: a count in the subject, beside a unit the
   * clause opens with, says who did the work, not what is to be done.
   */
  coordinatedSubject: { clause: /(?:^|[，,。；;：:\n])([^，,。；;：:\n]{2,12})[和与及]$/, unit: /(?:中心|医院|卫生院|院|室|站|所|局|委)$/, verbs: /完成|建成|新建|建设|改造|组建|推进|实现|达到|开展|支持|指导|帮扶|培训|覆盖|新增|扩大|增加|配备|设立|成立/ },
  /** `一届二次党代会`, `十一届十一次全会` */
  session: { before: ['届'], after: ['全会', '党代会', '代表大会', '全体会议', '会议', '中全会'] },
  /** `建党100周年`, `爱国卫生运动70周年` */
  anniversary: { units: ['周年'] },
  /** `18-59岁人群`, `60岁以上老年人`, `80周岁以上`: the unit 岁 needs a comparator before it. */
  ageQualifier: { units: ['周岁'] },
  /** `12345市民投诉`, `120急救`, `5G` */
  identifier: { after: ['热线', '市民', '民生', '急救电话', '平台', '服务热线'], maxPlainDigits: 4 },
  /** Opening quotes: a figure right after one is a slogan (`“两个先行”`, `“十四五”`). */
  quoted: { open: ['“', '"', '「', '『', '‘', '\''], close: ['”', '"', '」', '』', '’', '\''], maxInside: 16 },
  /** Titles of documents: `《健康西山行动2021-2022)实施方案》`. */
  titled: { open: '《', close: '》' },
  /** `38.2%(目标值37%)`: a past target quoted beside the result. */
  // `完成省定97%的目标任务`: the aim another body set, named as such after it, is quoted, not reached.
  /** `肿大率为2.1%，低于5%的消除标准`: the standard a result is measured against, quoted after it. */
  // `建档率已达到省定80%的指标要求`, `两病规范管理率均达到60%的要求`: met, not reached.
  standard: { before: /(?<!不)(?:低于|高于|优于|好于|达到|到达|符合)(?:省定|市定|县定|区定|国家|国定)?$/, after: /^(?:以上|以下)?的[\u4e00-\u9fa5]{0,6}(?:标准|要求)(?!化)/ },
  pastTarget: { open: ['(', '（'], markers: ['目标值', '目标', '计划值'], maxGap: 1, setBy: /(?:省定|市定|县定|区定|州定|国定|下达)$/, named: /^的?(?:目标任务|目标值|目标)/ },
  /** `全年目标任务签约4.8万人，已签约4.37万人`, `年初计划新增80个，实际新增86个`: a report's clause that restates the year's aim; its result follows. */
  // `2022年，我省将…列入十项民生实事：…各60万人`: the year's list of aims, quoted before what was done.
  // `全省新建村卫生室1200个，实际建成1236个`: the figure the result is set against right after it.
  restatedAim: { sentence: /(?:主要|工作|年度|全年)(?:任务|目标)(?:是|为)[:：]|将[^。：:]{0,40}(?:列入|列为|纳入)[^。：:]{0,24}[:：]/, actualAfter: /^[，,]\s*实际(?:完成|建成|新增|新建|开展|投入|达到|签约|筛查|招收|培训|发放|救治|接种|检测)?/, openers: ['全年目标任务', '计划完成', '全年目标', '全年任务', '年度目标任务', '年度目标', '年度任务', '目标任务', '年初计划', '年度计划', '原计划', '计划任务', '年初目标', '计划目标', '计划投资'] },
  /**
   * `由4.21张提高到4.65张`, `从35%下降到30%`, `由2022年的33.5%提高到…`: the level a change starts
   * from. Only the level it reaches is a figure.
   */
  baseline: {
    from: ['由', '从'],
    /** Between 由 and the figure: whose level it was (`2022年的`, `上年的`), how near (`由不足2000管`). */
    between: /^(?:(?:20\d{2}|19\d{2})年(?:底|末|初)?|上年(?:底|末|同期)?|去年(?:底|末|同期)?|上一年|年初|原来|原先|过去|以前|改革前)?的?(?:不足|不到|近|约|超过|逾)?$/,
    /** After the unit: a verb of change and where it goes (`提高到`, `下降至`, `增至`, `上升为`). */
    change: /^(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩短|压缩|缩小|回落|升|增|降|减)(?:到|至|为)/,
    /** `在孕产妇系统管理率已达到88%的基础上再提高2个百分点`: the level reached that the aim builds on. */
    ground: { before: /在[^。，,；;]{2,30}$/, after: /^(?:以上)?的?基础上/ },
    /** `较上年10.86/10万下降了5.99%`: the earlier level a change is measured against, right after 较/比 and its period. */
    against: { before: /(?:较|比)(?:(?:19|20)\d{2}年(?:底|末|同期)?|上年(?:底|末|同期)?|去年(?:底|末|同期)?|上一年|同期)的?$/, after: /^(?:相比)?[，,]?(?:下降|降低|减少|提高|提升|增长|增加|上升|升高)/ },
  },
  /**
   * `92.1%（省定目标值88%）`, `（2023年为89.6%）`, `（上年同期为…）`: a bracket right after a reported
   * figure quotes another for comparison, however it is labelled; `（其中…）`, `（占76.6%）` break one down.
   */
  comparison: { open: ['(', '（'], close: [')', '）'], maxInside: 16, maxAfterFigure: 4, breakdown: ['其中', '含', '包括', '即', '占'], changes: ['增长', '下降', '提高', '增加', '减少', '降低', '上升', '同比'], against: /(?:较|比|与)(?:(?:19|20)\d{2}年(?:底|末|同期)?|上年(?:同期)?|去年(?:同期)?|同期)$/ },
  /**
   * `实施15个专项行动`, `"18项专项行动"`, `十八项医疗质量安全核心制度`: a count of named programmes,
   * actions or systems, said as a name rather than delivered (`完成15个项目` is delivered).
   */
  countedName: {
    classifiers: '项个条',
    /** The counted words end in one of these, and the phrase ends there. */
    // `5项基本制度建设`: the building of the systems named is still their count.
    // `明确全年4个方面11项重点工作`: the parts a document counts itself in.
    name: /^[\u4e00-\u9fa5]{0,10}?(?:(?:行动|制度(?:建设)?|工程|任务|举措|重点工作)(?![\u4e00-\u9fa5A-Za-z0-9])|方面(?![\u4e00-\u9fa5A-Za-z]))/,
    /**
     * `推动两项创建工作同部署`: pieces of work counted in words, which the sentence goes on to speak of
     * (`完成15项编码贯标工作` in digits is delivered; a 工作室 or 工作站 is built).
     */
    workInWords: /^[\u4e00-\u9fa5]{0,10}?工作(?![室站组者队点])/,
    /** `清单八方面52条`, `6个方面30项`: the items right after the parts they fall in, a document counting itself. */
    afterParts: /(?:[一二三四五六七八九十两]{1,3}|\d{1,2})(?:个|大)?(?:方面|部分|板块)$/,
    maxLength: 16,
  },
  /**
   * `8项民生实事均全部完成年度目标`, `民生实事共8项`, `“新增托位”、“两癌筛查”等3项`: a report's tally of its own
   * items (how many there are, how many met their aims), not a thing delivered.
   */
  tally: {
    classifiers: '项个件',
    /** What the count is of, then that they met their aims (`…均全部或超额完成年度目标`). */
    metAims: /^(?:项目|民生实事(?:项目)?|重点工作|重点任务|工作任务)?[\u4e00-\u9fa5]{0,6}?完成(?:了)?(?:年度|全年|序时|既定)?(?:目标|任务|进度)|^[\u4e00-\u9fa5]{0,8}?(?:民生实事|项目)(?:均|全部)(?:已经?)?(?:完成|办结)/,
    /** The items a count closes: a name before `共`, a list of quoted names before `等`. */
    before: /(?:民生实事|重点工作|重点任务|工作任务|实事)(?:项目)?(?:共|共计|合计|总计)$|[”"]等$|类(?:项目|实事)$/,
  },
  /** `每半年开展一次督查`, `每季度通报一次`: how often, not how much. */
  frequency: { units: ['次', '轮'], every: '每', period: /^每(?:[一二两三四五六七八九十\d]{0,2}个?)?(?:半年|年|季度|季|月|周|旬|天|日)/, maxBefore: 14, volume: /(?:不少于|不低于)$/ },
  /** `10秒接听率`: the figure names the metric, it does not set it. */
  partOfMetric: { metricEnds: ['率'], maxDistance: 4 },
  /**
   * `…the infant mortality rate below 5%`: a figure of a translation glued after the text (a journal's English
   * abstract) repeats a figure the Chinese gives; so many Latin letters and no Chinese character before it say so.
   */
  foreign: { reach: 16, lettersMin: 8 },
  /** `总诊疗人次达到312万人次……` at a page's end: the teaser of another article, cut off. */
  // `孕产妇死亡率/10万`: the denominator of a rate whose figure a copy stripped, no figure of its own.
  truncated: { after: /^(?:……|\.{3,})/, lostNumerator: /(?:^|[^\d.])[/／]$/ },
  /**
   * A copy that dropped every decimal point: `缩短06天` (0.6), `达标率9135%` (91.35). The true value cannot be told,
   * and a wrong number is worse than none: a figure written with a leading zero, or a rate far past 100% (a task's
   * 完成率 may reach 140%; no rate reaches 300%).
   */
  lostDecimal: { leadingZero: /^0\d+$/, rateBefore: /率(?:为|达|达到|是)?$/, percent: /^[%％]/, rateMax: 300 },
  /** `一个主题`, `五个行动计划`, `三个全覆盖`: a counted slogan, never a delivered thing. */
  countedSlogan: {
    nouns: [
      '主题', '主线', '战略', '改革', '制度', '能力', '自信', '维护', '全覆盖', '行动计划', '专项行动', '行动',
      '机制', '措施', '任务', '重点', '原则', '方面', '理念', '目标', '作用', '工程', '体系', '要求',
      '责任', '示范区', '重点工作', '不出', '到位', '结合', '融合', '优先', '同步', '一体',
    ],
  },
} as const;

export type NotTargetRule = keyof typeof NOT_TARGET_RULES | 'redacted' | 'no-commitment' | 'needs-comparator' | 'age-qualifier';
