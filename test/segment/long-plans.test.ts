import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { dropContents } from '../../src/normalize/contents.js';
import type { Line } from '../../src/normalize/lines.js';
import type { Span } from '../../src/types.js';
import { targetsOf } from '../helpers/index.js';

const line = (text: string): Line => ({ text, origin: new Int32Array(text.length) });

// Fictional long plans for 溪岚市 and 澄湾县, in the layouts of real city plans and 规划: a table of
// contents, parts of chapters, half-width points after top numerals, lost indents, aims under 总体要求.

const outline = (text: string) => {
  const d = extractText(text);
  return {
    title: d.title,
    year: d.year,
    region: d.region,
    sections: d.sections.map((s) => `${s.number}|${s.title}`),
    tasks: d.tasks.map((t) => `${t.number}|${t.title}`),
    overview: d.overview.map((t) => `${t.kind}|${t.value}`),
  };
};

describe('a table of contents before the body', () => {
  const body = [
    '前 言',
    '为推动全市卫生健康事业发展，特制定《溪岚市卫生健康事业2025年度发展计划》。',
    '第一篇 总体安排',
    '第一章 年度目标',
    '到2025年底，全市人均预期寿命达到80.2岁。',
    '第二篇 重点任务',
    '第二章 守护一老一小',
    '(一)发展托育服务。新增普惠托位800个。(市卫生健康委负责)',
    '(二)做实老年健康服务。建成老年友善医疗机构30家。(市卫生健康委负责)',
    '第三章 夯实基层网底',
    '(一)推进村卫生室建设。新建村卫生室12个。(各区县政府负责)',
  ];
  const contents = ['目 录', '前 言', '第一篇 总体安排', '第一章 年度目标', '第二篇 重点任务', '第二章 守护一老一小', '第三章 夯实基层网底'];

  it('drops the contents, reads parts (篇) as holders of chapters, and takes the title the preface names', () => {
    const o = outline([...contents, ...body].join('\n'));
    expect(o.title).toBe('溪岚市卫生健康事业2025年度发展计划');
    expect(o.year).toBe(2025);
    expect(o.region).toBe('溪岚市');
    expect(o.sections).toEqual(['一|年度目标', '二|守护一老一小', '三|夯实基层网底']);
    expect(o.tasks).toEqual(['|到2025年底，全市人均预期寿命达到80.2岁', '一|发展托育服务', '二|做实老年健康服务', '一|推进村卫生室建设']);
  });

  it('drops contents whose entries end in page numbers, without a label too', () => {
    const numbered = contents.slice(1).map((l, i) => `${l}……${i + 1}`);
    expect(outline([...numbered, ...body].join('\n')).tasks).toHaveLength(4);
  });

  it('keeps a table whose header cells come back on its next page', () => {
    const page = ['序号', '工作任务', '牵头单位', '完成时限'];
    const cells = [...page, '1', '新增普惠托位800个', '市卫生健康委', '12月底前', ...page, '2', '新建村卫生室12个', '市卫生健康委', '10月底前'];
    const removed: Span[] = [];
    expect(dropContents(cells.map(line), removed).map((l) => l.text)).toEqual(cells);
    expect(removed).toEqual([]);
  });
});

describe('top numerals followed by a half-width point (一.围绕… / 二. 确保…)', () => {
  it('reads them as the top level of the outline', () => {
    const text = ['溪岚市2025年健康城市建设工作计划', '一.围绕一个目标', '坚持以人民健康为中心。到2025年底，居民健康素养水平达到38%。', '二. 确保两个领先', '1.确保评价结果领先。综合指数达到85以上。', '2.确保健康细胞数量领先。新建健康社区30个。'].join('\n');
    const o = outline(text);
    expect(o.sections).toEqual(['一|围绕一个目标', '二|确保两个领先']);
    expect(o.tasks.slice(1)).toEqual(['1|确保评价结果领先', '2|确保健康细胞数量领先']);
  });

  it('leaves a decimal alone', () => {
    expect(outline('溪岚市2025年卫生健康工作要点\n一、重点任务\n1.抓好慢病管理。\n二.5万人次的筛查任务按期完成。').sections).toEqual(['一|重点任务']);
  });
});

