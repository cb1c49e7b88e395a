import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

const fields = (text: string) => {
  const d = extractText(text);
  return { title: d.title, kind: d.kind, year: d.year, region: d.region };
};
const body = '\n一、甲\n1.推进一项工作。新建示范点2个。';

describe('document title: the line that reads like a title, not the first line', () => {
  it.each([
    ['a portal category label above the title', `计划总结\n2024年南屿市卫生健康工作要点${body}`, '2024年南屿市卫生健康工作要点'],
    ['a breadcrumb naming 工作总结', `首页 > 信息公开 > 计划总结 > 工作总结\n南屿市卫生健康委员会2024年工作要点${body}`, '南屿市卫生健康委员会2024年工作要点'],
    ['a metadata row of table cells', `| 索引号 | 0001/2024-00003 | 组配分类 | 计划总结 |\n| 名称 | 南屿市卫生健康委员会2024年工作要点 | 文号 | |\n南屿市卫生健康委员会2024年工作要点${body}`, '南屿市卫生健康委员会2024年工作要点'],
    ['a notice that wraps the plan, then the plan\'s own title', `南屿市卫生健康委员会关于印发2024年全市卫生健康工作要点的通知\n各县(区)卫生健康局:\n现将工作要点印发给你们,请认真贯彻落实。\n南屿市卫生健康委员会\n2024年3月1日\n2024年全市卫生健康工作要点${body}`, '2024年全市卫生健康工作要点'],
    ['a statistical bulletin (统计公报) as a report of results', `2024年南屿市卫生健康事业发展统计公报\n发布时间：2025-05-10${body}`, '2024年南屿市卫生健康事业发展统计公报'],
    ['a progress table (进展情况汇总表), not the table header under it', `2024年卫健委重点工作责任清单进展情况汇总表(第二季度)\n序号 2024年重点工作任务 牵头单位 工作评价 4-6月份进展情况${body}`, '2024年卫健委重点工作责任清单进展情况汇总表(第二季度)'],
    ['a metadata row whose name cell is the only title', `| 名称: | 南屿县卫健委2023年工作总结及2024年工作安排 |\n| 发布日期: | 2024-01-20 |${body}`, '南屿县卫健委2023年工作总结及2024年工作安排'],
    ['a performance self-check report (自查报告) under a breadcrumb', `当前位置:政务公开>绩效管理\n南屿市卫生健康委员会2023年度绩效管理工作自查报告${body}`, '南屿市卫生健康委员会2023年度绩效管理工作自查报告'],
    ['a notice alone gives the plan it wraps', `关于印发《2024年全市卫生健康工作要点》的通知${body}`, '2024年全市卫生健康工作要点'],
    ['a repost\'s headline: the account before a colon, the part number after', `健康小站:健康南屿行动(2021—2030年)(3)\n发布于: 2021-05-02 转发:0${body}`, '健康南屿行动(2021—2030年)'],
    ['an account\'s name before a colon, and a body\'s own name kept', `南屿市卫生健康委员会:2024年工作要点${body}`, '南屿市卫生健康委员会:2024年工作要点'],
    ['a news item that reports on a plan issued (`近日印发的《X》提出`), under a headline of one figure', `首页 > 新闻推荐 78.5岁\n78.5岁\n2016-11-08 07:45 来源:溪岚日报\n到2020年,溪岚省人均预期寿命达到78.5岁。这是溪岚省卫生计生委近日印发的《溪岚省“十三五”卫生与健康规划》提出的主要目标。\n规划明确了三项重点任务:\n一是深化医改,县域内就诊率达到90%;\n二是加强疾病防治,适龄儿童免疫规划疫苗接种率保持在95%以上;\n三是加强人才建设,每千常住人口执业(助理)医师数达到2.5人。`, '溪岚省“十三五”卫生与健康规划'],
    ['a CDC\'s news headline: a CDC, a hospital, a maternal-child centre speak of health', `溪岚市疾病预防控制中心\n首页 | 中心概况 | 疾控动态\n市疾控中心召开2016年度工作总结表彰大会\n来源:办公室 发布时间:2017-01-20 |\n1月19日,市疾控中心召开2016年度工作总结表彰大会,对全年工作进行全面总结,表彰先进科室5个。\n会议指出,2016年全市甲乙类传染病报告发病率为186.2/10万,适龄儿童免疫规划疫苗接种率保持在95%以上。`, '市疾控中心召开2016年度工作总结表彰大会'],
    ['a meeting\'s headline over a sentence that heard a report (`会议首先听取了…汇报2015年…`)', `市妇计中心召开2016年第一季度全市妇幼健康机构负责人会议\n发布时间:2016-04-20\n为了解县区妇幼健康工作进展,2016年4月18日,市妇计中心召开了全市妇幼健康机构负责人会议。\n会议首先听取了县区妇计中心负责人汇报2016年1-3月份工作开展情况:全市住院分娩率达到99.4%,孕产妇系统管理率为88.7%,新生儿疾病筛查率为96.1%,高危孕产妇专案管理率为100%,出生医学证明差错率为0.6%,农村孕产妇住院分娩补助完成0.3万人,免费增补叶酸服用率为88.2%,3岁以下儿童系统管理率为90.4%,7岁以下儿童健康管理率为92.5%。之后由各县区逐一发言,交流经验做法,分析存在问题,提出改进措施。\n一是继续做好孕产妇保健工作,孕产妇系统管理率达到90%以上;\n二是做好出生缺陷综合防治,产前筛查率提高到70%;\n三是加强出生医学证明管理,证件差错率控制在0.5%以下。`, '市妇计中心召开2016年第一季度全市妇幼健康机构负责人会议'],
    ['a preface that names its own document without title marks (`特制定X：`), under a site\'s lead-in', `【导语:】这篇关于县卫生健康局2021年健康教育工作计划的文章，是知识库特地为大家整理的！\n2021年，我局健康教育工作紧紧围绕健康素养提升开展。根据工作标准，特制定石岭县卫生健康局2021年健康教育工作计划：\n一、工作目标\n居民健康素养水平达到25%以上。`, '石岭县卫生健康局2021年健康教育工作计划'],
    ['a template site\'s title printed twice, once under its word of praise (`最新X X(十篇)`)', `最新村卫生室健康教育工作计划 村卫生室健康教育工作计划(十篇)\n村卫生室健康教育工作计划篇一\n为做好2026年溪岚村健康教育工作，制定本计划。\n1、全年举办健康讲座12次。`, '村卫生室健康教育工作计划'],
    ['a template site\'s count of samples after the title (`(实用12篇)`)', `社区健康教育工作总结(实用12篇)\n时间：2016-01-08 作者：佚名\n社区健康教育工作总结\n一、工作开展情况\n全年举办健康讲座12次，发放宣传资料3000份。`, '社区健康教育工作总结'],
    ['a site\'s headline with no place over the document\'s own title with its place', `SUCAI198.COM —— 专注公文写作范文\n卫健系统2022年上半年工作总结\nadmin 分享 共计1486个字\n南屿区卫生健康局2022年上半年工作总结暨下半年工作思路\n2022年上半年，区卫生健康局坚持以人民健康为中心，着力推进各项重点任务落实。\n一、工作开展情况\n新建社区医院2家。`, '南屿区卫生健康局2022年上半年工作总结暨下半年工作思路'],
    ['a template site\'s first sample with its year, over the sample\'s own title with its place', `2018年村卫生室工作计划_溪岚村卫生室2018年工作计划\n新年伊始,村卫生室的工作怎样谋划?下面是小编整理的一篇村卫生室工作计划,供大家参考。\n2018年村卫生室工作计划篇1\n石岭乡溪岚村卫生室2018年工作计划\n一、基本医疗\n1、处方合格率达到95%以上。`, '石岭乡溪岚村卫生室2018年工作计划'],
    ['a notice copied from its addressees on: the document it says it hands out', `各镇卫生院、委机关各科室:\n《南屿区2024年卫生健康工作要点》已经委党组会议审议通过,现印发给你们,请认真抓好落实。\n南屿区卫生健康委员会\n2024年3月8日${body}`, '南屿区2024年卫生健康工作要点'],
    ['a PDF\'s head run into one paragraph, the name wrapped inside its title marks', `南屿区健康促进委员会文件 南健促〔2019〕3号 关于印发《南屿区 2019 年健康促进工作方案》的通知 各镇人民政府: 现将《南屿区\n\n2019 年健康促进工作方案》印发给你们,请认真组织实施.${body}`, '南屿区2019年健康促进工作方案'],
    ['a repost of one part that names its document only in the breadcrumb at its foot', `02守护一老一小\n保障母婴安全。孕产妇系统管理率保持在92%以上。\n首页 > 健康 » 某某说:2024年南屿县卫生健康工作要点(2)`, '2024年南屿县卫生健康工作要点'],
    ['a notice that hands out the division of tasks of a document named in title marks', `南屿市领导小组关于印发《关于促进中医药发展的实施意见》重点任务分工方案的通知${body}`, '《关于促进中医药发展的实施意见》重点任务分工方案'],
    ['a notice with points of its own, then the annexed document\'s title', `南屿市领导小组关于印发重点任务分工方案的通知\n各县区人民政府:\n现将分工方案印发给你们,并通知如下:\n一、加强领导。各部门要精心组织。\n二、狠抓落实。每年12月10日前报送。\n南屿市领导小组\n2020年12月15日\n附件\n南屿市中医药发展重点任务分工方案(2021—2022年)${body}`, '南屿市中医药发展重点任务分工方案(2021—2022年)'],
    ['a title broken before the word that joins its second document', `南屿县卫生健康局过去五年工作总结\n及未来五年工作谋划${body}`, '南屿县卫生健康局过去五年工作总结及未来五年工作谋划'],
    ['a meeting\'s news headline, over a heading of the year\'s work further down', `南屿县2017年卫生计生暨党风廉政建设会议召开\n来源: 南屿卫生\n3月28日,南屿县召开全县卫生计生工作会议。\n2017年卫生计生工作重点${body}`, '南屿县2017年卫生计生暨党风廉政建设会议召开'],
    ['bullets around the title', `· 健康南屿行动2024年工作要点 ·${body}`, '健康南屿行动2024年工作要点'],
    ['a label in 【】', `【计划规划】2024年全区卫生健康工作要点${body}`, '2024年全区卫生健康工作要点'],
    ['a site\'s category tag after the title', `卫生健康局2023年工作总结及2024年工作计划(区县)${body}`, '卫生健康局2023年工作总结及2024年工作计划'],
    ['the authority\'s name on the line above', `石岭县卫生和计划生育委员会\n2017年全县卫生计生工作要点${body}`, '2017年全县卫生计生工作要点'],
    ['a journal page header', `Page 3 - 南屿卫生 2024年第1期\n南屿卫生 2024年第1期\n健康南屿行动2024年工作要点${body}`, '健康南屿行动2024年工作要点'],
    ['a three-year plan with its years in brackets', `南屿市社区医疗服务提升三年行动计划(2024—2026年)\n为提升服务能力,制定本计划。${body}`, '南屿市社区医疗服务提升三年行动计划(2024—2026年)'],
    ['spaces a PDF put around digits', `2024 年南屿市卫生健康工作要点${body}`, '2024年南屿市卫生健康工作要点'],
  ])('%s', (_name, text, title) => {
    expect(fields(text).title).toBe(title);
  });
});

describe('document kind: by the title, never by a category label', () => {
  it.each([
    ['a plan filed under 计划总结', `计划总结\n2024年南屿市卫生健康工作要点${body}`, 'plan'],
    ['a summary', `南屿区卫生健康局2023年工作总结${body}`, 'summary'],
    ['a summary with next year\'s plan', `南屿市卫生健康委员会2023年工作总结和2024年工作要点${body}`, 'summary'],
    ['a report of results', `南屿区卫生健康局2023年工作情况报告${body}`, 'summary'],
    ['a summary and next year\'s plan glued with no word between', `南屿旗卫生健康委员会2023年工作总结2024年工作安排${body}`, 'summary'],
    ['a quarterly service report', `2024年一季度南屿市医疗服务情况${body}`, 'summary'],
    ['a completion report', `南屿区2023年民生实事完成情况${body}`, 'summary'],
    ['the task breakdown of a government work report is a plan', `县卫健委2024年政府工作报告任务分解${body}`, 'plan'],
    ['a plan under a table of contents whose first part looks back', `目 录\n第一部分 溪岚县卫生健康局2024年工作回顾\n第二部分 溪岚县卫生健康局2025年重点工作\n\n溪岚县卫生健康局2025年工作计划\n第一部分 2024年工作回顾\n2024年，全县家庭医生签约服务覆盖率达到52.3%。\n第二部分 2025年重点工作\n一、深化医改\n1、推进医共体建设。牵头组建2个医共体。`, 'plan'],
    ['an overview of half a year\'s work', `南屿县卫生监督所2021年上半年工作综述${body}`, 'summary'],
    ['a report on its key tasks, then next year\'s aims', `南屿县人民医院2023年度重点工作任务完成情况及2024年工作打算${body}`, 'summary'],
    ['a news headline over a director\'s year-end report', `南屿县卫健局局长年度述职：2024年全县卫生健康工作交出“民生答卷”\n1月8日，南屿县召开述职评议会。\n述职报告显示，2024年全县新建村卫生室12个，力争明年再建10个，确保年底前完成。`, 'summary'],
    ['a news headline over half a year\'s figures', `南屿市上半年卫生健康“成绩单”出炉\n发布时间：2023-07-26 16:05 来源：南屿日报\n市卫生健康委7月25日发布的2023年上半年卫生健康工作总结显示，全市各项工作稳中有进，医疗服务量稳步回升，重点任务按序时进度推进。\n上半年全市门急诊量412.6万人次，力争全年突破800万人次，确保年底前完成。`, 'summary'],
    ['计划生育 in a plan\'s title is a policy, not the plan word', `2017年全县卫生计生工作要点${body}`, 'plan'],
    ['news of figures put out', `南屿市卫生健康委发布居民妇幼健康指标 婴儿死亡率持续下降\n南屿日报记者 林岫 通讯员 白禾\n6月20日，南屿市卫生健康委召开新闻发布会，介绍全市妇幼健康工作情况。\n全市孕产妇系统管理率达到93.2%，婴儿死亡率为3.1‰。\n全年新建妇幼健康服务站12个，新增产科床位80张。`, 'summary'],
    ['news that the year\'s projects were all done', `八件卫生民生实事全部兑现 群众就医更便捷\n南屿日报记者 林岫 通讯员 白禾\n6月20日，南屿市卫生健康委召开新闻发布会，介绍全市妇幼健康工作情况。\n全市孕产妇系统管理率达到93.2%，婴儿死亡率为3.1‰。\n全年新建妇幼健康服务站12个，新增产科床位80张。`, 'summary'],
    ['news of a visit that ends on the visit', `苇塘市健康建设督导组来我县督导\n南屿日报记者 林岫 通讯员 白禾\n6月20日，南屿市卫生健康委召开新闻发布会，介绍全市妇幼健康工作情况。\n全市孕产妇系统管理率达到93.2%，婴儿死亡率为3.1‰。\n全年新建妇幼健康服务站12个，新增产科床位80张。`, 'summary'],
    ['a headline of what the year will give, its last word a check-up', `南屿市今年将为1.2万对农村夫妇提供免费孕前优生检查\n南屿日报记者 林岫 通讯员 白禾\n6月20日，南屿市卫生健康委召开新闻发布会，介绍全市妇幼健康工作情况。\n全市孕产妇系统管理率达到93.2%，婴儿死亡率为3.1‰。\n全年新建妇幼健康服务站12个，新增产科床位80张。`, 'plan'],
    ['news that sets the year\'s tasks out is a plan', `南屿市发布卫生健康重点任务 今年将新建妇幼健康服务站12个\n南屿日报记者 林岫 通讯员 白禾\n6月20日，南屿市卫生健康委召开新闻发布会，介绍全市妇幼健康工作情况。\n全市孕产妇系统管理率达到93.2%，婴儿死亡率为3.1‰。\n全年新建妇幼健康服务站12个，新增产科床位80张。`, 'plan'],
  ])('%s', (_name, text, kind) => {
    expect(fields(text).kind).toBe(kind);
  });
});

