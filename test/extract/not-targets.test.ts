import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { targetsOf } from '../helpers/index.js';

// Each line must yield no target (the spec's "Not targets"), in the manner of chrono's negative cases.
describe('not targets', () => {
  it.each([
    // years, dates and deadlines
    '2022年，全市卫生健康工作的总体思路是坚持人民至上。',
    '确保2023年国卫复审高线通过。',
    '4月底前完成部署，12月底前完成验收。',
    '力争2022年12月底完成竣工验收。',
    // what a place holds: the ground its work covers
    '全县辖18个乡镇、352个行政村，常住人口46万。',
    '本区下辖6个街道，户籍人口约31万。',
    '**县辖9乡3镇、84个村(居)民委员会。',
    '溪桥县地处石岭市西部，现辖11个乡镇、186个行政村，户籍总人口33.6万人。',
    // a rate whose figure a copy stripped: its denominator is no figure
    '孕产妇死亡率/10万，甲乙类传染病报告发病率/10万。',
    // how many came to a meeting
    '县直医疗卫生单位、21个乡镇卫生院负责人共160余人参加会议。',
    '各县区卫生健康局分管负责同志30人出席会议。',
    '医院领导班子、全院干部职工近300人参会。',
    // the residents a place's work serves
    '努力为辖区5.2万居民提供连续的社区卫生服务。',
    // a count that points to a list
    '上述5项任务要按期完成。',
    // what a place holds now, told as the background of a report
    '全区现有社区卫生服务中心9个、服务站31个。',
    // a body's staffing quota: 编制 is the noun here
    '本单位编制人数46人，实有在职人员52人。',
    // a count in the subject, beside the unit a clause opens with: who did the work
    '镇卫生院和21个村卫生室全部实行零差率销售。',
    '区疾控中心和2家医院实验室投入使用。',
    // a template site's count of its samples
    '社区健康教育工作总结(实用12篇)',
    // factors of a formula
    '计算方法：规范管理人数/登记人数×100%。',
    '儿童健康管理率=年度辖区内接受1次及以上随访的0-6岁儿童数/年度辖区内0-6岁儿童数。',
    'AFP病例监测每10万15岁以下儿童报告发病率。',
    // the rest of a whole already counted; a template's count of its samples
    '其余2家正在加快建设。',
    '2016年溪桥县卫生计生局工作总结 3篇',
    '卫生院年终工作总结范文2020最新精选5篇.doc',
    '妇幼保健工作总结范例6篇',
    // ordinals and names
    '推荐第七批优秀中青年卫生人才赴国内先进医疗机构研修。',
    '深入学习贯彻党的十九届六中全会精神。',
    '认真落实市第十三次党代会部署。',
    '认真落实区委一届二次党代会部署要求。',
    '编制职业病防治“十四五”规划。',
    '落实卫生健康“八五”普法规划。',
    '做好国家第四轮艾滋病综合防治示范区建设验收工作。',
    // a report's tally of its own items
    '2023年度区级卫生健康民生实事共6项，6项民生实事均全部完成年度目标任务。',
    '其中“新增托位”、“家庭医生签约”等2项超额完成。',
    '其中卫生健康类项目5件，5件卫生健康民生实事均已完成。',
    '其中4个项目完成年度目标，1个项目基本完成年度目标。',
    // counted slogans
    '贯穿高质量发展“一个主题”，推进“两大战略”。',
    '聚力抓好十项重点工作。',
    '实施妇幼健康促进、职业健康保护、老年健康促进三个行动计划。',
    '扎实推进“双岗联系人”、“家庭医生签约服务”三个全覆盖。',
    '实施百县千乡工程，开展百千万行动。',
    '开展20多样化服务。',
    '推动三级医院对口帮扶二级以上医院，达到二级专科医院水平。',
    '增强四个意识，坚定四个自信，做到两个维护。',
    '发挥卫生健康管理员三项机制作用。',
    '深入推进“就医更便捷、群众少跑腿”十条措施落地落实。',
    '家庭医生做到签约一人、履约一人、做实一人。',
    '建成一批健康示范村。',
    // an aim quoted in a bracket after its name
    '提前8年实现了健康石岭行动2030年的目标值(37%)。',
    // how many pieces a page collects
    '卫健局2022年卫生健康工作总结【3篇】。',
    // steps and bands of a scoring rule
    '每低1个百分点扣2分。',
    '考核结果分为优秀(90分及以上)、良好(80—89分)、合格(60—79分)和不合格。',
    // the whole a count is taken among
    '全县216家村卫生室中，已全部实现医保联网。',
    // the points an item weighs, the points a rule takes, and the case that loses an item its points
    '家庭医生签约(6分)。',
    '少1所扣2分，扣完为止。',
    '发生1例孕产妇死亡的，本项不得分。',
    // a size that picks out whom a measure counts
    '年底前实现职业病危害严重行业20人及以上用人单位申报全覆盖。',
    '巩固母婴安全五项制度。',
    '抓好三个示范区建设。',
    '组织实施好三孩生育政策。',
    '深入开展“百场宣讲进礼堂、千场义诊惠民生、万名天使走万家”活动。',
    // population qualifiers
    '加快推进18-59岁人群新冠病毒疫苗接种工作。',
    '启动60岁以上老年人新冠病毒疫苗接种活动。',
    '加强0-6岁儿童健康管理，加大3岁以下婴幼儿照护服务力度。',
    '落实80周岁以上老年人高龄津贴发放工作。',
    '推进0—3岁婴幼儿发育监测筛查和干预。',
    // dates written with dashes or slashes, and how often over a longer stretch
    '成文日期：2025-02-26。',
    '局党组每半年对全年任务推进情况开展一次专项督查。',
    // a threshold that picks out whom a measure applies to
    '对接种率低于85%的乡镇进行通报约谈。',
    // the population a rate counts per
    '完善每10万人口精神科床位配置标准。',
    // how many kinds a class holds
    '全年报告法定传染病18种，无甲类传染病报告。',
    '对罹患7种大病的困难群众实行专项救治。',
    // identifiers and names
    '提升12345市民投诉办理满意率。',
    '充分发挥5G和互联网技术优势。',
    '加强120急救指挥调度。',
    '制定印发《健康西山行动(2021-2022)实施方案》。',
    '落实《浙江省“十四五”健康老龄化实施方案(2022—2025年)》。',
    // anniversaries
    '以优异成绩庆祝建党100周年。',
    '以爱国卫生运动70周年为契机。',
    // durations and levels without a commitment
    '发挥365天健康科普知识发布传播作用。',
    '探索对运营1年以上的驿站实施星级管理。',
    '加强二级以上公立医院公共卫生科建设。',
    '推动西山区人民医院三级综合医院创建工作。',
    '启动区人民医院改扩建提升一期工程。',
    '实施基层中医药服务能力提升三年行动。',
    '建成“示例健康云”一期项目并上线试运行。',
    '引导群众固化戴口罩、勤洗手、一米线等良好习惯。',
    '4月底前，建成一批“无烟家庭”。',
    '保持急救报警电话10秒接听。',
  ])('%s', (input) => {
    expect(targetsOf(input).map((t) => t.text)).toEqual([]);
  });
});

