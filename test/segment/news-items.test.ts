import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { recognizeTargets } from '../../src/extract/targets/recognize.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

// Fictional news items for 石岭市 and 溪桥县: how a news page's shape says what its figures are.

describe('a summary meeting turns ahead right above its points', () => {
  const page = [
    '石岭市卫生健康局召开2021年上半年工作总结暨下半年工作推进会',
    '本报讯（记者 林岚）7月20日，石岭市卫生健康局召开上半年工作总结暨下半年工作推进会，局班子成员和各科室负责人参加会议。',
    '会议指出，上半年全市医疗机构完成诊疗52.6万人次，同比增长6.1%。',
    '会议要求，下半年，全系统要紧盯年度目标，打好“三场硬仗”。一是打好分级诊疗攻坚战，推动优质资源下沉，县域内就诊率达到90%；二是打好公共卫生巩固战，织密疾病防控网络，适龄儿童免疫规划疫苗接种率不低于95%；三是打好项目建设突破战，加快基层设施建设，新建村卫生室8所。',
  ].join('\n');

  it('its points are the coming half-year\'s targets; the half-year behind stays results', () => {
    const doc = extractText(page);
    expect(doc.kind).toBe('summary');
    expect(doc.tasks.map((t) => t.targets.map((g) => [g.value, g.kind]))).toEqual([[[90, 'target']], [[95, 'target']], [[8, 'target']]]);
    expect(doc.overview.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
  });

  it('a lead-in that turns to nothing leaves the summary\'s points results', () => {
    const doc = extractText(page.replace('会议要求，下半年，全系统要紧盯年度目标，打好“三场硬仗”。', '会议指出，上半年全系统打好了“三场硬仗”。'));
    expect(doc.tasks.flatMap((t) => t.targets.map((g) => g.kind))).toEqual(['achievement', 'achievement', 'achievement']);
  });
});

describe('bracketed items run on in one paragraph', () => {
  const page = [
    '溪桥县2016年疾病预防控制工作要点',
    '2016年全县疾病预防控制工作的总体要求是：坚持预防为主，健全疾控体系，提升应急处置能力，为建设健康溪桥提供保障。',
    '2016年工作要点有：(1)强化传染病监测，法定传染病报告及时率达到98%以上；(2)巩固免疫规划，适龄儿童疫苗接种率保持在95%以上；(3)推进慢病防控，高血压患者规范管理率不低于60%；(4)加强健康教育，居民健康素养水平提高到12%。',
  ].join('\n');

  it('each is a task of its own', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => [t.number, t.targets.map((g) => g.value)])).toEqual([['1', [98]], ['2', [95]], ['3', [60]], ['4', [12]]]);
  });

  it('two brackets, or brackets out of sequence, are no list', () => {
    const two = extractText(page.replace('；(3)推进慢病防控，高血压患者规范管理率不低于60%；(4)加强健康教育，居民健康素养水平提高到12%', ''));
    expect(two.tasks.length).toBeLessThan(2);
    const shuffled = extractText(page.replace('(2)', '(5)').replace('(3)', '(7)'));
    expect(shuffled.tasks.map((t) => t.number)).not.toContain('7');
  });
});

describe('a news item that reports a past year', () => {
  const page = [
    '【县卫生健康局】我县居民健康水平稳步提升',
    '2019年02月15日 来源：溪桥新闻网',
    '2月14日，溪桥县卫生健康局向媒体通报2018年全县居民健康状况。',
    '2018年全县孕产妇系统管理率达到94.1%，较2015年(90.20%)提高3.9个百分点；婴儿死亡率降至3.8‰。',
    '我县加强基层服务网络建设。全年新建标准化村卫生室12个，改造乡镇卫生院3所。',
    '我县扎实推进重大公共卫生项目。全年为1.6万名妇女免费开展两癌筛查。',
    '我县深入开展健康促进行动。全年举办健康讲座320场，受益群众2.1万人次。',
  ].join('\n');

  it('is a summary of that year, under its headline without the column label', () => {
    const doc = extractText(page);
    expect([doc.title, doc.kind, doc.year]).toEqual(['我县居民健康水平稳步提升', 'summary', 2018]);
  });

  it('its dated lead and figures paragraph are the overview; the headed paragraphs are its tasks', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.title)).toEqual(['我县加强基层服务网络建设', '我县扎实推进重大公共卫生项目', '我县深入开展健康促进行动']);
    expect(doc.overview.map((g) => g.value)).toEqual([94.1, 3.9, 3.8]);
  });

  const meeting = page.replace('2月14日，溪桥县卫生健康局向媒体通报2018年全县居民健康状况。', '2月14日，溪桥县召开卫生健康工作会议，会议通报了2018年全县居民健康状况，部署了2019年重点工作。').replace(/较2015年[^；]+；/, '；');

  it('a meeting that hears last year\'s results is no report of them where it gives the year ahead more room', () => {
    const ahead = meeting.replace('我县深入开展健康促进行动。全年举办健康讲座320场，受益群众2.1万人次。', [
      '会议要求，2019年全县卫生健康系统要重点抓好四方面工作：',
      '一是深化医改，县域内就诊率达到90%以上，组建紧密型医共体2个，推进县级医院与乡镇卫生院一体化管理；',
      '二是强化基层，新建标准化村卫生室20个，改造乡镇卫生院4所，家庭医生重点人群签约率达到75%；',
      '三是守护妇幼健康，孕产妇系统管理率达到95%以上，婴儿死亡率控制在4‰以内，两癌筛查覆盖1.8万人；',
      '四是促进全民健康，居民健康素养水平达到22%，全年举办健康讲座350场以上。',
    ].join('\n'));
    expect(extractText(ahead).kind).toBe('plan');
  });

  it('the news of a meeting whose paragraphs all report last year\'s results is a summary of that year', () => {
    expect([extractText(meeting).kind, extractText(meeting).year]).toEqual(['summary', 2018]);
  });
});

describe('the levels a change is measured from, in a bracket', () => {
  it.each([
    ['住院分娩率达到99.4%，较2015年(97.10%)提高2.3个百分点。', '97.10'],
    ['门诊量增长8%，比上年(46.2万人次)增加3.7万人次。', '46.2万'],
    ['床位使用率降至81%，较上年同期（86%）下降5个百分点。', '86'],
  ])('%s', (text, base) => {
    const { targets, rejected } = recognizeTargets(text, defaultVocabulary);
    expect(rejected.map((r) => [r.raw, r.rule])).toContainEqual([base, 'comparison']);
    expect(targets.map((t) => t.text)).not.toContainEqual(expect.stringContaining(`(${base}`));
  });
});

describe('a news item on the year\'s progress', () => {
  const body = [
    '日期: 2023-07-12 浏览量:205',
    '  市卫健委对照年度民生实事清单，逐项压实责任，各项目有序推进。',
    '  一是开展免费孕前优生健康检查。全年目标任务2400人，截至6月底已完成1310人。',
    '  二是推进新生儿疾病筛查。全市新生儿疾病筛查率已达98.4%，听力筛查率97.2%。',
    '  三是加强儿童健康管理。3岁以下儿童系统管理率达到92.8%，较去年同期提高1.6个百分点。',
  ].join('\n');

  it('a headline that says half the work is done makes a summary', () => {
    expect(extractText(`溪岚市妇幼民生实事上半年任务过半\n${body}`).kind).toBe('summary');
  });

  it('so does a body that reports so far (截至6月底, 已达) more than it aims', () => {
    expect(extractText(`溪岚市扎实推进妇幼健康民生实事\n${body}`).kind).toBe('summary');
  });
});

describe('an item\'s own words head no part of a summary', () => {
  it('`5.…项目：…目标人群为45人，已落实…` in a summary reports results', () => {
    const page = [
      '溪桥镇卫生院关于2021年民生实事项目完成情况的公示',
      '现将我院2021年民生实事项目完成情况公示如下。',
      '1.免费产前筛查项目目标人群为210人，已完成产前筛查236人。',
      '2.严重精神障碍患者服药项目：目标人群为38人，已落实免费服药38人，服药率100%。',
      '3.慢病管理项目：高血压患者规范管理率达到66.2%，超过区定目标值。',
    ].join('\n');
    const kinds = extractText(page).tasks.flatMap((t) => t.targets.map((g) => g.kind));
    expect(kinds.length).toBeGreaterThan(3);
    expect(new Set(kinds)).toEqual(new Set(['achievement']));
  });
});

describe('a hospital\'s work meeting on a news portal', () => {
  const page = [
    '南屿县中医院部署2019年重点工作',
    '2019-02-20 10:12:00    来源:南屿县人民政府',
    '  2月18日，南屿县中医院2019年工作会议召开，全院中层以上干部和职工代表150余人参加会议。',
    '  会上，院长作了工作报告，回顾了2018年医院工作，全年门急诊量达到28.6万人次，出院病人1.52万人次。',
    '  会议明确了医院2019年三项重点工作：',
    '  一是推进二级甲等中医医院复审。年底前通过复审，新增市级重点专科2个。',
    '  二是提升医疗质量。甲级病案率达到95%以上，抗菌药物使用率不超过55%。',
    '  三是加强人才队伍建设。全年引进研究生8名。',
    '责任编辑:林青',
    '南屿在线版权与免责声明',
    '1、南屿在线所有内容的版权均属于作者或页面内声明的版权人。',
    '2、已经本网授权使用作品的，应在授权范围内使用。',
    '3、凡本网注明来源的作品，均转载自其它媒体。',
  ].join('\n');

  it('its points are the tasks; the site\'s numbered disclaimer is none of the page', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.number)).toEqual(['一', '二', '三']);
    expect(doc.tasks.map((t) => t.targets.map((g) => [g.value, g.kind]))).toEqual([[[2, 'target']], [[95, 'target'], [55, 'target']], [[8, 'target']]]);
  });

  it('the year its report looks back on gives results', () => {
    expect(extractText(page).overview.map((g) => [g.value, g.kind])).toEqual([[286000, 'achievement'], [15200, 'achievement']]);
  });

  it('a report that goes on to the year ahead in the same paragraph is not all look back', () => {
    const ahead = page.replace('全年门急诊量达到28.6万人次，出院病人1.52万人次。', '明确2019年门急诊量达到30万人次。');
    expect(extractText(ahead).overview.map((g) => g.kind)).toEqual(['target']);
  });
});

