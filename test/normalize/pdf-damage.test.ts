import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

// Damage that PDF, fax and Word exports leave in text, in a fictional county's (溪桥县) words.

describe('Kangxi radicals a PDF font map gives for ideographs', () => {
  it('reads them as the ideographs, in titles, tasks and units alike', () => {
    const text = ['2014年全省卫⽣⼯作要点', '⼀、深化医药卫⽣体制改⾰', '（⼀）巩固新农合制度。⼈均筹资标准提⾼到390元。（牵头处室：农卫处；配合处室：⼈事处）'].join('\n');
    const d = extractText(text);
    expect(d.title).toBe('2014年全省卫生工作要点');
    expect(d.sections.map((s) => s.title)).toEqual(['深化医药卫生体制改革']);
    expect(d.tasks.map((t) => `${t.title}|${t.departments.lead.join('')}|${t.departments.support.join('')}|${t.targets.map((x) => x.value).join(',')}`)).toEqual(['巩固新农合制度|农卫处|人事处|390']);
  });
});

describe('a faxed plan', () => {
  const page = (n: number) => `2026-02-13 09:41  FROM:溪桥县疾控中心 0000-8512266  TO:县卫生健康局  P.${n}/2`;
  it("drops each page's fax header, joins a title set in spaced characters, and splits points that open a line", () => {
    const text = [page(1), '溪桥县疾病预防控制中心', '２０２６年　工　作　计　划', '２０２６年，中心将围绕工作主线，制定如下计划：', '一、强化传染病监测预警', '一是完善哨点监测网络。新增监测哨点５个。二是加强实验室检测。新增检测项目１２项。', page(2), '二、巩固免疫屏障', '一是提高接种率。接种率保持在９5％以上。二是规范疫苗管理。追溯率达到１００％。'].join('\n');
    const d = extractText(text);
    expect(d.title).toBe('溪桥县疾病预防控制中心2026年工作计划');
    expect(d.tasks.map((t) => `${t.section}|${t.title}|${t.targets.map((x) => x.value).join(',')}`)).toEqual(['1|完善哨点监测网络|5', '1|加强实验室检测|12', '2|提高接种率|95', '2|规范疫苗管理|100']);
  });
});

describe('a Word list exported as text, its levels told apart by indents', () => {
  const doc = ['溪桥镇卫生院2015年工作总结', '总字数:约2.1千字', '2015年，我院全体职工扎实推进各项工作。', '1.  基本医疗服务能力稳步提高', '    1.  加强医疗质量管理。甲级病历率达到92%。', '    2.  改善就医环境。新增病床10张。', '2.  公共卫生服务全面落实', '    1.  居民健康档案。建档率达到88.7%。', '    2.  慢性病管理。管理率为71.3%。'];

  it('reads the indented items as tasks under the items they are indented from, and a site’s word count as no figure', () => {
    const d = extractText(doc.join('\n'));
    expect(d.sections.map((s) => `${s.number}|${s.title}`)).toEqual(['1|基本医疗服务能力稳步提高', '2|公共卫生服务全面落实']);
    expect(d.tasks.map((t) => `${t.number}|${t.section}|${t.title}`)).toEqual(['1|1|加强医疗质量管理', '2|1|改善就医环境', '1|2|居民健康档案', '2|2|慢性病管理']);
    expect(d.overview).toEqual([]);
  });

  it('leaves a stray indent that counts on where it is', () => {
    const text = ['溪桥县2023年工作要点', '1.推进医共体建设。组建医共体2个。', '2.做实签约服务。签约率达到75%。', '    3.加强人才培养。引进人才20名。', '    4.推进信息化。开放率达到70%。', '5.强化综合监管。抽查完成率100%。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('a task table from a PDF whose narrow columns wrapped every cell over lines', () => {
  const text = [
    '溪桥县2025年卫生健康重点工作任务分解表',
    '序号', '重点', '任务', '工作内容', '牵头单位', '配合单位', '完成时限',
    '1', '基层', '服务', '建设紧密型医共体。组建', '县域医共体2个，县域内就诊', '率达到90%以上。', '县卫生健康局', '县医保局、', '县财政局', '2025年6月', '底前',
    '2', '推进家庭医生签约。重点人群', '签约率达到75%以上。', '县卫生健康局', '县人社局、县', '财政局', '2025年12', '月底前',
    '3', '公共', '卫生', '加强慢病管理。高血压患者规', '范管理率达到65%。', '县疾控中心', '县人民医院', '、各乡镇卫生院', '2025年9月', '底前',
  ].join('\n');

  it('joins a heading cell, a text cell, lists of names and a date each wrapped over lines, and makes a merged cell the heading of the rows it spans', () => {
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.number}|${t.title}|${t.departments.lead.join('、')}|${t.departments.support.join('、')}|${t.deadlines.join('')}`)).toEqual([
      '1|建设紧密型医共体|县卫生健康局|县医保局、县财政局|2025年6月底前',
      '2|推进家庭医生签约|县卫生健康局|县人社局、县财政局|2025年12月底前',
      '3|加强慢病管理|县疾控中心|县人民医院、各乡镇卫生院|2025年9月底前',
    ]);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => `${t.number}:${x.metric} ${x.value}${x.unit}`))).toEqual([
      '1:县域医共体 2个',
      '1:县域内就诊率 90%',
      '2:重点人群签约率 75%',
      '3:高血压患者规范管理率 65%',
    ]);
  });
});

describe('a PDF that spaces its letters', () => {
  it('reads a numeral spaced inside its brackets as the item’s number', () => {
    const text = ['溪桥县2024年卫生健康工作要点', '一、筑 牢 公 共 卫 生 防 线', '　　( 一 ) 加强疾病监测。哨点医院达到12家。', '　　（ 二 ） 做好免疫接种。接种率保持在95%以上。', '二、提 升 医 疗 服 务', '　　( 1 ) 建设胸痛中心。年底前建成胸痛中心1个。'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.section}|${t.number}|${t.title}|${t.targets.map((x) => x.value).join(',')}`)).toEqual(['1|一|加强疾病监测|12', '1|二|做好免疫接种|95', '2|1|建设胸痛中心|1']);
  });
});

