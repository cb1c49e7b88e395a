import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { normalize } from '../../src/normalize/index.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

const norm = (text: string) => normalize({ file: 't.txt', format: 'text', encoding: 'utf-8', text }, defaultVocabulary).text;

// A news site's copy of a city's report card, as a mirror site serves it (fictional 溪岚市).
const MIRROR = [
  '熱門影視在線看,綜藝大全,體育直播',
  '',
  ' > 新聞 > 本地',
  '溪岚市衛生局:2015年衛生工作成績單出爐 2016年再定新目標',
  '2016-01-18  來源:溪岚日報',
  '',
  '記者從1月15日召開的全市衛生工作會議上獲悉,2015年全市門急診總人次達到380.5萬人次。x9z溪岚在線',
  '',
  '醫改紮實推進。全市8家公立醫院全部取消藥品加成,藥佔比降至38.2%。x9z溪岚在線',
  '',
  '婦幼健康水平提升。孕產婦死亡率降至9.8/10萬,住院分娩率達99.6%。x9z溪岚在線',
  '',
  '新的一年目標已經明確。2016年,市衛生局將新建社區衛生服務站4個,急救平均反應時間控制在11分鐘以內。x9z溪岚在線',
  '',
  '會議還表彰了2015年度全市衛生工作先進集體。x9z溪岚在線',
  '',
  '(責編:林晚)',
].join('\n');

describe("a mirror site's copy of a news item", () => {
  it("drops the site's mark glued after every paragraph, and keeps the paragraphs apart", () => {
    const text = norm(MIRROR);
    expect(text).not.toContain('x9z');
    expect(text).toMatch(/药占比降至38\.2%。\n婦|药占比降至38\.2%。\n妇/);
  });

  it('a mark said after one paragraph only is words of the text', () => {
    expect(norm('溪岚市2016年卫生工作计划\n一、目标\n新建站点4个。溪岚在线\n二、任务\n做好随访。')).toContain('溪岚在线');
  });

  it('does not run the headline into the news under its dropped dateline', () => {
    const text = norm(MIRROR);
    expect(text).toMatch(/再定新目标\n记者从/);
  });

  it('titles the page by its headline in the script it is written in', () => {
    const doc = extractText(MIRROR);
    expect(doc.title).toBe('溪岚市衛生局:2015年衛生工作成績單出爐2016年再定新目標');
  });

  it('reads a report card (成绩单) first named as a summary of its year', () => {
    const doc = extractText(MIRROR);
    expect([doc.kind, doc.year]).toEqual(['summary', 2015]);
  });

  it("the reporter's lead and the meeting's commendation are no tasks", () => {
    const doc = extractText(MIRROR);
    expect(doc.tasks.map((t) => t.title)).toEqual(['醫改紮實推進', '婦幼健康水平提升', '新的一年目標已經明確']);
  });

  it('in a summary, a sentence that opens with the year after sets targets', () => {
    const doc = extractText(MIRROR);
    const last = doc.tasks[doc.tasks.length - 1]!;
    expect(last.targets.map((t) => [t.kind, t.value])).toEqual([
      ['target', 4],
      ['target', 11],
    ]);
    expect(new Set(doc.tasks[0]!.targets.map((t) => t.kind))).toEqual(new Set(['achievement']));
  });
});

// A hospital's staff congress, as a health news site reports it (fictional 南屿市).
const CONGRESS = [
  '南屿市妇幼保健院召开职工代表大会',
  '2024-12-20 09:15  南屿卫生',
  '12月18日下午，南屿市妇幼保健院第二届第三次职工代表大会在医院会议室召开，班子成员及职工代表共计68人参加。',
  '院长林溪作2024年医院工作汇报，用一组组数据盘点了一年来的成绩。她从三个方面进行了总结。',
  '——守牢母婴安全底线。全年孕产妇死亡率为0，新生儿死亡率降至1.3‰。',
  '——做优儿童保健服务。新生儿遗传代谢病筛查率达到99.1%。',
  '——推进托育建设。建成普惠托位100个。',
  '接下来，医院将围绕全生命周期健康服务，2025年力争年分娩量突破2800例。',
  '会议听取了医院各项工作开展情况，表决通过了《医院工作报告》。',
  '副市长陈桥出席会议并讲话。',
].join('\n');