describe('paragraphs indented with question marks (lost full-width spaces)', () => {
  it('reads the marks as the indent they were', () => {
    const text = ['??澄湾县防治慢性病中长期规划(2025—2030年)', '??一、重点任务', '??1.推进早诊早治。筛查高危人群2万人以上。(县卫生健康局负责)', '??2.加强健康教育。开展宣传活动不少于100场次。(县卫生健康局负责)'].join('\n');
    const o = outline(text);
    expect(o.title).toBe('澄湾县防治慢性病中长期规划(2025—2030年)');
    expect(o.tasks).toEqual(['1|推进早诊早治', '2|加强健康教育']);
  });
});

describe('aims under 总体要求: guiding ideas and principles are no task, the goals are a section', () => {
  it('reads 规划目标 as the section of the goal paragraph and 规划背景 as results', () => {
    const text = [
      '澄湾县防治慢性病中长期规划(2025—2030年)',
      '一、规划背景',
      '近年来，全县高血压患者规范管理率达到61.5%。',
      '二、总体要求',
      '(一)指导思想。',
      '坚持预防为主、防治结合。',
      '(二)基本原则。',
      '坚持政府主导、部门协作。',
      '(三)规划目标。',
      '到2030年，重大慢性病过早死亡率降至13%以下。',
      '三、策略与措施',
      '(一)加强健康教育。',
      '1.开展全民教育。每年开展主题宣传不少于100场次。',
      '2.倡导健康生活方式。推广减盐减油。',
    ].join('\n');
    const o = outline(text);
    expect(o.sections).toEqual(['三|规划目标', '一|加强健康教育']);
    expect(o.tasks).toEqual(['|到2030年，重大慢性病过早死亡率降至13%以下', '1|开展全民教育', '2|倡导健康生活方式']);
    expect(o.overview).toEqual(['achievement|61.5']);
  });
});

describe('a plan with no title line', () => {
  it('takes its year from the period it names itself by, and its place from the plans it cites', () => {
    const text = [
      '自2016年起，本市持续推进健康城市建设，健康膳食行动成效明显。',
      '根据《澄湾市国民经济和社会发展第十四个五年规划纲要》，结合本市实际，制定本行动计划(2025年-2027年)。',
      '一、主要任务',
      '1.推广减盐减油。每年建成健康食堂20家。',
      '2.推进无烟环境建设。全市无烟党政机关建成率达到100%。',
    ].join('\n');
    const o = outline(text);
    expect(o.year).toBe(2025);
    expect(o.region).toBe('澄湾市');
  });

  it('still names the place of a slogan the text keeps using', () => {
    const text = ['全区深入推进“健康东澜”建设，各部门协同发力。', '一、重点任务', '1.推进健康东澜行动。全区人均预期寿命达到80岁。', '2.巩固全区健康细胞建设成果。新建健康村5个。'].join('\n');
    expect(outline(text).region).toBe('东澜区');
  });
});

describe('a heading number is no title, an article number of a collection is', () => {
  it('passes over `第二篇 总体思路` for the title', () => {
    const text = ['第二篇 总体思路', '第一章 年度目标', '1.推进一项工作。新建示范点2个。'].join('\n');
    expect(extractText(text).title).not.toBe('第二篇 总体思路');
  });

  it('reads the title after `第1篇` on a template site', () => {
    const text = ['卫健委上半年工作总结(八篇)', '第1篇 澄湾县卫生健康局2025年上半年工作总结 1800字', '一、主要工作', '1.推进一项工作。新建示范点2个。'].join('\n');
    expect(extractText(text).title).toBe('澄湾县卫生健康局2025年上半年工作总结');
  });
});