describe('document year: the year the work is about', () => {
  it.each([
    ['a three-year plan starts in its first year', `南屿市社区医疗服务提升三年行动计划(2024—2026年)${body}`, 2024],
    ['a summary with next year\'s plan is the summary\'s year', `南屿市2023年工作总结和2024年工作要点${body}`, 2023],
    ['a summary published the next year', `南屿区卫生健康局2023年工作总结\n发布时间:2024-01-15${body}`, 2023],
  ])('%s', (_name, text, year) => {
    expect(fields(text).year).toBe(year);
  });
});

describe('document region: the area of the issuing authority', () => {
  it.each([
    ['named in the title', `南屿市卫生健康委员会2024年工作要点${body}`, '南屿市'],
    ['named after the year', `2024年南屿市卫生健康工作要点${body}`, '南屿市'],
    ['from the authority that publishes it', `发布机构：石岭县卫生健康局\n2024年全县卫生健康工作要点${body}`, '石岭县'],
    ['a district on its city\'s portal is the district', `南屿市人民政府门户网站\n当前位置: 首页 > 区县动态\n来源:东滩区卫生健康局\n2024年全区卫生健康工作要点${body}`, '东滩区'],
    ['from the signature of a notice', `2024年全县卫生健康工作要点${body}\n石岭县卫生健康局\n2024年2月1日`, '石岭县'],
    ['from the authority above the title', `石岭县卫生和计划生育委员会\n2017年全县卫生计生工作要点${body}`, '石岭县'],
    ['健康XX with the level the text speaks of', `健康南屿行动2024年工作要点\n一、甲\n1.全省推进健康南屿行动。全省新建示范点2个,全省覆盖。`, '南屿省'],
    ['a national plan', `健康中国行动2024年工作要点${body}`, '全国'],
    ['no place named', `2024年全市卫生健康工作要点${body}`, null],
    ['a town named within its district, the issuer in the town', `东滩区溪桥镇卫生院2020年重点民生实事完成情况公示${body}`, '溪桥镇'],
    ['a site\'s 最新 before a title names no place', `最新区卫生计生局工作总结报告\n2016年，榆坪区卫生计生局围绕年度目标扎实工作。${body}`, '榆坪区'],
    ["an institute's name run into 在区卫计局…领导下 names no place", `卫生监督工作总结\n2018年，榆坪区卫生监督所在区卫计局的正确领导下，完成各项任务。${body}`, '榆坪区'],
    ['a township (乡) is a place', `石岭乡2016年度卫生计生工作总结${body}`, '石岭乡'],
    ['城乡 in a title is no township', `2024年统筹城乡卫生健康工作要点${body}`, null],
    ['a rank a county aims at is no place within it', `石岭县创建省级慢性病综合防控示范区工作方案${body}`, '石岭县'],
    ['a post taken up in a month is no part of the place', `2015年度卫生计生局局长述职报告\n我自2012年5月任石岭县卫生和计划生育局局长以来，履职尽责。${body}`, '石岭县'],
    ['the place whose work the lead-in sets out to do', `**县疾控中心2025年重点工作任务分解表\n为推动栎泉县疾控工作提质增效,将重点工作分解到科室。${body}`, '栎泉县'],
    ['a street whose year the copy masked', `2017街道爱卫工作计划\n为做好栎泉街道201X年爱国卫生工作,特制定本计划。${body}`, '栎泉街道'],
    ['a hospital site\'s owner after its copyright sign', `我院召开2023年上半年工作总结暨下半年工作部署会${body}\nCopyright © 2023 栎泉市第二人民医院 地址:滨河路88号`, '栎泉市'],
    ['the place a bracketed headline is labelled with, for a title of 我县', `[栎泉县:母婴安全指标持续向好]县妇幼保健院昨天发布2017年工作总结。\n2017年我县妇幼健康工作总结${body}`, '栎泉县'],
    ['a document number glued before the title is no part of the place', `栎政〔2021〕12号栎泉市人民政府关于推进健康栎泉行动的实施意见${body}`, '栎泉市'],
    ['a day before the authority is no part of the place', `卫生计生工作会议召开\n2016年2月16日石岭县卫生和计划生育局召开全县卫生计生工作会议。${body}`, '石岭县'],
  ])('%s', (_name, text, region) => {
    expect(fields(text).region).toBe(region);
  });
});

describe('titles as real pages break them', () => {
  it.each([
    ['split over two lines', `2024年石岭市卫生健康\n工作要点${body}`, '2024年石岭市卫生健康工作要点'],
    ['a notice split before its years, then the plan\'s own title', `关于印发石岭市公共卫生能力提升三年行动计划\n(2024—2026年)的通知\n各县(区)人民政府:\n石岭市人民政府办公室\n2024年1月5日\n石岭市公共卫生能力提升三年行动计划(2024—2026年)${body}`, '石岭市公共卫生能力提升三年行动计划(2024—2026年)'],
    ['a notice split, alone', `关于印发石岭市公共卫生能力提升三年行动计划\n(2024—2026年)的通知${body}`, '石岭市公共卫生能力提升三年行动计划(2024—2026年)'],
    ['site separators after it', `石岭区卫生健康局2023年工作总结 | |${body}`, '石岭区卫生健康局2023年工作总结'],
    ['a template site\'s words after it', `石岭区卫生健康局2023年工作总结范文${body}`, '石岭区卫生健康局2023年工作总结'],
    ['glued to its body on a page that is one line', `2023年石岭区卫生健康工作总结及2024年工作计划2023年,在区委区政府的领导下,全区卫生健康系统统筹推进各项工作,全区医疗机构诊疗人次达到120.5万人次,同比增长3.2%,各项工作取得新成效。一、主要工作(一)医疗服务能力持续提升。新增重点专科2个。二、存在问题…`, '2023年石岭区卫生健康工作总结及2024年工作计划'],
    ['glued to its body after a template site\'s word', `2022年石岭市卫生健康委工作总结范文xxxx年,全市卫生健康系统统筹推进疫情防控和事业发展,各项工作取得显著成效。一、抓好疫情防控(一)完善机制。新增床位200张。`, '2022年石岭市卫生健康委工作总结'],
    ['a page count glued before it and a salutation after it, the report one line', `第1页共3页溪岚县卫生局局长2015年度述职报告各位主任、各位委员:现在我向会议作述职报告,请予审议。一、主要工作2015年,在县委、县政府的正确领导下和县人大的监督支持下,我们坚持保基本、强基层、建机制,全县卫生事业稳步发展,各项指标较上年均有提升。(一)强化基础建设。千方百计争取项目资金,新建乡镇卫生院业务用房2所,新增床位120张。(二)深化医改。新农合参合率达到98.2%。`, '溪岚县卫生局局长2015年度述职报告'],
    ['a title after 附件 and a full stop', `附件. 2016年全市免疫规划工作计划${body}`, '2016年全市免疫规划工作计划'],
    ['the same title with its place, under the page\'s short one and 附件', `2024年重点工作任务分解表（卫生健康部分）\n附件\n溪岚县2024年重点工作任务分解表（卫生健康部分）${body}`, '溪岚县2024年重点工作任务分解表（卫生健康部分）'],
    ['the document a notice hands out, named with its place in the notice\'s sentence', `区人民政府办公室关于印发2021年区卫生健康重点工作任务责任分解方案的通知\n各街道办事处,区直各有关单位:\n现将《2021年溪岚区卫生健康重点工作任务责任分解方案》发给你们,请认真抓好落实。\n一、压实责任。各单位要逐项明确经办人。\n二、按月报送。各单位每月25日前报送进展。`, '2021年溪岚区卫生健康重点工作任务责任分解方案'],
    ['under a table of contents that names the parts', `目 录\n第一部分 溪岚县卫生健康局2024年工作回顾\n第二部分 溪岚县卫生健康局2025年重点工作\n\n溪岚县卫生健康局2025年工作计划\n第一部分 2024年工作回顾\n2024年，全县家庭医生签约服务覆盖率达到52.3%。\n第二部分 2025年重点工作\n一、深化医改\n1、推进医共体建设。牵头组建2个医共体。`, '溪岚县卫生健康局2025年工作计划'],
    ['keyword lines of a page above the title', `2023\n工作总结\n石岭区卫生健康局2023年工作总结${body}`, '石岭区卫生健康局2023年工作总结'],
    ['broken before its year, its place and subject above', `石岭省深化医药卫生体制改革\n2024年重点工作任务${body}`, '石岭省深化医药卫生体制改革2024年重点工作任务'],
    ['a table of division of work', `2024年石岭市疾病预防控制重点工作任务分工表${body}`, '2024年石岭市疾病预防控制重点工作任务分工表'],
    ['a list of tasks and duties', `2024年石岭市卫生健康重点任务及责任分解${body}`, '2024年石岭市卫生健康重点任务及责任分解'],
    ['a category label above a title broken before its year is no part of it', `规划计划\n2024年石岭市卫生健康工作要点${body}`, '2024年石岭市卫生健康工作要点'],
  ])('%s', (_name, text, title) => {
    expect(fields(text).title).toBe(title);
  });
});

describe('region and kind as real pages give them', () => {
  it.each([
    ['a district that names its city first', `石岭市东滩区人民政府\n2024年全区卫生健康工作要点${body}`, '东滩区'],
    ['a higher body cited in the opening is not the issuer', `2024年全区卫生健康工作要点\n根据石岭市卫生健康委员会工作部署,结合东滩区卫生健康局职责,制定本要点。${body}`, '东滩区'],
    ['an autonomous region named by its slogan, its peoples between its name and its level', `2021年健康南屿行动工作要点\n为贯彻南屿回族自治区党代会精神,自治区领导小组制定本要点。${body}`, '南屿回族自治区'],
    ['an anonymised place is no place', `2024年XX区卫生健康工作要点\nXX区卫生健康局${body}`, null],
    ['a five-year plan named by its period before its subject', `石岭市“十四五”卫生健康发展规划\n2023年11月印发${body}`, '石岭市'],
    ['a body for the aged that sends out the plan', `石岭市老龄办于近日制定下发2017年全市老龄工作要点。${body}`, '石岭市'],
    ['a speech on the whole county, the county named as its health system\'s', `在2024年全县卫生健康工作会议上的讲话\n同志们:\n过去一年，石岭县卫生健康系统真抓实干，各项工作取得明显成效。${body}`, '石岭县'],
    ['a title on the whole county (关于全县…) is about the county the masthead names', `石岭县人大常委会\n关于全县医疗保障工作情况的报告\n——2023年6月在县人大常委会会议上${body}`, '石岭县'],
    ['a title whose slogan names the place, over bodies its text cites', `健康石岭行动实施方案\n为贯彻落实《中共青川市委 青川市人民政府关于印发健康青川行动的通知》精神,结合我区实际,制定本方案。全区上下共同推进,全区居民共建共享。${body}`, '石岭区'],
    ['the addressees of a national notice name no place', `国家卫生健康委办公厅关于印发2024年工作要点的通知\n各省、自治区、直辖市卫生健康委:\n现将要点印发给你们。${body}`, '全国'],
    ['a sentence that says where an office sits names no place', `2023年卫生局上半年工作总结\n领导小组办公室设在了区卫生局,负责日常工作。${body}`, null],
    ['关于 before a place is no part of it', `关于石岭县2023年卫生健康工作情况的报告${body}`, '石岭县'],
  ])('%s', (_name, text, region) => {
    expect(fields(text).region).toBe(region);
  });

  it('reads a year written without 年 in the title', () => {
    expect(fields(`石岭区卫生健康局2023工作总结${body}`).year).toBe(2023);
  });

  it('takes a text that opens with 现将…总结如下 for a summary when it has no title', () => {
    expect(fields(`各位领导:\n现将我局2023年工作总结如下。${body}`).kind).toBe('summary');
  });

  it('gives a summary\'s part headed with a later year the kind target, and a plan\'s part headed with an earlier year the kind achievement', () => {
    const summary = extractText('石岭区卫生健康局2023年工作总结\n一、主要工作\n（一）新增重点专科2个。\n二、2024年工作思路\n（二）新增重点专科3个。');
    expect(summary.tasks.map((t) => t.targets[0]!.kind)).toEqual(['achievement', 'target']);
    const plan = extractText('石岭区卫生健康局2024年工作要点\n2023年,全区新增重点专科2个。\n一、重点任务\n（一）新增重点专科3个。');
    expect(plan.overview.map((t) => t.kind)).toEqual(['achievement']);
    expect(plan.tasks[0]!.targets[0]!.kind).toBe('target');
  });
});