describe("news of a hospital's staff congress", () => {
  it('a headline that names no kind leaves it to the page: a meeting that heard the year reported is a summary', () => {
    const doc = extractText(CONGRESS);
    expect([doc.kind, doc.year]).toEqual(['summary', 2024]);
  });

  it("the speaker's parts announced, the dateline with its time, and the meeting's proceedings are no tasks", () => {
    const doc = extractText(CONGRESS);
    expect(doc.tasks.map((t) => t.title)).toEqual(['守牢母婴安全底线', '做优儿童保健服务', '推进托育建设', '接下来，医院将围绕全生命周期健康服务，2025年力争年分娩量突破2800例']);
    expect(doc.tasks[3]!.targets.map((t) => t.kind)).toEqual(['target']);
  });
});

// A province's year in review, as a daily's site reprints it (fictional 溪岚省).
const REVIEW = [
  '地方频道:',
  '您的当前位置:首页>民生',
  '溪岚省2020年卫生健康工作综述:主要健康指标持续向好',
  '2021-01-28 10:02:11   来源:溪岚日报',
  '本报讯(记者 叶舟)1月27日,全省卫生健康工作会议召开。2020年,全省居民人均预期寿命达到78.1岁。',
  '医改纵深推进。全省组建医联体205个,县域内就诊率达到89.2%。',
  '基层基础不断夯实。全省新建标准化村卫生室860个,家庭医生签约服务覆盖率达到40.1%。',
  '会议要求,2021年全省卫生健康系统一是持续深化医改,县域医共体覆盖率达到70%以上;二是提升服务能力,新增省级临床重点专科12个;三是巩固健康扶贫,6月底前完成村医培训。',
].join('\n');

describe("a province's year in review, with what the meeting asks of the next", () => {
  it('a breadcrumb `您的当前位置` is chrome, and the headline under it the title', () => {
    const doc = extractText(REVIEW);
    expect([doc.title, doc.kind, doc.year, doc.region]).toEqual(['溪岚省2020年卫生健康工作综述:主要健康指标持续向好', 'summary', 2020, '溪岚省']);
  });

  it('the paragraphs headed by a sentence are tasks, and so are the points glued to their subject (`系统一是`)', () => {
    const doc = extractText(REVIEW);
    expect(doc.tasks.map((t) => t.number)).toEqual(['', '', '一', '二', '三']);
    expect(doc.tasks[0]!.title).toBe('医改纵深推进');
  });

  it('the points asked of the year after the one reported set targets; the paragraphs above them report results', () => {
    const doc = extractText(REVIEW);
    expect(doc.tasks.map((t) => [...new Set(t.targets.map((x) => x.kind))].join())).toEqual(['achievement', 'achievement', 'target', 'target', '']);
  });
});

describe("a meeting's news that lists the year's tasks as circled points in one paragraph (fictional 石岭区)", () => {
  const page = [
    '日前，石岭区2019年卫生健康工作暨目标责任书签订会议召开。副区长林溪出席会议。',
    '会议明确了三项重点任务及责任分工：①深化公立医院综合改革，区人民医院药占比控制在30%以内，由区卫健局牵头，区医保局配合；②提升基层服务能力，家庭医生签约服务覆盖率达到40%以上，由各街道负责，区卫健局指导；③抓好爱国卫生，病媒生物密度控制水平达到C级以上，由区爱卫办牵头。',
    '会议要求，各单位要对照责任书逐项落实。',
    '本文为石岭站原创文章，转载请附上原文出处链接和本声明。',
  ].join('\n');

  it('each circled point is a task with its own units', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => [t.number, t.departments.lead, t.departments.support])).toEqual([
      ['①', ['区卫健局'], ['区医保局']],
      ['②', ['各街道'], ['区卫健局']],
      ['③', ['区爱卫办'], []],
    ]);
  });
});