describe('targets of long plans', () => {
  it('reads a concentration in 微克/立方米', () => {
    expect(targetsOf('PM2.5平均浓度控制在30微克/立方米以内。').map((t) => [t.comparator, t.value, t.unit])).toEqual([['<=', 30, '微克/立方米']]);
  });

  it('passes over work items counted in words that the sentence goes on to speak of', () => {
    expect(targetsOf('推动两项创建工作同部署、同检查。')).toEqual([]);
    expect(targetsOf('完成12项编码贯标工作。').map((t) => t.value)).toEqual([12]);
    expect(targetsOf('建成两个名医工作室。').map((t) => t.value)).toEqual([2]);
  });
});

describe('an outline of the page before its title', () => {
  it('is dropped: its item heads open the body items, which are read once', () => {
    const text = [
      '一、2025年工作回顾',
      '1.筑牢基层网底',
      '2.守护一老一小',
      '3.锤炼过硬作风',
      '二、2026年工作安排',
      '澄湾区卫生健康局2025年工作总结及2026年工作安排',
      '一、2025年工作回顾',
      '1.筑牢基层网底，提升服务能力。完成4个社区卫生服务中心改造。',
      '2.守护一老一小，织密保障网。新增普惠托位320个。',
      '3.锤炼过硬作风，优化行业生态。立案查处违法违规案件21起。',
      '二、2026年工作安排',
      '1.推进强基工程。年内新建村卫生室10所。',
    ].join('\n');
    const o = outline(text);
    expect(o.title).toBe('澄湾区卫生健康局2025年工作总结及2026年工作安排');
    expect(o.tasks).toEqual(['1|筑牢基层网底，提升服务能力', '2|守护一老一小，织密保障网', '3|锤炼过硬作风，优化行业生态', '1|推进强基工程']);
  });
});

describe('titles and places of template-site pages', () => {
  it('reads a title between a site tag and a word count, past the dateline and category under it', () => {
    const text = ['「推荐」最新疾控工作计划1500字', '2024-02-11 09:12:30 疾控工作计划', '最新疾控工作计划【篇1】', '结合澄湾县疾控中心实际，制定本计划。', '一、重点工作', '(一)做好免疫规划。接种率保持在95%以上。'].join('\n');
    const o = outline(text);
    expect(o.title).toBe('最新疾控工作计划');
    expect(o.region).toBe('澄湾县');
  });

  it('reads a title glued to its body after a page number, a 计划表 too', () => {
    const body = '20XX年,全镇卫生工作要坚持预防为主,扎实做好基本公共卫生服务,确保全面完成年度各项目标任务,切实保障群众健康,不断提高群众的获得感和满意度。';
    expect(outline(`1、溪桥镇卫生院公共卫生工作计划表${body}\n一、目标任务\n(一)主要目标全镇居民健康档案建档率达到90%以上。`).title).toBe('溪桥镇卫生院公共卫生工作计划表');
  });

  it('names the place a speech opens the year with, or the one a slogan builds', () => {
    const speech = ['在2025年全市卫生健康工作会议上的讲话', '同志们:', '过去一年，澄湾市卫生健康事业稳步发展。', '第一，要推进医院高质量发展。新增省级重点专科2个。', '第二，要夯实基层网底。新建村卫生室20所。', '第三，要守护一老一小。新增托位500个。'].join('\n');
    expect(outline(speech).region).toBe('澄湾市');
    const slogan = ['市卫生健康委2025年工作要点', '锚定建设健康溪桥先行区的目标，支持溪桥市人民医院建设区域医疗中心。', '一、重点工作', '(一)推进医院建设', '1.建设区域医疗中心。新增床位200张。', '2.做强重点专科。新增省级重点专科3个。'].join('\n');
    expect(outline(slogan).region).toBe('溪桥市');
  });
});