describe('more title, kind and region shapes', () => {
  it.each([
    ['a report\'s own title that starts with 关于', `关于2023年全县卫生健康工作情况的报告${body}`, '关于2023年全县卫生健康工作情况的报告', 'summary'],
    ['a label with no colon', `标题 石岭区卫生健康局2024年工作计划${body}`, '石岭区卫生健康局2024年工作计划', 'plan'],
    ['a label spaced to its cell\'s width', `名    称：石岭区卫生健康局2024年工作计划\n石岭区卫生健康局2024年工作计划${body}`, '石岭区卫生健康局2024年工作计划', 'plan'],
    ['a summary titled a report of the year\'s work (总结报告)', `全市卫生健康系统2023年工作总结报告(市卫健委)${body}`, '全市卫生健康系统2023年工作总结报告(市卫健委)', 'summary'],
    ['a speech at the year\'s work meeting', `在2024年全县卫生健康工作会议上的讲话${body}`, '在2024年全县卫生健康工作会议上的讲话', 'plan'],
    ['a government\'s programme for the year', `政府工作报告${body}`, '政府工作报告', 'plan'],
    ['a title of a year alone under the body whose it is', `石岭县卫生和计划生育局\n2016年工作总结${body}`, '石岭县卫生和计划生育局2016年工作总结', 'summary'],
    ['a title in title marks, whole', `《石岭县“十四五”医疗保障事业发展规划》${body}`, '石岭县“十四五”医疗保障事业发展规划', 'plan'],
    ['a glued title before a date with figures left out (201X/X/XX)', `区卫计局2018年上半年重点工作完成情况总结汇报201X/X/XX区卫计局2018年上半年重点工作完成情况总结汇报2018年上半年,在区委区政府的领导下,全区卫生计生工作稳步推进。一、主要工作(一)医疗服务。新增床位100张。`, '区卫计局2018年上半年重点工作完成情况总结汇报', 'summary'],
    ['a year\'s written commitments', `石岭县卫生健康局2019年主要工作承诺书${body}`, '石岭县卫生健康局2019年主要工作承诺书', 'plan'],
    ['a report\'s notes for a meeting', `石岭县卫生健康系统2020年重点工作汇报材料${body}`, '石岭县卫生健康系统2020年重点工作汇报材料', 'summary'],
    ['a file name with its extension', `石岭镇2017年人口和计划生育工作计划.doc${body}`, '石岭镇2017年人口和计划生育工作计划', 'plan'],
    ['a file name with its page count and extension', `石岭镇2017年基本公共卫生服务项目任务分工(共3页).doc${body}`, '石岭镇2017年基本公共卫生服务项目任务分工', 'plan'],
    ['a sample site\'s piece number before it', `篇1:2016年石岭镇卫生计生工作计划${body}`, '2016年石岭镇卫生计生工作计划', 'plan'],
    ['a province in brackets before a city\'s title', `(南屿省)石岭市2023年《政府工作报告》目标任务责任分解方案${body}`, '石岭市2023年《政府工作报告》目标任务责任分解方案', 'plan'],
    ['a title printed again without its year', `2013年石岭镇中心卫生院妇幼保健工作计划石岭镇中心卫生院妇幼保健工作计划${body}`, '2013年石岭镇中心卫生院妇幼保健工作计划', 'plan'],
    ['a sample site\'s category over its first sample\'s own title', `下面是小编为您整理的卫生院工作计划，欢迎阅读。\n卫生院年度工作计划篇1\n石岭镇卫生院2021年工作计划${body}`, '石岭镇卫生院2021年工作计划', 'plan'],
    ['when it was put out, in brackets', `石岭市卫生健康委2019年重点工作台账（2019年1月印发）${body}`, '石岭市卫生健康委2019年重点工作台账', 'plan'],
    ['a notice of results put out for comment (公示)', `石岭市卫生健康委2024年民生实事项目完成情况公示${body}`, '石岭市卫生健康委2024年民生实事项目完成情况公示', 'summary'],
    ['a title printed twice', `石岭县卫生健康局2022年度工作总结石岭县卫生健康局2022年度工作总结${body}`, '石岭县卫生健康局2022年度工作总结', 'summary'],
    ['a notice title split after 关于印发', `石岭市卫生健康委关于印发\n2023年全市卫生健康工作要点的通知\n各区县卫生健康局:${body}`, '2023年全市卫生健康工作要点', 'plan'],
    ['a page of model texts: the piece\'s number and length', `范文网 > 总结大全\n卫健委上半年工作总结2024（十二篇）\n第1篇 石岭市卫生健康委员会2024年上半年工作总结 2360字${body}`, '石岭市卫生健康委员会2024年上半年工作总结', 'summary'],
    ['a news report of a meeting that sets the year\'s aims', `石岭县人民医院召开七届二次职代会 部署2025年目标任务${body}`, '石岭县人民医院召开七届二次职代会 部署2025年目标任务', 'plan'],
    ['a report on the key work and the projects of a quarter', `石岭市卫生健康局2024年第二季度重点工作和民生实事完成情况${body}`, '石岭市卫生健康局2024年第二季度重点工作和民生实事完成情况', 'summary'],
    ['a summary joined to a plan', `2023年工作总结和2024年工作计划${body}`, '2023年工作总结和2024年工作计划', 'summary'],
    ['a completion report named after its tasks', `石岭区卫生健康局2023年度重点工作任务完成情况报告${body}`, '石岭区卫生健康局2023年度重点工作任务完成情况报告', 'summary'],
    ['a one-line page with an identifier and a date around its title', `编号:55120734石岭区卫生健康局2023年度重点工作任务完成情况报告2024/1/8石岭区卫生健康局2023年度重点工作任务完成情况报告2023年,全区12项任务全部完成。一、医疗服务(一)新增重点专科2个。(二)新建胸痛中心1个。二、公共卫生(一)接种率保持在95%以上。(二)新建示范点3个。`, '石岭区卫生健康局2023年度重点工作任务完成情况报告', 'summary'],
  ])('%s', (_name, text, title, kind) => {
    expect(fields(text)).toMatchObject({ title, kind });
  });

  it.each([
    ['a period in the title is not a place', `2024年第一季度全市医疗服务情况\n石岭市卫生健康委员会${body}`, '石岭市'],
    ['a 健康X行动 office names its province', `2025 年 4 月 第 2 期 石岭省健康石岭行动推进委员会办公室:健康石岭行动2025年工作要点 3\n健康石岭行动2025年工作要点${body}`, '石岭省'],
    // Issuers the vocabulary did not know: a 医疗保障局, a 卫生和计划生育局, a national body.
    ['a 医疗保障局 signs', `2020年全市医疗保障工作要点${body}\n石岭市医疗保障局\n2020年3月2日`, '石岭市'],
    ['a 卫生和计划生育局 issues, citing its city\'s 卫生计生委', `通 知\n石岭市卫生和计划生育局\n2017年全市卫生计生工作要点\n根据《南屿市卫生计生委关于印发…的通知》精神，提出要点如下。${body}`, '石岭市'],
    ['a national office opens its notice', `国家卫生健康委办公厅关于印发2021年妇幼健康工作要点的通知\n2021年妇幼健康工作要点${body}`, '全国'],
    ['a national body signs at the end', `2021年职业健康工作要点${body}\n国家卫生健康委办公厅\n2021年4月1日`, '全国'],
    ['a title whose scope is the country', `2022年全国爱国卫生工作要点${body}`, '全国'],
    ['a city plan that cites a national body in its opening sentence keeps its city', `2023年石岭市卫生健康工作要点\n根据国家卫生健康委部署，结合实际制定本要点。${body}`, '石岭市'],
    // `…是市医疗保障局…`: the word before 市 belongs to the sentence; the signature names the city.
    ['a sentence word before a short name is no place', `2019年全市医疗保障工作要点\n2019年是市医疗保障局组建后的第一年。${body}\n石岭市医疗保障局`, '石岭市'],
  ])('%s', (_name, text, region) => {
    expect(fields(text).region).toBe(region);
  });
});

describe('kind without a title', () => {
  it('reads a text that reports results as a summary, and one that sets aims as a plan', () => {
    expect(fields('2023年,全区医疗机构达到560家,相比2022年末增加21家,总诊疗量同比增长4%,累计建档42万份,已完成年度任务。\n一、主要工作\n（一）新增重点专科2个。').kind).toBe('summary');
    expect(fields('2024年,全区力争新增重点专科2个,确保年底前建成胸痛中心,到2025年基本建成医共体,同比增长目标5%。\n一、重点任务\n（一）新增重点专科2个。').kind).toBe('plan');
  });
});

describe('the kind of a page without a title', () => {
  it('is a summary where a heading of results stands among the first lines', () => {
    expect(fields('根据年终考评要求,现将年度任务完成情况报告如下。\n一、总体情况\n2023年,全市46项绩效任务全部完成。\n二、主要做法和工作成效\n（一）强化责任担当。新增床位500张。').kind).toBe('summary');
    expect(fields('一、总体要求\n坚持以人民健康为中心。\n二、重点任务\n（一）强化责任担当。新增床位500张。').kind).toBe('plan');
  });
});

describe('the year of a five-year plan', () => {
  it('is the first of its period, whatever words stand between the period and 规划', () => {
    expect(fields(`石岭市“十四五”卫生健康发展规划\n2023年11月印发${body}`).year).toBe(2021);
  });
});

describe('a page that names no document (a news item, a column): its headline', () => {
  it('takes the headline over the furniture, and the year and place of the meeting it reports', () => {
    const news = [
      '欢迎访问本站 登录 注册',
      '当前位置: 新闻中心 > 部门动态',
      '2023年全市卫生健康工作会议召开',
      '发布时间:2023/02/16 来源:本站',
      '2月15日,2023年青禾市卫生健康工作会议召开,会议总结了2022年工作,部署了2023年重点任务。会上,石岭县卫生健康局作交流发言。',
      '会议要求,全市卫生健康系统要重点抓好三方面工作:一是推进医共体建设,县域内就诊率达到90%以上。二是加强人才培养,招聘医学人才200名。三是提升公共卫生能力,建档率达到90%以上。',
    ].join('\n');
    expect(fields(news)).toEqual({ title: '2023年全市卫生健康工作会议召开', kind: 'plan', year: 2023, region: '青禾市' });
  });

  it('takes a column\'s headline, and the latest year its paragraphs open with', () => {
    const column = [
      '首页 > 健康画报 > 2023年第1期 > 局长谈',
      '2023-01-10 来源:编辑部 【字体:大 中 小】',
      '凝心聚力 推动卫生健康事业高质量发展',
      '青禾市卫生健康局党组书记、局长 李明',
      '2022年,青禾市卫生健康系统坚持人民至上,新增三甲医院1家,家庭医生签约率达到70.2%,各项工作取得明显成效。',
      '2023年,青禾市卫生健康系统将坚持以人民为中心,重点抓好三方面工作。',
      '一是构建公共卫生体系。新建发热哨点诊室10个。',
      '二是推动医疗高质量发展。新增省级重点专科3个。',
      '三是深化医改。组建医疗集团2个。',
    ].join('\n');
    expect(fields(column)).toMatchObject({ title: '凝心聚力 推动卫生健康事业高质量发展', kind: 'plan', year: 2023, region: '青禾市' });
  });
});

describe("a mirror site's keywords above a news item (fictional 栎泉市)", () => {
  it('takes the headline under them, not the keywords as the first prose', () => {
    const page = [
      '热门电影免费看,最新电视剧在线观看,综艺高清直播,2023手机观看入口',
      '栎泉新闻网',
      '栎泉市卫健委:全市居民健康素养水平提升到31.4%',
      '6月12日，栎泉市卫生健康委员会召开新闻发布会，通报健康栎泉行动推进情况，全市居民健康素养水平提升到31.4%。',
      '一是健康知识普及加快。新建健康主题公园6个。',
      '二是重点人群服务加强。老年人健康管理率达到70.5%。',
    ].join('\n');
    expect(fields(page)).toMatchObject({ title: '栎泉市卫健委:全市居民健康素养水平提升到31.4%', kind: 'summary', region: '栎泉市' });
  });

  it.each([
    ['栎泉市卫健委:全市孕产妇死亡率降至8.2/10万', 'summary'],
    ['栎泉市卫健委:今年全市居民健康素养水平将提高到33%', 'plan'],
    ['栎泉市卫健委:到2025年健康素养水平提升到35%', 'plan'],
  ])('reads a headline of a level moved to as its kind says: %s', (headline, kind) => {
    const page = [headline, '6月12日，栎泉市卫生健康委员会召开新闻发布会，通报健康栎泉行动有关情况。', '一是健康知识普及。新建健康主题公园6个。', '二是重点人群服务。老年人健康管理率达到70.5%。'].join('\n');
    expect(fields(page).kind).toBe(kind);
  });
});

describe('region from the place a slogan names', () => {
  it('reads a slogan in quotes, and never a slogan word that names no place (健康细胞)', () => {
    const text = '2021年全县卫生健康工作要点\n2021年全县卫生健康工作紧扣“健康青禾”建设目标,统筹推进各项工作。\n一、深入推进爱国卫生运动\n1.推进健康细胞建设。新创健康细胞示范点20个,大力推进健康细胞建设。\n2.抓好项目建设。青禾县人民医院新院年底前投入使用。';
    expect(fields(text).region).toBe('青禾县');
  });

  it('reads a brand in quotes (“健康青禾”公众号) when the title names no place', () => {
    const text = '市爱国卫生运动提质年实施方案\n一、加强宣传\n1.宣传动员。借助“健康青禾”公众号等平台,全年刊播公益广告120次。\n2.整治环境。对青禾市中心城区52条背街小巷实施改造。';
    expect(fields(text).region).toBe('青禾市');
  });
});

describe('news of a meeting that reports the half year and sets the next (fictional 澄湾区)', () => {
  const page = [
    '澄湾区医疗保障工作明确下半年目标 |',
    '时间:2025-07-20 18:42:05 来源:澄湾新闻 |',
    '昨天下午，我区召开医疗保障半年工作会议，总结上半年工作，部署下半年任务。副区长出席会议并讲话。',
    '今年上半年，全区基本医疗保险参保48.2万人，户籍人口参保率达到98.5%，扩面新增1.1万人。',
    '下半年，全区医保系统要确保完成年度任务。户籍人口参保率稳定在98%以上，全年追回医保基金不少于1500万元。',
  ].join('\n');

  it('is a summary of its dateline year; the lead is no task; the next half year sets targets', () => {
    const d = extractText(page);
    expect([d.kind, d.year]).toEqual(['summary', 2025]);
    expect(d.tasks).toHaveLength(2);
    expect(d.tasks.map((t) => [...new Set(t.targets.map((x) => x.kind))])).toEqual([['achievement'], ['target']]);
  });
});

describe('places and titles around a year', () => {
  it.each([
    ['a site tag of the year the title names', '2024年度全市卫生健康工作总结(2024年)\n一、疫情防控\n1.接种率保持在95%以上。', '2024年度全市卫生健康工作总结', null],
    ['a place after 年度', '2024年度澄湾市卫生健康工作总结\n一、疫情防控\n1.接种率保持在95%以上。', '2024年度澄湾市卫生健康工作总结', '澄湾市'],
  ])('%s', (_, text, title, region) => {
    const d = extractText(text);
    expect(d.title).toBe(title);
    expect(d.region).toBe(region);
  });

  it('reads a self-evaluation table as a report of results', () => {
    expect(extractText('澄湾市2024年度基本公共卫生服务项目绩效自评表\n一、投入目标\n1.预算投入资金。').kind).toBe('summary');
  });
});