describe("a township's summary in one paragraph, its points then next year's (fictional 溪桥乡)", () => {
  const page = ['溪桥乡2023年老龄工作开展情况', '2023年,溪桥乡认真落实老龄工作政策要求,形成了齐抓共管的工作格局。一是加强老年人健康管理。老年人健康管理率达到70.5%。二是推进医养结合。全年提供上门护理服务380人次。三是做实家庭医生签约。65岁以上老年人签约率达到80.2%。下一步,溪桥乡将继续做好老龄服务。一是老年人健康管理率力争提高到72%以上;二是年内建成老年友善医疗机构1个;三是高龄老人巡访率保持100%。'].join('\n');

  it('reads the points after the turn to what comes next as tasks that set targets', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.number)).toEqual(['一', '二', '三', '一', '二', '三']);
    expect(doc.tasks.map((t) => t.targets.map((x) => x.kind).join())).toEqual(['achievement', 'achievement', 'achievement', 'target', 'target', 'target']);
  });
});

describe("news of a hospital's congress whose report sums up its year in parts (fictional 南屿区)", () => {
  const page = ['医院召开第三届职工代表大会第二次会议', '发布时间：2025-01-20 09:41  点击数：', '2025年1月17日，南屿区人民医院第三届职工代表大会第二次会议开幕，职工代表共160人出席会议。', '院长林溪作报告，报告从三个方面总结了医院2024年度主要工作：', '(1)医疗业务稳中有升。全年门急诊量88.2万人次，同比增长9.1%。', '(2)学科建设加快。新增市级重点专科2个。', '(3)运营管理提质增效。平均住院日下降至7.4天。', '报告提出，2025年医院将力争门急诊量突破92万人次。'].join('\n');

  it('is a summary of the year the report sums up, though the headline names no year', () => {
    const doc = extractText(page);
    expect([doc.kind, doc.year]).toEqual(['summary', 2024]);
    const figures = [...doc.tasks.flatMap((t) => t.targets), ...doc.overview];
    expect(figures.map((x) => `${x.kind}|${x.value}`)).toEqual(['achievement|882000', 'achievement|9.1', 'achievement|2', 'achievement|7.4', 'target|920000']);
  });
});

describe("a county's work meeting whose demands are one `要` a point (fictional 溪桥县)", () => {
  const page = ['溪桥县召开2024年卫生健康工作会议', '2024-03-12 16:42  溪桥融媒', '3月11日,我县召开2024年卫生健康工作会议。', '副县长林溪出席会议。', '会议传达了全市卫生健康工作会议精神,回顾总结2023年工作。2023年,全县婴儿死亡率降至3.2‰。', '会议指出,全县卫生健康系统要聚焦重点,确保全年目标任务落地见效。要巩固疫情防控成果,重点人群疫苗接种率达到95%以上;要加快县域医共体建设,县域内就诊率达到90%;要强化健康教育,居民健康素养水平提升至25%。'].join('\n');

  it('each `要` is a task; the dateline, the meeting held and attended, what it passed on, and the remark above the points are none', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.title.split(',')[0])).toEqual(['要巩固疫情防控成果', '要加快县域医共体建设', '要强化健康教育']);
    expect(doc.tasks.map((t) => t.targets.map((x) => x.kind).join())).toEqual(['target', 'target', 'target']);
  });
});

describe("a press conference's report by field, then next year's points (fictional 南屿市)", () => {
  it('the paragraphs that name their field (`在医疗服务方面，…`) are tasks beside the points', () => {
    const page = ['2023年全市卫生健康工作交出亮眼答卷', '南屿日报记者 林溪 报道 1月16日，南屿市卫生健康委召开新闻发布会，介绍2023年全市卫生健康工作情况和2024年重点任务。', '在医疗服务方面，全市新增三甲医院1家，市域内就诊率达到92.4%。', '在公共卫生方面，适龄儿童免疫规划疫苗接种率保持在95%以上。', '林溪表示，2024年，市卫生健康委将重点推进三项工作：一是新增床位500张；二是基层诊疗量占比稳定在65%以上；三是新增老年友善医疗机构15家。'].join('\n');
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.number)).toEqual(['', '', '一', '二', '三']);
    expect(doc.tasks.map((t) => t.targets.map((x) => x.kind).join())).toEqual(['achievement,achievement', 'achievement', 'target', 'target', 'target']);
  });
});