describe('a bare heading over items that each state a figure', () => {
  it('makes those items the tasks', () => {
    const text = [
      '澄湾县妇幼保健院2025年工作计划',
      '一、工作指标',
      '(一)总体目标',
      '降低孕产妇死亡率和婴儿死亡率。',
      '(二)具体指标',
      '1、基本公共卫生服务项目',
      '(1)孕产妇健康管理率达95%以上。',
      '(2)新生儿访视率达96%以上。',
      '2、重大公共卫生项目',
      '(1)住院分娩率达99%以上。',
      '(2)叶酸服用率达90%以上。',
    ].join('\n');
    expect(outline(text).tasks).toEqual(['一|总体目标', '1|孕产妇健康管理率达95%以上', '2|新生儿访视率达96%以上', '1|住院分娩率达99%以上', '2|叶酸服用率达90%以上']);
  });
});

describe('guiding ideas and principles glued to their headings under 总体要求', () => {
  it('are no tasks', () => {
    const text = ['溪桥县健康县城建设工作方案', '一、总体要求', '(一)指导思想深入贯彻新发展理念，以人民健康为中心。', '(二)基本原则政府主导，部门协作。', '二、主要任务', '(一)营造健康环境。建成垃圾中转站6座。', '(二)优化健康服务。重点人群签约覆盖率达到60%以上。'].join('\n');
    expect(outline(text).tasks).toEqual(['一|营造健康环境', '二|优化健康服务']);
  });

  it.each(['指导原则', '工作原则'])('a top part of principles (`一、%s`) holds no task', (heading) => {
    const text = ['溪桥县精神卫生工作规划(2016-2020年)', `一、${heading}`, '坚持预防为主、防治结合，坚持政府主导、部门协作、社会参与。', '二、工作目标', '1.到2020年，登记报告率达到4‰以上。', '2.在册患者服药率不低于60%。'].join('\n');
    expect(outline(text).tasks).toEqual(['1|到2020年，登记报告率达到4‰以上', '2|在册患者服药率不低于60%']);
  });
});

describe('items numbered on across the headings that group them', () => {
  it('are the tasks, however short', () => {
    const text = ['溪桥县健康社区创建实施方案', '一、工作内容', '(一)加强组织管理。', '1.成立健康社区领导小组。', '2.每季度召开1次例会。', '(二)营造健康环境。', '3.社区垃圾分类覆盖率达到90%以上。', '4.建设健康步道1条。'].join('\n');
    expect(outline(text).tasks).toEqual(['1|成立健康社区领导小组', '2|每季度召开1次例会', '3|社区垃圾分类覆盖率达到90%以上', '4|建设健康步道1条']);
  });

  it('leaves points that restart under each heading inside it', () => {
    const text = ['溪桥县健康社区创建实施方案', '一、工作内容', '(一)加强组织管理。', '1.成立领导小组；', '2.建立例会制度。', '(二)营造健康环境。', '1.整治环境卫生；', '2.建设健康步道。'].join('\n');
    expect(outline(text).tasks).toEqual(['一|加强组织管理', '二|营造健康环境']);
  });
});