describe("a director's new year address (fictional 澄湾市)", () => {
  const text = [
    '2025年新年致辞',
    '公文搜 2024-07-12 10:06:51 卫生',
    '岁月不居，时节如流，告别了砥砺奋进的2024年，迎来了充满希望的2025年。',
    '值此辞旧迎新之际，我谨代表澄湾市卫生健康委，向全市2.1万名卫生健康工作者致以新年的祝福！',
    '这一年，我们深化医改不停步。全市组建紧密型医联体6个，县域内就诊率达到89.5%。',
    '这一年，我们守护母婴平安。全市孕产妇死亡率为8.1/10万。',
    '2025年是健康澄湾建设的关键之年。新的一年，我们将力争全市居民健康素养水平达到30%以上。',
  ].join('\n');

  it('reports on the year before its own, greets no task, and sets targets for the new year', () => {
    const d = extractText(text);
    expect([d.title, d.kind, d.year]).toEqual(['2025年新年致辞', 'summary', 2024]);
    expect(d.tasks.map((t) => t.title)).toEqual(['这一年，我们深化医改不停步', '这一年，我们守护母婴平安', '2025年是健康澄湾建设的关键之年']);
    expect(d.tasks.map((t) => [...new Set(t.targets.map((x) => x.kind))])).toEqual([['achievement'], ['achievement'], ['target']]);
  });
});

describe('a speech that counts its points 一要…二要…', () => {
  it('makes each point a task', () => {
    const text = '全省妇幼健康工作会议召开\n会议强调，2025年全省妇幼健康系统要重点抓好四个方面工作。一要筑牢母婴安全底线，孕产妇死亡率控制在12/10万以下。二要深化出生缺陷防治，新生儿听力筛查率达到90%以上。三要发展普惠托育，每千人口托位数达到3个。四要加强人才队伍建设，年内培训基层妇幼保健人员2万人次。';
    expect(extractText(text).tasks.map((t) => t.number)).toEqual(['一', '二', '三', '四']);
  });
});

describe("a document-sharing site's page list and a title run into its issuer", () => {
  it('takes the title from `…_第1页` and the place after the title words', () => {
    const text = ['2024年全省疾控工作进展及2025年重点安排_第1页', '2024年全省疾控工作进展及2025年重点安排_第2页', '已阅读2页,还剩41页未读', '2024年全省疾控工作进展及2025年重点安排澄湾省疾病预防控制局2025年1月一、2024年工作进展（一）传染病疫情总体平稳。全省报告法定传染病发病率387.2/10万。二、2025年重点安排（一）织牢监测网络。监测哨点增加到500个。'].join('\n');
    const d = extractText(text);
    expect([d.title, d.region]).toEqual(['2024年全省疾控工作进展及2025年重点安排', '澄湾省']);
  });
});

describe('a yearbook, a draft out for comment, a translation glued after the text', () => {
  it('reads a yearbook chapter as results, its entries titled by their labels, 概况 no task', () => {
    const text = ['澄湾年鉴(2025)', '当前位置:首页 > 年鉴 > 2025卷 > 卫生健康', '卫生健康', '【概况】 2024年,澄湾市有各级各类医疗卫生机构1286个。', '【医疗服务】 2024年,全市新增省级临床重点专科2个,县域内就诊率达到91.2%。', '【免疫规划】 2024年,全市适龄儿童免疫规划疫苗接种率保持在95%以上。'].join('\n');
    const d = extractText(text);
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => t.title)).toEqual(['医疗服务', '免疫规划']);
  });

  it('reads a yearbook entry as results by its breadcrumb or the running head of its printed pages, its place from the sentence that counts its institutions', () => {
    const entry = ['2023年卫生健康工作', '【概况】2023年，石岭县共有医疗卫生机构212家，其中县级公立医院3家、乡镇卫生院11家，卫生技术人员1904人。', '【医政管理】全县平均住院日降至7.6天，门诊预约诊疗率达到35%。', '·118·　　石岭年鉴（2024）', '【疾病防控】适龄儿童免疫规划疫苗接种率保持在95%以上。'];
    for (const text of [entry.join('\n'), ['当前位置：首页 > 石岭年鉴 > 2024卷', ...entry.filter((l) => !l.includes('·118·'))].join('\n')]) {
      const d = extractText(text);
      expect([d.title, d.kind, d.year, d.region]).toEqual(['2023年卫生健康工作', 'summary', 2023, '石岭县']);
      // The entry's label heads its first clause, and is no part of what it measures.
      expect(d.tasks.flatMap((t) => t.targets.map((x) => `${t.title}|${x.text}|${x.metric}`))[0]).toBe('医政管理|全县平均住院日降至7.6天|平均住院日');
    }
  });

  it("takes the title a document-sharing site's first page opens with over the file's name above it", () => {
    const text = ['溪桥县卫生计生局2019年卫生计生工作要点 第1页', '溪桥县卫生计生局2019年卫生计生工作要点', '文档页数:3 文件大小:26.1KB', '1、溪桥县2019年卫生计生工作要点', '2019年全县卫生计生工作的总体要求是:深化医改,推进健康溪桥建设,不断提升群众健康水平。', '一、深化医改', '1.推进医共体建设。组建县域医共体2个。'];
    expect(fields(text.join('\n'))).toEqual({ title: '溪桥县2019年卫生计生工作要点', kind: 'plan', year: 2019, region: '溪桥县' });
  });

  it('takes the plan a notice issues with its division of work for the title, and the annexes it lists for no items', () => {
    const text = ['溪桥县爱卫会关于印发溪桥县2025年爱国卫生工作要点和成员单位任务分工的通知', '各成员单位：', '现将《溪桥县2025年爱国卫生工作要点》印发给你们，请认真抓好贯彻落实。', '附件：1.溪桥县2025年爱国卫生工作要点', '      2.溪桥县爱卫会成员单位2025年任务分工', '溪桥县爱国卫生运动委员会', '2025年3月18日', '附件1', '溪桥县2025年爱国卫生工作要点', '2025年是"十四五"规划收官之年。2024年，全县新增省级卫生村41个。2025年全县爱国卫生工作的总体要求是：坚持以人民健康为中心，深入开展爱国卫生运动。', '一、推进城乡环境卫生综合整治', '（一）深化城乡环境卫生整洁行动。全年清理卫生死角不少于3000处。（县城管局牵头）', '（二）加快农村厕所革命。新改建农村卫生户厕8500座。（县农业农村局负责）'];
    const d = extractText(text.join('\n'));
    expect(d.title).toBe('溪桥县2025年爱国卫生工作要点');
    expect(d.sections.map((x) => x.title)).toEqual(['推进城乡环境卫生综合整治']);
    expect(d.tasks.map((t) => t.title)).toEqual(['深化城乡环境卫生整洁行动', '加快农村厕所革命']);
    expect(d.overview.map((x) => x.text)).toEqual(['全县新增省级卫生村41个']);
  });

  it('takes a table of progress (进度表) for a report of results', () => {
    expect(fields(['石岭区2023年1-9月卫生健康民生实事项目进度表', '序号 | 考核指标 | 工作目标 | 已完成数 |'].join('\n'))).toMatchObject({ title: '石岭区2023年1-9月卫生健康民生实事项目进度表', kind: 'summary', year: 2023 });
  });

  it("reads a summary followed by next year's deployment as the year before's, its template site's word off the title", () => {
    expect(fields(['石岭区卫健局工作总结暨2025年工作部署范文', '20xx年，区卫健局统筹推进各项工作，取得了明显成效。', '一、工作总结', '(一)医疗服务能力持续提升。新增市级临床重点专科2个。', '二、2025年工作部署', '(一)提升医疗服务能力。力争新增市级临床重点专科3个。'].join('\n'))).toEqual({ title: '石岭区卫健局工作总结暨2025年工作部署', kind: 'summary', year: 2024, region: '石岭区' });
  });

  it('reads no place in a preposition before a whole area (在全区…会上的讲话)', () => {
    expect(fields(['石岭区人民政府门户网站', '在全区卫生健康系统2023年上半年工作总结会上的讲话', '同志们：今天召开全区卫生健康系统上半年工作总结会。石岭区卫生健康局局长。'].join('\n')).region).not.toBe('在全区');
  });

  it("reads a local chronicle's yearbook page as results, and the place that has its institutions", () => {
    const yearbook = ['您的当前位置：首页 > 地情资料库 > 石岭年鉴(2024) > 社会事业', '卫生健康事业', '【概况】2023年，石岭区有各级各类医疗卫生机构186个，其中医院9家、社区卫生服务中心7个，卫生技术人员3120人。', '【医政管理】全区平均住院日降至7.8天。'].join('\n');
    expect(fields(yearbook)).toMatchObject({ kind: 'summary', region: '石岭区' });
  });

  it('reads news that a year’s work was done as a summary, whatever the title names last', () => {
    expect(fields(['溪桥县疾控中心全面完成2023年度重大公共卫生服务项目目标任务', '2023-12-26 来源：溪桥县疾病预防控制中心', '今年以来，溪桥县疾病预防控制中心按照省、市工作部署，扎实推进各项工作。', '免疫规划工作扎实开展。全年累计接种疫苗16.4万剂次。'].join('\n')).kind).toBe('summary');
  });

  it('reads a news item on the inspection of a year’s completed work as a summary', () => {
    expect(fields(['市督查组督查溪桥区卫健重点工作时指出 对标对表补短板 确保各项任务落地见效', '2024-01-05 来源:溪桥区融媒体中心', '日前，市卫生健康委督查组来到溪桥，对2023年度溪桥区卫生健康重点工作任务完成情况进行年终督查。', '督查组逐项核查了年度目标任务完成情况。据汇报，2023年全区累计完成核酸检测38.6万人份，新建发热门诊4个。', '督查组对重点工作完成情况给予充分肯定。'].join('\n')).kind).toBe('summary');
  });

  it("takes a spam site's name glued before a title off it", () => {
    expect(fields(['ab1234官方网站石岭省卫生健康委员会2023年工作总结和2024年工作安排', '一、2023年工作总结', '（一）医改稳步推进。县域内就诊率达到90%。'].join('\n')).title).toBe('石岭省卫生健康委员会2023年工作总结和2024年工作安排');
  });

  it('takes the draft a notice puts out for comment as the title, and its ways to reply as no tasks', () => {
    const text = ['卫生健康委关于《2025年全市职业健康工作要点(征求意见稿)》公开征求意见的公告', '现向社会公开征求意见。公众可通过以下途径提出意见:', '一、通过电子邮件将意见发送至zyjk@example.cn。', '二、通过信函方式将意见邮寄至市卫生健康委。', '附件:2025年全市职业健康工作要点(征求意见稿)', '2025年全市职业健康工作要点(征求意见稿)', '一、深化专项治理', '(一)推进重点行业治理。完成400家企业治理。', '(二)落实主体责任。培训企业负责人2000人次。'].join('\n');
    const d = extractText(text);
    expect(d.title).toBe('2025年全市职业健康工作要点(征求意见稿)');
    expect(d.tasks.map((t) => t.title)).toEqual(['推进重点行业治理', '落实主体责任']);
  });

  it('reads no target in an English translation glued after the text', () => {
    const d = extractText('澄湾县2025年卫生健康工作要点\n一、重点工作\n1.守护母婴安全。孕产妇死亡率控制在12/10万以下。In 2025 the maternal mortality rate will be kept below 12 / 100,000, and the coverage will reach 95%.');
    expect(d.tasks[0]!.targets.map((t) => t.value)).toEqual([12]);
  });
});

describe("template sites' samples (fictional 澄湾镇)", () => {
  const page = [
    '美章网 资料文库 澄湾镇2025年农村环境卫生工作计划',
    '有了一个明确的工作计划，我们可以更好地控制工作进度。',
    '澄湾镇2025年农村环境卫生工作计划',
    '强化日常考核。每月对各村暗访检查不少于1次。',
    '推行门前三包。全镇责任书签订率达到9`8%以上。',
    '加强垃圾收运。全年新增分类垃圾桶500个。',
    '实用乡镇卫生工作计划范文(18篇)篇2',
    '一、指导思想',
    '以改善农村人居环境为重点，全镇卫生厕所普及率达到95%……',
  ].join('\n');

  it('reads the first sample only, under its own title, its figures past the anti-copy marks', () => {
    const d = extractText(page);
    expect(d.title).toBe('澄湾镇2025年农村环境卫生工作计划');
    expect(d.tasks.map((t) => t.title)).toEqual(['强化日常考核', '推行门前三包', '加强垃圾收运']);
    expect(d.tasks[1]!.targets.map((t) => t.value)).toEqual([98]);
  });

  it("takes a sample's own title, run into its text, over the page's title for another document", () => {
    const essay = ['欢迎来到范文资料网', '2024年社区工作总结', '时间:2025-03-04', '2023社区爱卫工作计划【篇1】为做好澄湾社区2023年爱国卫生工作，特制定本计划。', '一、健全组织', '（一）调整领导小组。3月底前完成调整。', '（二）整治环境。整治背街小巷12条。'].join('\n');
    expect(fields(essay)).toMatchObject({ title: '2023社区爱卫工作计划', kind: 'plan', year: 2023 });
  });

  it("takes a document's own title with its year masked over a site's headline that names no place", () => {
    const essay = ['2018年乡镇卫生院上半年工作总结', '栎泉镇卫生院201*年上半年工作总结', '现将我院上半年工作总结如下:', '一、主要工作', '(一)基本医疗。完成门诊诊疗1.2万人次。'].join('\n');
    expect(fields(essay)).toMatchObject({ title: '栎泉镇卫生院201*年上半年工作总结', kind: 'summary', year: 2018, region: '栎泉镇' });
  });

  it.each([
    ['县卫计局2019年工作要点', '栎泉县2019年卫生计生工作要点', '栎泉县2019年卫生计生工作要点'],
    ['区卫生健康局2022年工作计划', '栎泉区2022年卫生健康工作计划', '栎泉区2022年卫生健康工作计划'],
    ['县卫计局2019年工作要点', '栎泉县2018年卫生计生工作总结', '县卫计局2019年工作要点'],
  ])("takes the document's own title with its place over a headline naming only an office: %s", (headline, own, title) => {
    const page = ['返回', headline, '时间:2019-03-02 09:41:17', `${own}一、主要任务(一)深化医改。年底前县域内就诊率达到90%，药占比控制在30%以内。(二)提升基层能力。新建标准化村卫生室15所，培训乡村医生300人次。(三)做实公共卫生。老年人健康管理率达到70%以上。`].join('\n');
    expect(fields(page).title).toBe(title);
  });

  it("takes off a document number glued before the title, and reads the year it was signed, not a task's due month", () => {
    const page = ['logo', '栎政〔2021〕12号栎泉市人民政府关于推进健康栎泉行动的实施意见', '市政府办公室 2021-08-04', '各乡镇人民政府:', '为加快推进健康栎泉建设,提出以下意见。', '一、主要任务', '(一)健康知识普及行动。到2023年,居民健康素养水平达到25%。(牵头单位:市卫生健康委;完成时限:2023年6月底)', '栎泉市人民政府', '2021年8月1日'].join('\n');
    expect(fields(page)).toMatchObject({ title: '栎泉市人民政府关于推进健康栎泉行动的实施意见', year: 2021, region: '栎泉市' });
  });

  it('reads no target in a teaser cut off with ……', () => {
    expect(extractText('澄湾县2025年卫生健康工作总结\n一、主要工作\n1.医疗服务。全县总诊疗人次达到312万人次……').tasks[0]!.targets).toEqual([]);
  });
});