describe('a speech over a year behind and a year ahead', () => {
  it('`二、聚焦2023年，…` heads the year ahead: a verb before its year', () => {
    const page = [
      '溪桥镇卫生院院长在2022年度工作总结暨2023年工作部署会上的讲话',
      '一、回顾2022年，各项工作取得新成效',
      '（一）医疗服务量稳步增长。全年门诊量3.84万人次，同比增长5.2%。',
      '（二）公共卫生扎实开展。居民电子健康档案建档率达到90.6%。',
      '二、聚焦2023年，确保完成目标任务',
      '（一）提升医疗服务能力。门诊量力争突破4万人次，年内建成胸痛救治单元1个。',
      '（二）做实公共卫生服务。家庭医生重点人群签约率达到75%以上。',
    ].join('\n');
    expect(extractText(page).tasks.map((t) => t.targets.map((g) => g.kind)[0])).toEqual(['achievement', 'achievement', 'target', 'target']);
  });

  it('a speaker\'s lead-ins name the year behind, then the year ahead', () => {
    const page = [
      '石岭县召开2020年全县卫生健康工作会议',
      '来源：石岭卫生健康',
      '2月18日，石岭县召开2020年全县卫生健康工作会议，回顾总结2019年工作，部署2020年重点任务。',
      '林海峰指出，2019年，全县卫生健康系统坚持以人民健康为中心，凝心聚力，开拓创新，取得三方面成绩：一是医改扎实推进，县人民医院全面取消药品加成，药占比下降至30.2%；二是公共卫生保障有力，65岁以上老年人健康管理率达到68.1%；三是服务能力提升，新增二级医院1家。',
      '林海峰强调，2020年，全县卫生健康系统要以推进健康石岭建设为主线，着力在以下方面实现新突破：一要推进医共体建设，整合县乡村三级资源，县域内就诊率达到90%；二要提升基层服务，家庭医生签约服务覆盖率达到35%以上；三要强化公共卫生，居民电子健康档案建档率达到88%。',
      '会议由县卫生健康局副局长主持。',
    ].join('\n');
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.targets.map((g) => g.kind)[0])).toEqual(['achievement', 'achievement', 'achievement', 'target', 'target', 'target']);
    expect(doc.tasks.map((t) => t.number)).toEqual(['一', '二', '三', '一', '二', '三']);
    expect(doc.region).toBe('石岭县');
  });

  it('whoever chairs the meeting names no place', () => {
    const page = '2016年度全市卫生计生工作会议召开\n2月3日，南屿市召开2016年度全市卫生计生工作会议，部署2016年工作。\n会议要求，全年新建村卫生室20所，县域内就诊率达到90%。\n会议由市卫生计生委副主任主持，各县（区）卫生计生委主任参加会议。';
    expect(extractText(page).region).toBe('南屿市');
  });
});

describe('a report paragraph that tells two years', () => {
  const page = [
    '溪岚市召开2013年卫生工作会议',
    '2月22日，溪岚市卫生工作会议在市行政中心召开。各镇（区）分管领导、各医疗卫生单位负责人共260余人参加。',
    '会上，卫生局局长作工作报告，他指出：2012年，我市卫生工作紧紧围绕医改中心任务，新农合参合率达到98.6%，婴儿死亡率降至4.3‰，各项工作取得长足进步。他强调：2013年，全市卫生系统要重点抓好三项工作。一是巩固新农合制度，参合率稳定在98%以上；二是推进公共卫生服务均等化，居民健康档案规范化建档率达到75%；三是提升医疗服务水平，年底前新增二级医院1家。',
  ].join('\n');

  it('the year behind gives results, the year ahead targets, clause by clause', () => {
    const doc = extractText(page);
    expect(doc.overview.map((g) => [g.value, g.kind])).toEqual([[98.6, 'achievement'], [4.3, 'achievement']]);
    expect(doc.tasks.map((t) => t.targets.map((g) => g.kind))).toEqual([['target'], ['target'], ['target']]);
  });

  it('how many came to the meeting is no figure', () => {
    expect(extractText(page).overview.map((g) => g.value)).not.toContain(260);
  });
});

describe('a news item whose paragraphs are each headed by a short sentence', () => {
  const page = [
    '溪岚市召开2013年全市卫生工作会议',
    '发布时间：2013-02-19 09:26  来源：溪岚日报',
    '“今年要把群众看病就医的难点作为全市卫生工作的着力点。”在2月18日召开的全市卫生工作会议上，市卫生局局长开门见山。',
    '2013年是深化医药卫生体制改革的攻坚之年。局长在会上部署了全市卫生系统今年要抓好的几项重点工作。',
    '深化公立医院改革。年内药品收入占医疗总收入比例下降到42%以下，市直医院预约诊疗比例达到30%。',
    '巩固完善新农合制度。新农合人均筹资标准提高到340元，参合率稳定在97%以上。',
    '提升妇幼卫生水平。农村孕产妇住院分娩率达到98%以上。',
  ].join('\n');

  it('the quoted lead and the paragraph that frames the year, with no figure, are no tasks', () => {
    expect(extractText(page).tasks.map((t) => t.title)).toEqual(['深化公立医院改革', '巩固完善新农合制度', '提升妇幼卫生水平']);
  });

  it('a paragraph before them that sets a figure stays a task', () => {
    const doc = extractText(page.replace('局长在会上部署了全市卫生系统今年要抓好的几项重点工作。', '全年新建村卫生室15所。'));
    expect(doc.tasks.map((t) => t.targets.map((g) => g.value))).toContainEqual([15]);
  });
});

describe('a run of headed paragraphs in long news: the outline, whatever stands around it (fictional 泊川市)', () => {
  const page = [
    '全市卫生健康工作会议召开',
    '2022/3/8 9:10:00 发布者:admin 来源:泊川广播电视台',
    '内容提要:   3月7日，2022年全市卫生健康工作会议召开，总结2021年工作，安排部署今年任务。',
    '  副市长要求，全市卫健系统要抓好常态化疫情防控，持续深化医药卫生体制改革，推动卫生健康事业高质量发展。',
    '  会议传达了全省卫生健康工作会议精神，市卫生健康委主要负责人作工作报告。',
    '  据介绍，2021年全市卫生健康事业稳步发展：',
    '  疫情防控有力有效。全市建成核酸检测实验室18个，日检测能力达到3.1万管。',
    '  服务体系持续完善。新增三级医院1家，每千人口执业医师数达到2.7人。',
    '  医改惠民扎实推进。家庭医生重点人群签约率达到70.5%，县域内就诊率达到89.6%。',
    '  中医药发展提速。新建基层国医馆9个。',
    '  会议通报了2021年度全市卫生健康目标管理考核结果。',
    '  副市长强调，各级各部门要直面问题，锐意改革，推动全市卫生健康事业再上新台阶。',
  ].join('\n');

  it('the headed paragraphs are the tasks; the lead, the call and the close are none', () => {
    expect(extractText(page).tasks.map((t) => t.title)).toEqual(['疫情防控有力有效', '服务体系持续完善', '医改惠民扎实推进', '中医药发展提速']);
  });

  it('a heading written as a topic and its verdict (`新农合，运行管理规范有序。`) heads its paragraph', () => {
    const topics = page
      .replace('疫情防控有力有效。', '疫情防控，各项措施有力有效。')
      .replace('服务体系持续完善。', '服务体系，建设持续完善。')
      .replace('医改惠民扎实推进。', '医改惠民，各项改革扎实推进。')
      .replace('中医药发展提速。', '中医药，发展全面提速。');
    expect(extractText(topics).tasks.map((t) => t.title)).toEqual(['疫情防控，各项措施有力有效', '服务体系，建设持续完善', '医改惠民，各项改革扎实推进', '中医药，发展全面提速']);
  });

  it('after the run, a look ahead with figures stays the task of the year to come', () => {
    const doc = extractText(page.replace('副市长强调，各级各部门要直面问题，锐意改革，推动全市卫生健康事业再上新台阶。', '今年，全市将力争新增三级医院1家。'));
    expect(doc.tasks).toHaveLength(5);
    expect(doc.tasks.at(-1)!.targets.map((g) => [g.value, g.kind])).toEqual([[1, 'target']]);
  });
});

describe('headings whose paragraphs open with their points', () => {
  const page = [
    '石岭区卫健局2021年工作计划',
    '(一)筑牢一道防线，确保疫情防控平稳可控',
    '一是完善应急指挥体系。6月底前组建区级流调队伍6支。（疾控科牵头，区疾控中心配合）二是提升核酸检测能力。区内单日最大检测能力达到2万管。（医政科牵头）',
    '(二)抓好两大攻坚，夯实卫生健康基础',
    '一是攻坚医共体建设。基层诊疗量占比提高到60%。（体改科牵头，医政科配合）二是攻坚中医药发展。中医诊疗量占比达到28%。（中医科负责）',
  ];

  it('page through, the points are the tasks, each with its departments', () => {
    const doc = extractText(page.join('\n'));
    expect(doc.tasks.map((t) => [t.section, t.number, t.title, t.departments.lead, t.departments.support])).toEqual([
      [1, '一', '完善应急指挥体系', ['疾控科'], ['区疾控中心']],
      [1, '二', '提升核酸检测能力', ['医政科'], []],
      [2, '一', '攻坚医共体建设', ['体改科'], ['医政科']],
      [2, '二', '攻坚中医药发展', ['中医科'], []],
    ]);
  });

  it('where one heading of many has points, they stay its text', () => {
    const doc = extractText([...page.slice(0, 3), '(二)医疗服务能力持续提升', '新增市级临床重点专科3个。', '(三)公共卫生服务提质增效', '居民健康素养水平达到28.4%。', '(四)托育服务扎实推进', '新增普惠性托位420个。'].join('\n'));
    expect(doc.tasks.map((t) => t.title)).not.toContain('提升核酸检测能力');
  });
});