describe('aims', () => {
  it('titles a goal glued to its heading by the heading', () => {
    const text = ['溪桥县健康村创建方案', '一、工作目标', '(一)总体目标到2026年，健康村创建比例达到40%。', '(二)阶段目标2025年：创建健康村30个。', '二、重点任务', '(一)开展环境整治。卫生厕所普及率达到95%。'].join('\n');
    expect(outline(text).tasks.slice(0, 2)).toEqual(['一|总体目标', '二|阶段目标']);
  });

  it('gives no task to a goal that sets no figure, and reads a period by its first year', () => {
    const text = ['溪桥县创建省级卫生县城工作方案', '县委、县政府决定用三年时间（2024—2026年）开展创建活动。', '一、工作目标  通过创建活动，使突出问题得到解决，力争2025年通过市级考核。', '二、主要任务', '1.健全创建机制。每月召开1次调度会。', '2.加强经费保障。每年安排专项经费不少于300万元。'].join('\n');
    const o = outline(text);
    expect(o.year).toBe(2024);
    expect(o.tasks).toEqual(['1|健全创建机制', '2|加强经费保障']);
  });

  it('under a heading of the work and its aims (`一、工作任务目标`), a paragraph that sets no figure is no task', () => {
    const text = ['石岭县卫生健康局2023年慢病防控工作计划', '一、工作任务目标', '慢病防控是卫生健康工作的重要内容，要进一步健全防控网络，引导群众养成健康生活方式。', '工作目标：高血压患者规范管理率达到65%，重大慢性病过早死亡率控制在14%以内。', '二、主要措施', '(一)加强患者管理。全年开展随访不少于4次。'].join('\n');
    expect(outline(text).tasks).toEqual(['|工作目标', '一|加强患者管理']);
  });
});

describe('a summary glued into one paragraph', () => {
  it('splits its parts after a lead-in that lost its colon (…总结如下一、…), and its 方案 part sets targets', () => {
    const text = '澄湾镇卫生院2024年妇幼保健工作总结及2025年工作方案\n时光匆忙，一年的工作转瞬即逝，现将本年工作总结如下一、主要指标完成情况全镇孕产妇数412人，住院分娩率为99.5%。二、主要工作1.网络建设：全年召开村级例会12次。2.知识宣传：发放宣传单5800份。三、2025年工作方案1.加强孕产妇管理，早孕建册率提高到90%以上。2.做好儿童健康管理，新生儿访视率不低于95%。';
    const d = extractText(text);
    expect(d.tasks.map((t) => t.number)).toEqual(['一', '1', '2', '1', '2']);
    expect(d.sections.map((s) => s.title)).toEqual(['主要工作', '2025年工作方案']);
    expect(d.tasks.slice(-2).flatMap((t) => t.targets.map((x) => x.kind))).toEqual(['target', 'target']);
  });
});

describe('a heading of the aims run in before its paragraph with a space', () => {
  it('heads a section whose paragraph is the task, titled by its first sentence', () => {
    const text = '溪桥县城乡环境卫生整洁行动方案\n为改善城乡人居环境，结合本县实际，制定本方案。一、行动目标 到2026年，县城生活垃圾无害化处理率保持在100%。二、重点任务 1.拓展绿色空间。新建口袋公园6个，提升城市绿化水平。2.推进公厕提质。新建改建公厕20座，实现城区公厕布局合理、管理规范、干净整洁，群众如厕更加方便。';
    expect(outline(text).tasks).toEqual(['|到2026年，县城生活垃圾无害化处理率保持在100%', '1|拓展绿色空间', '2|推进公厕提质']);
  });

  it('or after a colon', () => {
    const text = ['栎泉县2024年学校卫生工作计划', '一、指导思想:以学生健康为中心,加强学校卫生工作。', '二、工作目标:建立健全学校卫生管理制度。全县中小学生健康体检率达到100%,学校卫生室配备率达到90%。', '三、工作要点:', '1、做好学生健康体检。11月底前完成体检3.2万人。', '2、加强近视防控。每学期开展视力筛查2次。'].join('\n');
    expect(outline(text).tasks).toEqual(['|建立健全学校卫生管理制度', '1|做好学生健康体检', '2|加强近视防控']);
  });
});