describe("a newspaper's narrow column, wrapped every 16 characters", () => {
  it('joins the lines a wrap cut, figures cut in two included', () => {
    const text = [
      '溪桥日报数字报', '2024年03月02日 星期六 第A3版：要闻 上一版 下一版', '2024年全市卫生健康工作要点',
      '2024年是全面落实“十四五”规划的关键',
      '之年，全市卫生健康工作要以深化医改为',
      '主线，着力补短板、强基层、建机制。',
      '一、深化医药卫生体制改革',
      '（一）推进分级诊疗。组建医疗联合体',
      '8个，基层医疗卫生机构诊疗量占比达到6',
      '0%以上。',
      '（二）做实基本公共卫生服务。人均基本',
      '公共卫生服务经费补助标准提高到95元',
      '，居民规范化电子健康档案建档率达到7',
      '5%以上，孕前优生健康检查目标人群覆',
      '盖率达到80%以上。',
    ].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.title}|${t.targets.map((x) => x.value).join(',')}`)).toEqual(['推进分级诊疗|8,60', '做实基本公共卫生服务|95,75,80']);
  });
});

describe('a PDF whose pages are numbered `·1·` under a running head that repeats the title', () => {
  it('drops the page numbers and the running heads, so the outline runs on across pages', () => {
    const text = ['溪桥县妇女儿童健康行动计划', '（2016—2020年）', '一、总体目标', '到2020年，全县孕产妇死亡率控制在15/10万以下。', '', '·1·', '', '溪桥县妇女儿童健康行动计划（2016—2020年）', '', '二、主要任务', '（一）保障母婴安全', '1.提升孕产期保健水平。孕产妇系统管理率达到90%以上。', '', '·2·', '', '溪桥县妇女儿童健康行动计划（2016—2020年）', '', '2.加强危重救治能力。建成救治中心1个。'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => t.title)).toEqual(['到2020年，全县孕产妇死亡率控制在15/10万以下', '提升孕产期保健水平', '加强危重救治能力']);
  });
});

describe('pdftotext without layout: a figure put on a line of its own after an empty one', () => {
  it('ends the clause above it, which was left open before the figure', () => {
    const text = ['溪桥县2019年妇幼健康工作总结', '一、主要成效', '1.孕产妇系统管理持续加强。孕产妇系统管理率达到93.6%，高危孕产妇专案管理418人，管理率', '', '100%.', '', '2.儿童保健服务提质扩面。7岁以下儿童健康管理率94.2%。'].join('\n');
    const d = extractText(text);
    expect(d.tasks[0]!.targets.map((x) => `${x.metric}|${x.value}`)).toContain('管理率|100');
  });
});

describe('a wrap that cuts an item\'s opening bracket from its number', () => {
  it('`…以下工作：(` / `1)深化…；(2)推进…` gives the items their brackets back, and each is a task', () => {
    const page = '溪桥市2018年卫生计生工作要点\n2018年全市卫生计生工作重点抓好以下工作:(\n1)深化公立医院综合改革,公立医院药占比控制在30%以内(牵头单位:市医改办);(2)推进分级诊疗,家庭医生签约服务覆盖率达到30%以上(牵头单位:市基层卫生处);(\n3)落实全面两孩政策,出生人口性别比控制在112以内(牵头单位:市妇幼处)。';
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.number, t.departments.lead])).toEqual([['1', ['市医改办']], ['2', ['市基层卫生处']], ['3', ['市妇幼处']]]);
  });
});

describe('a task table a PDF flattened into narrow wrapped cells, its last row ongoing (fictional 渚溪县)', () => {
  const table = [
    '二、重点任务及分工',
    '序号',
    '工作任务',
    '牵头单位',
    '配合单位',
    '完成时限',
    '1',
    '推进家庭医生签约服',
    '务。组建签约团队48',
    '个。',
    '县卫健局',
    '各镇人民政府',
    '2018年9月底前',
    '2',
    '加强基层人才队伍建',
    '设。招聘乡镇卫生院',
    '专业技术人员25名，',
    '培训乡村医生210人',
    '次。',
    '县卫健局',
    '县人社局、县编办',
    '长期坚持',
    '',
    '三、保障措施',
    '各有关部门要加强协作配合。',
  ].join('\n');

  it('reads the last row whole, up to its ongoing deadline, with its units', () => {
    const last = extractText(table).tasks.at(-1)!;
    expect(last.title).toBe('加强基层人才队伍建设');
    expect(last.departments.lead).toEqual(['县卫健局']);
    expect(last.departments.support).toEqual(['县人社局', '县编办']);
    expect(last.deadlines).toEqual(['长期坚持']);
    expect(last.targets.map((t) => t.value)).toEqual([25, 210]);
  });
});