describe("a province's work-meeting news that counts its year's work in one sentence (fictional 溪岚省)", () => {
  const page = [
    '2021年全省卫生健康工作会议在溪岚召开',
    '来源:溪岚省卫生健康委员会2021-01-20 18:02:11',
    '1月19日上午,2021年全省卫生健康工作会议在溪岚召开。副省长林溪出席会议并讲话。11个设区市做交流发言。',
    '柯青指出,2020年,全省卫生健康系统经受住了考验。全省人均预期寿命达到78.9岁,婴儿死亡率下降至3.9‰。',
    '柯青强调,做好2021年工作,关键在落实。2021年,要重点抓好四方面工作:深化医改,县域内就诊率达到90%以上;强化基层,新建标准化村卫生室300个;守护一老一小,新增托位2000个;建强队伍,招录定向医学生200名。',
    '林溪要求,各地要加大投入,压实责任,确保各项任务落地见效。',
    '会议以视频形式开到各设区市和县(市、区),全省卫生健康系统约1800人在主会场和分会场参加会议。',
    '林溪同志在会上讲话',
    '柯青同志作工作报告',
  ].join('\n');

  it('each clause the lead-in counts is a task; the meeting held, the year before, the call and how it was held are none', () => {
    const doc = extractText(page);
    expect(doc.title).toBe('2021年全省卫生健康工作会议在溪岚召开');
    expect(doc.tasks.map((t) => t.title.split(',')[0])).toEqual(['深化医改', '强化基层', '守护一老一小', '建强队伍']);
    expect(doc.tasks.map((t) => t.targets.map((x) => `${x.kind}|${x.value}`).join())).toEqual(['target|90', 'target|300', 'target|2000', 'target|200']);
    expect(doc.overview.map((x) => `${x.kind}|${x.value}`)).toEqual(expect.arrayContaining(['achievement|78.9', 'achievement|3.9']));
  });

  it('a counted lead-in whose clauses are fewer or more than it counts divides nothing', () => {
    const doc = extractText(page.replace('要重点抓好四方面工作', '要重点抓好五方面工作'));
    expect(doc.tasks.length).toBeLessThan(4);
  });
});

describe("a city's own news of its work meeting, its place named only by its outlet (fictional 石岭市)", () => {
  const page = [
    '注册 | 登录 一网搜',
    '我市召开2024年卫生健康工作会议',
    '时间: 2024-03-22 15:06 来源:石岭市融媒体中心',
    '【字体: 打印',
    '3月21日上午,我市召开2024年卫生健康工作会议。副市长林溪出席会议并讲话。',
    '林溪指出,过去一年,我市卫生健康工作稳中有进,婴儿死亡率降至3.1‰,家庭医生签约服务覆盖率达到46.8%。',
    '林溪强调,2024年,全市上下要聚焦重点,扎实推进各项任务。',
    '深化医改。县域内就诊率达到90%以上,6月底前完成8家乡镇卫生院提档改造。',
    '各乡镇、各有关部门要加强组织领导,全面压实责任,推动卫生健康工作落地落实。',
    '会上,市卫生健康局通报了2023年度综合目标考核结果,与各医疗卫生单位签订了目标责任书。',
  ].join('\n');

  it("reads the region from the outlet, drops the site's bars, and keeps only the paragraph of work as a task", () => {
    const doc = extractText(page);
    expect([doc.title, doc.region, doc.kind, doc.year]).toEqual(['我市召开2024年卫生健康工作会议', '石岭市', 'plan', 2024]);
    expect(doc.tasks.map((t) => t.title.split('。')[0])).toEqual(['深化医改']);
    expect(doc.overview.map((x) => `${x.kind}|${x.value}`)).toEqual(['achievement|3.1', 'achievement|46.8']);
  });
});