describe('a news repost under a line of a site\'s advertising', () => {
  const page = [
    '最新好剧在线观看,高清影视免费看,热门综艺大全,每日更新',
    '',
    '南屿省2020年卫生健康工作总结发布 全省人均预期寿命达78.6岁',
    '',
    '2021-03-12 10:12:40  来源:南屿日报',
    '',
    '  医改持续深化。全省组建城市医疗集团18个、县域医共体52个，县域内就诊率达到90.5%，公立医院药占比降至28.1%。',
    '',
    '  基层能力提升。全年新建标准化村卫生室860个。',
  ].join('\n');

  it('the headline set apart is its title, though it says 发布', () => {
    const doc = extractText(page);
    expect([doc.title, doc.kind, doc.year]).toEqual(['南屿省2020年卫生健康工作总结发布 全省人均预期寿命达78.6岁', 'summary', 2020]);
  });

  it('its paragraphs are its tasks, none glued to the headline', () => {
    expect(extractText(page).tasks.map((t) => t.title)).toEqual(['医改持续深化', '基层能力提升']);
  });
});

describe('a summary meeting\'s news that turns to next year in a sentence of its own', () => {
  const page = [
    '区卫健委召开2021年度工作总结暨2022年工作部署会',
    '日期:2022-01-10 15:22:06',
    '    1月9日上午，区卫健委召开2021年度工作总结暨2022年工作部署会，委机关各科室、委属各单位主要负责同志参加会议。',
    '    会议认真总结了2021年全区卫生健康工作。2021年，全区基层医疗卫生机构诊疗量占比达到60.4%，家庭医生签约服务覆盖率为42.1%。',
    '    会议就2022年全区卫生健康工作作出部署安排。',
    '    抓好医共体建设。组建紧密型医共体2个，年底前县域内就诊率达到90%。',
    '    抓牢公共卫生服务。居民电子健康档案建档率保持在90%以上。',
    '    抓紧托育服务。新增普惠性托位150个。',
  ].join('\n');

  it('what the meeting reviewed is the overview; the headed paragraphs after the turn are next year\'s targets', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.title)).toEqual(['抓好医共体建设', '抓牢公共卫生服务', '抓紧托育服务']);
    expect(doc.tasks.flatMap((t) => t.targets.map((g) => g.kind))).toEqual(['target', 'target', 'target', 'target']);
    expect(doc.overview.map((g) => [g.value, g.kind])).toEqual([[60.4, 'achievement'], [42.1, 'achievement']]);
  });
});

describe('two grades named in a row at a line\'s start', () => {
  it('`三、四级手术占比…` opens a sentence, not a third section', () => {
    const doc = extractText('溪岚县人民医院2025年工作计划\n一、提升医疗服务能力\n全年门急诊人次力争达到36万人次。\n三、四级手术占比提高到30%以上。\n二、加强医疗质量安全管理\n甲级病历率达到95%以上。');
    expect(doc.sections.map((s) => s.number)).toEqual(['一', '二']);
  });
});

describe('points right after the subject or verb whose work they are', () => {
  const page = [
    '溪桥区卫生健康工作年度考核汇报会召开',
    '1月15日，市考核组对我区2019年度卫生健康目标管理责任制完成情况进行考核评估。区长以及区卫生健康局、区医保局等9个成员单位有关负责人出席了汇报会。',
    '区长汇报了我区卫生健康工作情况。一年来，我区一是推进医联体建设，整合区乡村三级医疗资源，组建区域医疗共同体2个，基层就诊率达到61.2%；二是补齐公共卫生短板，高血压患者规范管理率达到70.5%；三是全力抓家庭医生签约，重点人群签约率为75.1%。',
    '2020年，我区将一是深化综合医改，推进紧密型医共体建设，县域内就诊率力争达到90%，基层诊疗量占比提高到63%；二是建设区妇幼保健院新院，6月底前完成主体工程，新增床位120张；三是加强人才队伍建设，全年引进医学类本科以上人才50名以上。',
  ].join('\n');

  it('split into tasks: the year behind\'s results, then the year ahead\'s targets', () => {
    const doc = extractText(page);
    expect(doc.kind).toBe('summary');
    expect(doc.tasks.map((t) => [t.number, t.targets.map((g) => g.kind)[0]])).toEqual([
      ['一', 'achievement'], ['二', 'achievement'], ['三', 'achievement'], ['一', 'target'], ['二', 'target'], ['三', 'target'],
    ]);
  });

  it('how many bodies came to the meeting is no figure', () => {
    expect(extractText(page).overview.map((g) => g.value)).not.toContain(9);
  });
});

describe('a meeting\'s news run into one paragraph, its second part a heading with points', () => {
  it('`二、2019年重点任务。一是…；二是…` gives a task per point under that heading', () => {
    const page = '溪岚县召开2020年卫生健康工作会议\n3月2日,溪岚县卫健局召开2020年全县卫生健康工作会议。会议从两个方面做重点阐述:一、2019年卫生健康工作取得新成效。全年总诊疗人次达到150万人次,县域内就诊率达到88.5%。二、2020年重点任务。一是深化县域综合医改,年内组建县域医共体2个;二是提升基层服务能力,新建标准化村卫生室12所;三是强化公共卫生服务,适龄儿童免疫规划疫苗接种率保持在95%以上。会议强调,全县要真抓实干。';
    const d = extractText(page);
    expect(d.tasks.slice(-3).map((t) => [t.number, t.title.slice(0, 8)])).toEqual([['一', '深化县域综合医改'], ['二', '提升基层服务能力'], ['三', '强化公共卫生服务']]);
    expect(d.tasks.slice(-3).flatMap((t) => t.targets.map((x) => x.kind))).toEqual(['target', 'target', 'target']);
  });
});

describe('a summary meeting\'s news where a leader asks things of the coming year', () => {
  it('points after `并提出要求：` are targets, though the sentence thanked the staff for the past year first', () => {
    const page = '石岭县疾控中心召开2021年度工作总结暨表彰大会\n2022-01-19 10:26 来源:石岭健康网\n会上,中心主任作工作报告。报告指出,2021年全年完成流调溯源860人次,适龄儿童免疫规划疫苗接种率达到96.1%。\n县卫健委副主任对疾控中心全体干部职工过去一年的付出表示感谢,并提出要求:一是加强队伍建设,年内公开招聘公共卫生专业人员不少于6名;二是抓好常态化疫情防控,组建不少于5支流调队伍;三是做好业务培训,全年开展基层业务培训不少于10期。\n此次会议既是一次总结会,又是工作动员会。';
    const d = extractText(page);
    expect(d.kind).toBe('summary');
    expect(d.tasks.flatMap((t) => t.targets.map((x) => [x.value, x.kind]))).toEqual([[6, 'target'], [5, 'target'], [10, 'target']]);
  });
});

describe('a summary part of points, then a task table, on one page', () => {
  const page = [
    '石岭区卫生健康局2024年工作总结及2025年重点工作任务分解',
    '一、2024年工作总结',
    '2024年,全区卫生健康系统各项工作取得新成效。一是医疗服务能力提升。区人民医院新增市级重点专科2个。二是基层网底更加牢固。完成8家村卫生室标准化建设。三是公共卫生持续加强。适龄儿童免疫规划疫苗接种率保持在95%以上。',
    '二、存在问题',
    '一是基层人才短缺;二是设备更新滞后。',
    '三、2025年重点工作任务分解',
    '序号\t重点工作\t具体目标\t牵头科室\t配合单位\t完成时限',
    '1\t医联体建设\t组建城市医疗集团1个\t医政科\t区人民医院\t2025年9月',
    '2\t"一老一小"服务\t新增普惠托位300个\t人口家庭科\t区妇幼保健院\t2025年11月',
    '3\t慢病综合防控\t糖尿病患者规范管理率达到65%\t疾控科\t区疾控中心\t2025年12月',
  ].join('\n');
  it('the points under a heading with no items are its tasks, those of the problems none; a quoted word opens no spreadsheet cell', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.section, t.title])).toEqual([
      [1, '医疗服务能力提升'], [1, '基层网底更加牢固'], [1, '公共卫生持续加强'],
      [2, '医联体建设'], [2, '"一老一小"服务'], [2, '慢病综合防控'],
    ]);
    expect(d.tasks.slice(-2).map((t) => t.departments.lead)).toEqual([['人口家庭科'], ['疾控科']]);
  });
});

describe("a city's news of a meeting with no numbering", () => {
  const page = [
    '溪岚市：农村改厕列为今年爱国卫生首要任务',
    '来源：溪岚日报  发布时间：2026-03-20 10:15',
    '',
    '今天，2026年溪岚市爱国卫生工作推进会在石岭区召开，会上透露，农村改厕已列为今年全市爱国卫生工作的首要任务。',
    '溪岚市爱卫会介绍，今年要大力推进城乡环境卫生整洁行动，力争农村卫生户厕普及率达到93%。',
    '溪岚市的目标是：新创建国家卫生乡镇5个、省级卫生村110个。',
    '以此为基础，溪岚市将全面推进健康城市建设行动：',
    '探索开展健康村镇试点建设，年内建成市级健康村35个；',
    '继续推进健康细胞建设，新建健康单位40家。',
    '会议还对2025年度先进集体进行了表彰。',
  ].join('\n');

  it('reads the lead of the day told as today, and a sentence that leads in on a colon, as no tasks', () => {
    expect(extractText(page).tasks.map((t) => t.title.slice(0, 6))).toEqual(['溪岚市爱卫会', '溪岚市的目标', '探索开展健康', '继续推进健康']);
  });

  it('keeps a sentence that goes on after its colon (`…的目标是：`) a task of its own, no field of the one above', () => {
    expect(extractText(page).tasks[1]!.targets.map((t) => t.value)).toEqual([5, 110]);
  });
});

