import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

// Layouts of posts and template pages, in a fictional county's (溪桥县) words.

describe("a post's banners: a number on its own line, a heading broken under it", () => {
  const post = [
    '2025年溪桥县卫生健康工作这样抓',
    '2025年,全县卫生健康系统重点抓好3个方面工作',
    '1', '守住公共', '卫生防线',
    '强化传染病监测。', '完善监测体系,传染病网络直报率保持100%。',
    '做实慢病防控。', '两病患者规范管理率分别达到66%、64%。',
    '2', '做强县域', '医疗服务',
    '县域内就诊率稳定在90%以上,新建重点专科3个。',
    '3', '夯实基层', '网底',
    '提升卫生院能力。', '新增2家卫生院达到推荐标准。',
  ];

  it('reads each banner as a numbered section, and a short sentence over its paragraph as one task it heads', () => {
    const d = extractText(post.join('\n'));
    expect(d.sections.map((s) => `${s.number}|${s.title}`)).toEqual(['1|守住公共卫生防线', '2|做强县域医疗服务', '3|夯实基层网底']);
    expect(d.tasks.map((t) => `${t.section}|${t.title}|${t.targets.map((x) => x.value).join(',')}`)).toEqual([
      '1|强化传染病监测|100',
      '1|做实慢病防控|66,64',
      '2|县域内就诊率稳定在90%以上,新建重点专科3个|90,3',
      '3|提升卫生院能力|2',
    ]);
  });

  it('takes no lone page number for a banner', () => {
    const d = extractText(['溪桥县2025年卫生健康工作要点', '一、医疗服务', '1.新建重点专科3个。', '2', '2.县域内就诊率达到90%。'].join('\n'));
    expect(d.sections.map((s) => s.title)).toEqual(['医疗服务']);
  });
});