describe('a notice with points of its own, its table annexed (fictional 石岭省)', () => {
  const notice = ['发文单位:石岭省卫生健康委疾控处', '各市州卫生健康委,省疾控中心:', '现将分解后的重点工作印发给你们,请抓好落实。', '一、请牵头单位于4月底前制定实施方案;', '二、配合单位要主动对接。', '2024年3月1日', '附件:'];
  const table = ['序号 |', '工作任务 |', '工作目标 |', '牵头单位 |', '配合单位 |', '完成时限 |', '1 |', '巩固免疫规划 |', '疫苗接种率达到90%以上 |', '省疾控中心 |', '各市州卫生健康委 |', '12月 |', '2 |', '扩大死因监测 |', '监测点覆盖人口比例不低于10% |', '省疾控中心 |', ' |', '8月 |', '注:配合单位为空的,由牵头单位独立完成。'];

  it("takes the annex's title as the page's, and its rows, each cell closed by a bar, as the tasks", () => {
    const d = extractText([...notice, '2024年全省疾病预防控制重点工作任务分工表', ...table].join('\n'));
    expect(d.title).toBe('2024年全省疾病预防控制重点工作任务分工表');
    expect(d.tasks.map((t) => `${t.title}|${t.departments.lead.join('、')}|${t.departments.support.join('、')}|${t.deadlines.join('')}`)).toEqual([
      '巩固免疫规划|省疾控中心|各市州卫生健康委|12月',
      '扩大死因监测|省疾控中心||8月',
    ]);
  });

  it("prefers the document's own title to what a notice's `附件：` line names", () => {
    const text = ['各县(区)卫生健康局:', '现将《石岭市2024年深化医改重点工作任务》转发给你们。', '附件：石岭市2024年深化医改重点工作任务分工表', '2024年4月1日', '石岭市2024年深化医药卫生体制改革重点工作任务', '一、推进医共体建设', '1.组建医共体2个。'].join('\n');
    expect(extractText(text).title).toBe('石岭市2024年深化医药卫生体制改革重点工作任务');
  });
});

describe('a news item that reports a document issued (fictional 石岭省)', () => {
  it.each([
    ['its headline names the document in title marks', `首页 > 新闻中心\n省政府印发《石岭省深化医药卫生体制改革2024年重点工作任务》\n发布时间:2024-05-02${body}`, '石岭省深化医药卫生体制改革2024年重点工作任务'],
    ['its first lines name the document the headline paraphrases', `热文:石岭省卫生健康委印发2024年工作要点 明确八方面任务\n新华社电 石岭省卫生健康委日前印发《2024年全省卫生健康工作要点》(以下简称《要点》)。${body}`, '2024年全省卫生健康工作要点'],
  ])('%s', (_name, text, title) => {
    expect(fields(text).title).toBe(title);
  });
});

describe("an e-paper's page (fictional 石岭省)", () => {
  const page = ['第00002版:要闻', '· 全省春耕现场会召开', '· 石岭省2010年卫生工作要点', '返回主页 | 版面导航 | 标题导航', '2上一篇  下一篇3', '石岭省2010年卫生工作要点', '本报讯 近日,省卫生厅印发《石岭省2010年卫生工作要点》,全文如下。', '一、完善医疗保障', '巩固新农合制度。参合率稳定在92%以上。', '推进医疗救助。救助资金使用率达到85%以上。', '二、加强基层卫生', '加快卫生院建设。年内完成100所卫生院改扩建。', '2010年是深化医改的关键之年,全省各级卫生部门要扎实工作,确保各项任务落到实处。'];

  it("reads on past its arrows to the next article, each paragraph under a heading a task, the closing call none", () => {
    const d = extractText(page.join('\n'));
    expect(d.title).toBe('石岭省2010年卫生工作要点');
    expect(d.tasks.map((t) => `${t.section}|${t.title}`)).toEqual(['1|巩固新农合制度', '1|推进医疗救助', '2|加快卫生院建设']);
  });
});

describe('a section that says how the plan will be carried out', () => {
  it('holds no task in its paragraph (`四、组织实施`)', () => {
    const text = ['石岭省健康行动实施方案(2021年)', '一、主要任务', '(一)实施健康知识普及行动。健康素养水平达到25%。', '(二)实施全民健身行动。体育锻炼人数比例达到38%。', '二、组织实施', '省推进委员会负责统筹推进,各地各部门要将主要指标纳入年度考核。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.title)).toEqual(['实施健康知识普及行动', '实施全民健身行动']);
  });
});

describe('headlines and title lines of news and template pages (fictional 溪桥)', () => {
  it.each([
    ['a slogan over the title after its dash', `守正创新谋新篇——溪桥县卫生健康局2021年工作要点${body}`, '溪桥县卫生健康局2021年工作要点'],
    ['a headline that a body issued a document it names without title marks', `溪桥区卫生计生局印发2018年工作要点\n本报讯 日前，区卫生计生局印发2018年工作要点，明确全年4个方面11项重点工作。${body}`, '溪桥区卫生计生局2018年工作要点'],
    ["a site's note that the text is whole", `全区卫生计生工作情况报告(全文)${body}`, '全区卫生计生工作情况报告'],
    ["a site's date stamp before its category is no title", `溪桥区卫生局工作计划—抓好两个重点\n时间:2021-10-27 19:26:38 工作计划${body}`, null],
  ])('%s', (_name, text, title) => {
    if (title === null) expect(String(fields(text).title)).not.toMatch(/时间|2021-10-27/);
    else expect(fields(text).title).toBe(title);
  });

  it('counts no part of a document counted in its own news (`明确全年4个方面`)', () => {
    const d = extractText(`溪桥区卫生计生局2018年工作要点\n日前，区卫生计生局印发2018年工作要点，明确全年4个方面11项重点工作。${body}`);
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => x.value)).toEqual([2]);
  });

  it('reads a title behind the column a post files it under (`一图读懂｜`)', () => {
    expect(fields(`溪桥健康论坛 » 转载资讯\n一图读懂｜溪桥市2021年精神卫生工作要点${body}`)).toMatchObject({ title: '溪桥市2021年精神卫生工作要点', kind: 'plan', year: 2021 });
  });

  it('takes a sample\'s own title, naming the body that wrote it, over the site\'s shorter one (`篇一:石岭镇卫生院…`)', () => {
    const page = '结核病防治工作计划\n\n时间:2021-09-02\n\n  篇一:石岭镇卫生院结核病防治工作计划\n\n  20**年，我院结核病防治工作在县疾控中心的指导下，认真落实各项要求，全镇累计登记管理肺结核患者213例。特制定本计划。\n\n一、工作目标\n\n1.患者规范管理率达到92%。';
    expect(fields(page)).toMatchObject({ title: '石岭镇卫生院结核病防治工作计划', region: '石岭镇', kind: 'plan' });
  });

  it('reads a 范文 page\'s title without its page number (`(第5页)`), and no place in a verb before a body (`加快县人民医院…`)', () => {
    const page = '当前位置:首页 > 范文大全 > 单位工作总结\n\n2016年县卫生计生局工作总结及2017年工作计划(第5页)\n\n有效遏制了费用增长。\n(一)抓好民生工程\n1、完善服务体系。加快县人民医院门诊综合楼建设,建成后新增床位300张。';
    expect(fields(page)).toMatchObject({ title: '2016年县卫生计生局工作总结及2017年工作计划', region: null });
  });

  it('reads a news headline without its `(图)`, and the place from the `出处:` line of a county portal', () => {
    const page = '石岭县召开2012年全县卫生工作会议(图)\n恢复窄屏\n出处:溪桥县政府网       更新时间:2012-03-09 10:32\n    近日，我县召开2012年全县卫生工作会议，回顾总结2011年工作，安排部署2012年工作任务。会议要求，2012年全县新建村卫生室20个，新农合参合率稳定在95%以上。';
    expect(fields(page).title).toBe('石岭县召开2012年全县卫生工作会议');
    expect(fields(page.replace('石岭县召开', '我县召开')).region).toBe('溪桥县');
  });

  it('joins a newspaper headline broken after its place and year (`溪桥县2013年` / `卫生工作“3224”目标出台`)', () => {
    const page = '第05版:溪桥新闻\n2013年2月27日 星期三\n溪桥县2013年\n卫生工作"3224"目标出台\n  本报讯(记者 林岚)2月20日,溪桥县召开全县卫生工作会议,总结2012年卫生工作,部署2013年卫生工作任务。会议提出,全县新建村卫生室12个。';
    expect(fields(page)).toMatchObject({ title: '溪桥县2013年卫生工作"3224"目标出台', year: 2013, region: '溪桥县' });
  });

  it('finds a title glued to its body after a download page\'s thanks and the file\'s short name (`…工作总结_2`)', () => {
    const page = '卫生院公共卫生工作总结_2\n感谢您的下载 学海无涯苦作舟。 卫生院公共卫生工作总结 石岭镇卫生院2016年基本公共卫生服务项目工作总结2016年, 我院在县卫计局的正确领导下,扎实推进各项目工作。现将全年工作总结如下:一、主要工作(一)居民健康档案管理。累计建立居民健康档案25130份,建档率88.3%。';
    expect(fields(page)).toMatchObject({ title: '石岭镇卫生院2016年基本公共卫生服务项目工作总结', year: 2016, region: '石岭镇' });
    expect(fields('卫生院公共卫生工作总结_2\n一、主要工作\n1.建档。建档率88.3%。').title).toBe('卫生院公共卫生工作总结');
  });

  it('keeps the mask of a place a copy hid (`**县…`), and names no region', () => {
    expect(fields(`**县卫生健康委2023年工作总结及2024年工作计划${body}`)).toMatchObject({ title: '**县卫生健康委2023年工作总结及2024年工作计划', region: null });
    expect(fields(`**2023年溪桥县卫生健康工作总结${body}`).title).toBe('2023年溪桥县卫生健康工作总结');
  });

  it('reads a mirror\'s copy of a city paper\'s news: its keyword bar no title, the paper\'s label off the headline, the paper naming 我市', () => {
    const page = '最新影视在线观看_免费高清电视剧大全_热门综艺全集_手机看片网站\n\n《溪桥日报》：去年我市居民健康素养水平达19.6%\n\n发布时间:2014/1/13 9:02:00\n\n摘自2014年1月10日《溪桥日报》第二版\n\n本报讯（记者 林岚）记者日前从市卫生局获悉，2013年，全市居民健康素养水平达19.6%，较上年提高2.1个百分点。\n\n医改扎实推进。全市14家县级公立医院全部取消药品加成，新建社区卫生服务中心3个。';
    expect(fields(page)).toMatchObject({ title: '去年我市居民健康素养水平达19.6%', region: '溪桥市', kind: 'summary' });
  });

  it('names no place from a national paper (`《人民日报》`) nor from a community (`新建社区卫生服务中心`)', () => {
    const page = '我县居民健康素养水平稳步提升\n\n据《人民日报》报道，2013年，我县居民健康素养水平达19.6%，较上年提高2.1个百分点。\n\n基层更加稳固，新建社区卫生服务中心3个，全年招聘医学生85名。';
    expect(fields(page).region).toBeNull();
  });

  it('reads a title before its slogan after a colon, and a programme\'s name (免疫规划科) as no plan word', () => {
    const page = '溪桥区疾控中心免疫规划科2024年工作总结及2025年工作计划：守好接种“第一针” 筑牢免疫“防护墙”\n2024年，全区适龄儿童免疫规划疫苗报告接种率保持在95%以上。\n一、2024年工作回顾\n（一）开展入托入学查验。全年查验接种证1.86万份。\n二、2025年工作计划\n（一）提升接种率。接种率保持在95%以上。';
    expect(fields(page)).toMatchObject({ title: '溪桥区疾控中心免疫规划科2024年工作总结及2025年工作计划', kind: 'summary', year: 2024 });
  });

  it('keeps a subtitle that says something (`…工作综述:主要健康指标创历史最好水平`) in the title', () => {
    expect(fields('您的当前位置:首页>民生\n南屿省2018年卫生健康工作综述:主要健康指标创历史最好水平\n2019-01-30 09:41:15   来源:南屿日报\n  本报讯 1月29日，全省卫生健康工作会议召开。2018年，全省居民人均预期寿命达到77.6岁，孕产妇死亡率下降到12.1/10万，婴儿死亡率下降到4.6‰。').title).toBe('南屿省2018年卫生健康工作综述:主要健康指标创历史最好水平');
  });

  it('names no place in a notice\'s `现将省…` (the verb glued before the level)', () => {
    const page = '各市卫生计生委：\n现将省卫生计生委《2016年全省卫生计生工作要点》转发给你们，请认真贯彻落实。\n2016年全省卫生计生工作要点\n一、深化医改\n1.推进分级诊疗。县域内就诊率达到90%。';
    expect(fields(page).region).not.toBe('现将省');
  });

  it('reads a meeting\'s headline behind a slogan and a bar, of the kind it names', () => {
    const page = '凝心聚力谋发展 砥砺奋进再出发 | 石岭县中医院召开2025年上半年工作总结暨下半年工作部署大会\n信息来源:网络    时间:2025-07-30\n7月28日下午，我院召开上半年工作总结暨下半年工作部署大会，医院领导班子成员及职工代表参加会议。\n院长作上半年工作报告。报告显示，上半年门急诊量达到10.6万人次，同比增长8.9%。';
    expect(fields(page)).toMatchObject({ title: '石岭县中医院召开2025年上半年工作总结暨下半年工作部署大会', kind: 'summary', year: 2025 });
  });

  it('reads a headline that the year\'s aims were met early (`年度目标提前完成`) as a summary\'s', () => {
    const page = '溪桥县疾控工作扎实推进 年度目标提前完成\n2012-11-14 15:34:21　来源：溪桥县卫生局\n今年以来，溪桥县疾病预防控制中心稳步推进各项疾病防控工作，年初确定的目标任务已全面完成。\n免疫规划质量稳步提高。1至10月，全县共接种一类疫苗4.37万剂次，新建规范化预防接种门诊7个。\n传染病疫情平稳可控。甲乙类传染病报告发病率为162.35/10万，网络直报及时率100%。';
    expect(fields(page).kind).toBe('summary');
  });

  it('takes the headline from a line where a trail, the headline and its source run together', () => {
    const page = '中国溪桥网\n您当前的位置 : 中国溪桥网 >> 问政 >> 部门 市卫生健康委上半年重点工作稳步推进 来源:中国溪桥网    2019年07月18日 10:42\n今年上半年，市卫生健康委紧盯年度目标，全市家庭医生签约服务覆盖率达到41.2%，较上年同期提高3.1个百分点。';
    expect(fields(page).title).toBe('市卫生健康委上半年重点工作稳步推进');
  });

  it('takes a headline about pregnancy checks or population (`…提供免费孕检`) as a health page\'s', () => {
    const page = '溪桥市今年将为4万对夫妇提供免费孕检\n2014-03-18 来源：溪桥健康网 作者：佚名\n笔者从溪桥市卫生计生委获悉，今年我市将继续开展免费婚检孕检，加快完善出生缺陷三级干预体系。\n今年，我市要确保免费婚检率达85%以上，完成免费孕检7500对。';
    expect(fields(page)).toMatchObject({ title: '溪桥市今年将为4万对夫妇提供免费孕检', region: '溪桥市' });
  });

  it('finds a news headline above a run of photo captions (`分组讨论现场`), however many', () => {
    const captions = ['局领导到会指导', '院长作年度报告', '分组讨论现场', '职工代表发言', '代表举手表决'].join('\n');
    const news = `石岭县中医医院召开三届二次职工代表大会\n${captions}\n上午，代表们听取了院长所作的工作报告。2021年全院完成门急诊21.4万人次，出院病人1.1万人次，较上年增长6.2%。`;
    expect(fields(news)).toMatchObject({ title: '石岭县中医医院召开三届二次职工代表大会', region: '石岭县' });
  });

  it('reads no place in a county-wide scope (`紧密型县域医共体`) after the place the title names', () => {
    expect(fields(`石岭县紧密型县域医共体建设实施方案${body}`).region).toBe('石岭县');
  });

  it('names the place after a preposition (`在溪桥市卫健委的领导下`)', () => {
    expect(fields(`医院2023年度工作总结\n2023年，在溪桥市卫健委的正确领导下，我院较好完成了各项任务。${body}`).region).toBe('溪桥市');
  });

  it("reads what a meeting set out for the next year as targets, in a summary's news", () => {
    const text = ['溪桥县卫生健康系统2019年度工作总结暨2020年工作部署会议召开', '会议指出，2019年，全县县域内就诊率达到88.6%。', '会议明确，2020年全县卫生健康工作的主要目标是：县域内就诊率稳定在90%以上。'].join('\n');
    const d = extractText(text);
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => `${x.kind}|${x.value}`)).toEqual(['achievement|88.6', 'target|90']);
  });

  it.each([
    ['通报', '会上，石岭镇卫生院院长通报了2025年工作情况：全年门急诊6.4万人次，家庭医生签约率达到66.2%。', ['achievement|64000', 'achievement|66.2']],
    ['汇报', '会上，中心主任汇报了2025年家庭医生签约完成情况，签约居民达到1.31万人。', ['achievement|13100']],
  ])("reads a meeting's report (%s) of the year before as results, in a plan's news", (_, report, results) => {
    const text = ['石岭镇召开2026年卫生健康工作会议', report, '会议明确，2026年重点抓好三个方面：一是新开设康复科1个；二是重点人群签约率不低于80%；三是完成慢病患者体检3000人。'].join('\n');
    const d = extractText(text);
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => `${x.kind}|${x.value}`)).toEqual([...results, 'target|1', 'target|80', 'target|3000']);
  });
});