describe("a hospital's news of its year-end meeting, photos left as placeholders", () => {
  const page = [
    '新闻中心-动态新闻',
    '',
    '同心聚力再出发——溪桥县人民医院召开2025年度总结表彰暨2026年工作部署大会',
    '',
    '发布时间:2026-02-20来源:溪桥县人民医院',
    '',
    '2月18日下午，溪桥县人民医院2025年度总结表彰暨2026年工作部署大会召开，全院职工300余人参加。',
    '',
    '图片',
    '',
    '会上，院长林远代表院委会作工作报告。2025年，医院全年完成门急诊诊疗21.4万人次，同比增长6.2%。',
    '',
    '图片',
    '',
    '院长林远作工作报告',
    '',
    '林远在部署2026年工作时提出，新的一年医院将力争门急诊人次突破23万，平均住院日控制在7.8天以内。',
    '',
    '同时，医院将加快住院综合楼建设，新增开放床位60张，引进硕士以上人才不少于5名。',
    '',
    '图片',
    '',
    '副院长宋岚宣读表彰决定',
    '',
    '县卫健局局长周立充分肯定了医院过去一年的工作，希望全院干部职工坚定信心、真抓实干。',
  ].join('\n');

  it("takes the headline, not a photo's caption, for the title; the year reported is the summary's", () => {
    const d = extractText(page);
    expect([d.title, d.kind, d.year]).toEqual(['同心聚力再出发——溪桥县人民医院召开2025年度总结表彰暨2026年工作部署大会', 'summary', 2025]);
  });

  it('reads no caption as a heading, a paragraph that goes on (`同时，…将`) the way the one before looks, and a guest\'s closing words as no task', () => {
    const d = extractText(page);
    expect(d.sections).toEqual([]);
    expect(d.tasks.map((t) => [t.title.slice(0, 4), [...new Set(t.targets.map((x) => x.kind))]])).toEqual([
      ['会上，院', ['achievement']],
      ['林远在部', ['target']],
      ['同时，医', ['target']],
    ]);
  });
});

describe("a hospital's news of its work meeting under a portal's licence lines", () => {
  const page = [
    '互联网新闻信息许可证服务编号：61120180001',
    '新闻热线：0731-88880000',
    '',
    '凝心聚力启新程 2026年南屿县妇幼保健院工作会召开',
    '',
    '2026-03-16 09:42:17 来源：南屿县妇幼保健院',
    '',
    '  2026年3月13日下午，南屿县妇幼保健院召开2026年度工作会暨表彰大会，总结回顾2025年工作，安排部署2026年重点任务，县卫健局分管领导、全院职工120余人参加会议。',
    '  2026年，医院将坚持以保健为中心、以保障生殖健康为目的的工作方针，确保全县孕产妇系统管理率达到95%以上。',
    '  在服务能力上，年内新增儿童康复等特色门诊2个。',
    '  各位领导，各位同仁，路虽远，行则将至；事虽难，做则必成。',
    '  会议的最后，院长与科室主任代表签订了2026年度目标责任书。',
  ].join('\n');

  it('takes the headline for the title, no hotline before it', () => {
    expect(extractText(page).title?.replace(/\s/g, '')).toBe('凝心聚力启新程2026年南屿县妇幼保健院工作会召开');
  });

  it('reads the lead of a day dated with its year, and a speech\'s address to its hearers, as no tasks', () => {
    expect(extractText(page).tasks.map((t) => t.title.slice(0, 6))).toEqual(['2026年，', '在服务能力上']);
  });
});

describe('news of an award, then the year ahead in paragraphs of their own (fictional 南屿区)', () => {
  const page = [
    '区卫生局获评全市卫生工作先进单位',
    '2022-02-18 09:12:30',
    '南屿新闻网讯 日前，区卫生局在2021年度全市卫生工作目标考核中被评为先进单位。',
    '医改工作扎实推进。2021年，全区参合农民28.4万人，参合率达99.1%。',
    '公共卫生服务持续加强。居民健康档案建档率达到84.5%，适龄儿童免疫规划疫苗接种率达97.2%。',
    '妇幼健康水平稳步提升。全区孕产妇住院分娩率达到99.5%。',
    '新的一年目标明确。2022年，区卫生局力争住院实际补偿比提高到62%，新建标准化村卫生室15个。',
    '基层能力建设再加力。区卫生局将为乡镇卫生院招录医学生25名，家庭医生签约服务覆盖率达到35%以上。',
  ].join('\n');

  it('is a summary: its points are told as their subject and how it went (`…持续加强。`)', () => {
    expect(extractText(page).kind).toBe('summary');
  });

  it('reads a paragraph that says what its subject will do (`区卫生局将为…`), after one that turned ahead, as targets', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.title, [...new Set(t.targets.map((x) => x.kind))]])).toEqual([
      ['医改工作扎实推进', ['achievement']],
      ['公共卫生服务持续加强', ['achievement']],
      ['妇幼健康水平稳步提升', ['achievement']],
      ['新的一年目标明确', ['target']],
      ['基层能力建设再加力', ['target']],
    ]);
  });
});

describe('a news item that quotes its source in its lead (`据…网站消息，`), then paragraphs headed by a sentence (fictional 南屿省)', () => {
  const page = [
    '南屿省卫健委：2019年全省居民人均预期寿命提高到78.2岁',
    '2020-06-11 10:24:37 来源：南屿新闻网',
    '据南屿省卫生健康委网站消息，6月10日，省卫生健康委发布统计公报，2019年全省居民健康素养水平达到23.5%。',
    '医疗卫生资源总量稳步增加。2019年末，全省医疗卫生机构总数达28416个，比上年增加312个。',
    '公共卫生服务扎实推进。全省居民电子健康档案建档率达到88.9%。',
  ].join('\n');

  it('reads the lead as the overview, the headed paragraphs as tasks', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => t.title)).toEqual(['医疗卫生资源总量稳步增加', '公共卫生服务扎实推进']);
    expect(d.overview.map((x) => x.value)).toContain(23.5);
  });
});

describe('a plan\'s news that looks back over 「十三五」 in corner quotes (fictional 南屿省)', () => {
  it('reads the period\'s figures as results', () => {
    const d = extractText('南屿省卫生健康工作会议召开 部署2021年重点任务\n2021-02-09 来源：南屿日报\n会议指出，「十三五」时期，全省孕产妇死亡率降至10.4/10万，主要健康指标居中西部前列。\n会议要求，2021年要抓好以下工作：\n一是深化医改，县域内就诊率达到90%。\n二是强化疾控，适龄儿童免疫规划疫苗接种率保持在95%以上。');
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => [x.value, x.kind])).toEqual(expect.arrayContaining([[10.4, 'achievement'], [90, 'target']]));
  });
});

describe('a half-year meeting\'s news: its lead, proceedings and close around the points (fictional 石岭县)', () => {
  const page = [
    '石岭县中医院召开2025年上半年工作总结暨下半年工作部署大会',
    '信息来源:网络    时间:2025-07-30',
    '仲夏时节，万物并秀。7月28日下午，我院召开2025年上半年工作总结暨下半年工作部署大会，医院领导班子成员及职工代表共120余人参加会议。',
    '大会伊始，各科室负责人依次登台，汇报本科室上半年工作亮点和存在不足。',
    '院长代表领导班子作上半年工作报告。报告显示，上半年门急诊量达到10.6万人次，同比增长8.9%。',
    '中医药特色优势进一步彰显。上半年新增省级中医重点专科1个。',
    '针对下半年工作，党委书记提出明确要求。力争全年门急诊量突破22万人次。',
    '本次会议既是对上半年工作的系统梳理，也是对下半年任务的再动员、再部署。全院干部职工将奋力谱写高质量发展新篇章。',
  ].join('\n');

  it('reads the lead (with its day and head count), the proceedings and the close as no tasks', () => {
    expect(extractText(page).tasks.map((t) => t.title.slice(0, 6))).toEqual(['院长代表领导', '中医药特色优', '针对下半年工']);
  });

  it('reads a unit\'s report of its figures heard at the meeting (`会上，X科通报，`) as a task', () => {
    const d = extractText('石岭市疾控中心召开2019年上半年工作总结会\n为全面总结上半年工作，7月24日，市疾控中心召开2019年上半年工作总结会，中心班子和各科室负责人共60余人参加会议。\n会上，传染病防制科通报，上半年全市报告法定传染病23类4816例，网络直报及时率100%。\n免疫规划科通报，上半年全市接种一类疫苗21.4万剂次，接种率达到97.3%。\n慢病科通报，完成死因监测报告5120例，肿瘤随访登记完成率95.6%。');
    expect(d.tasks.map((t) => t.title.slice(0, 7))).toEqual(['会上，传染病防', '免疫规划科通报', '慢病科通报，完']);
  });

  it('reads a portal\'s `…网讯 ` and a review held before an audience (`开展…述职评议`) as a lead', () => {
    const d = extractText('石岭网\n市卫生健康委上半年重点工作稳步推进\n2019-07-18 来源：石岭网\n石岭网讯 今年以来，市卫生健康委统筹推进各项工作，上半年全市医疗卫生机构总诊疗人次达312万。\n重大疾病防控成效明显。全市适龄儿童免疫规划疫苗接种率达到97.1%。\n健康扶贫持续发力。贫困人口家庭医生签约率达到100%。');
    expect(d.tasks.map((t) => t.title)).toEqual(['重大疾病防控成效明显', '健康扶贫持续发力']);
    const review = extractText('述职亮成绩 石岭镇中心卫生院开展年度述职评议\n2024-01-12 来源：石岭县卫健局\n为全面总结2023年工作，1月11日，县卫健局考核组到石岭镇中心卫生院开展领导班子述职评议，全体班子成员及职工代表30余人参加会议。\n医疗服务量质齐升。2023年门急诊4.2万人次。\n公共卫生服务扎实开展。居民电子健康档案建档率91.2%。');
    expect(review.tasks.map((t) => t.title)).toEqual(['医疗服务量质齐升', '公共卫生服务扎实开展']);
  });
});