describe('long national and provincial plans', () => {
  it('splits the next item glued on the line of the one before', () => {
    const text = ['溪桥省2025年深化医改重点工作任务', '一、推进分级诊疗', '（一）推进医联体布局。医共体覆盖80%以上的县。（省卫生健康委负责） （二）提升县级医院能力。县域内就诊率达到90%左右。（省卫生健康委负责，省发展改革委参与）', '（三）做实家庭医生签约。签约覆盖率达到35%以上。（省卫生健康委负责）'].join('\n');
    expect(outline(text).tasks).toEqual(['一|推进医联体布局', '二|提升县级医院能力', '三|做实家庭医生签约']);
  });

  it('leaves out a list of links above the title', () => {
    const text = ['溪桥批复：原则同意《基层网底夯实工程实施方案》|在线观看', '1. 小游戏在线玩免费', '2. 热播影视高清完整版', '基层网底夯实工程实施方案', '一、重点任务', '1.优化卫生院布局。每个县至少建设1个医疗次中心。', '2.推进村卫生室建设。村卫生室标准化率达到95%。'].join('\n');
    expect(outline(text).tasks).toEqual(['1|优化卫生院布局', '2|推进村卫生室建设']);
  });

  it('makes the paragraph of aims with figures under 总体要求 its task, and not the ideas', () => {
    const text = ['溪桥县基层网底夯实工程实施方案', '一、总体要求', '坚持以基层为重点，推动资源下沉。', '到2027年，90%以上的乡镇卫生院达到服务能力基本标准。', '二、重点任务', '1.优化卫生院布局。每个县至少建设1个医疗次中心。'].join('\n');
    expect(outline(text).tasks).toEqual(['|到2027年，90%以上的乡镇卫生院达到服务能力基本标准', '1|优化卫生院布局']);
  });
});

describe("a section's goals above its items (fictional 石岭县)", () => {
  it('the paragraph that states them is a task of the section, before its items', () => {
    const text = ['石岭县人民医院院长在职代会上的工作报告', '一、2024年工作回顾', '（一）医疗质量持续提升。全年门诊量达到30.2万人次。', '二、2025年工作安排', '2025年医院总体目标是：门诊量突破32万人次，药占比下降至30%以下。', '（一）抓质量保安全。路径完成率不低于85%。(医务科牵头)', '（二）抓学科强内涵。年内争创市级重点专科2个。'].join('\n');
    const o = outline(text);
    expect(o.tasks).toEqual(['一|医疗质量持续提升', '|2025年医院总体目标是：门诊量突破32万人次，药占比下降至30%以下', '一|抓质量保安全', '二|抓学科强内涵']);
    expect(extractText(text).sections.map((s) => s.title)).toEqual(['2024年工作回顾', '2025年工作安排']);
  });
});

describe("a campaign's scheme that opens with its background and goals (fictional 溪桥区)", () => {
  it('the paragraph of figures under `一、背景与目标` is a task; under `一、背景` alone it is the overview', () => {
    const page = (heading: string) => ['溪桥区第35个爱国卫生月活动实施方案', `一、${heading}`, '2023年4月是第35个全国爱国卫生月。通过集中整治，活动期间清理卫生死角不少于1500处，居民健康素养水平提高到29%以上。', '二、主要任务', '开展环境卫生整治：每个行政村至少开展2次集中清扫活动。', '推广健康生活方式：全区举办健康讲座不少于80场。'].join('\n');
    expect(extractText(page('背景与目标')).tasks.map((t) => t.targets.length)).toEqual([2, 1, 1]);
    expect(extractText(page('背景')).tasks.map((t) => t.targets.length)).toEqual([1, 1]);
  });
});

describe("a hospital's campaign scheme that opens with its dates (fictional 溪桥县)", () => {
  it('the dates under `一、活动时间` are no task', () => {
    const doc = extractText(['溪桥县中医医院第33个爱国卫生月活动方案', '一、活动时间', '2021年4月1日至4月30日。', '二、活动内容', '(一)院区环境大扫除。全月累计不少于4次。(责任科室:总务科)', '(二)控烟宣传。院内设置禁烟标识200处。(责任科室:健康教育科)'].join('\n'));
    expect(doc.tasks.map((t) => t.title)).toEqual(['院区环境大扫除', '控烟宣传']);
  });
});