describe('a mobile news page retelling a work report, each line set apart by an empty one (fictional 溪桥市)', () => {
  const page = [
    '溪桥新闻网移动版',
    '',
    '全市卫生健康工作报告：去年孕产妇死亡率降至8.6/10万',
    '',
    '2020-02-21 09:12:00',
    '',
    '本报讯（记者 林岚）2月20日，全市卫生健康工作会议召开，市卫生健康委作《2019年溪桥市卫生健康工作报告》。报告显示，2019年全市孕产妇死亡率从9.9/10万下降到8.6/10万。',
    '',
    '报告指出，基层服务能力增强。全市新建标准化村卫生室52所，家庭医生签约服务覆盖率达到36.4%。',
    '',
    '医疗服务持续改善。全市组建医疗集团4个，县域内就诊率达到89.1%。',
    '',
    '会议还部署了2020年工作。全市力争县域内就诊率达到90%以上，新建标准化村卫生室40所。',
    '',
    '会议要求，各地要对照目标，逐项抓好落实。',
  ].join('\n');

  it('keeps the headline and its timestamp apart from the prose, and is a summary of the year reported', () => {
    expect(fields(page)).toEqual({ title: '全市卫生健康工作报告：去年孕产妇死亡率降至8.6/10万', kind: 'summary', year: 2019, region: '溪桥市' });
  });

  it('makes no task of the lead under its byline nor of the closing remark; the year the meeting set out gives targets', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => t.title)).toEqual(['报告指出，基层服务能力增强', '医疗服务持续改善', '会议还部署了2020年工作']);
    expect(d.tasks.map((t) => [...new Set(t.targets.map((x) => x.kind))])).toEqual([['achievement'], ['achievement'], ['target']]);
    expect(d.overview.map((x) => `${x.kind}|${x.value}`)).toEqual(['achievement|8.6']);
  });
});

describe("a new year's letter posted on the year's last day (fictional 石岭区)", () => {
  it('is a summary of the year its letter looks back on, and `致全区` names no place', () => {
    const text = ['石岭新闻网 > 部门动态', '致全区卫生健康工作者的新年贺信', '来源：石岭区卫生健康委  发布时间:2018-12-31 09:12', '2018年，我们走得很坚定。这一年，全区新建社区卫生服务站6个，家庭医生签约服务覆盖率达到41.5%。', '2019年，我们将继续以建设健康石岭为主线。'].join('\n');
    expect(fields(text)).toEqual({ title: '致全区卫生健康工作者的新年贺信', kind: 'summary', year: 2018, region: '石岭区' });
  });
});

describe('titles broken over lines by a PDF (fictional 溪桥市)', () => {
  it('joins a title broken before its last words, but not a table header under a title', () => {
    expect(fields('溪桥市卫生健康委员会文件\n溪桥市2021年卫生健康重点工作\n任务分工方案\n一、甲\n1.推进一项工作。新建示范点2个。').title).toBe('溪桥市2021年卫生健康重点工作任务分工方案');
    expect(fields('溪桥县卫生健康局2023年重点工作任务清单\n工作任务\n一、甲\n1.推进一项工作。新建示范点2个。').title).toBe('溪桥县卫生健康局2023年重点工作任务清单');
  });

  it('names a target responsibility letter (目标责任书) by its own word', () => {
    expect(fields('2019年度溪桥县卫生健康工作目标责任书\n一、甲\n1.推进一项工作。新建示范点2个。').title).toBe('2019年度溪桥县卫生健康工作目标责任书');
  });
});

describe('a title as the page prints it (fictional 溪桥县)', () => {
  it.each([
    ['its document number in brackets after it', '2018年溪桥县卫生计生重点工作任务分解(溪卫计发〔2018〕4号)', '2018年溪桥县卫生计生重点工作任务分解'],
    ['a word count in brackets after it', '溪桥县卫健委2024年工作总结及2025年工作打算【2316字】', '溪桥县卫健委2024年工作总结及2025年工作打算'],
    ['full-width digits, kept as written', '２０１９年溪桥县卫生健康工作要点', '２０１９年溪桥县卫生健康工作要点'],
    ['letter spacing, read as its words', '溪桥县疾控中心２０２６年　工　作　计　划', '溪桥县疾控中心2026年工作计划'],
  ])('%s', (_, line, title) => {
    expect(fields(`${line}${body}`).title).toBe(title);
  });
});

describe('decorations a site puts around a title (fictional 溪桥)', () => {
  it.each([
    ['an annex number glued before it', '附件1溪桥区2020年卫生健康监督执法工作要点', '溪桥区2020年卫生健康监督执法工作要点'],
    ['a part number in Chinese numerals after it', 'xx县2017年中医药工作实施方案(一)', 'xx县2017年中医药工作实施方案'],
    ['hollow circles a template site sets around it', '○  溪桥县2015年卫生工作计划  ○', '溪桥县2015年卫生工作计划'],
    ['a double circle before it', '◎ 在2016年全区卫生计生工作会议上的讲话', '在2016年全区卫生计生工作会议上的讲话'],
    ["the site's article number glued before it", '2021061507溪桥县2021年健康促进工作方案', '溪桥县2021年健康促进工作方案'],
    ['the page of a split copy after it', '溪桥县2018年卫生应急工作方案 - 第3页', '溪桥县2018年卫生应急工作方案'],
    ["a hijacked site's name after it", '溪桥县卫生健康局2022年工作计划-鸿运娱乐官网平台', '溪桥县卫生健康局2022年工作计划'],
    ["a sharing site's file name, the document's own title under it", '2023年溪桥县卫生健康工作要点.pdfVIP\n• 约6页\n溪桥县2023年卫生健康工作要点', '溪桥县2023年卫生健康工作要点'],
  ])('%s', (_, line, title) => {
    expect(fields(`${line}${body}`).title).toBe(title);
  });
});

describe('a speech reposted under its site title, its outline before the text (fictional 溪桥县)', () => {
  it('takes the title the site sets in circles, not the slogan over the speech', () => {
    const text = '○ 在2015年全县卫生工作会议上的讲话 ○\n2015年卫生工作讲话\n一、关于2014年的工作\n二、关于2015年的任务\n\n凝心聚力开创卫生工作新局面\n——在2015年全县卫生工作会议上的讲话\n同志们:\n一、2014年工作回顾\n全县新建村卫生室12个。\n二、2015年主要任务\n(一)加强基层。新建村卫生室20个。';
    expect(fields(text).title).toBe('在2015年全县卫生工作会议上的讲话');
  });
});

describe("news of a people's congress inspecting the year's health work (fictional 溪桥区)", () => {
  const page = ['区人大常委会视察全区卫生健康工作', '2018-11-08 09:36   来源:溪桥区融媒体中心', '溪桥融媒11月8日讯 11月7日,溪桥区人大常委会组织人大代表集中视察全区卫生健康工作,区人大常委会主任出席。', '在下午召开的汇报会上,区卫生健康局汇报了全区卫生健康工作开展情况。今年以来,全区新建社区卫生服务站5个,重点人群签约率达到73.4%。', '区卫生健康局表示,明年将重点做好两件事:一是加快区人民医院二期建设,新增床位300张;二是推进医联体建设,县域内就诊率达到90%以上。', '本作品由溪桥区融媒体中心原创,如需转载,请注明来源。'].join('\n');

  it('is a summary whose look ahead, after who speaks, sets targets; the lead and the repost notice are no task', () => {
    const d = extractText(page);
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => [...new Set(t.targets.map((x) => x.kind))])).toEqual([['achievement'], ['target']]);
  });
});

describe('the year of an opinion with no year in its title', () => {
  const opinion = (tail: string) =>
    ['石岭市人民政府关于进一步加强爱国卫生工作的实施意见', '各县(市)、区人民政府:', '一、工作目标', '到2019年底，完成65%行政村的环境卫生整治。', '二、重点任务', '(一)开展城乡环境整洁行动。2018年底前完成农贸市场改造20个。', tail].join('\n');

  it('is the year it was signed, not the year its goals are due', () => {
    expect(fields(opinion('石岭市人民政府\n2017年4月12日')).year).toBe(2017);
  });

  it('with no date signed, the first year it names stands', () => {
    expect(fields(opinion('')).year).toBe(2019);
  });
});

describe("a township's scoring rules (fictional 石岭县)", () => {
  const page = ['石岭县2019年度卫生计生目标管理考评', '乡镇计分办法', '一、重要指标(48分)', '1.符合政策生育率(4分)。符合政策生育率达到92%以上的计满分，每低0.1个百分点扣0.2分。', '2.出生人口性别比(4分)。出生人口性别比控制在110以内的计满分，高于110的，每高1个比点扣0.5分。'].join('\n');

  it('joins a title broken before its document word (`…考评` / `乡镇计分办法`), and reads such rules as a plan', () => {
    const doc = extractText(page);
    expect([doc.title, doc.kind]).toEqual(['石岭县2019年度卫生计生目标管理考评乡镇计分办法', 'plan']);
  });

  it("a level that earns full marks is the item's target; weights, steps and points are none", () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.targets.map((x) => [x.comparator, x.value]))).toEqual([[['>=', 92]], [['<=', 110]]]);
  });
});

describe('a title broken over three lines under the notice that issues it (fictional 南屿区)', () => {
  it('joins its place, its words and its period', () => {
    const page = ['中共南屿区委办公室 南屿区人民政府办公室印发《南屿区提升基层卫生服务能力三年行动计划(2024—2026年)》的通知', '南屿区提升基层卫生', '服务能力三年行动计划', '(2024—2026年)', '一、主要目标', '到2026年，家庭医生签约服务覆盖率达到45%以上。'].join('\n');
    expect(extractText(page).title).toBe('南屿区提升基层卫生服务能力三年行动计划(2024—2026年)');
  });
});

describe("a hospital's own news headline (fictional 溪桥县)", () => {
  it('`我院召开…` is the headline, and the place is the one the hospital is named by in the body', () => {
    const page = ['我院召开二届三次职工代表大会', '2021年8月20日，溪桥县中医医院召开第二届职工代表大会第三次会议，职工代表56人参加会议。', '会议的主要任务是听取和审议院长工作报告、财务工作报告和工会工作报告，讨论通过有关规章制度。院长林溪作工作报告，对2021年下半年重点工作作出部署：', '1.抓好常态化疫情防控。核酸检测能力达到每日600份以上。', '2.提升中医药服务能力。中药饮片处方占比提高到35%。'].join('\n');
    const doc = extractText(page);
    expect([doc.title, doc.region]).toEqual(['我院召开二届三次职工代表大会', '溪桥县']);
  });
});

