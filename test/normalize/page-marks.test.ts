import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { normalize } from '../../src/normalize/index.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

const norm = (text: string) => normalize({ file: 't.txt', format: 'text', encoding: 'utf-8', text }, defaultVocabulary).text;

describe('a Word page-number field left in a preview', () => {
  it('`PAGE` and the number it printed (`2-`) are dropped', () => {
    const text = norm('溪桥县妇幼保健院2021年工作计划\n一、总体目标\n全县孕产妇死亡率控制在12/10万以下。\nPAGE\n2-\n二、重点任务\n住院分娩率稳定在99%以上。');
    expect(text).not.toContain('PAGE');
    expect(text).not.toMatch(/^2-$/m);
  });

  it('a figure with a dash in a sentence stays', () => {
    expect(norm('溪桥县2021年工作计划\n一、目标\n3-6岁儿童健康管理率达到90%。')).toContain('3-6岁');
  });
});

describe('a slide template\'s navigation run into the text', () => {
  it('`0102030405Part02` goes, and the part heading after it opens', () => {
    const page = '溪桥市卫生健康委员会2022年度工作报告\n2022年，全市卫生健康系统统筹疫情防控和事业发展，各项工作取得新成效。 一、2022年工作回顾 （一）医疗服务能力持续提升。全年总诊疗人次826万人次。（二）基层服务网底更加牢固。新建社区医院3家，家庭医生签约服务覆盖率达到42.1%。0102030405Part02 二、2023年重点任务 （一）推动优质医疗资源扩容。年内建成区域医疗中心1个。（二）织牢公共卫生防护网。居民健康素养水平达到30%。';
    const doc = extractText(page);
    expect(doc.sections.map((s) => s.title)).toEqual(['2022年工作回顾', '2023年重点任务']);
    expect(doc.tasks.flatMap((t) => t.targets.map((g) => g.kind))).toEqual(['achievement', 'achievement', 'achievement', 'target', 'target']);
  });
});

describe('titles on a site\'s page', () => {
  it('a sharing site\'s `下载后可任意编辑` before the title is none of it', () => {
    expect(extractText('下载后可任意编辑石岭县卫生监督所2020年行政执法工作总结\n一、工作开展情况\n1.全年监督检查单位820户次。').title).toBe('石岭县卫生监督所2020年行政执法工作总结');
  });

  it('`site - column` over a news item is no title', () => {
    const doc = extractText('南屿区卫生健康局 - 工作动态\n南屿区卫计系统召开务虚会谋划2018年工作\n来源：南屿新闻网  时间：2018-02-21 09:36:12\n会议明确，2018年全区重点抓好两个方面：一是深化医改，年内组建医联体3个；二是夯实公共卫生，适龄儿童免疫规划疫苗接种率保持在95%以上。');
    expect(doc.title).toBe('南屿区卫计系统召开务虚会谋划2018年工作');
  });
});

describe('a sample site\'s watermark put into a word', () => {
  it('goes, and the line it was put into stays whole', () => {
    const text = norm('石岭县卫生计生局2015年度工作总结\n一、工作完成情况\n二新农合与医改。全县新农合参-abcd8.com版权所有!合人数32.6万人，参合率达到99.2%。');
    expect(text).toContain('全县新农合参合人数32.6万人');
  });

  it('a line that is only the site\'s copyright still goes', () => {
    expect(norm('石岭县2015年工作总结\n一、完成情况\n全年新建村卫生室12所。\n版权所有：某某范文网')).not.toContain('版权所有');
  });
});

