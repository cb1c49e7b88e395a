import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

const figures = (text: string) => {
  const d = extractText(text);
  return [...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => `${x.kind}|${x.value}`);
};

describe('a news item that reports a year of results, by its structure', () => {
  it("takes points told as their subject and how it went (`…稳步提升。`) for results", () => {
    const text = [
      '石岭县政协专题协商卫生健康工作',
      '12月15日，石岭县政协召开专题协商会。会上，县卫健局负责同志介绍了全县卫生健康工作总体情况。',
      '一是疾病防控取得明显成效。全县累计开展重点人群筛查4.2万人次，全年实现本地病例零发生。',
      '二是医疗服务能力稳步提升。县人民医院新增儿科床位30张，县域内就诊率为88.1%。',
      '三是基层卫生服务扎实推进。居民电子健康档案建档率为91.2%。',
      '委员们提出了意见建议。县卫健局表示，明年将力争县域内就诊率达到90%。',
    ].join('\n');
    const d = extractText(text);
    expect(d.kind).toBe('summary');
    expect(figures(text)).toContain('achievement|42000');
    expect(figures(text)).toContain('achievement|30');
  });

  it.each([
    ['持续加强', '公共卫生服务持续加强。'],
    ['不断完善', '分级诊疗制度不断完善。'],
    ['明显提高', '基层服务能力明显提高。'],
  ])('takes a point told as its subject and `%s` for a result', (_, point) => {
    const text = [
      '石岭县卫健局年度考核位列全市第二',
      '日前，石岭县卫健局在全市年度考核中位列第二。',
      `${point}全县居民健康档案建档率为91.2%，免疫规划疫苗接种率为97.1%。`,
      '妇幼健康水平稳步提升。孕产妇住院分娩率为99.6%。',
      '医改工作扎实推进。参合率为99.2%。',
      '新的一年，全县力争新建村卫生室8个。',
    ].join('\n');
    expect(extractText(text).kind).toBe('summary');
  });

  it('reads a report\'s situation told item by item (`一、基本情况` over `1、…`, `2、…`) as its tasks, a plan\'s background as none', () => {
    const report = '石岭县卫生局2012年工作总结\n一、基本情况\n1、新农合制度运行平稳\n全年新农合基金支出8960万元。\n2、基本药物制度全面落实\n基层门诊次均费用下降8.4%。\n二、2013年工作计划\n1、巩固新农合。人均筹资提高到350元。';
    expect(extractText(report).tasks.map((t) => t.title)).toEqual(['新农合制度运行平稳', '基本药物制度全面落实', '巩固新农合']);
    const plan = '石岭县卫生局2013年工作计划\n一、基本情况\n1、全县有乡镇卫生院11所。\n2、村卫生室203个。\n二、重点工作\n1、巩固新农合。人均筹资提高到350元。';
    expect(extractText(plan).tasks.map((t) => t.title)).toEqual(['巩固新农合']);
  });

  it('keeps a plan whose points open with what is to be done (`推动…持续提升`) a plan', () => {
    const text = [
      '石岭县召开卫生健康工作推进会',
      '12月15日，石岭县召开卫生健康工作推进会，部署明年重点工作。',
      '一是推动医疗服务能力持续提升。县人民医院力争新增儿科床位30张。',
      '二是着力推进基层卫生服务扎实推进。居民电子健康档案建档率确保达到92%。',
      '三是加强疾病防控。重点人群筛查不少于4万人次。',
    ].join('\n');
    expect(extractText(text).kind).toBe('plan');
  });

  it('does not count a change to a year\'s level (`下降到2018年的`) as an aim', () => {
    const text = [
      '溪桥县卫健委：2018年全县婴儿死亡率降至4.8‰',
      '2019-04-12 09:10　来源：溪桥健康网',
      '溪桥县卫生健康委发布2018年全县卫生健康事业发展统计公报。全县人均预期寿命达到78.1岁，比上年提高0.2岁。全县婴儿死亡率由2017年的5.3‰下降到2018年的4.8‰，孕产妇死亡率由12.1/10万下降到2018年的10.6/10万。门诊总量比上年增加36万人次，住院总量比上年增加1.2万人，累计建成标准化村卫生室214个。',
    ].join('\n');
    expect(extractText(text).kind).toBe('summary');
  });

  it("reads a headline of a year already past when the page was dated as that year's report", () => {
    const text = [
      '人口网 > 地方 > 南屿 > 正文',
      '2017年南屿出生人口数量',
      '发布日期:2018-02-06    类别:南屿',
      '从市政协会议上了解到，2017年南屿市卫生计生事业发展良好。全年共办理二孩生育登记4310例，全市出生人口21560人，政策生育率96.8%。',
      '据了解，2017年全市为1.9万名农村妇女实施“两癌”筛查，目标人群覆盖率达95%。',
      '2018年，南屿市将力争孕产妇死亡率控制在11/10万以内，新增产科床位120张。',
    ].join('\n');
    const d = extractText(text);
    expect([d.title, d.kind, d.year]).toEqual(['2017年南屿出生人口数量', 'summary', 2017]);
    expect(figures(text)).toContain('achievement|4310');
    expect(figures(text)).toContain('target|120');
  });
});