describe("a hospital's news on a county portal, its ten tasks in one counted sentence (fictional 南屿县)", () => {
  const page = [
    '县人民医院十项举措开局2020年-今日南屿网-- 南屿门户',
    '  • 新闻热线:0715-6000000',
    '县人民医院十项举措开局2020年',
    '作者: 来源: 发布时间:2020年02月20日',
    '今日南屿网讯 通讯员林溪 报道: 2月18日，县人民医院召开全院职工大会，回顾2019年工作，部署2020年任务。',
    '  据了解，2019年，县人民医院全年完成门急诊23.6万人次，同比增长6.2%；出院1.1万人次，同比增长4.5%；业务收入同比增长9%。',
    '  围绕全年目标任务，该院将重点做好三个方面工作：强化党建，落实“三会一课”制度；引进人才，招聘硕士研究生4名；做强儿科，新增儿科床位30张。',
    '【南屿融媒体中心版权与免责声明】',
    '1、凡本网注明“来源：今日南屿网”的所有作品，版权均属于南屿县融媒体中心。',
    '2、凡本网注明“来源：XXX(非今日南屿网)”的作品，均转载自其它媒体。',
  ].join('\n');

  it("titles it by the headline without the site's name, and reads the year's three tasks", () => {
    const doc = extractText(page);
    expect(doc.title).toBe('县人民医院十项举措开局2020年');
    expect(doc.tasks.slice(-3).map((t) => t.title.split('，')[0])).toEqual(['强化党建', '引进人才', '做强儿科']);
  });

  it('in a plan, a paragraph that opens with what the reporter learned of the year before reports results', () => {
    const doc = extractText(['南屿县人民医院召开2020年工作会议', '据了解，2019年，全院门急诊量达到23.6万人次，同比增长6.2%。', '2020年，该院将新增儿科床位30张，力争门急诊量突破25万人次。'].join('\n'));
    expect(doc.kind).toBe('plan');
    expect(doc.tasks.map((t) => t.targets.map((x) => x.kind).join())).toEqual(['target,target']);
    expect(doc.overview.map((x) => x.kind)).toEqual(['achievement', 'achievement']);
  });
});

describe("a sample site's page that hides part of the text", () => {
  it("a news site's list of other items (`新闻推荐`) ends the article", () => {
    expect(norm('溪桥市2020年民生实事出炉\n新购置救护车12台。\n新闻推荐\n溪桥市中心医院新增床位300张')).not.toContain('300');
  });

  it("drops an article's tags under its headline, so the paragraph under them keeps its opening year", () => {
    const doc = extractText(['基层卫生工作今年这样干', '计生,基层卫生,医共体,家庭医生', '2017年，溪桥省基层卫生工作稳步推进，家庭医生签约服务覆盖率达到32.5%。', '2018年，溪桥省将继续强基层，围绕目标明确了三个方面的重点任务。', '一是推进医共体建设。年内开展紧密型医共体试点18个。', '二是做实家庭医生签约服务。签约服务覆盖率提高到38%以上。', '三是加强人才建设。招录定向医学生500名。'].join('\n'));
    expect(doc.overview.map((x) => `${x.kind}|${x.value}`)).toEqual(['achievement|32.5']);
  });

  it('drops the line that says how much is hidden', () => {
    const text = norm('溪桥区卫健委2020年工作总结\n一、主要工作\n新增床位20张，\n ……此处隐藏2964个字……\n对发热病人开展排查。');
    expect(text).not.toContain('隐藏');
  });
});

describe("an evening paper's report of a district's work meeting (fictional 石岭区)", () => {
  it("the paper's lead (`石岭消息(记者 …)`) and the closing call before the commendations are no tasks", () => {
    const page = [
      '石岭区部署2016年卫生计生工作',
      '2016-02-26 石岭晚报 第A03版',
      '石岭消息(记者 林溪 通讯员 柯青)2月24日上午，石岭区2016年卫生计生工作会议召开。区直各医疗卫生单位负责人参加了会议。',
      '会议指出，2015年全区新农合参合率达到99.2%。',
      '会议要求，2016年要持续深化医改。新农合人均筹资标准提高到540元，年内完成12家乡镇卫生院信息化改造。',
      '会议要求，要加快服务体系建设。新增床位300张。',
      '会议同时要求，全区卫生计生系统广大干部职工要认清形势，团结协作，确保全年工作任务全面完成。会上还表彰了2015年度先进集体。',
    ].join('\n');
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.title)).toEqual(['会议要求，2016年要持续深化医改', '会议要求，要加快服务体系建设']);
  });
});