describe('a double-spaced page (every paragraph a line, then a gap) whose headline names the document', () => {
  const lines = [
    '高清影视免费看,热门综艺大全,每日更新不卡顿',
    '溪岚省2021年卫生健康工作总结发布 全省婴儿死亡率降至3.9‰',
    '2022-02-11 09:20:15  来源:溪岚日报',
    '[摘要] 溪岚省卫生健康委日前发布的2021年全省卫生健康工作总结显示,全省婴儿死亡率降至3.9‰。',
    '医改持续深化。全省组建紧密型县域医共体52个,县域内就诊率达到91.2%。',
    '基层能力提升。全年新建标准化村卫生室860个,家庭医生签约服务覆盖率达到41.5%。',
    '公共卫生防线筑牢。适龄儿童免疫规划疫苗接种率保持在95%以上,居民健康素养水平达到24.1%。',
    '中医药振兴发展。全省新增省级中医重点专科12个。',
    '健康促进深入。全省建成健康县城15个,健康乡镇120个。',
    '监督执法有力。全年开展双随机抽查4200户次。',
    '2022年,全省将力争居民健康素养水平达到26%。',
    '编辑: 石岭',
    '本文系转载,文中观点不代表本网立场。',
  ];
  it('the abstract, the original headline and the repost\'s notices are no tasks', () => {
    const withLead = [lines[0], lines[1], lines[2], '[摘要] 溪岚省2021年卫生健康工作总结显示,全省婴儿死亡率降至3.9‰。...', '原标题:全省婴儿死亡率降至3.9‰', ...lines.slice(4, -1), '本文系转载,文中观点不代表本网立场。', '溪岚网原创稿件及图片,未经书面许可,任何单位和个人不得转载、摘编或建立镜像。'];
    const doc = extractText(withLead.join('\n\n') + '\n');
    expect(doc.tasks.map((t) => t.title)).not.toContain('[摘要]');
    expect(doc.tasks.map((t) => t.title).join('|')).not.toMatch(/原标题|本文系转载|未经书面许可/);
  });

  it('the headline stays a line of its own, so it is the title and the page a summary', () => {
    const doc = extractText(lines.join('\n\n') + '\n');
    expect(doc.title).toBe('溪岚省2021年卫生健康工作总结发布 全省婴儿死亡率降至3.9‰');
    expect(doc.kind).toBe('summary');
    expect(doc.tasks.map((t) => t.title)).toContain('医改持续深化');
  });
});