describe('an e-paper\'s news of a county medical group\'s year, its points told as how much better they went (fictional 石岭县)', () => {
  const page = [
    '石岭周刊电子报',
    '电子报刊阅读器',
    '我县紧密型医共体建设跑出"加速度"',
    '2024年，全县以紧密型县域医共体建设为抓手，推动优质医疗资源下沉，全年县域内就诊率达到91.2%，群众看病就医更加便捷。',
    '管理一体化更紧密。组建以县人民医院为龙头的2个医共体，医共体内药品采购成本下降12%。',
    '服务下沉更有力。派驻管理和技术骨干58名，全年开展远程会诊1.6万例，同比增长21%。',
    '医防融合更深入。组建家庭医生团队132个，重点人群签约率达到78.3%。',
  ].join('\n');

  it('takes the headline of a medical group (医共体) and reads the page as a summary', () => {
    const d = extractText(page);
    expect([d.title, d.kind, d.year]).toEqual(['我县紧密型医共体建设跑出"加速度"', 'summary', 2024]);
    expect(d.region).toBe('石岭县');
  });
});

describe('news of results, its headline above the lead and a look ahead at its close (fictional 澜沂省)', () => {
  const news = [
    '澜沂省城乡居民医保参保人数突破3100万',
    '参保率达97.1%，人均筹资提高到180元',
    '',
    '    2012-08-20    作者:沈之遥    来源:澜沂日报',
    '',
    '    记者今天从澜沂省卫生厅获悉，截至6月底，全省实际参保人口突破3100万，参保率达到97.1%，比上年提高1.2个百分点。',
    '',
    '  补偿水平稳步提高。上半年全省基金支出26.4亿元，受益群众达1520万人次；住院费用报销比例达到65%，比上年提高4个百分点。',
    '',
    '  基层服务体系建设加快。2010年以来，省财政共安排建设资金11.2亿元，新建和改扩建乡镇卫生院286所。',
    '',
    '  公共卫生服务项目全面铺开。上半年全省为35.2万名农村妇女免费增补叶酸，完成白内障复明手术1.4万例。',
    '',
    '  省卫生厅负责人表示，下半年将继续扩大门诊统筹范围，力争年底前门诊统筹覆盖所有县，参保率稳定在95%以上。',
  ].join('\n');

  it('is a summary of the year it is dated, not of a year since when', () => {
    const d = extractText(news);
    expect([d.kind, d.year]).toEqual(['summary', 2012]);
  });

  it('makes no task of the headline\'s second line nor of the lead; the look ahead sets targets', () => {
    const d = extractText(news);
    expect(d.tasks.map((t) => t.title).slice(0, 3)).toEqual(['补偿水平稳步提高', '基层服务体系建设加快', '公共卫生服务项目全面铺开']);
    expect(d.tasks.flatMap((t) => t.targets).concat(d.overview).filter((t) => t.kind === 'target').map((t) => t.value)).toEqual([95]);
  });

  it('reads the honours that close a meeting\'s news as no task', () => {
    const meeting = [
      '全市卫生健康工作会议召开',
      '本报讯(记者 林晓)3月1日，岑溪市卫生健康工作会议召开，总结2024年工作，部署2025年重点任务。',
      '2024年，全市卫生健康系统稳中求进，居民健康素养水平达到33.1%，人均预期寿命达到80.2岁。',
      '医疗服务提质增效。全市新增三级医院1家，新增省级临床重点专科4个，县域内就诊率达到91.3%。',
      '基层服务更加可及。全市建成社区医院9家，村卫生室标准化建设达标率达到95%，家庭医生签约率达到76.4%。',
      '公共卫生防线筑牢。全市法定传染病报告率保持100%，严重精神障碍患者规范管理率达到93.2%。',
      '中医药特色彰显。全市新建基层中医馆7个，中医诊疗人次占比达到20.4%。',
      '会议提出，2025年，全市将力争基层诊疗量占比达到60%。',
      '会议还对2024年度卫生健康工作先进集体和先进个人进行了表彰。',
    ].join('\n');
    const d = extractText(meeting);
    expect(d.tasks.map((t) => t.title).slice(0, 4)).toEqual(['医疗服务提质增效', '基层服务更加可及', '公共卫生防线筑牢', '中医药特色彰显']);
    expect(d.tasks.map((t) => t.title).some((t) => t.includes('表彰'))).toBe(false);
  });
});

describe('a summary posted in a forum thread, its paragraphs headed by bold words and a space (fictional 南屿市)', () => {
  const thread = [
    '南屿市2021年无偿献血工作总结',
    '查看: 1176|回复: 0',
    '南屿社区小编 发表于 2022-1-8 10:26 | 只看该作者 |倒序浏览 |阅读模式',
    '马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。',
    '您需要 登录 才可以下载或查看,没有账号?立即注册',
    '2021年,市中心血站持续加强献血宣传招募,全市采供血工作保持平稳,全年临床用血100%来自自愿无偿献血。',
    '献血人次再创新高 全市无偿献血28118人次,同比增长6.2%;千人口献血率达到10.7。',
    '成分献血稳步增长 全年机采血小板2114人次,同比增长9%;成分血制备率保持在99.5%以上。',
    '血液安全持续巩固 血液检测合格率达到98.1%,核酸检测覆盖率100%。',
    'GMT+8, 2024-6-2 21:47 , Processed in 0.062814 second(s), 27 queries .',
  ].join('\n');

  it('makes tasks of the headed paragraphs only: no forum furniture, no intro', () => {
    expect(extractText(thread).tasks.map((t) => t.title)).toEqual(['献血人次再创新高', '成分献血稳步增长', '血液安全持续巩固']);
  });
});

describe('a newspaper\'s lead with the reporter named and spaced (fictional 澜汀市)', () => {
  it('is no task headed by bold words', () => {
    const news = [
      '2022年全市卫生健康工作交出亮眼答卷',
      '澜汀日报记者 方屿 报道 1月17日，澜汀市卫生健康委召开新闻发布会，介绍2022年全市卫生健康工作情况。',
      '医疗服务提质增效 全市新增三甲医院2家，市域内就诊率达到92.1%。',
      '公共卫生防线筑牢 新冠病毒疫苗全程接种率达到90.7%，建成发热门诊41个。',
      '一老一小服务提速 新建医养结合机构8家，每千人口托位数达到3.1个。',
    ].join('\n');
    expect(extractText(news).tasks.map((t) => t.title)).toEqual(['医疗服务提质增效', '公共卫生防线筑牢', '一老一小服务提速']);
  });
});

describe('news that ends with its source and a list of other headlines (fictional 溪桥县)', () => {
  it('ends the last task at the source line', () => {
    const news = [
      '溪桥县卫健局:今年新增儿科床位100张',
      '溪桥新闻网讯(记者 邬晓)1月29日,记者从县卫健局了解到,2018年县卫健局将重点做好三方面工作:',
      '一是扩容妇幼医疗资源。全年新增儿科床位100张、产科床位60张。',
      '二是提升妇幼服务能力。每千名儿童儿科床位达到2.1张。',
      '三是加强出生缺陷综合防治。新生儿疾病筛查率保持在98%以上。',
      '来源:溪桥新闻网',
      '- ·我县2018年城区绿化方案出台 20处绿地今年"升级"',
      '- ·溪桥一中获评第三批省级文明校园',
    ].join('\n');
    const last = extractText(news).tasks.at(-1)!;
    expect(last.targets.map((t) => t.value)).toEqual([98]);
    expect(last.text).not.toContain('绿地');
  });
});