describe("a city commission's year in review as slides (fictional 溪桥市)", () => {
  it('reads as a summary: what the year withstood and delivered; the maker credit and the tool are chrome', () => {
    const page = ['溪桥卫健 | 2022，我们一起走过', '浏览 3216 次', '溪桥市卫生健康委员会 出品', '2022年，我们经受住了疫情的反复考验，交出了这样一份答卷——', '01 疫情防控', '我们累计设置便民核酸采样点286个，单日最大检测能力提升至25万管，守住了不发生规模性疫情的底线。', '02 医疗服务', '我们新增省级临床重点专科4个，县域内就诊率达到91.6%。', '07 致敬每一位卫健人', '一年来，全市卫健系统涌现出一批先进典型。', '新的一年，我们将力争居民健康素养水平达到30%。', '本页面由速秀H5提供技术支持 举报'].join('\n');
    const doc = extractText(page);
    expect([doc.kind, doc.year]).toEqual(['summary', 2022]);
    expect(doc.title ?? '').not.toContain('出品');
    expect(doc.tasks.flatMap((t) => t.targets).filter((x) => x.kind === 'achievement').map((x) => x.value)).toEqual([286, 250000, 4, 91.6]);
  });
});

describe("a supervision bureau's news under its menu bar (fictional 溪桥州)", () => {
  it('drops the menu bar, and the source line under the headline keeps it from running into the text', () => {
    const page = ['溪桥州卫生健康综合监督执法局', '首页 | 机构概况 | 监督动态 | 政策法规 | 办事指南', '当前位置:首页 > 监督动态', '', '压实责任 守护健康 溪桥州2023年度"双随机、一公开"监督抽查全面铺开', '来源:溪桥州卫生监督所 发表时间:2023-04-18', '', '溪桥州2023年度监督抽查工作日前正式启动,今年全州共承担国家随机监督抽查任务647家。', '一是突出重点专业。学校卫生抽查覆盖中小学校不少于120所。', '二是强化医疗机构监管。基层医疗机构抽查比例不低于30%。', '三是规范执法办案。全年查处违法案件不少于80件。'].join('\n');
    expect(extractText(page).title).toBe('压实责任 守护健康 溪桥州2023年度"双随机、一公开"监督抽查全面铺开');
  });
});

describe("a city's mother-and-child health review reposted by an insurance portal (fictional 溪桥市)", () => {
  it("the portal's name, its prompts to follow, the lead it repeats and the reporter's lead are no sections or tasks", () => {
    const page = ['投保知识手册 | 医疗保险 | 产品 | 案例', '溪桥市召开妇幼健康惠民工程2012年度实施总结会', '青禾保险网', '[导读]:昨天，溪桥市召开妇幼健康惠民工程2012年度实施总结会。', '昨天，溪桥市召开妇幼健康惠民工程2012年度实施总结会。副市长林溪出席并讲话。', '从会上记者了解到，2012年，惠民工程使全市近136万人受益。', '孕产妇保健服务更加规范。全年住院分娩率达到99.6%。', '儿童健康水平稳步提高。3岁以下儿童系统管理率达到91.5%。', '出生缺陷防控关口前移。全年免费婚前医学检查1.8万对。', '分享到:', '关注青禾微信号', '用微信"扫一扫"，精彩内容随时看'].join('\n');
    const doc = extractText(page);
    expect(doc.sections).toEqual([]);
    expect(doc.tasks.map((t) => t.title)).toEqual(['孕产妇保健服务更加规范', '儿童健康水平稳步提高', '出生缺陷防控关口前移']);
  });
});