describe('a journal article\'s furniture', () => {
  it('a running header with volume and issue, and an affiliation with its postcode, are dropped, so the wrapped items join again', () => {
    const page = [
      '石岭区疾病预防控制中心2022年工作计划',
      '1. 石岭区疾病预防控制中心, 溪岚 石岭 318020;',
      '2022年,中心以常态化疫情防控为主线,制定本计划。',
      '1 传染病防控',
      '1.1 免疫规划 以街道为单位适龄儿童免疫规划疫苗接种率保持在95%以上,结核病患者成功治疗率达到',
      '',
      '溪岚基层疾控 2022年6月第28卷第6期  Chin J Basic Dis Control, Jun. 2022, Vol. 28, No. 6 · 687 ·',
      '',
      '90%以上。',
      '1.2 健康素养 居民健康素养水平达到26%。',
      '1.3 死因监测 全区死因监测报告率不低于6.5‰。',
    ].join('\n');
    const d = extractText(page);
    expect(d.tasks.map((t) => t.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(d.tasks[0]!.targets.map((x) => x.value)).toEqual([95, 90]);
    expect(d.tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });
});

describe('a plan handed over in Markdown (a chat assistant, a notes app)', () => {
  const page = ['# 2025年石岭镇卫生院工作计划', '', '#### 一、工作目标', '全年门诊量达到4.8万人次。', '', '#### 二、重点任务', '– **做实公共卫生服务**：高血压患者规范管理率不低于65%。', '– **加强人才队伍建设**：选派3名医生到县级医院进修。'].join('\n');

  it('reads its heading marks, bold and list dashes as none of the words', () => {
    const doc = extractText(page);
    expect(doc.title).toBe('2025年石岭镇卫生院工作计划');
    expect(doc.sections.map((s) => s.title)).toEqual(['工作目标', '重点任务']);
    expect(doc.tasks.map((t) => t.title)).toEqual(['全年门诊量达到4.8万人次', '做实公共卫生服务', '加强人才队伍建设']);
  });

  it('a masked name (`**县`) is no bold', () => {
    expect(norm('**县卫生健康局2021年工作计划\n一、目标\n**镇卫生院门诊量达到2万人次。')).toContain('**镇卫生院');
  });
});

describe("a site's menu over its article", () => {
  it('`- 相关推荐` above the article ends nothing: the article under it is read', () => {
    const doc = extractText(['- 相关推荐', '石岭镇卫生计生工作总结范文三篇', '石岭镇2015年卫生计生工作总结', '现将2015年工作总结如下：', '(一)深化医改', '一是巩固新农合制度。全镇参合率99.1%。'].join('\n'));
    expect(doc.tasks.length).toBeGreaterThan(0);
  });
});

describe('a mirror that doubles every mark', () => {
  it('reads `,,` `,。` `,;` `,:` as the mark after the comma, so sentences and points end where the page meant', () => {
    const page = ['石岭省卫生健康委2024年工作总结和2025年工作安排', '2024年,,全省卫生健康系统各项工作取得新进展,。', '医疗资源扩容提质,。全年新增三级医院5家,,县域就诊率达到90.4%,。', '基层服务能力提升,。家庭医生重点人群签约覆盖率达到81.5%,。', '2025年,,全省卫生健康系统将重点做好以下工作,:一是新建省级临床重点专科30个,;二是居民健康素养水平提高到32%,;三是普惠托位占比不低于60%,。'].join('\n');
    expect(norm(page)).not.toMatch(/,[,。;:]/);
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.title)).toEqual(['医疗资源扩容提质', '基层服务能力提升', '新建省级临床重点专科30个', '居民健康素养水平提高到32%', '普惠托位占比不低于60%']);
    expect(doc.tasks.map((t) => t.targets.map((x) => x.kind).join())).toEqual(['achievement,achievement', 'achievement', 'target', 'target', 'target']);
  });
});

describe('a one-picture poster as text (fictional 溪岚县)', () => {
  const page = ['一图读懂丨溪岚县卫生健康局2024年工作计划', '【2024年 干啥】', '▶ 建成县中医院新院区并投入使用，新增床位200张', '▶ 年底前实现乡镇卫生院“优质服务基层行”基本标准全覆盖，推荐标准达到5家以上', '▶ 家庭医生重点人群签约率达到80%以上', '▶ 完成村卫生室标准化改造25个，实现“一村一室一医”', '▶ 孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在4‰以下'].join('\n');

  it("drops the column's label before the title (`一图读懂丨`)", () => {
    const doc = extractText(page);
    expect([doc.title, doc.region]).toEqual(['溪岚县卫生健康局2024年工作计划', '溪岚县']);
  });

  it('keeps each line set out with ▶ apart from the line above, which ends on no mark', () => {
    expect(norm(page).split('\n').filter((l) => l.startsWith('▶'))).toHaveLength(5);
  });
});

describe("an e-paper's share card over the article (fictional 溪岚市)", () => {
  const page = ['http://paper.xilan.cn/Img/2023/01/a1b2c3.jpg', '溪岚日报记者 林溪 报道 1月16日，溪岚市卫生健康委召开新闻发布会，介绍2022年全市卫生健康工作情况，并答记', 'http://paper.xilan.cn/content/2023-01/17/0418.html', '市卫生健康委：', '2022年全市卫生健康工作交出亮眼答卷', '2023/01/17', '溪岚日报记者 林溪 报道 1月16日，溪岚市卫生健康委召开新闻发布会，介绍2022年全市卫生健康工作情况，并答记者问。', '在医疗服务方面，全市新增三甲医院1家，市域内就诊率达到92.4%。'].join('\n');

  it('drops the lead the card cut off, so the headline under the kicker is the title', () => {
    expect(norm(page).match(/并答记/g)).toHaveLength(1);
    const doc = extractText(page);
    expect([doc.title, doc.kind, doc.year]).toEqual(['2022年全市卫生健康工作交出亮眼答卷', 'summary', 2022]);
  });
});

describe('a news page\'s dateline with its date in words and its time (fictional 汀川县)', () => {
  it('is no task', () => {
    const d = extractText('汀川县发布2016年卫生计生事业发展统计公报\n2017年03月02日 09:01 | 作者:龚念 | 来源:汀川日报\n卫生资源方面,全县实有床位3184张,每千人口床位4.87张。\n医疗服务方面,全年出院病人8.31万人次,比上年增长5.6%。\n公共卫生方面,全县居民健康档案建档率达到86.4%。');
    expect(d.tasks.map((t) => t.title.slice(0, 6))).toEqual(['卫生资源方面', '医疗服务方面', '公共卫生方面']);
  });
});