describe("a summary's account of what a health centre holds", () => {
  it('its staff, the clinics in its area and the people it serves are no results', () => {
    const doc = extractText('溪桥乡卫生院2013年工作总结\n一、基本情况\n我院现有职工46人。辖区有村卫生室17个,服务人口2.3万人。\n二、工作成效\n1.完成健康体检2100人。');
    expect([...doc.tasks.flatMap((t) => t.targets), ...doc.overview].map((x) => x.value)).toEqual([2100]);
  });
});

describe("a report's account of a meeting and of the people a place serves", () => {
  it.each([
    ['whom a meeting honoured', '会上还表彰了2025年度优秀村医团队4个、优秀公卫医生7名。'],
    ['whom it honoured, told the other way round', '会议对9个先进集体和28名先进个人进行了通报表扬。'],
    ['how many spoke at it', '石岭镇卫生院等4个单位代表作了交流发言。'],
    ['the people of a village', '全村常住人口1873人，外出务工较多。'],
    ['the residents a centre serves', '中心努力为辖区5.2万居民提供连续的社区卫生服务。'],
    ['a count that points to a list', '这8项重点工作已全部完成。'],
    ['what a body named by 该 holds', '据悉，该院现有职工520人。'],
    ['the counts a coverage rate is taken from', '卡介苗应种186人，实种186人，接种率为100%。'],
    ['the aim another body set, quoted', '全年完成省定95%的目标任务。'],
    ["a sentence that states the year's aims", '2025年我县卫生工作的主要任务是：计划完成参合人数28.3万人；乡镇卫生院标准化建设4所；村卫生室建设36所。'],
  ])('%s is no result', (_, line) => {
    const doc = extractText(`溪桥乡卫生院2025年工作总结\n一、工作成效\n1.${line}完成健康体检2100人。`);
    expect([...doc.tasks.flatMap((t) => t.targets), ...doc.overview].map((x) => x.value).filter((v) => v !== 100)).toEqual([2100]);
  });
});

describe('a report whose copy stripped the figures of its rates (`孕产妇死亡率/10万`)', () => {
  it('reads the denominators left as no results, the figures kept as results', () => {
    const d = extractText('石岭县卫生局2012年工作总结\n一、工作\n1、新农合。全县参合农民29.84万人,参合率为%,人均筹资290元;住院分娩率%,孕产妇死亡率/10万;甲乙类传染病报告发病率/10万,低于全市平均水平。');
    expect(d.tasks.flatMap((t) => t.targets.map((x) => x.text))).toEqual(['全县参合农民29.84万人', '人均筹资290元']);
  });

  it('reads the ground a county governs (`现辖…`, `户籍总人口…`) as no results', () => {
    const d = extractText('石岭县卫生局2012年工作总结\n一、工作\n1、概况。溪桥县地处石岭市西部,现辖11个乡镇、186个行政村,户籍总人口33.6万人。全县参合农民29.84万人。');
    expect(d.tasks.flatMap((t) => t.targets.map((x) => x.text))).toEqual(['全县参合农民29.84万人']);
  });
});