describe('news of a meeting, weighed by the part it gives most room (fictional 棠溪县)', () => {
  it('a meeting named with the new year that reports the year behind is a summary of that year', () => {
    const news = [
      '棠溪县召开2016年卫生工作会议',
      '棠溪站3月20日讯 (通讯员 覃禾) 3月20日上午，棠溪县2016年卫生工作会议召开。县卫生局局长作工作报告。',
      '2015年，棠溪县卫生工作亮点纷呈。',
      '新农合，运行管理规范有序。参合率98.2%，全年筹集基金2.1亿元，住院补偿率达到60.4%。',
      '疾病防控，各项指标全面完成。适龄儿童免疫规划疫苗接种率保持在95%以上，法定传染病发病率231.6/10万。',
      '妇幼保健，服务能力提升。住院分娩率达99.6%，完成农村妇女“两癌”检查1.8万人。',
      '局长指出，2016年，全县卫生系统要全面推进县级公立医院综合改革，力争新建标准化村卫生室25所。',
    ].join('\n');
    const d = extractText(news);
    expect([d.kind, d.year]).toEqual(['summary', 2015]);
  });

  it('a half year\'s push meeting that gives the half ahead most room is a plan', () => {
    const news = [
      '棠溪县召开2024年上半年卫生健康工作推进会',
      '7月11日，棠溪县召开2024年上半年卫生健康工作推进会，通报上半年重点工作进展，部署下半年任务。',
      '上半年，全县卫生健康各项工作实现“时间过半、任务过半”：家庭医生签约服务覆盖11.6万人，“两癌”筛查完成全年任务的56%，新建村卫生室4个。',
      '会议要求，下半年要紧盯年度目标，重点抓好四项工作：',
      '（一）加快补齐基层短板。9月底前完成剩余6家乡镇卫生院一体化改造，村卫生室乡村医生配备率达到100%。',
      '（二）全力冲刺民生实事。年底前完成适龄妇女宫颈癌筛查1.4万人、乳腺癌筛查1.1万人。',
      '（三）推进基层中医药示范县创建。全县乡镇卫生院中医馆全部达标，80%以上的村卫生室能够提供中医药服务。',
      '（四）提升急诊急救能力。新建乡镇急救站点3个，院前急救平均反应时间缩短到12分钟以内。',
    ].join('\n');
    expect(extractText(news).kind).toBe('plan');
  });

  it('news of a statistical bulletin is a summary of the country\'s year', () => {
    const news = [
      '又提高零点三岁 我国居民人均预期寿命达七十七点三岁',
      '2019-05-24 15:08   稿源:棠溪日报',
      '国家卫生健康委日前发布《2018年我国卫生健康事业发展统计公报》。全国居民人均预期寿命由2017年的77.0岁提高到2018年的77.3岁。',
      '统计显示，2018年，全国医疗卫生机构总诊疗人次达83.1亿人次，比上年增加1.5亿人次。基层门诊量占门诊总量的23.5%，比上年上升0.3个百分点。',
    ].join('\n');
    const d = extractText(news);
    expect([d.kind, d.year, d.region]).toEqual(['summary', 2018, '全国']);
  });

  it('makes no task of the lead that says which bulletin came out (`…日前发布《…》`)', () => {
    const news = [
      '又提高零点三岁 我国居民人均预期寿命达七十七点三岁',
      '2019-05-24 15:08   稿源:棠溪日报',
      '国家卫生健康委日前发布《2018年我国卫生健康事业发展统计公报》。全国居民人均预期寿命由2017年的77.0岁提高到2018年的77.3岁。',
      '统计显示，2018年，全国医疗卫生机构总诊疗人次达83.1亿人次，比上年增加1.5亿人次。',
      '2018年末，全国卫生人员总数达1230.1万人，比上年增加55.2万人。',
      '截至2018年底，二级及以上公立医院中，48.1%开展了预约诊疗。',
    ].join('\n');
    expect(extractText(news).tasks.map((t) => t.title).some((t) => t.includes('日前发布'))).toBe(false);
  });
});

describe('a press conference on the results of a plan period (fictional 汶溪省)', () => {
  it('is a summary of the year reported, not of the year of the conference', () => {
    const news = [
      '汶溪省“十二五”卫生计生主要指标全面完成',
      '2016-01-15 09:32 来源:汶溪省卫生计生委网站',
      '1月14日,汶溪省卫生计生委召开2016年首场例行新闻发布会。新闻发言人介绍,2015年是“十二五”收官之年,全省各项卫生计生规划任务圆满完成。',
      '一是深化医改。全省78个县级公立医院全部取消药品加成,药占比下降到33.6%。',
      '二是强化基层。新建标准化乡镇卫生院128所,培训全科医生2100名。',
    ].join('\n');
    const d = extractText(news);
    expect([d.kind, d.year]).toEqual(['summary', 2015]);
  });
});

describe('a press release of the year\'s projects, last year told in the lead-in (fictional 汶溪市)', () => {
  it('is a plan: the lead-in turns to the year ahead before its points', () => {
    const news = [
      '汶溪市卫生健康委:2026年将办好8件卫生健康为民实事',
      '汶溪市卫生健康委于2月10日召开新闻发布会，介绍2026年卫生健康为民服务实事有关安排。',
      '2025年，全市卫生健康系统组织实施的7件为民实事全部完成，全年新增家庭医生签约居民4.2万人，建成社区医院4家，新增托位1200个。为巩固拓展成效，市卫生健康委将在2026年办好以下8件实事：',
      '一是新增儿童友好医院3家；',
      '二是全市精神科床位数达到600张；',
      '三是为65岁及以上老年人免费开展健康体检不少于11万人次；',
    ].join('\n');
    const d = extractText(news);
    expect([d.kind, d.year]).toEqual(['plan', 2026]);
  });
});

describe('a meeting that hears last year\'s figures, then sets out the year\'s work point by point (fictional 沐溪县)', () => {
  it('is a plan of the year it sets out', () => {
    const news = [
      '沐溪县卫健系统召开2023年重点工作安排部署会议',
      '2月13日上午，沐溪县卫健委召开卫生健康系统2023年重点工作安排部署会议。',
      '会议通报，2022年全县医疗机构完成诊疗146.8万人次，同比增长3.1%；住院3.2万人次，同比增长2.4%。',
      '1676253961027.jpg',
      '会议对2023年重点工作逐项作出安排：',
      '一是推进紧密型县域医共体建设。基层就诊率提高到65%以上。',
      '二是做实基本公共卫生服务。65岁以上老年人健康管理率达到70%。',
      '三是加强人才队伍建设。全年招聘卫生专业技术人员50名。',
    ].join('\n');
    const d = extractText(news);
    expect([d.kind, d.year]).toEqual(['plan', 2023]);
  });
});

describe('a meeting\'s news told in the order people spoke (fictional 綦溪市)', () => {
  it('makes tasks of the work points one of them read out, not of who spoke', () => {
    const news = [
      '綦溪市召开2015年妇幼卫生工作会议',
      '2月27日，綦溪市2015年妇幼卫生工作会议在市妇幼保健院召开，60余人参加会议。',
      '首先，市妇幼保健院韩院长通报了2014年全市妇幼卫生工作情况：全市孕产妇死亡率降至11.2/10万。',
      '其次，市卫生局妇社科周科长对过去一年的工作给予肯定，并强调各单位要对照指标逐项落实。',
      '第三，市妇幼保健院陶蕾同志解读了2015年全市妇幼卫生工作要点：1、落实妇幼重大公共卫生服务项目。完成农村妇女宫颈癌检查1.1万人、乳腺癌检查3000人。2、加强孕产妇系统管理。孕产妇系统管理率达到92%以上，住院分娩率稳定在99%以上。3、推进新生儿疾病筛查。新生儿遗传代谢病筛查率不低于95%，听力筛查率达到90%。4、开展基层妇幼人员培训。全年培训乡村两级妇幼人员不少于500人次。',
      '最后，韩院长作会议总结，要求各单位确保全年目标任务圆满完成。',
    ].join('\n');
    expect(extractText(news).tasks.map((t) => t.title)).toEqual(['落实妇幼重大公共卫生服务项目', '加强孕产妇系统管理', '推进新生儿疾病筛查', '开展基层妇幼人员培训']);
  });
});

describe('a meeting that asks for the half ahead between two lists of points (fictional 枳川市)', () => {
  const page = [
    '枳川市召开2017年上半年卫生计生工作总结会',
    '7月14日，枳川市卫生计生委召开上半年工作总结会，总结上半年工作，部署下半年任务。',
    '会议指出，上半年全市卫生计生工作稳中有进。一是公立医院改革全面推开。全市县级以上公立医院全部取消药品加成，药占比降至35.2%。二是分级诊疗有序推进。各县区医联体建设全面铺开，基层诊疗量占比达到57.4%。三是卫生应急能力提升。院前急救网络不断完善，平均反应时间缩短至13分钟。',
    '会议要求，下半年要重点抓好三项工作。一是巩固改革成果。加强公立医院绩效考核和费用监测，年底前药占比降到34%以下。二是扩大签约服务。做实做细家庭医生签约服务，签约覆盖率达到30%。三是加强疾病预防控制。适龄儿童免疫规划疫苗接种率保持在90%以上。',
  ].join('\n');

  it('the points after the ask set targets, those before report results', () => {
    const d = extractText(page);
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => t.targets.map((g) => [g.value, g.kind]))).toEqual([
      [[35.2, 'achievement']],
      [[57.4, 'achievement']],
      [[13, 'achievement']],
      [[34, 'target']],
      [[30, 'target']],
      [[90, 'target']],
    ]);
  });
});