describe('points and lists', () => {
  it('splits a point glued after the sentence of the point before it, when points stand on lines of their own', () => {
    const text = ['溪桥县卫健局2024年健康促进工作总结', '(一)夯实阵地', '一是完善网络。网络覆盖率达到100%。', '二是建好阵地。新建健康步道11条。三是用好新媒体。推送科普信息320条。', '(二)创新载体', '一是开展巡讲。全年开展巡讲46场。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.title)).toEqual(['完善网络', '建好阵地', '用好新媒体', '开展巡讲']);
  });

  it("reads the bulleted points of `保障措施` as its items, as it reads numbered ones", () => {
    const text = ['溪桥县2013年基本公共卫生服务项目工作方案', '一、重点任务', '• 扩大慢病管理。新增管理高血压患者3000人。', '• 规范预防接种。接种率达到95%以上。', '二、保障措施', '• 完善考核办法。按季度开展考核。', '• 落实经费保障。补助标准提高到30元。'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.section}|${t.title}`)).toEqual(['1|扩大慢病管理', '1|规范预防接种', '2|完善考核办法', '2|落实经费保障']);
  });

  it("ends the page at a template site's list of related articles, whose titles name nothing of this page", () => {
    const text = ['卫健局健康促进工作总结', '2020年,区卫健局健康促进工作取得新成效。', '(一)夯实阵地', '一是完善网络。网络覆盖率达到100%。', '【卫健局健康促进工作总结】相关文章:', '2021年卫生院健康教育工作总结(精选6篇)', '社区健康促进工作计划2022(通用5篇)'].join('\n');
    const d = extractText(text);
    expect(d.title).toBe('卫健局健康促进工作总结');
    expect(d.tasks.map((t) => t.title)).toEqual(['完善网络']);
  });
});

describe("summaries as template sites and portals give them (fictional 溪桥)", () => {
  it("takes the first sample's own title, under a site's title of its collection (`…范文(通用3篇)`)", () => {
    const text = ['首页 > 公文文书 > 年度总结 > 2020年妇幼保健院年度工作总结范文(通用3篇)', '2020年妇幼保健院年度工作总结范文(通用3篇)', '妇幼保健院年度工作总结1', '20xx年,溪桥区妇幼保健院在区卫健局的领导下,较好完成了年度任务。', '一、主要指标完成情况', '孕产妇系统管理率达到93.6%。', '妇幼保健院年度工作总结2', '一、重点工作', '新生儿疾病筛查率99.3%。'].join('\n');
    const d = extractText(text);
    expect([d.title, d.region, d.kind]).toEqual(['妇幼保健院年度工作总结', '溪桥区', 'summary']);
    // The count of samples is no result; the second sample is another document.
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => x.value)).toEqual([93.6]);
  });

  it('drops a teaser cut off with `……` when the text follows again from its start', () => {
    const text = ['溪桥县卫生健康局局长2019年度述职报告', '县人大常委会:', '一、基本情况', '全县开放床位1180张。', '二、主要做法及成效', '(一)依法履职,建章立制。先后出台《溪桥县应急预案》、……', '一、基本情况', '全县开放床位1180张。', '二、主要做法及成效', '(一)依法履职,建章立制。先后出台《溪桥县应急预案》等制度文件9个。', '(二)深化改革,破解难题。县域内就诊率达到88%。'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => t.title)).toEqual(['依法履职,建章立制', '深化改革,破解难题']);
    expect(d.overview.map((x) => x.value)).toEqual([1180]);
  });

  it('reads the paragraphs a short sentence heads as the tasks, the one that opens with the year as the intro', () => {
    const text = ['溪桥镇卫生院2017年工作总结', '2018-03-12 来源:溪桥镇卫生院', '2017年,溪桥镇卫生院有在岗职工86人,较好地完成了全年各项工作任务。', '医疗服务量稳步增长。全年完成门急诊8.62万人次,同比增长7.4%。', '公共卫生服务全面落实。建档率90.7%。', '家庭医生签约扎实推进。重点人群签约率达到63.5%。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.title)).toEqual(['医疗服务量稳步增长', '公共卫生服务全面落实', '家庭医生签约扎实推进']);
  });

  it('splits two points run into a top heading, as it splits three', () => {
    const text = ['溪桥县卫健局2021年工作总结', '2021年,县卫健局紧扣健康服务主题,持续增强群众获得感。', '一、聚焦疫情防控,筑牢防线。坚持常态化防控,守住了底线。一是守牢预检关口。全年预检分诊12万人次。二是守牢隔离关口。全年隔离观察320人。三是守牢接种关口。全县接种疫苗48万剂次。', '二、聚焦行业治理,守护健康权益。一是严格综合监管。全年抽查412户次。二是优化医疗服务。县域内就诊率达到88.7%。'].join('\n');
    expect(extractText(text).tasks.map((t) => `${t.section}|${t.title}`)).toEqual(['1|守牢预检关口', '1|守牢隔离关口', '1|守牢接种关口', '2|严格综合监管', '2|优化医疗服务']);
  });

  it("reads on past a journal's running footer that ends with a page number", () => {
    const text = ['健康溪桥行动2024年工作要点', '一、健康促进', '(一)普及健康知识。健康素养水平提升到36%以上。', '2024 年 2 月 第 2 期 健康溪桥行动2024年工作要点 3', '(二)推进控烟行动。吸烟率下降到23%以下。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.title)).toEqual(['普及健康知识', '推进控烟行动']);
  });
});

describe("a community centre's post, as a WeChat mirror gives it (fictional 溪桥街道)", () => {
  const post = ['-', '溪桥街道社区卫生服务中心2026年重点工作计划出炉！', '图片来源于网络新的一年，中心制定了2026年重点工作计划，一起来看👇', '🔶 家庭医生签约服务', '1️⃣ 扩面提质做签约。全年新增签约居民3000人。（责任科室：全科诊疗科）', '2️⃣ 签约服务包上新。续约率不低于85%。（责任科室：全科诊疗科；协作科室：中医科）', '🔶 慢病管理', '3️⃣ 两慢病管理提标。规范管理率达到70%。（责任科室：公共卫生科）', '来源:溪桥街道社区卫生服务中心编辑:林晓校对:周岚审核:陈立', '-', '“世界家庭医生日”义诊走进社区', '累计测量血压320余人次。'];

  it('reads keycap numbers as items, emoji-marked lines as headings, the title without its cry, and stops at the credits', () => {
    const d = extractText(post.join('\n'));
    expect([d.title, d.region]).toEqual(['溪桥街道社区卫生服务中心2026年重点工作计划', '溪桥街道']);
    expect(d.sections.map((s) => s.title)).toEqual(['家庭医生签约服务', '慢病管理']);
    expect(d.tasks.map((t) => `${t.number}|${t.title}|${t.departments.lead.join('、')}|${t.departments.support.join('、')}`)).toEqual([
      '1|扩面提质做签约|全科诊疗科|',
      '2|签约服务包上新|全科诊疗科|中医科',
      '3|两慢病管理提标|公共卫生科|',
    ]);
    expect(d.overview).toEqual([]);
  });
});

describe('more of what template and news sites put around a document', () => {
  it("drops a site's lead-in (`以下是小编为大家整理的…`), and names no place from it", () => {
    const text = ['区卫计局工作计划', '一年之计在于春。以下是小编为大家整理的区卫计局工作计划3篇，欢迎阅读，希望大家能够喜欢。', '2017年是溪桥区卫生计生工作的关键之年。', '一、医疗服务', '1.新建重点专科3个。'].join('\n');
    const d = extractText(text);
    expect(d.region).toBe('溪桥区');
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => x.value)).toEqual([3]);
  });

  it("strips a site's category glued before a sample's title, and its `篇一`; the next sample ends the page", () => {
    const text = ['卫生院年度总结汇报溪桥镇卫生院2017年工作总结和2018年工作要点篇一', '2017年,我院在镇党委、政府和县卫计局的领导下,各项工作取得了新的进展。', '一、2017年工作完成情况', '1.全年门急诊4.36万人次。', '篇二', '卫生院年度总结汇报村卫生室2017年度工作总结篇二', '一年来,本室共接诊患者3100余人次。'].join('\n');
    const d = extractText(text);
    expect([d.title, d.region]).toEqual(['溪桥镇卫生院2017年工作总结和2018年工作要点', '溪桥镇']);
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => x.value)).toEqual([43600]);
  });

  it("takes out a photo's caption, whose year is not the paragraph's, and ends at `第二篇:` with another document's title", () => {
    const text = ['溪桥市卫生计生委2016年工作总结', '2017年全市卫生计生工作会议现场。溪桥在线 记者 顾晓 摄', '2016年,全市人均预期寿命达到77.9岁。', '一、医改', '(一)公立医院改革全面推开。药占比降至33.5%。', '第二篇:县卫生监督所上半年工作总结', '今年上半年,我所共检查各类单位860余户次。'].join('\n');
    const d = extractText(text);
    expect(d.overview.map((x) => `${x.kind}|${x.value}`)).toEqual(['achievement|77.9']);
    expect(d.tasks.flatMap((t) => t.targets).map((x) => x.value)).toEqual([33.5]);
  });

  it("names a news item of the year's work meeting by its headline", () => {
    expect(extractText('溪桥县召开2022年卫生健康工作会议\n会议明确,县域内就诊率稳定在90%以上。').title).toBe('溪桥县召开2022年卫生健康工作会议');
  });
});

describe('a plan that sets out its schedule', () => {
  it('reads the paragraph under 时间安排 as no task', () => {
    const d = extractText(['溪桥县2021年健康县城建设实施方案', '一、总体任务', '巩固提升国家卫生县城创建成果，如期完成年度目标。', '二、时间安排', '2021年4月—12月，各成员单位宣传动员、落实责任、完善方案。', '三、任务分工', '1.推进健康学校建设。新创建健康学校6所。'].join('\n'));
    expect(d.tasks.map((t) => t.title)).toEqual(['巩固提升国家卫生县城创建成果，如期完成年度目标', '推进健康学校建设']);
  });
});

describe('a plan that names its leading group first', () => {
  it('reads the roster under 组织领导 as no task', () => {
    const d = extractText(['溪桥县卫生健康局2024年重点工作任务分解', '一、组织领导', '组 长: 陈立 局长', '成 员：李芳、周青。', '二、重点任务分解', '1.基本公共卫生服务。建档率达到85%以上。', '牵头股室：基层卫生股'].join('\n'));
    expect(d.tasks.map((t) => `${t.title}|${t.departments.lead.join('、')}`)).toEqual(['基本公共卫生服务|基层卫生股']);
  });
});

describe('a journal article: its front matter, its two levels numbered 2 and 2.1', () => {
  const text = [
    '引用本文', '溪桥县卫生健康局. 2024年基层卫生工作要点[J]. 溪桥卫生, 2024, 6(2): 21-23.', '2024年基层卫生工作要点', '溪桥县卫生健康局', '1',
    '1. 溪桥县卫生健康局,溪桥 331000', '收稿日期: 2024-02-20; 数字出版日期: 2024-3-1 10:05', '关键词:', '基层卫生 工作要点',
    '1 总体要求', '2024年全县基层卫生工作的总体要求是：坚持以人民健康为中心，巩固基层运行机制。',
    '2 深化基层综合改革', '2.1 推进县域医共体建设。组建紧密型医共体2个。', '2.2 完善运行机制。人员经费占比提高到45%以上。',
    '3 提升基层服务能力', '3.1 开展优质服务基层行活动。达到推荐标准的卫生院不少于5家。',
  ].join('\n');

  it('reads sections and items by those numbers, and the citation, affiliation and dates as no part of the plan', () => {
    const d = extractText(text);
    expect(d.sections.map((x) => x.title)).toEqual(['总体要求', '深化基层综合改革', '提升基层服务能力']);
    expect(d.tasks.map((t) => `${t.section}|${t.title}|${t.targets.map((x) => x.value).join(',')}`)).toEqual(['2|推进县域医共体建设|2', '2|完善运行机制|45', '3|开展优质服务基层行活动|5']);
  });

  it('does not take a figure a hard wrap put at a line’s start for such a number', () => {
    const d = extractText(['溪桥县2024年卫生健康工作要点', '一、提升医疗服务', '1.改善就医体验。全年门诊量达到', '1.1 万人次，预约诊疗率达到60%。', '2.加强急救体系。新建急救站', '2 个。'].join('\n'));
    expect(d.tasks.map((t) => t.title)).toEqual(['改善就医体验', '加强急救体系']);
  });
});

describe("a content farm's retelling of a year's review and the next year's deployment", () => {
  const text = [
    '溪桥市卫健委2024年工作回顾与2025年重点工作部署解析', '引言', '2024年，溪桥市卫生健康委员会在卫生健康事业高质量发展方面交出了一份亮眼的成绩单，各项事业取得新进展。',
    '一、溪桥卫生健康事业发展背景', '溪桥市辖3个区、2个县，常住人口约120万，全市共有医疗卫生机构860家。',
    '二、2024年工作回顾', '1. 医疗服务', '全年新增省级临床重点专科3个，县域内就诊率达到90.5%。',
    '三、2025年重点工作部署', '  • 基层服务：重点人群家庭医生签约率达到85%。',
    '结语', '回顾2024，溪桥卫健砥砺前行；展望2025，溪桥卫健蓄势待发。', '（本文内容整理自网络公开信息，仅供参考，如有侵权请联系删除）',
  ].join('\n');

  it('is a summary that names its review first; its background, its closing words and the note of where it was gathered are no tasks', () => {
    const d = extractText(text);
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => `${t.title}|${t.targets.map((x) => `${x.kind}:${x.value}`).join(',')}`)).toEqual(['医疗服务|achievement:3,achievement:90.5', '基层服务|target:85']);
  });
});

describe("a document-sharing site's page", () => {
  it('drops its numbered notes to users and a converter’s watermark, and takes a run mark before an item’s own number for a page’s', () => {
    const text = [
      '- 1、本文档共3页，可在线阅读全部内容。', '- 2、开通VIP后，每下载1篇文档将扣除1次下载权益。',
      '1、Evaluation Warning: The document was created with Spire.Doc for .NET.溪桥省卫生健康委员会文件',
      '2025年全省卫生健康工作要点', '一、深化医改', '（一）推进医共体建设。县域内就诊率达到90%以上，', '2、基层诊疗量占比达到65%。（体改处负责）', '（二）加强疾病防控。报告及时率保持在99%以上。', '3、（三）发展托育服务。新增托位1万个。',
    ].join('\n');
    const d = extractText(text);
    expect(d.title).toBe('2025年全省卫生健康工作要点');
    expect(d.tasks.map((t) => `${t.title}|${t.targets.map((x) => x.value).join(',')}`)).toEqual(['推进医共体建设|90,65', '加强疾病防控|99', '发展托育服务|10000']);
  });
});

describe('a template site that glued the whole page into one line', () => {
  it("drops only its own words before the document; a sample's label before a title is no part of it", () => {
    const body = '妇幼卫生工作计划 篇1 溪桥市 2024 年妇幼卫生工作计划 一、指导思想 2024 年全市妇幼卫生工作以保障母婴安全为核心，坚持保健与临床相结合，全面完成省、市下达的妇幼卫生目标任务。 二、主要服务指标 1、孕产妇系统管理率达 92%以上。 2、3 岁以下儿童系统管理率达 90%。 3、住院分娩率达 99.5%以上。 ';
    const more = ['4、剖宫产率市级医疗保健机构控制在40%以内，乡镇卫生院控制在20%以内。', '5、孕产妇艾滋病、梅毒和乙肝检测率达95%，其中孕早期检测率达70%。', '6、新生儿遗传代谢性疾病筛查率达96%，听力筛查率达92%。', '7、农村适龄妇女宫颈癌、乳腺癌检查1.2万人。', '三、主要工作措施 1、强化危重孕产妇救治网络，巩固市、县两级危重孕产妇和新生儿救治中心建设，年内组织救治演练不少于2次。', '2、推进出生缺陷三级预防，免费婚前医学检查率达65%以上，增补叶酸服用率达90%以上，产前筛查率达80%以上。', '3、加强妇幼信息化和质控管理，妇幼信息系统县级接入率达到100%，每半年开展一次全市妇幼健康服务质量督导检查，及时通报督导结果并督促整改落实。'].join(' ');
    const text = ['首页 > 实用范文 > 工作计划 > 卫生工作计划', '关于妇幼卫生工作计划 3 篇', '上传人：h***8  上传时间：2024-02-26  格式：DOCX  页数：7', '关于妇幼卫生工作计划 3 篇 日月如梭，新的一年又到了。以下是我精心整理的妇幼卫生工作计划 3 篇，供大家参考。 ' + body + more].join('\n');
    const d = extractText(text);
    expect(extractText('妇幼卫生工作计划 篇1 溪桥市2024年妇幼卫生工作计划\n一、主要指标\n1.孕产妇系统管理率达92%以上。').title).toBe('溪桥市2024年妇幼卫生工作计划');
    expect(d.tasks.slice(0, 3).map((t) => `${t.title}|${t.targets.map((x) => x.value).join(',')}`)).toEqual(['孕产妇系统管理率达92%以上|92', '3岁以下儿童系统管理率达90%|90', '住院分娩率达99.5%以上|99.5']);
  });
});

describe("a summary's next-year part glued to its heading", () => {
  it('gives its figures the kind of the part its heading names', () => {
    const d = extractText(['2016年溪桥县卫生计生局工作总结', '2016年，溪桥县卫生计生局在县委、县政府的坚强领导下，较好地完成了年度目标任务。现将全年工作总结如下：一、主要工作及成效（一）医改稳步推进。县域内就诊率达到88%。（二）公共卫生持续加强。接种率保持在95%以上。二、存在问题一是人才不足；二是信息化滞后。三、2017年工作打算2017年，我局将重点抓好以下工作。力争县域内就诊率达到90%，再新建标准化村卫生室20所。'].join('\n'));
    expect(d.tasks.flatMap((t) => t.targets.map((x) => `${x.value}:${x.kind}`))).toEqual(['88:achievement', '95:achievement', '90:target', '20:target']);
  });
});
