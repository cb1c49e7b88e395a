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