describe('what a meeting heard reported (fictional 沅川乡, 渌川市)', () => {
  it('the points a meeting heard reported, after its lead-in, weigh as last year\'s results', () => {
    const news = [
      '渌川市召开人口和计划生育工作会议',
      '发布时间:2015-02-13 来源:市卫计委',
      '2月11日上午,渌川市召开人口和计划生育工作会议,回顾2014年全市人口和计划生育工作,安排2015年目标任务。',
      '会上通报,2014年全市共出生6318人,出生政策符合率达到96.8%,出生人口性别比为108.9。',
      '会议通报了三方面工作:一是优生服务惠及更多家庭。免费孕前优生健康检查4260对,目标人群覆盖率达到92.3%。二是利益导向政策全面兑现。发放奖励扶助金1736万元,兑现率100%。三是流动人口服务管理更加规范。流动人口信息核查反馈率达到95.7%。',
      '2015年,全市将确保出生政策符合率稳定在95%以上,出生人口性别比控制在110以内。',
      '副市长要求,各镇(区)、各部门要把计生工作摆上重要位置。',
    ].join('\n');
    const d = extractText(news);
    expect([d.kind, d.year]).toEqual(['summary', 2014]);
  });

  it('in a plan, the progress a meeting heard is results; the work it sets, targets', () => {
    const news = [
      '沅川乡召开"两癌"筛查攻坚调度会',
      '来源:沅川乡 发布时间:2019-08-14 10:05',
      '会议通报了全乡2019年度"两癌"筛查进展:截至8月10日,全乡已完成宫颈癌筛查1140人,完成率47.5%。会议对下一阶段工作作了安排:',
      '一是广泛发动。9月底前目标人群政策知晓率达到90%以上(乡妇联牵头,乡卫生院配合)。',
      '二是优化服务。9月底前完成宫颈癌剩余筛查1260人。',
    ].join('\n');
    const d = extractText(news);
    expect([d.title, d.kind, d.region]).toEqual(['沅川乡召开"两癌"筛查攻坚调度会', 'plan', '沅川乡']);
    expect(d.overview.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
    expect(d.tasks.flatMap((t) => t.targets.map((g) => g.kind))).toEqual(['target', 'target']);
  });
});

describe('a wire story and a repost of numbered subheads (fictional 雅川市, 青槐县)', () => {
  it('a wire dateline (`中新网雅川11月26日电`) opens the news: its figures are the overview, not a task', () => {
    const news = [
      '雅川市新农合参合率达98.6%',
      '来源: 快讯网',
      '中新网雅川11月26日电 (记者 马晓)记者26日从雅川市卫生局获悉,2012年,该市新农合参合率达到98.6%,婴儿死亡率降至9.8‰。',
      '基本药物制度实现基层全覆盖。全市98所基层医疗卫生机构全部实施国家基本药物制度。',
      '基层服务能力明显提升。今年新建标准化村卫生室126所。',
      '公共卫生服务均等化加快推进。居民健康档案电子建档率达到76%。',
    ].join('\n');
    const d = extractText(news);
    expect(d.tasks.map((t) => t.title)).toEqual(['基本药物制度实现基层全覆盖', '基层服务能力明显提升', '公共卫生服务均等化加快推进']);
    expect(d.overview.map((g) => g.value)).toEqual([98.6, 9.8]);
  });

  it('numbered subheads each over one paragraph and its units: each subhead titles its task', () => {
    const post = [
      '县卫计局部署2019年卫生计生重点工作',
      '2月28日,青槐县2019年卫生计生工作会议召开,对2019年重点工作进行部署。',
      '01',
      '深化县级公立医院综合改革',
      '全面落实现代医院管理制度,县级公立医院药占比控制在30%以内。',
      '责任单位:县人民医院、县中医院',
      '02',
      '提升县域医疗服务能力',
      '县人民医院6月底前通过二级甲等综合医院复审,县域内就诊率达到88%。',
      '责任单位:县人民医院',
      '03',
      '做实家庭医生签约服务',
      '组建家庭医生团队46个,重点人群签约率不低于60%。',
      '责任单位:县卫计局基层股',
      '配合单位:各乡镇卫生院',
    ].join('\n');
    const d = extractText(post);
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.departments.support])).toEqual([
      ['深化县级公立医院综合改革', ['县人民医院', '县中医院'], []],
      ['提升县域医疗服务能力', ['县人民医院'], []],
      ['做实家庭医生签约服务', ['县卫计局基层股'], ['各乡镇卫生院']],
    ]);
    expect(d.sections).toEqual([]);
  });
});

describe('a congress that hears the year behind reviewed and the year ahead set (fictional 棣川县, 茗川区, 汶川市)', () => {
  const congress = [
    '棣川县卫生局召开三届二次职代会暨2014年全县卫生工作会议',
    '来源:棣川县卫生局 发布时间:2014年02月21日',
    '2月19日,棣川县卫生局三届二次职工代表大会暨2014年全县卫生工作会议召开。副县长出席会议并讲话。',
    '局长代表局党组作了工作报告,从三个方面回顾了2013年全县卫生工作。',
    '一是医改任务全面完成。全县新农合参合率达到99.1%,政策范围内住院报销比例达到76%。',
    '二是基本公共卫生服务扎实推进。城乡居民电子健康档案建档率达到78.5%。',
    '三是妇幼卫生指标持续向好。全年住院分娩率达到99.7%,婴儿死亡率降至6.2‰。',
    '报告明确了2014年全县卫生工作主要目标。新农合参合率稳定在98%以上;居民电子健康档案建档率达到80%以上。',
  ].join('\n');

  it('is a summary of the year reviewed; the year ahead the report set is no part of the last point', () => {
    const d = extractText(congress);
    expect([d.kind, d.year]).toEqual(['summary', 2013]);
    expect(d.tasks.map((t) => t.targets.map((g) => g.kind))).toEqual([['achievement', 'achievement'], ['achievement'], ['achievement', 'achievement']]);
    expect(d.overview.map((g) => [g.value, g.kind])).toEqual([
      [98, 'target'],
      [80, 'target'],
    ]);
  });

  it('a headline that names its city and then 全市 is of its city', () => {
    expect(extractText('汶川市召开全市卫生健康工作视频会议\n4月14日上午,汶川市卫生健康工作视频会议召开。\n会议要求,全年新建社区医院3家。').region).toBe('汶川市');
  });

  it('in a half year\'s summary, `会议要求：` over `一要…` asks for the half ahead: targets', () => {
    const text = [
      '茗川区卫生健康系统召开2022年上半年工作总结会',
      '7月12日下午,茗川区卫生健康系统召开2022年上半年工作总结会。上半年全区门急诊总诊疗量达到486.3万人次。',
      '会议要求：一要牢牢抓好疫情常态化防控工作,落细落实各项防控措施,下半年再建成常态化核酸采样点30个。二要加快医疗资源规划布局,年底前新建社区卫生服务站4个。三要完善人才引进政策,下半年完成招聘医务人员120名,加强专业技术人才队伍建设,稳定基层卫生人才。',
    ].join('\n');
    const d = extractText(text);
    expect(d.kind).toBe('summary');
    expect(d.tasks.flatMap((t) => t.targets.map((g) => g.kind))).toEqual(['target', 'target', 'target']);
  });
});

describe('the transcript of a press conference on the year behind (fictional 瀍川市)', () => {
  it('an answer that turns to this year\'s work (`今年我们重点做好三件事：`) sets targets', () => {
    const text = [
      '瀍川市2023年卫生健康事业发展情况新闻发布会实录',
      '市卫生健康委员会主任:',
      '下面,我就2023年全市卫生健康事业发展情况作简要介绍。',
      '一是医疗服务能力持续提升。全年新增三级甲等医院1家,市域内就诊率达到92.4%。',
      '二是公共卫生体系不断完善。居民健康素养水平达到29.8%。',
      '三是基层服务网底更加牢固。建成社区医院6家。',
      '瀍川日报记者:',
      '请问今年在“一老一小”方面有哪些具体安排?',
      '市卫生健康委员会副主任:',
      '谢谢您的提问。今年我们重点做好三件事:',
      '一是扩容托育服务。年内新增普惠托位1200个。',
      '二是推进医养结合。新建医养结合机构5家。',
      '三是提升急救能力。急救平均反应时间缩短至12分钟以内。',
    ].join('\n');
    const d = extractText(text);
    expect([d.kind, d.year]).toEqual(['summary', 2023]);
    expect(d.tasks.map((t) => t.targets.map((g) => g.kind).join())).toEqual(['achievement,achievement', 'achievement', 'achievement', 'target', 'target', 'target']);
  });
});

describe('a paper\'s report under subheads without numerals (fictional 蓠川市)', () => {
  const page = [
    '蓠川卫生系统晒出半年“成绩单”',
    '上半年全市新农合参合率达99.2%',
    '图说:全市卫生系统上半年工作总结会现场。 芮一鸣 摄',
    '讯(首席记者 芮一鸣)昨天,蓠川市卫生局召开全市卫生系统上半年工作总结会。记者从会上获悉,上半年全市新农合参合率达99.2%。',
    '医改稳步推进',
    '上半年,全市7家县级公立医院全部启动综合改革试点,门诊次均费用下降8.5%。',
    '公卫服务扩面',
    '全市累计建立居民电子健康档案312万份,建档率达到71.4%。',
    '应急处置有力',
    '上半年,全市妥善处置突发公共卫生事件3起。',
    '下半年冲刺',
    '会议要求,下半年要紧盯年度目标不放松。年底前,居民健康档案建档率达到75%。',
    '据悉,今年以来全市还新建社区卫生服务站14个。',
  ].join('\n');

  it('each subhead titles its paragraph; the kicker, the caption and the lead are none', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => t.title)).toEqual(['医改稳步推进', '公卫服务扩面', '应急处置有力', '下半年冲刺']);
    expect(d.sections).toEqual([]);
  });
});

