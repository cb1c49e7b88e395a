/**
 * The words that make a line a document's title and tell what kind of
 * document it is, and the words of the page around it that never do.
 */

/** Words a plan's title ends with. `计划生育` is a policy, not a plan. */
export const PLAN_TITLE_WORDS: readonly string[] = [
  '工作要点', '要点', '工作计划', '计划表', '安排表', '计划(?!生育|免疫)', '工作安排', '安排', '实施方案', '工作方案', '方案',
  '任务分解表', '任务分解', '分解表', '任务分工', '分工表', '责任分工', '分工', '责任分解', '一览表', '重点任务', '政府工作报告', '的讲话', '实施意见', '承诺书', '责任书', '考核细则', '评分细则', '考核办法', '考评办法', '计分办法', '评分办法', '实施办法', '考核指标', '指标体系', '考核手册', '量化手册', '工作手册', '考核评分表', '评分表', '考核表', '绩效目标表', '目标表', '政策解读', '解读', '工作会议召开', '会议召开', '会议举行', '任务清单', '清单', '台账', '工作思路', '思路', '工作谋划', '谋划', '工作部署', '工作任务', '重点工作', '工作重点', '打算', '(?<!免疫)规划', '目标任务',
  // `健康蓼原行动（2020—2030年）`: an action plan is named by its years.
  '行动(?=[(（](?:19|20)\\d{2})',
  // `蕖阳县召开2022年卫生健康工作会议`: news of the meeting that sets the year's work.
  '(?<=召开[^，,。]{0,24})工作会议',
  // `蒲坞县人民医院2019年度医疗质量与运行目标`: the aims a body sets itself for a year it names.
  '(?<=[\\u4e00-\\u9fa5]{4,}(?:19|20)\\d{2}年度?[^，,。；;：:]{2,24})目标',
];

/** The words a portal's or a template site's category is made of (`工作计划`, `计划总结`, `规划计划`): alone, no title. */
export const CATEGORY_WORDS: readonly string[] = ['计划', '总结', '要点', '规划', '方案', '安排', '汇报', '思路', '打算'];

/** Plan words that name a meeting's news, not a document: what the news tells decides the kind. */
export const MEETING_TITLE_WORDS: readonly string[] = ['工作会议召开', '会议召开', '会议举行'];

/** Plan words that also name what a report is about (`重点工作和民生实事完成情况`): joined to another, they make no second document. */
export const SUBJECT_PLAN_WORDS: readonly string[] = ['工作任务', '重点工作', '工作重点'];

/**
 * Words of a report of results: a summary whatever else its title says. `政府工作报告`
 * is the government's programme for the year; its 任务分解 is a plan.
 */
export const SUMMARY_TITLE_WORDS: readonly string[] = [
  '工作总结', '总结', '小结', '综述', '工作回顾', '工作汇报', '汇报材料', '汇报', '(?<!政府)工作报告', '情况报告', '总结报告', '年度报告', '调研报告', '述职报告', '述职述廉报告',
  '完成情况', '进展情况', '推进情况', '开展情况', '实施情况', '工作进展', '进展报告', '执行情况', '落实情况', '运行情况', '服务情况', '工作情况', '年报', '的报告', '自查报告', '自评报告', '自评表', '评价表', '评估报告', '情况汇总表', '情况统计表', '情况一览表', '情况表', '进度表', '进展表', '统计公报', '公报',
  // A new year's address looks back over the year that has just ended.
  '新年致辞', '新年贺词', '新年贺信', '新春贺信', '新年献词', '新春致辞',
];

/** What a speaker or a meeting is said to do before what it said (`他强调：`, `局长指出，`). */
export const SPEECH_VERBS: readonly string[] = ['指出', '强调', '表示', '要求', '提出', '介绍', '明确', '部署'];