describe("a health centre's plan on a document-sharing preview, each part with its core goals (fictional 溪桥镇)", () => {
  const page = ['2025年溪桥镇中心卫生院公共卫生科工作计划', '一、传染病防控:筑牢防控网底', '核心目标:法定传染病报告及时率100%,适龄儿童免疫规划疫苗接种率≥95%。', '1.完善监测预警网络', '-村卫生室发热病人登记日报,每周汇总分析1次;', '-3月底前设置健康监测点2个;', '2.抓实预防接种', '-入托入学接种证查验率100%。', '您可能关注的文档', '- 2024年第四季度思想汇报(3篇).docx VIP'].join('\n');

  it('the core goals are a task of their part; the dash points are the item\'s text; the list of other files is no part of it', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.title.split(':')[0])).toEqual(['核心目标', '完善监测预警网络', '抓实预防接种']);
    expect(doc.tasks[1]!.targets.map((x) => x.text)).toEqual(['3月底前设置健康监测点2个']);
    expect(doc.tasks.flatMap((t) => t.deadlines)).toEqual(['3月底前']);
  });
});

describe("a quarter's plan that first reports the quarters behind it (fictional 栎泉旗)", () => {
  it.each([['一、前三季度工作进展'], ['一、上半年工作完成情况'], ['一、1-9月工作推进情况']])('reads the figures under %s as results, those of the plan as targets', (heading) => {
    const text = ['栎泉旗卫生健康委员会2021年第四季度重点工作计划', heading, '1.疫情防控。累计完成核酸检测3.1万人份。', '2.基本公共卫生。老年人健康管理率达到60.4%。', '二、第四季度重点工作', '1.抓好疫情防控。10月底前核酸检测能力提升至每日2000管。', '2.冲刺年度任务。年底前老年人健康管理率达到70%。'].join('\n');
    expect(extractText(text).tasks.flatMap((t) => t.targets.map((g) => [g.value, g.kind]))).toEqual([[31000, 'achievement'], [60.4, 'achievement'], [2000, 'target'], [70, 'target']]);
  });
});

describe("a director's report on duty: a part of shortcomings and the way ahead, and the formula that closes it (fictional 栎泉县)", () => {
  const text = ['2016年度卫生计生局局长述职报告', '一、履职尽责', '一是医改稳步推进。县域内就诊率达到88%。', '二是公共卫生加强。建档率达到85%。', '二、存在的不足和今后努力方向', '一年来仍有差距:基层人才引不进。今后，我将力争2017年家庭医生签约覆盖率达到30%以上。', '最后，感谢各级领导对我们工作的支持与指导！', '以上报告，请予审议。'].join('\n');

  it('reads the part that goes on to the way ahead as work, its figure a target, and the thanks and the formula as nothing', () => {
    const d = extractText(text);
    expect(d.tasks.map((t) => t.title)).toEqual(['医改稳步推进', '公共卫生加强', '一年来仍有差距:基层人才引不进']);
    expect(d.tasks[2]!.targets.map((g) => [g.value, g.kind])).toEqual([[30, 'target']]);
  });

  it('drops the thanks and the formula indented, in a copy with CRLF line ends', () => {
    const d = extractText(text.replace('最后，', '  最后，').replace('以上报告', '\u3000\u3000以上报告').split('\n').join('\r\n'));
    expect(d.tasks.map((t) => t.title)).toEqual(['医改稳步推进', '公共卫生加强', '一年来仍有差距:基层人才引不进']);
  });

  it('still reads a part of shortcomings alone as no work', () => {
    const d = extractText(text.replace('存在的不足和今后努力方向', '存在的不足').replace('今后，我将力争2017年家庭医生签约覆盖率达到30%以上。', '信息化建设滞后。'));
    expect(d.tasks.map((t) => t.title)).toEqual(['医改稳步推进', '公共卫生加强']);
  });
});