describe('leads that end on a full stop or open with a date (fictional 鸥川区, 珞川州)', () => {
  it('`…重点抓好以下工作。` leads in to the paragraphs after it, no task', () => {
    const text = ['鸥川部署2026年卫生健康系统工作', '3月10日,鸥川区召开2026年卫生健康工作会议,区卫生健康委主要负责同志作工作报告。', '2025年,全区甲级基层医疗机构增至11家,建成健康小区84个,家庭医生重点人群签约率达到81.3%。', '2026年,鸥川将锚定“健康城区示范区”定位,扎实推进“五强五优”行动,重点抓好以下工作。', '在强基层上,持续推进社区医院建设。年内新建社区医院2家。', '在优服务上,深化“鸥川家医”品牌建设。重点人群签约率达到85%。', '在防风险上,筑牢公共卫生防线。适龄儿童免疫规划疫苗接种率保持在95%以上。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.title)).toEqual(['在强基层上,持续推进社区医院建设', '在优服务上,深化“鸥川家医”品牌建设', '在防风险上,筑牢公共卫生防线']);
  });

});

describe("a township report's news: a lead of one sentence, subheads over points set as bullets, a closing demand (fictional 漪川镇)", () => {
  const page = [
    '漪川镇2021年政府工作报告明确卫生健康任务',
    '',
    '2021-01-14 09:30  来源:漪川新闻网',
    '',
    '1月13日,漪川镇人民代表大会开幕。镇长作政府工作报告。',
    '报告回顾,2020年全镇新建村卫生室6个。2021年全镇卫生健康主要任务如下:',
    '做强镇卫生院',
    '●完成卫生院病房楼改造,新增床位30张。',
    '●引进全科医生3名。',
    '织牢公共卫生网',
    '●老年人健康管理率达到71%。',
    '●孕产妇系统管理率达到93%。',
    '报告强调,要把各项任务落实到人。',
    '(漪川新闻网记者 沈乔)',
  ].join('\n');

  it('reads the headline over a short lead, each subhead a section and each bullet its task, the closing demand none', () => {
    const d = extractText(page);
    expect(d.title).toBe('漪川镇2021年政府工作报告明确卫生健康任务');
    expect(d.sections.map((s) => s.title)).toEqual(['做强镇卫生院', '织牢公共卫生网']);
    expect(d.tasks.map((t) => [t.section, t.title])).toEqual([
      [1, '完成卫生院病房楼改造,新增床位30张'],
      [1, '引进全科医生3名'],
      [2, '老年人健康管理率达到71%'],
      [2, '孕产妇系统管理率达到93%'],
    ]);
    expect(d.overview.map((t) => [t.value, t.kind])).toEqual([[6, 'achievement']]);
  });
});

describe("a reporter's lead that opens with when (fictional 苇汀市)", () => {
  it.each([
    ['simplified', '日前,记者从苇汀市爱卫办获悉,2021年全市居民健康素养水平达到28.1%,较上年提高2.6个百分点。', '卫生城镇创建成果持续巩固。全市新创建省级卫生村40个。', '病媒生物防制扎实开展。城区鼠密度控制在1%以下。'],
    ['traditional', '日前,記者從葦汀市愛衛辦獲悉,2021年全市居民健康素養水平達到28.1%,較上年提高2.6個百分點。', '衛生城鎮創建成果持續鞏固。全市新創建省級衛生村40個。', '病媒生物防制紮實開展。城區鼠密度控制在1%以下。'],
  ])('reads the lead (%s) as no point of the news', (_script, lead, first, second) => {
    const d = extractText(['苇汀市2021年爱国卫生工作成效显著', lead, first, second].join('\n'));
    expect(d.tasks.map((t) => t.title)).toEqual([first.split('。')[0], second.split('。')[0]]);
  });
});

describe('news of a meeting that heard the figures so far, then set what remains (fictional 苇依县)', () => {
  const text = [
    '苇依县召开全民健康体检工作推进会',
    '发布时间:2017-09-12 10:26:05   来源:县卫生计生委',
    '9月11日下午,苇依县召开全县全民健康体检工作推进会,各乡镇卫生院负责人参加会议。',
    '会议通报,截至8月底,全县已完成体检3.6万人,体检率为58.2%。',
    '会议明确了下一阶段三项重点任务:',
    '一是加快体检进度。确保10月31日前全县体检率达到95%以上。',
    '二是做好“两癌”筛查。年内完成农村妇女宫颈癌筛查5000人。',
    '三是加强干预管理。高血压患者规范管理率达到70%以上。',
    '推荐文章',
    '我县第二批98名乡村医生完成岗位培训',
  ].join('\n');

  it('reads what the meeting heard as done, the points as the plan, and the recommended articles as none of it', () => {
    const d = extractText(text);
    expect(d.kind).toBe('plan');
    const figures = [...d.tasks.flatMap((t) => t.targets), ...(d.overview ?? [])].map((x) => `${x.kind} ${x.value}`);
    expect(figures.sort()).toEqual(['achievement 36000', 'achievement 58.2', 'target 5000', 'target 70', 'target 95']);
  });
});

describe('news of a work meeting that reviewed the year before, with photo captions between its paragraphs (fictional 苇海省)', () => {
  const text = [
    '2024年全省卫生健康工作会议在苇浦召开',
    '2024-01-23 15:11:31  来源:苇海省卫生健康委员会网站',
    '1月22日,2024年苇海省卫生健康工作会议在苇浦召开。副省长出席会议并讲话。',
    '会议现场',
    '省卫生健康委主任在工作报告中回顾了2023年全省卫生健康工作。',
    '深化医改纵深推进。全省组建紧密型县域医共体58个,县域覆盖率达到100%。',
    '各地分会场',
    '医疗服务能力稳步提升。新增国家临床重点专科7个。',
    '公共卫生防线持续筑牢。适龄儿童免疫规划疫苗接种率保持在95%以上。',
  ].join('\n');

  it('reads the year it reviewed, and no caption as a heading', () => {
    const d = extractText(text);
    expect({ kind: d.kind, year: d.year }).toEqual({ kind: 'summary', year: 2023 });
    expect(d.sections).toEqual([]);
    expect(d.tasks.map((t) => t.title)).toEqual(['深化医改纵深推进', '医疗服务能力稳步提升', '公共卫生防线持续筑牢']);
  });
});

describe('a mobile news page of a plan: headline echoed under the lead, a related link at the foot (fictional 栎泉县)', () => {
  const page = [
    '您的位置: 栎泉健康网首页 > 资讯 > 正文',
    '',
    '栎泉县今年将建成6家社区健康小屋 家庭医生签约率力争达到45%',
    '',
    '发布时间: 2025-02-20 09:12',
    '',
    '日前，栎泉县卫生健康局出台《栎泉县2025年卫生健康工作要点》，从四个方面部署全年重点任务。',
    '',
    '栎泉县今年将建成6家社区健康小屋 家庭医生签约率力争达到45%',
    '',
    '记者了解到，今年的重点任务主要有：',
    '',
    '建小屋，方便群众就近服务。年内建成6家社区健康小屋，完成4家村卫生室标准化改造。',
    '',
    '强签约，做实家庭医生服务。家庭医生签约率力争达到45%，重点人群签约率不低于75%。',
    '',
    '责任编辑: 沈一川',
    '',
    '相关阅读：栎泉县2024年新增托位180个',
  ].join('\n');

  it('reads the two points as the tasks, not the lead, the echo or the link', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => t.title)).toEqual(['建小屋，方便群众就近服务', '强签约，做实家庭医生服务']);
    expect(d.tasks.flatMap((t) => t.targets.map((g) => g.value))).toEqual([6, 4, 45, 75]);
    expect(d.title).toBe('栎泉县今年将建成6家社区健康小屋 家庭医生签约率力争达到45%');
  });
});

describe("a hospital's mid-year meeting: the director set out the half ahead above its points (fictional 栎泉市)", () => {
  const page = [
    '我院召开2024年上半年工作总结暨下半年工作部署会',
    '7月10日，栎泉市中医医院召开上半年工作总结暨下半年工作部署会，各科室负责人参加会议。',
    '会上，院长通报了上半年工作情况：上半年门急诊服务28.4万人次，同比增长6.2%。',
    '院长对下半年工作作了安排，明确三项重点工作：',
    '一是提升医疗质量。全年三四级手术占比达到50%以上。（医务科牵头）',
    '二是改善护理服务。护理满意度达到95%以上。（护理部负责）',
    '三是推进智慧医院。门诊预约诊疗率达到70%。（信息科负责）',
  ].join('\n');

  it("reads the points as the half ahead's targets, the half behind as results", () => {
    const d = extractText(page);
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => t.targets.map((g) => [g.value, g.kind]))).toEqual([[[50, 'target']], [[95, 'target']], [[70, 'target']]]);
    expect(d.overview.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
  });
});

describe('a repost of a report put out, its original headline on a line of its own (fictional 栎泉省)', () => {
  it('reads the lead that says what the report showed as no task', () => {
    const page = [
      '栎泉省2024年卫生健康工作总结发布 全省人均预期寿命达79.2岁',
      '',
      '原标题:全省人均预期寿命达79.2岁',
      '',
      '栎泉省卫生健康委近日发布的2024年全省卫生健康工作总结显示,全省居民人均预期寿命提高到79.2岁,婴儿死亡率下降到3.9‰。',
      '',
      '医改持续深化。全省组建县域医共体52个,县域内就诊率达到91.2%。',
      '',
      '基层能力提升。全年新建标准化村卫生室860个。',
    ].join('\n');
    expect(extractText(page).tasks.map((t) => t.title)).toEqual(['医改持续深化', '基层能力提升']);
  });
});

describe("a portal's empty box of related links above the news (fictional 栎泉区)", () => {
  it('reads the news under it, and still ends the article at such a box under the text', () => {
    const news = ['栎泉区卫健局召开2025年卫生健康工作推进会', '发布日期: 2025-02-10', '相关阅读:', '', '2月8日,栎泉区卫健局召开2025年卫生健康工作推进会。', '会议明确,全区将重点抓好两方面工作:一是做强医疗服务,新增省级重点专科1个。二是做实基层网底,新增甲级村卫生室8家。'].join('\n');
    const d = extractText(news);
    expect(d.tasks.flatMap((t) => t.targets.map((g) => g.value))).toEqual([1, 8]);
    expect(extractText(`${news}\n相关阅读:\n栎泉区2024年新增托位300个`).tasks.flatMap((t) => t.targets.map((g) => g.value))).toEqual([1, 8]);
  });
});

describe("a district's livelihood projects listed one a line (fictional 栎泉区)", () => {
  it('reads each project as a task, and not what the reporter adds of them all', () => {
    const page = ['栎泉区2025年将办好8件卫生健康民生实事', '日前，栎泉区政府确定了2025年卫生健康民生实事项目。', '新建社区卫生服务站4个。', '为2.5万名65周岁以上老年人提供免费健康体检。', '新增普惠性托育托位400个。', '据了解，上述民生实事将纳入区政府年度目标考核，每季度向社会公布进展情况。'].join('\n');
    expect(extractText(page).tasks.map((t) => t.title)).toEqual(['新建社区卫生服务站4个', '为2.5万名65周岁以上老年人提供免费健康体检', '新增普惠性托育托位400个']);
  });
});