describe("a summary's lead-in that deploys a later year's work", () => {
  it('makes the points under it targets (`…对2026年…工作进行了部署：`)', () => {
    const text = [
      '溪岚市召开2025年度妇幼健康工作总结会',
      '2026年1月20日，市卫健委召开全市妇幼健康工作总结会议。会上对2025年工作进行了总结：',
      '一是母婴安全指标稳中向好。全市住院分娩率达到99.8%，孕产妇系统管理率为94.1%。',
      '二是重大项目全面完成。全年为2.1万名农村妇女进行宫颈癌检查。',
      '三是出生缺陷防治关口前移。新生儿疾病筛查率达到97.6%。',
      '分管副主任在讲话中对2026年妇幼健康工作进行了部署：',
      '一要确保孕产妇死亡率控制在12/10万以内；',
      '二要扩大“两癌”检查覆盖面，宫颈癌检查完成2.5万人；',
      '三要年底前新生儿听力筛查率达到92%以上。',
    ].join('\n');
    expect(figures(text)).toEqual(['achievement|99.8', 'achievement|94.1', 'achievement|21000', 'achievement|97.6', 'target|12', 'target|25000', 'target|92']);
  });
});

describe('a later page of a document glued into one line', () => {
  it("opens its part at the first heading after a stop, and reads a counted list's points that lost their `、`", () => {
    const text = [
      '石岭区卫生局2025年工作总结和2026年工作思路(3)',
      '来源：公文范文网  时间：2026-01-06',
      '建设进一步加快，全区新建和改造社区卫生服务站5个，社区卫生服务站总数达到38个。落实家庭医生签约服务，全年累计签约服务家庭2.1万户。二、2026年工作基本思路2026年是“十五五”规划的开局之年，区卫生局重点将做好以下四项工作：一加强公共卫生体系建设，年内组建区级卫生应急小分队3支，开展综合应急演练不少于2次。二强化重大传染病防治，适龄儿童免疫规划疫苗接种率达到95%以上。三推进社区卫生综合改革，力争常住人口签约率达到35%。四加强妇幼卫生服务，3岁以下儿童系统管理率达到92%。',
      '上一页 1 2 3 下一页',
    ].join('\n');
    const d = extractText(text);
    expect(d.sections.map((s) => s.number)).toEqual(['二']);
    expect(d.tasks.map((t) => `${t.number}|${t.title.slice(0, 6)}`)).toEqual(['一|加强公共卫生', '二|强化重大传染', '三|推进社区卫生', '四|加强妇幼卫生']);
    expect(d.tasks.flatMap((t) => t.targets).map((x) => `${x.kind}|${x.value}`)).toEqual(['target|3', 'target|2', 'target|95', 'target|35', 'target|92']);
    expect(d.overview.map((x) => `${x.kind}|${x.value}`)).toEqual(['achievement|5', 'achievement|38', 'achievement|21000']);
  });

  it('leaves words that open with a numeral (`一批`, `二级`) in the text', () => {
    const text = ['石岭区2026年卫生健康工作要点', '一、重点任务', '要做好以下三项工作：', '一批基层医疗机构完成改造，新建村卫生室5个。', '二级以上医院全部开展远程会诊。', '三甲医院对口帮扶覆盖全部乡镇。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.number)).not.toContain('一');
  });
});

describe('a headline with a figure', () => {
  it('names the document: its figure is told again in the text, and is not reported twice', () => {
    const text = ['首页 > 行业资讯 > 医院动态', '南屿县人民医院2025年工作总结出炉 门急诊量突破28万人次', '全程导医网 南屿行业信息:2025年，南屿县人民医院紧紧围绕年初目标责任书，各项工作取得显著成效。全年完成门急诊28.4万人次，同比增长6.1%。', '一是医疗质量持续改进。全院开展临床路径病种38个。', '二是学科建设取得突破。新增省级临床重点专科2个。', '三是服务能力提升。全年手术8000台次。'].join('\n');
    const values = figures(text).map((f) => f.split('|')[1]);
    expect(values).toContain('284000');
    expect(values).not.toContain('280000');
  });
});

describe("a summary's news that turns to the coming period as what a meeting set out", () => {
  it('reads `会议明确了下半年目标：…` as targets', () => {
    const text = ['溪桥市疾控中心召开2026年上半年工作总结会', '7月20日，市疾控中心召开上半年工作总结会，各科室负责人参加会议。', '免疫规划科通报，上半年全市接种一类疫苗18.2万剂次，适龄儿童免疫规划疫苗接种率达到97.1%。', '会议明确了下半年目标：一是年底前免疫规划疫苗接种率保持在95%以上，二是完成饮用水监测样品不少于400份。'].join('\n');
    expect(figures(text)).toEqual(['achievement|182000', 'achievement|97.1', 'target|95', 'target|400']);
  });
});

describe('a report whose copy masked its years (202x), its second part headed by the work it plans (工作谋划, 工作部署)', () => {
  it.each(['工作谋划', '工作部署'])('reads the part headed `二、202x年%s` as targets', (word) => {
    const d = extractText(['石岭县卫生健康局2021年工作总结和2022年工作谋划', '202x年以来，县卫生健康局扎实推进各项工作。', '一、202x年工作开展情况', '（一）疫情防控有力。全县完成核酸检测12万份。', `二、202x年${word}`, '（一）巩固疫情防控成果。新增核酸检测能力5000管/日。'].join('\n'));
    expect(d.tasks.map((t) => t.targets.map((x) => x.kind))).toEqual([['achievement'], ['target']]);
  });
});

describe('a report whose last numbered item heads the next year\'s plan (`6、2016年工作安排`)', () => {
  it('reads that item\'s figures as targets, the others as results', () => {
    const d = extractText(['石岭市卫生监督所2015年工作总结', '1、公共场所监督。全年监督检查公共场所1260户次，量化分级管理率达到92%。', '2、医疗机构监督。检查医疗机构486家次。', '3、2016年工作安排。公共场所量化分级管理率达到95%，新建卫生计生监督协管站12个。'].join('\n'));
    expect(d.tasks.map((t) => [...new Set(t.targets.map((x) => x.kind))])).toEqual([['achievement'], ['achievement'], ['target']]);
  });
});

describe('a director\'s debriefing on a repost site, signed and disclaimed (fictional 溪桥区)', () => {
  const report = [
    '溪桥区卫生健康局局长2023年度述职报告',
    '各位领导、同志们:',
    '2023年，在区委、区政府的坚强领导下，较好完成了年度目标任务。现将一年来履职情况报告如下，请予评议。',
    '一、聚焦主责主业',
    '一是医疗服务提质扩容。新增三级医院1家，区域内就诊率提高到86.1%。',
    '二、2024年工作打算',
    '一是深化分级诊疗。基层就诊率提高到64%以上。二是壮大全科医生队伍。新招录全科医生18名。',
    '述职人:溪桥区卫生健康局党组书记、局长 柯明远',
    '2024年1月10日',
    '',
    '声明:本页文字来自网友分享,观点属于原作者,与本站无关。本站只提供存放空间,不对内容负责。',
  ].join('\n');

  it('ends the last task before who signed it and the date, and drops the site\'s disclaimer', () => {
    const last = extractText(report).tasks.at(-1)!;
    expect(last.text).not.toMatch(/述职人|声明|2024年1月10日/);
    expect(last.deadlines).toEqual([]);
  });
});

describe('a speech at the year\'s meeting on a template site, names masked (fictional 溪桥县)', () => {
  const speech = [
    '副县长在2019年全县卫生健康工作会议上的讲话',
    '同志们:',
    '刚才,**同志代表县卫健委总结了xx年全县卫生健康工作,安排部署了今年的主要任务,我完全同意。下面,我再讲两点意见。',
    '一、充分肯定去年取得的成绩',
    'xx年是**县卫生健康事业发展较快的一年。县人民医院新住院楼投入使用,新增床位180张;家庭医生签约服务覆盖率达到33.5%。',
    '二、突出重点,全力抓好今年各项任务',
    '(一)深化县级公立医院综合改革。9月底前县域内就诊率达到90%以上。(县卫健委牵头,县财政局配合)',
    '(二)提升基层服务能力。年内新建标准化村卫生室18个。(县卫健委负责)',
  ].join('\n');

  it('reads last year\'s results as achievements and this year\'s tasks as targets', () => {
    const d = extractText(speech);
    expect(d.tasks.map((t) => [...new Set(t.targets.map((x) => x.kind))])).toEqual([['achievement'], ['target'], ['target']]);
  });

  it('names no region from a masked name before 代表县…', () => {
    expect(extractText(speech).region).toBeNull();
  });
});