describe('years written short, site owners and titles printed twice (fictional 溪桥)', () => {
  it("a sample site's category in square brackets before the title, and `篇一` with a space, are no part of it", () => {
    expect(fields(`[2016年社区卫生服务中心工作计划]2016年度溪桥街道社区卫生服务中心工作计划\n时间:2016-01-09${body}`).title).toBe('2016年度溪桥街道社区卫生服务中心工作计划');
    expect(fields(`篇一 溪桥镇石岭村卫生室2019年工作总结${body}`).title).toBe('溪桥镇石岭村卫生室2019年工作总结');
    expect(fields(`[某县人民医院]2022年度重点工作任务清单${body}`).title).toBe('[某县人民医院]2022年度重点工作任务清单');
  });

  it("a preview's page number before a title and a site's `供借鉴` after it are no part of it", () => {
    expect(fields(`1 2022 年溪桥县卫生健康局上半年工作总结及下步计划 供借鉴\n今年以来，县卫生健康局统筹推进各项工作。${body}`).title).toBe('2022年溪桥县卫生健康局上半年工作总结及下步计划');
  });

  it("a yearbook's entry is titled by its heading under the yearbook's name", () => {
    const page = `溪桥年鉴(2020)\n中医药管理\n中医药管理\n2019年,溪桥市卫生健康委围绕中医药服务能力提升工程,组织全市乡镇卫生院恢复中医科。\n加强中医药人才队伍建设。新增市级名中医5名。`;
    expect([fields(page).title, fields(page).kind, fields(page).year]).toEqual(['中医药管理', 'summary', 2019]);
  });

  it("a sample site's `(完整)` after a title is no part of it", () => {
    expect(fields(`2022年溪桥市卫健委工作总结和工作计划(完整)\n发布时间：2022-12-02${body}`).title).toBe('2022年溪桥市卫健委工作总结和工作计划');
  });

  it('a title that writes its year short (`15年上半年`) is of that year', () => {
    expect(fields(`溪桥镇15年上半年卫生计生工作总结及下半年工作思路\n发布时间：2016-03-02${body}`).year).toBe(2015);
  });

  it("a banner's own news (`我旗召开…`) is of the banner its account names", () => {
    expect(fields(`我旗召开2017年卫生计生工作会议\n溪桥旗卫生计生平台\n2月21日上午，溪桥旗2017年卫生计生工作会议召开。\n会议要求，新建村卫生室12个。`).region).toBe('溪桥旗');
  });

  it('a headline with its year between other news glued above and its own text', () => {
    const page = `|\n11月下旬,石岭区卫健局召开基层卫生工作推进会,通报前三季度基本公共卫生服务项目考核结果,溪桥镇卫生院位列全区第二。\n12月3日,石岭区举行"健康直通车"发车仪式,首批3辆直通车集中鸣笛发车,驶向全区边远村组。\n溪桥镇2021年为民办实事健康项目全部完成\n今年以来,溪桥镇把群众反映最集中的"看病远、检查难"问题列入镇政府为民办实事项目,由镇卫生院具体实施。\n▲家门口的慢病管理。高血压患者规范管理率达到72.4%。`;
    expect([fields(page).title, fields(page).region]).toEqual(['溪桥镇2021年为民办实事健康项目全部完成', '溪桥镇']);
  });

  it("a hospital's own news (`我院…`) is of the place of the site's owner at the page's foot", () => {
    const page = `当前位置：首页 - 新闻中心 - 医院新闻\n我院召开上半年工作总结会\n发布时间：2013-07-26\n7月25日，我院召开2013年上半年工作总结会。\n一是门诊量达到12.6万人次。\n版权所有：溪桥市人民医院\n医院地址：溪桥市东城区迎宾路1号`;
    expect(fields(page).region).toBe('溪桥市');
  });

  it("a sample site's short title glued before the full one, the full one with its year is the title", () => {
    const page = `溪桥区卫生健康局上半年工作回顾和下一步工作计划_文库下载\n编号:730518264\n溪桥区卫生健康局上半年工作回顾和下一步工作计划溪桥区卫生健康局2019年上半年工作回顾和下一步工作打算一、2019年上半年工作回顾(一)亮点工作。1.区办实事项目进展顺利，完成急救点建设8处。`;
    expect(fields(page).title).toBe('溪桥区卫生健康局2019年上半年工作回顾和下一步工作打算');
  });
});

describe('news of a meeting whose paragraphs report a past year (fictional 岑溪市)', () => {
  const results = [
    '岑溪日报数字报',
    '全市卫生健康工作会议召开',
    '2025年03月02日',
    '本报讯(记者 林晓)3月1日，岑溪市卫生健康工作会议召开，总结2024年工作，部署2025年重点任务。',
    '2024年，全市卫生健康系统稳中求进，居民健康素养水平达到33.1%，人均预期寿命达到80.2岁。',
    '医疗服务提质增效。全市新增三级医院1家，新增省级临床重点专科4个，县域内就诊率达到91.3%。',
    '基层服务更加可及。全市建成社区医院9家，村卫生室标准化建设达标率达到95%，家庭医生签约率达到76.4%。',
    '会议提出，2025年，全市将力争基层诊疗量占比达到60%。',
  ];
  it('is a summary of the year its longer part reports', () => {
    expect(fields(results.join('\n'))).toMatchObject({ kind: 'summary', year: 2024 });
  });

  it('stays a plan where the year ahead is the longer part', () => {
    const plan = [
      ...results.slice(0, 4),
      '2024年，全市居民健康素养水平达到33.1%，人均预期寿命达到80.2岁，新增三级医院1家，县域内就诊率达到91.3%。',
      '会议提出，2025年，全市卫生健康系统要抓好四方面工作。一是提升医疗服务能力，新增省级临床重点专科5个；二是夯实基层网底，新建社区医院6家，家庭医生签约率达到78%；三是守牢公共卫生底线，法定传染病报告率保持100%；四是推进中医药传承创新，新建基层中医馆8个，中医诊疗人次占比达到22%。',
    ];
    expect(fields(plan.join('\n'))).toMatchObject({ kind: 'plan', year: 2025 });
  });
});

describe('a template site\'s collection page (fictional 邛溪县)', () => {
  const page = [
    '工作总结',
    '关于县卫生健康局2022年上半年工作总结【三篇】',
    '| 点击:',
    '半年过去，各单位都要回头看一看，本站整理了三篇上半年工作总结，供参考。',
    '邛溪县卫生健康局2022年上半年工作总结1',
    '今年以来，全县卫生健康系统扎实推进各项工作，门急诊量达到56.2万人次，同比增长6.1%。',
    '一、医疗服务。县人民医院新增床位80张。',
  ].join('\n');
  it('takes the first sample\'s own title, with its year inside, and never the category word alone', () => {
    expect(fields(page).title).toBe('邛溪县卫生健康局2022年上半年工作总结');
  });

  it.each(['工作计划', '计划总结', '年度工作总结'])('a bare document word (%s) is no title', (word) => {
    expect(fields(`${word}\n一、医疗服务。县人民医院新增床位80张。`).title).not.toBe(word);
  });
});

describe('a plan for the half year ahead, opening with the half year behind (fictional 邛溪县)', () => {
  const plan = [
    '邛溪县卫生健康局2022年下半年工作计划',
    '上半年，全县各项工作实现时间过半、任务过半。1-6月，全县门急诊量达到56.2万人次，同比增长6.1%；住院病人1.2万人次，同比增长3.3%。下半年重点抓好以下工作：',
    '一、抓好疫情防控。9月底前加强免疫接种率达到90%以上。',
    '二、推进医共体建设。年底前县域内就诊率达到90%以上。',
  ].join('\n');
  it('reports the half year behind as achievements, and sets targets for the half ahead', () => {
    const d = extractText(plan);
    expect(d.kind).toBe('plan');
    expect([...new Set(d.overview.map((t) => t.kind))]).toEqual(['achievement']);
    expect(d.overview.length).toBeGreaterThanOrEqual(3);
    expect(d.tasks.flatMap((t) => t.targets).every((t) => t.kind === 'target')).toBe(true);
  });

  it('keeps a plan\'s own aims for the first half year as targets', () => {
    const d = extractText('邛溪县卫生健康局2022年工作计划\n上半年，完成全县12家村卫生室标准化建设，签约率达到40%，培训乡村医生300人次。\n一、抓好疫情防控。年底前接种率达到90%以上。');
    expect(d.overview.concat(d.tasks.flatMap((t) => t.targets)).every((t) => t.kind === 'target')).toBe(true);
  });
});

describe('news whose headline quotes a document word (fictional 沄棠县)', () => {
  const news = [
    '沄棠县卫健局“三个方案”助推健康扶贫',
    '来源:沄棠信息网  更新时间:2018-12-04 16:21',
    '近段时间以来，县卫健局全力推进健康扶贫工作。截至11月底，全县贫困人口住院费用实际报销比例达到90.1%，因病致贫返贫户较年初减少215户。',
    '一是实施健康扶贫百日行动。组建家庭医生团队88个，贫困人口家庭医生签约率达到98.2%。二是实施大病专项救治。专项救治贫困患者163人，累计结算0.8万人次。',
    '下一步，县卫健局将继续巩固成果，力争年底前签约率稳定在98%以上。',
  ].join('\n');
  it('is a report of the work done: the quoted 方案 names what it is about, not the page', () => {
    expect(fields(news)).toMatchObject({ kind: 'summary', year: 2018 });
  });

  it('still reads a title that ends on its document word after a quoted slogan as a plan', () => {
    expect(fields('“健康沄棠”行动实施方案\n一、主要目标\n到2022年，居民健康素养水平达到25%。').kind).toBe('plan');
  });
});

describe('a report to the people\'s congress on a template site (fictional 溪桥县)', () => {
  const report = [
    '当前位置:首页 > 公文写作 > 工作汇报',
    '溪桥县卫生和计划生育局关于全县卫生计生工作情况的汇报',
    '时间:2017-11-21 来源:网友投稿 阅读:',
    '主任、副主任、各位委员:',
    '按照县人大常委会今年的监督计划，我局就全县卫生计生工作作如下汇报，请予审议。',
    '一、卫生计生资源和服务现状',
    '医疗卫生机构状况:住院床位达到 745 张，比 2015 年的 612张增加 133张。',
    '卫生服务状况:1—10月全县门急诊总数 92.46万人次，同比增长 5.9%。',
    '二、下一步工作打算',
    '(一)补齐人才短板。2018年招录医学类本科生 40名以上。',
    '(二)改善基层就医条件。村卫生室标准化率达到 100%。',
    '以上汇报，请予审议。',
    '溪桥县卫生和计划生育局',
    '2017年11月18日',
    '相关文章:卫生计生工作汇报材料 | 乡镇卫生院工作汇报范文',
  ].join('\n');

  it('is of the year it was dated: neither the year a figure is compared with nor the year its plan part names', () => {
    expect(fields(report)).toMatchObject({ kind: 'summary', year: 2017, region: '溪桥县' });
  });

  it('ends the last task before the signature, the list of related articles dropped', () => {
    const last = extractText(report).tasks.at(-1)!;
    expect(last.deadlines).toEqual([]);
    expect(last.text).not.toMatch(/相关文章|2017年11月18日/);
  });
});

describe('a headline in two parts a comma joins (fictional 岚屿省)', () => {
  it('takes the whole headline above the dateline', () => {
    const news = '岚屿省卫生健康工作会议召开，部署2026年重点工作\n发布时间:2026-01-21    来源:网络整理\n1月19日，岚屿省卫生健康工作会议在省城召开，系统总结了2025年工作，部署了2026年重点工作。\n会议要求，2026年全省基层诊疗量占比达到60%以上。';
    expect(fields(news).title).toBe('岚屿省卫生健康工作会议召开，部署2026年重点工作');
  });

  it('never takes a short sentence with a comma and an end mark', () => {
    const news = '各位领导，同志们好。\n岚屿省卫生健康工作会议召开\n1月19日，岚屿省卫生健康工作会议在省城召开，部署了2026年重点工作。';
    expect(fields(news).title).toBe('岚屿省卫生健康工作会议召开');
  });
});

describe('headlines on health work by its programmes\' names', () => {
  it.each([
    ['溪桥市部署2014年新农合筹资工作', '溪桥市'],
    ['石岭县全面推开无偿献血进社区活动', '石岭县'],
  ])('%s', (headline, region) => {
    const news = `${headline}\n2013-10-31 09:12   来源：溪桥日报\n本报讯(莫远)10月30日，我市召开工作会议，部署明年工作。会议要求，参合率稳定在98%以上，年底前完成筹资。`;
    expect(fields(news)).toMatchObject({ title: headline, region });
  });
});

describe('news of a meeting that hears last year and sets this year, dated this year (fictional 岑湄市)', () => {
  const page = (dateline: string) =>
    [
      '岑湄市政府召开卫生计生工作专题会议',
      dateline,
      '岑湄新闻网讯 2月26日，市政府召开卫生计生工作专题会议，听取市卫计委2018年工作情况汇报，安排部署今年重点工作。',
      '会议通报，2018年全市药占比下降到29.4%，全年出生人口2.91万人。',
      '会议要求，今年全市要抓好三项重点：一是深化医改。药占比控制在28%以内。二是强化基层。新建标准化村卫生室60个。三是优化服务。家庭医生签约率达到45%。',
    ].join('\n');

  it.each([
    ['a dateline in Simplified characters', '2019-02-27 09:12:40 来源:岑湄新闻网'],
    ['a dateline whose characters are glossed with their readings', '2019-02-27 09:12:40 来(lái)源:岑湄新闻网(wǎng)'],
  ])('is a plan of the dateline year, not of the year it heard reported: %s', (_, dateline) => {
    const d = extractText(page(dateline));
    expect([d.kind, d.year]).toEqual(['plan', 2019]);
    expect(d.overview.map((t) => [t.value, t.kind])).toEqual([
      [29.4, 'achievement'],
      [29100, 'achievement'],
    ]);
  });

  it('keeps the year its opening names where the page says nothing of this year', () => {
    const d = extractText(page('2019-02-27 09:12:40 来源:岑湄新闻网').replace(/今年/g, '2018年'));
    expect(d.year).toBe(2018);
  });
});

describe('titles a page breaks or names by what presents them (fictional 榆垣县)', () => {
  it('joins a title broken after the year it is of (`…局长2019年度` / `述职述廉报告`)', () => {
    const text = '榆垣县卫生健康局局长2019年度\n述职述廉报告\n各位领导、同志们:\n一、履职尽责\n(一)医改纵深推进。县域内就诊率达到88.1%。';
    expect(fields(text)).toMatchObject({ title: '榆垣县卫生健康局局长2019年度述职述廉报告', kind: 'summary', year: 2019 });
  });

  it.each([
    ['榆垣县卫生健康局2022年工作计划汇报', 'plan'],
    ['榆垣县卫生健康局2022年工作要点的汇报', 'plan'],
    ['榆垣县2022年工作计划执行情况报告', 'summary'],
    ['榆垣县2021年工作总结及2022年工作计划汇报', 'summary'],
  ])('%s is a %s', (title, kind) => {
    expect(fields(`${title}${body}`).kind).toBe(kind);
  });
});