describe('a bare count before a noun in a report (`全省86万卫生健康工作者攻坚克难`)', () => {
  it('says who acted, no result; a bare count that ends its clause is one', () => {
    const d = extractText('石岭县卫生局2012年工作总结\n一、工作\n1、概况。全县3万卫生健康工作者攻坚克难，全年总诊疗人次达到86万。');
    expect(d.tasks.flatMap((t) => t.targets.map((x) => [x.value, x.unit]))).toEqual([[860000, '']]);
  });
});

describe('a make-up written as a sum (fictional)', () => {
  it('each count of `1名全科医生+1名护士+1名公卫人员` is a term, no figure; the count after it is one', () => {
    expect(targetsOf('按照“1名全科医生+1名护士+1名公卫人员”的模式组建团队，全县组建家庭医生团队不少于120个。').map((t) => t.value)).toEqual([120]);
  });

  it('a change with its sign (`+8.4%`) is no term of a sum', () => {
    expect(targetsOf('门急诊人次增幅+8.4%。').map((t) => t.value)).toEqual([8.4]);
  });
});

describe('a copy that dropped its decimal points (fictional figures)', () => {
  it.each([
    ['全市平均住院日比上年缩短06天。', 'a figure written with a leading zero'],
    ['村卫生室标准化达标率9135%。', 'a rate far past 100%'],
    ['住院分娩率达到9987%。', 'a rate far past 100%, after its verb'],
    ['目标人群覆盖率达到842%。', 'a rate far past 100%: 84.2 without its point'],
  ])('%s: no figure (%s)', (snippet) => {
    expect(targetsOf(snippet)).toEqual([]);
  });

  it('a growth past 100%, a task done past it and a rate within it stay figures', () => {
    expect(targetsOf('门诊量增长150%，筛查任务完成率113.5%，达标率达到99.5%。').map((t) => t.value)).toEqual([150, 113.5, 99.5]);
  });
});

describe('a figure that names nothing and counts nothing (fictional)', () => {
  it("is no result, as a forum's count of a member's posts on a line of its own", () => {
    const d = extractText('溪桥县卫生局2015年工作总结\n3万\n主题\n9万\n积分\n一、医疗服务\n1.服务量增长。全年门急诊42.6万人次，同比增长5.1%。');
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((t) => t.value)).toEqual([426000, 5.1]);
  });

  it('leaves a figure of a list alone: its name is shared', () => {
    expect(targetsOf('高血压、糖尿病患者规范管理人数分别达到60万、18万。').map((t) => t.value)).toEqual([600000, 180000]);
  });
});

describe('the level an aim builds on (在…达到X的基础上再…)', () => {
  it.each([
    ['在孕产妇系统管理率已达到90%的基础上再提高2个百分点。', [2]],
    ['在全县住院分娩率达到98%以上的基础上，保持稳定。', []],
  ])('%s', (snippet, values) => {
    expect(targetsOf(snippet).map((t) => t.value)).toEqual(values);
  });
});

describe('the standard a result is measured against, quoted after it (fictional)', () => {
  it.each([
    ['触诊甲状腺肿大率为1.8%，低于5%的消除标准。', [1.8]],
    ['水碘中位数为12.4μg/L，均低于10%的国家标准要求。', [12.4]],
    ['电子建档率为86.5%，建档率已达到省定80%的指标要求。', [86.5]],
    ['两病规范管理率均达到60%的要求。', []],
    // A standard the work builds to (`标准化`) is no standard quoted.
    ['全区村卫生室达到90%的标准化建设率。', [90]],
    // `不低于5元的标准`: the standard set, not one quoted.
    ['按常住人口每人每年不低于5元的标准安排经费。', [5]],
  ])('%s', (snippet, values) => {
    const d = extractText(`溪桥区2013年地方病防治工作总结\n一、监测\n1.重点人群监测。${snippet}`);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => x.value))).toEqual(values);
  });
});

describe('how many a rate is taken over (fictional 栎泉县)', () => {
  it.each([
    ['全县152个村卫生室一体化管理率达到90%。', [90]],
    ['栎泉镇等4个乡镇完成率达xx%。', [null]],
    ['新建5个示范村，覆盖率达到80%。', [5, 80]],
    // Slides glued without their marks: the count follows what it counts.
    ['国家级示范区达到12个省级示范区31个高血压患者规范管理率70.5%', [12, 31, 70.5]],
  ])('%s', (snippet, values) => {
    expect(targetsOf(snippet).map((t) => t.value)).toEqual(values);
  });
});