/** A news headline over a report of results (`局长年度述职：…交出“民生答卷”`, `上半年“成绩单”出炉`, `上半年任务过半`): its page is a summary. */
// `去年我市居民健康素养水平达19.6%`: a headline of what last year reached.
// `…年度目标提前完成`, `十项民生实事全部兑现`: a headline that the aims were met, early, beyond or in full.
// `…发布居民妇幼健康指标`: news of figures put out (data, indicators, a bulletin) reports them.
export const RESULTS_HEADLINE = /述职|成绩单|答卷|盘点|回眸|晒出|发布[^，,。\s]{0,16}(?:数据|指标|公报|年报)(?![^，,。]{0,4}(?:目标|任务))|(?:任务|进度)过半|^(?:去年|上年|过去一年)|(?<!确保|力争|努力|要|将)(?:(?:提前|圆满|超额|全面|顺利)完成|(?:全部|全面|如期)兑现)/;

/**
 * `一是妇幼健康水平稳步提升。`, `三是健康扶贫任务圆满完成。`: a point told as its subject, then how it went, reports a
 * result; a plan's point opens with what is to be done (`推动…持续提升`).
 */
export const RESULT_POINT = /(?:^|[。\n])(?:[一二三四五六七八九十]是|[一二三四五六七八九十]、)?(?!推动|推进|促进|加快|着力|确保|力争|实现|加强|全面|持续|不断|进一步|坚持|努力)[\u4e00-\u9fa5“”"]{2,14}(?:稳步提升|持续提升|明显提升|显著提升|不断增强|持续增强|持续加强|不断加强|明显加强|不断完善|日益完善|不断提高|明显提高|显著提高|更(?:加)?(?:紧密|有力|深入|通畅|完善|优质|便捷|高效|健全|坚实|牢固)|持续改善|明显改善|稳中向好|有所减轻|继续增长|稳步增长|成效明显|成效显著|取得(?:重大|明显|显著|积极)?(?:成果|成效|进展|突破)|圆满完成|全面完成|扎实推进|有序推进|稳步推进)(?=[。；;\n])/g;

/** How a document is put out, after its own word: `…的通知`, `…完成情况公示`. */
export const TITLE_NOTICE = /(?:(?:公开)?征求意见)?(?:的通知|的?公示|的?公告|的?通报)/;

/** A title may end with the years it covers in brackets: `三年行动计划(2024—2026年)`. */
export const TITLE_TAIL = /(?:[(（][^()（）]{0,20}[)）])?$/;

/**
 * Decorations around a title on a page: bullets, hollow circles (`○ … ○`), brackets, quotes, a `标题:` label, an article's
 * number glued before it (`2023031406XX县…方案`), the page of a split copy after it (`… - 第2页`); on a page that
 * collects model texts, the piece's number and length (`第1篇 …工作总结 2360字`) and the count (`（十二篇）`); when it was
 * put out, in brackets (`（2019年1月印发）`).
 */
/** `…2026年重点工作计划出炉！`: a headline's cry after a title's own words, with its marks or without. */
export const HEADLINE_CRY = /(?<=(?:要点|计划|总结|方案|安排|任务|清单))(?:正式)?(?:出炉|发布|公布|来了|出台)(?:啦|了)?[!！]*$/;

/** `…开局2019年-今日溱阳网-- 溱阳门户`: the site's name a page's title bar puts after the headline. */
export const SITE_NAME_SUFFIX = /(?:\s*[-_|—–]{1,2}\s*[\u4e00-\u9fa5A-Za-z]{2,12}(?:网|门户|在线|客户端|融媒|人民政府|官网|平台|官方网站))+$/;
export const TITLE_DECORATION = /[(（](?:全文|完整版?|最新版?)[)）]$|\s+(?:供借鉴|供参考|仅供参考)$|^\d{1,3}\s+(?=(?:19|20)\d{2}\s*年)|(?<=(?:要点|计划|总结|方案|安排|思路))篇[一1]$|^[\u4e00-\u9fa5A-Za-z]{2,8}(?<![委局院办府心])[:：](?=[^:：]{6,}$)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]$|^(?:标\s*题|名\s*称|题\s*目)(?:[:：]\s*|\s+)|^附件\s*\d{0,2}\s*[:：.．、]\s*|^附件\s*\d{1,2}(?=[\u4e00-\u9fa5])|^(?:【[^】]{0,12}】\s*)+|^\[[^\]]{2,30}(?:计划|总结|要点|方案|范文|汇报)\](?=\S{6,})|^(?:[\u4e00-\u9fa5A-Za-z]{1,8}(?:网|文库|频道|专栏|资料库)\s+)+|^「[^」]{1,6}」|^(?![*＊]{1,4}[省市县区镇乡村街])[·•●■◆★☆\-—*#\s"|]+|^“(?=[^”]*$)|^下载后可任意编辑|^[\u4e00-\u9fa5]{2,6}丨(?=\S{6,})|^[(（][\u4e00-\u9fa5]{2,8}(?:省|自治区)[)）](?=[\u4e00-\u9fa5]{2,10}[市县区州])|[·•●■◆★☆\-—*\s"”|]+$|[(（【](?:通用|精选|优选|热门|最新|优秀|实用|推荐|经典|热门推荐)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})篇(?:范文|合集)?[)）】]$|^第\s*\d{1,3}\s*篇[:：\s]*|^篇\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[:：\s]\s*|^[A-Za-z]{1,8}\d{2,6}[\u4e00-\u9fa5]{0,4}官方网站|^[\u4e00-\u9fa5]{2,20}\s*篇\s*[1一](?=\S{6,}$)|(?<=(?:要点|计划|总结|方案|安排|思路|报告|情况|打算))\s*(?:\d{3,5}字|【\d{3,5}字】)$|[(（][^()（）]{0,10}〔(?:19|20)\d{2}〕\s*\d{1,4}\s*号[)）]$|(?<=(?:要点|计划|总结|方案|安排|思路|报告|部署|打算|规划|纲要))(?:范文|文稿|材料|全文|汇编)$|[(（][^()（）]{0,16}(?:印发|发布|修订|公布)[)）]$|(?:[(（]共\s*\d{1,3}\s*页[)）])?\.(?:docx?|pdf|wps|txt)(?:VIP)?$|[(（]共\s*\d{1,3}\s*页[)）]$|(?:_|\s*[-–—]\s*)第\s*\d{1,3}\s*页$|^\d{6,}(?=[^\d年.．、])|(?<=(?:要点|计划|总结|方案|安排|思路|报告))_\d{1,2}$|[(（](?:图|组图|附图|图文|视频)[)）]$|[(（]第\s*\d{1,3}\s*页[)）]$|\s*[(（](?:区县|县区|市县|县市|乡镇|街道|省市)[)）]$|^[○◎◇□]\s+(?=\S{6,})|^第\s*(?:第\s*)?PAGE\s*\d*\s*页\s*共\s*NUMPAGES\s*\d*\s*页\s*|^[\u4e00-\u9fa5]{2,6}[:：]\s*_{3,}\s*|(?<=\S{6,})\s+[○◎◇□]$|^[\u4e00-\u9fa5]{1,8}[〔［\[【(（](?:19|20)\d{2}[〕］\]】)）]\s*\d{1,4}\s*号\s*(?=\S{6,})/gi;

/** `一图读懂｜…工作要点`, `图解 | …`: the column a WeChat post or a portal files a headline under, before one bar. */
// `凝心聚力谋发展 砥砺奋进再出发 | …召开…大会`: or a slogan of two matched phrases a news page sets before it.
export const COLUMN_LABEL = /^(?:[\u4e00-\u9fa5]{2,6}|[\u4e00-\u9fa5]{3,8}\s+[\u4e00-\u9fa5]{3,8})\s*[|丨｜]\s*(?=[^|丨｜]{6,}$)/;

/** Lines that are a page's furniture, not a title: breadcrumbs, metadata rows, site names. */
export const NOT_TITLE_LINES: readonly RegExp[] = [
  // `院长汤振华作《医院工作报告》`: a photo's caption, someone delivering a report, names no document of the page.
  /^[\u4e00-\u9fa5、（）()]{2,20}(?<!工)(?:作|做)了?(?:[《“"][^》”"]{1,16}报告[》”"]|(?:工作)?报告)$/,
  // `院长作年度报告`: one whose speaker is named by office, whatever the report is called.
  /^[\u4e00-\u9fa5、（）()]{0,12}(?:长|书记|主任|主席)[\u4e00-\u9fa5]{0,4}(?:作|做)了?[\u4e00-\u9fa5]{0,10}报告$/,
  // `…护士为患者测量体温 韩立雯摄`: a photo's caption with its photographer's credit (a yearbook's `综述` may be glued after).
  /\s(?:记者\s*)?[\u4e00-\u9fa5]{2,4}\s*摄(?:影)?(?:综述|概述)?$/,
  /[>＞›»]/, /\|\s*[^|\s]/, /^首页/, /当前位置|您现在的位置|所在位置/, /^序\s*号/,
  /^(索\s*引\s*号|主题分类|组配分类|成文日期|公开日期|发布日期|发布机构|文\s*号|有\s*效\s*性|体裁分类|公文种类)/,
  // `时间:2021-10-27 19:26:38 工作计划`: a site's date stamp before its category.
  /^(?:时间|日期|发布时间|更新时间|上传时间)[:：]/, /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/,
  /门户网站|政府网$|政务网$/, /^Page\s*\d+/i, /第\s*\d+\s*期/, /https?:\/\/|www\./i,
  // `2023-01-31 10:48:42 妇幼保健工作计划`: a dateline and the page's category, never a title or a title's end.
  /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/,
  // `瀚泾区卫生健康局 - 工作动态`: a site's name and the column a page is filed under.
  /\s[-－—_|]\s*(?:工作动态|新闻动态|动态信息|部门动态|基层动态|要闻|新闻中心|通知公告|政务公开|信息公开|政务动态|卫健动态|工作信息)$/,
];

/** How an issuing authority is named after its place: `梅溪县卫生健康委员会`, `松涛县卫生和计划生育委员会`. */
export const AUTHORITY_WORDS: readonly string[] = [
  '卫生健康委员会', '卫生健康委', '卫生健康局', '卫健委', '卫健局', '卫生和计划生育委员会', '卫生计生委', '卫生计生局',
  '卫生局', '人民政府', '健康[\\u4e00-\\u9fa5]{2,4}行动推进委员会', '爱国卫生运动委员会', '深化医药卫生体制改革领导小组',
  '卫生和计划生育局', '卫计委', '卫计局', '医疗保障局', '医保局', '中医药管理局', '疾病预防控制局', '疾控局',
  '老龄工作委员会办公室', '老龄办', '老龄委',
];

/** Bodies that speak for the whole country. */
export const NATIONAL_AUTHORITIES = /国家卫生健康委|国家卫健委|国家卫生计生委|国家卫生和计划生育委员会|健康中国行动推进委员会|国务院|健康中国|国家医疗保障局|国家医保局|国家中医药管理局|国家疾病预防控制局|国家疾控局|全国爱国卫生运动委员会|全国爱卫/;

/** A title whose scope is the whole country (`2020年全国爱国卫生工作总结`). */
// `…我国居民人均预期寿命达77.4岁`: the country's own figures.
export const NATIONAL_TITLE = /^(?:(?:19|20)\d{2}年度?)?全国|(?:^|\s)(?:(?:19|20)\d{2}年度?)?我国/;

/** Administrative levels that end a place name, longest first. */
export const PLACE_LEVELS: readonly string[] = ['自治区', '自治州', '自治县', '特别行政区', '省', '市', '区', '县', '旗', '州', '盟', '镇', '乡', '街道'];

/** `全市`, `本县`, `我区`: the level named without the place. */
export const LEVEL_REFERENCES = /[全本我该各](省|市|区|县|旗|州)/g;

/** Place-like words that are not places. */
/** What a place name never holds: ordinals, periods, scopes, document words. */
export const NOT_IN_PLACE = /最新|城乡|下乡|所在|卫生|监督|返乡|乡村|^[全本我该各每]|[全该各每][省市县区镇乡]|第|季度|年度?|工作|总结|要点|计划|报告|情况|方案|了|设在|小组|办公室|医院|保健院|卫生院|中心|的|小编|政府|党委|记者|通讯员|获悉|日前|(?:社|园|景|片|辖|小|校)区$|^(?:新建|新增|改建|扩建)/;

/** A word of a sentence glued before a body's short name (`…是市医疗保障局…`, `由区卫健局牵头`): no place starts with one. */
// `加快县人民医院…建设`: a verb before the level of a body the sentence speaks of.
// `记者日前从市…获悉`, `现将省…`, `组建以县…`: a preposition or 将 before a level ends no place's name, whatever stands before it.
export const SENTENCE_WORD_BEFORE_LEVEL = /^(?:是|为|在|对|和|与|及|的|各)[省市县区]$|(?:由|将|把|经|向|从|请|据|以)[省市县区]$|^(?:加快|推进|加强|推动|完善|建设|实施|提升|落实|支持|指导|组织|争取|依托|扶持)[省市县区镇乡]$|(?:会议|会上|大会|报告|讲话)(?:由|在|对|向|将|请)?[省市县区]$|(?:代表|同志)[省市县区]$/;

// `在全区卫生健康系统…会上的讲话`: a preposition before a whole area names no place.
export const NOT_PLACES = /^(?:在|于|致|向)?(?:特色小镇|小镇|重点镇|中心镇|城镇|集镇|乡镇|直辖市|自治区|自治州|自治县|计划单列市|副省级|城|城市|全|本|我|该|各|省|市|县|区|地|社区|街区|园区|景区|片区|城区|新区|辖区|小区|校区|试点|示范|分|有关|相关|所属|省市|市县|县区|区县|省级|市级|县级|区级)/;

/**
 * Headings of the part of a page that looks ahead (`二、2024年工作要点`,
 * `明年工作打算`): what it states are targets, even in a summary. A heading that also
 * looks back (`上半年总结及下半年计划`) is the page's title over both parts, not the later one.
 */
// `一、年度任务` over `二、完成情况` in a year's report: the tasks the year was set, aims restated.
export const FORWARD_HEADINGS = /^(?!.*(?:完成|成效|成绩|取得|情况|进展|总结|回顾)).*(?:要点|计划(?!生育|免疫)|方案|打算|安排|思路|目标|举措|谋划|部署)|^(?:(?:19|20)\d{2}年度?)?(?:年度|全年)(?:重点)?(?:工作)?任务$/;
/** Headings of a part of a plan that looks back on last year (`一、2023年工作回顾`, a speech's `一、充分肯定去年取得的成绩`); a theme that speaks of 成效 is not one. */
// `一、前三季度工作进展` in a fourth quarter's plan: the quarters behind it.
export const BACKWARD_PARTS = /^(?:(?:19|20)\d{2}年度?)?(?:全年|上年|去年|过去一年|上半年|(?:前|第)?[一二三两]季度|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月份?)?(?:主要)?(?:工作)?(?:总结|回顾|完成情况|取得的成效|主要成效|工作成效|进展|进展情况|推进情况|落实情况)$|^(?:发展基础|发展现状|现状与形势|发展基础与形势|规划基础|(?:规划|编制|工作)?背景)$|(?:去年|上年|过去一年|过去的一年|一年来)[^，,。]{0,8}(?:成绩|成效|成就)/;

/** A new year's address (`2019年新年致辞`): given as its year begins, it reports on the year before. */
export const NEW_YEAR_ADDRESS = /(?:新年|新春)(?:致辞|贺词|贺信|献词)/

/** A report made part way through its year (`上半年`, `第三季度`, `1-9月`, `截至6月30日`): the year's aims are still in force. */
export const INTERIM_PERIOD = /上半年|截[至止](?:(?:19|20)\d{2}年)?\s*(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)\s*月|(?:第?[一二三1-3]|前三)季度|(?:1|一)\s*[-—~～至]\s*(?:[1-9]|1[01]|[一二三四五六七八九十]{1,2})\s*月|[1-9]\s*[-—~～]\s*(?:[1-9]|1[01])\s*月/;

/** `健康细胞建设`, `健康家庭行动`: what follows 健康 in a slogan that names no place. */
export const NOT_SLOGAN_PLACES: readonly string[] = ['中国', '市民', '居民', '学生', '职工', '老人', '场所', '环境', '人群', '饮食', '心理', '口腔', '文化', '校园', '村庄', '食堂', '城乡', '细胞', '细胞', '家庭', '促进', '素养', '教育', '知识', '生活', '乡村', '城市', '社区', '单位', '企业', '学校', '机关', '医院', '步道', '小屋', '产业', '扶贫', '管理', '服务', '体检', '科普', '老龄', '儿童', '妇女'];