describe('a daily progress report (fictional 蕖川县)', () => {
  const report = [
    '2022年3月8日,蕖川县疫情防控工作进展报告',
    '一、目前情况:截至2022年3月8日16时,我县未收到疑似病例和确诊病例报告。',
    '二、县卫生健康局工作动态',
    '(一)核酸检测情况 2022年3月8日,县人民医院采样检测共512份,结果均为阴性。全县单日最大检测能力达到1.1万管。',
    '(二)疫苗接种情况 截至3月8日,全县累计接种新冠病毒疫苗28.3万剂次。',
    '三、下一步工作',
    '力争3月底前60岁以上老年人加强免疫接种率达到70%以上。',
  ].join('\n');

  it('keeps the date set before its title, and is a report of results', () => {
    expect(fields(report)).toEqual({ title: '2022年3月8日,蕖川县疫情防控工作进展报告', kind: 'summary', year: 2022, region: '蕖川县' });
  });

  it('the situation part is no task, and a label is the title of the figures dated after it', () => {
    const d = extractText(report);
    expect(d.tasks.map((t) => t.title)).toEqual(['核酸检测情况', '疫苗接种情况', '力争3月底前60岁以上老年人加强免疫接种率达到70%以上']);
    expect(d.tasks.map((t) => t.targets.map((g) => g.kind))).toEqual([['achievement', 'achievement'], ['achievement'], ['target']]);
  });
});

describe('news headlines that say when, or what was reached (fictional 栾川市)', () => {
  const plan = [
    '年底前栾川市每个县区至少建成2家核酸检测实验室',
    '发布时间:2020-08-06 21:37:12 | 来源:栾川日报',
    '8月6日上午,栾川市举行新闻发布会。市卫生健康委员会副主任透露,全市公共卫生补短板年度目标已确定。',
    '到2020年底前,每个县(区)至少建成2家核酸检测实验室,全市日核酸检测能力达到3万管以上。',
    '2021年底前,全市ICU床位达到320张。',
    '2022年底前,新增负压病房60间。',
  ].join('\n');

  it('a headline that opens with when names its place after it; the years work is due by are not the page\'s', () => {
    expect(fields(plan)).toEqual({ title: '年底前栾川市每个县区至少建成2家核酸检测实验室', kind: 'plan', year: 2020, region: '栾川市' });
  });

  it('a headline that tells a level reached, with nothing to come in it, reports results', () => {
    const news = [
      '栾川市最大核酸检测能力达每日42万管',
      '2022-05-19 08:42 来源:栾川日报',
      '5月18日,市卫健委发布消息,我市现有新冠病毒核酸检测机构58家,最大检测能力达每日42万管。',
      '目前,全市规划设置常态化采样点1860个,累计培训采样人员超过1.4万人。',
      '下一步,市卫健委将在6月底前再新增核酸检测实验室5家。',
    ].join('\n');
    expect(fields(news)).toMatchObject({ kind: 'summary', year: 2022, region: '栾川市' });
    expect(fields(news.replace('达每日42万管', '将达每日42万管')).kind).toBe('plan');
  });
});

describe("a page's furniture around its title and place (fictional 蒲川县, 雪川市)", () => {
  it("a plan that cites its own county's scheme and says 我县 is of that county", () => {
    const text = '2019县深化医改重点工作任务\n根据《蒲川县深化医药卫生体制改革实施方案(2018—2020年)》，现将我县2019年重点工作任务明确如下。\n一、重点工作任务\n1.组建医共体2个，全县16家乡镇卫生院全部纳入。\n2.全县家庭医生签约率达到70%。';
    expect(fields(text).region).toBe('蒲川县');
  });

  it('a photo caption with its credit is no headline; a yearbook entry is titled by its name', () => {
    const page = ['年鉴选编', '卫生和计划生育', '发布时间:', '2023-06-14 09:41', '雪川年鉴(2016)卫生和计划生育卫生和计划生育', '市第二人民医院护士为患者测量体温 韩立雯摄综述', '【概况】2015年,全市卫生计生系统各项工作稳步推进。全市有医疗卫生机构2186个。', '【基层卫生】完成17所乡镇卫生院标准化建设,新建村卫生室64个。'].join('\n');
    expect(fields(page)).toMatchObject({ title: '卫生和计划生育', kind: 'summary', year: 2015 });
  });
});

describe('a street office (街道) is a place (fictional 桂川街道)', () => {
  it('a place whose name holds 本 before its level (`样本县`) is a place still', () => {
    expect(fields(`2022年样本县卫生健康工作要点${body}`).region).toBe('样本县');
  });

  it('names the region of its own news', () => {
    const text = '桂川街道部署2016年计生重点工作\n2016年3月23日下午,桂川街道计生科召开计生工作例会。\n会上,科长就今年计生工作提出了三点安排。一是落实全面两孩政策,登记服务率达到100%。二是抓好统计,准确率达到98%。三是做好随访,随访率达到95%。';
    expect(fields(text).region).toBe('桂川街道');
  });
});

describe('a repost that notes the original headline and dates itself `发布于` (fictional 岱川市)', () => {
  it('takes the year of its dateline for the plan of 今年, and the original headline without its label', () => {
    const text = [
      '原创 岱川市卫健138383美人鱼论坛美人鱼委：今年新增普惠托位3000个 县域内就诊率力争达到92%',
      '原标题：岱川市卫健委：今年新增普惠托位3000个 县域内就诊率力争达到92%',
      '发布于：岱川 2026-01-20 17:42  阅读 3.2万',
      '付汀兰介绍，2025年全市人均预期寿命达到80.2岁，居民健康素养水平达到35.4%，圆满完成年度目标任务。',
      '今年，岱川市将重点抓好三方面工作。',
      '一是扩大普惠托育供给。年内新增普惠托位3000个。',
      '二是做强县域医共体。县域内就诊率力争达到92%。',
      '三是提升基层服务能力。新增社区医院5家。',
    ].join('\n');
    expect(fields(text)).toMatchObject({ kind: 'plan', year: 2026, region: '岱川市' });
    expect(fields(`岱川新闻\n${text.split('\n').slice(1).join('\n')}`).title).toBe('岱川市卫健委：今年新增普惠托位3000个 县域内就诊率力争达到92%');
  });
});

describe('headlines of livelihood projects and yearbook trails (fictional 澄川市, 茗溪县)', () => {
  it('a headline on the year\'s livelihood projects (`…民生实事成绩单`) is the page\'s title, a report of results', () => {
    const text = '首页 » 资讯 » 正文\n澄川市公布2022年十件民生实事成绩单\n发布日期:2023-01-19 来源:资讯网\n2022年已经过去,市政府年初承诺的十件民生实事办得怎样?记者从新闻发布会上获悉,十件实事全部完成。\n推进基层医疗机构提质扩容\n2022年,全市新建乡镇卫生院12所,完成年度目标任务的120%。';
    expect(fields(text)).toMatchObject({ title: '澄川市公布2022年十件民生实事成绩单', kind: 'summary', year: 2022, region: '澄川市' });
  });

  it('a yearbook\'s trail ends at the entry the page is', () => {
    const text = '茗溪年鉴(2016) > 社会事业 > 卫生和计划生育\n上一条:体育 下一条:民政\n卫生和计划生育\n【概况】 2015年末,茗溪县有各级各类医疗卫生机构312个,比上年增加9个。\n【医疗服务】 县人民医院新开设疼痛科、康复医学科2个科室。';
    expect(fields(text)).toMatchObject({ title: '卫生和计划生育', kind: 'summary', year: 2015 });
  });
});

describe('a template site\'s lead-in over the document\'s own title (fictional 苕川县)', () => {
  it('takes the title under `下面是小编为大家推荐的《…》`, not the site\'s retitled copy above', () => {
    const text = `县爱卫办2021年工作要点\n县爱卫办2021年工作要点\n02-13 计划方案\n下面是小编为大家推荐的《县爱卫办2021年工作要点》,供各位参考借鉴,欢迎收藏!\n苕川县爱卫会办公室2014年工作要点${body}`;
    expect(fields(text)).toMatchObject({ title: '苕川县爱卫会办公室2014年工作要点', year: 2014, region: '苕川县' });
  });
});

describe("a digital yearbook's page: its trail, the volume over the entry, the leaders' list (fictional 澄溪州)", () => {
  const page = (entry: string) =>
    [
      '数字方志 > 年鉴 > 澄溪州年鉴 > 2016卷 > 卫生',
      '2016卷',
      entry,
      '【澄溪州卫生局领导名录】',
      '局    长:林书远',
      '副 局 长:贺云(女)',
      '纪检组长:蒋川',
      '【概况】 2015年,全州有医疗卫生机构842个。',
      '【医政管理】 2015年,全州抽查病历1 800份,甲级病历率达到93%。',
      '【农村卫生】 2015年,全州新农合参合率达到97.2%,新建村卫生室60所。',
      '【卫生监督】 2015年,全州办理行政处罚案件118件。',
    ].join('\n');

  it('titles the page by its entry, not the volume, and reads it as a summary of the year before the volume', () => {
    expect(fields(page('澄溪州卫生工作综述'))).toEqual({ title: '澄溪州卫生工作综述', kind: 'summary', year: 2015, region: '澄溪州' });
    expect(fields(page('疾病预防控制工作'))).toMatchObject({ title: '疾病预防控制工作', kind: 'summary', year: 2015 });
  });

  it('makes each entry a task under its name, the leaders over no prose heading none', () => {
    const d = extractText(page('澄溪州卫生工作综述'));
    expect(d.tasks.map((t) => t.title)).toEqual(['医政管理', '农村卫生', '卫生监督']);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => x.kind))).toEqual(['achievement', 'achievement', 'achievement', 'achievement', 'achievement']);
  });
});

describe('a headline set over three lines, who held the meeting on the first (fictional 溪桥区)', () => {
  it('reads the three lines as one headline', () => {
    const page = '首页 > 部门动态\n溪桥区卫生健康局\n召开2024年度全区卫生健康工作\n暨重点任务推进会\n2月20日，全区卫生健康工作暨重点任务推进会召开，局班子成员和各单位负责人参加会议。\n局长指出，2024年，全区将新建社区医院2家，基层诊疗量占比达到55%。';
    expect(fields(page)).toMatchObject({ title: '溪桥区卫生健康局召开2024年度全区卫生健康工作暨重点任务推进会', year: 2024, region: '溪桥区' });
  });
});

describe("a portal's title field cut short over the document's own title line (fictional 溪桥区)", () => {
  it('takes the own line, which goes on past the field with a joined part', () => {
    const page = `标题: 区卫生健康局2022年重点工作任务分解\n发文日期: 2022-03-01\n区卫生健康局2022年度重点工作任务分解及分工${body}`;
    expect(fields(page).title).toBe('区卫生健康局2022年度重点工作任务分解及分工');
  });

  it('keeps the field where the line under it says no more', () => {
    const page = `标题: 溪桥区2022年卫生健康工作要点\n发文日期: 2022-03-01\n溪桥区2022年度卫生健康工作要点${body}`;
    expect(fields(page).title).toBe('溪桥区2022年卫生健康工作要点');
  });
});

describe("a year's report of the tasks it was set, then how they were done, on a document site (fictional 溪桥市)", () => {
  const page = [
    '溪桥市2018年健康扶贫工作情况总结',
    '1、溪桥文库收录，全文可在线阅读。',
    '2、如认为本文侵犯您的权益，请联系平台处理。',
    '3、付费下载前请先预览，确认内容符合需要。',
    '一、年度任务',
    '1.提高医疗保障水平，县域内住院费用实际报销比例达到90%。',
    '2.做实家庭医生签约，贫困人口签约覆盖率100%。',
    '二、完成情况',
    '1.医疗保障水平提高。全市县域内住院费用实际报销比例达到91.5%。',
    '2.签约服务落实。组建家庭医生团队210个。',
  ].join('\n');

  it("drops the site's notices, reads the tasks set as targets and what was done as results", () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => t.title)).toEqual(['提高医疗保障水平，县域内住院费用实际报销比例达到90%', '做实家庭医生签约，贫困人口签约覆盖率100%', '医疗保障水平提高', '签约服务落实']);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => [x.value, x.kind]))).toEqual([[90, 'target'], [100, 'target'], [91.5, 'achievement'], [210, 'achievement']]);
  });
});

describe("a portal's clock over a plan that names no year in its title (fictional 溪桥区)", () => {
  it('takes the year from the document, not the day the page was copied', () => {
    const page = '溪桥区人民政府 2020年11月5日星期四\n政务公开 > 区政府文件\n溪桥区人民政府关于印发健康溪桥行动实施方案的通知\n各镇人民政府:\n现将《健康溪桥行动实施方案》印发给你们，请照此执行。\n溪桥区人民政府\n2023年7月10日\n健康溪桥行动实施方案\n一、重点任务\n(一)健康知识普及。全年开展健康讲座不少于100场。';
    expect(fields(page)).toMatchObject({ year: 2023, kind: 'plan' });
  });
});

describe('five-year plans and their outlines as reposts print them (fictional 苇塘)', () => {
  it("takes the title from a trail on the page's first line that ends in it, and the plan's year from its period", () => {
    const text = '发展规划 > 苇塘市卫生事业发展“十三五”规划\n一、发展基础\n“十二五”时期，全市人均期望寿命达到76.2岁。\n二、主要任务\n(一)健全基层服务网络。新建乡镇卫生院6所。\n(二)加强公共卫生。适龄儿童免疫规划疫苗接种率达到95%以上。';
    expect(fields(text)).toMatchObject({ title: '苇塘市卫生事业发展“十三五”规划', kind: 'plan', year: 2016, region: '苇塘市' });
  });

  it("keeps a title's opening quote that it closes, and leaves out a repost's 全文", () => {
    const text = '“健康苇塘2030”规划纲要全文\n第三章 筑牢公共卫生屏障\n第一节 遏制重大疾病\n推广癌症早筛早治，到2030年重大慢性病过早死亡率较2015年降低30%。\n第二节 做实基本公共卫生服务\n到2030年，65岁以上老年人健康管理率达到80%。';
    expect(fields(text).title).toBe('“健康苇塘2030”规划纲要');
    const d = extractText(text);
    expect(d.sections.map((s) => s.title)).toEqual(['筑牢公共卫生屏障']);
    expect(d.tasks.map((t) => `${t.number}|${t.title}`)).toEqual(['一|遏制重大疾病', '二|做实基本公共卫生服务']);
  });
});

describe('a review of a five-year plan (fictional 苇汀县)', () => {
  it('is a summary of its period, of the last year', () => {
    const text = '苇汀县卫生事业发展“十二五”规划实施情况回顾\n2011年,苇汀县印发卫生事业发展“十二五”规划,设定了到2015年人均预期寿命76岁等指标。\n五年间,全县主要指标均好于规划预期:2015年人均预期寿命达77.1岁。\n一是基本医疗保障网全面织牢,新农合参合率从2010年的90.2%提升至2015年的99.0%。二是基层服务能力明显增强,新建乡镇卫生院16所。三是公共卫生服务均等化水平提高,居民健康档案建档率达到85.1%。';
    expect(fields(text)).toMatchObject({ kind: 'summary', year: 2015 });
  });
});
