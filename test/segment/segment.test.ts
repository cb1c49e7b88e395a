import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

const outline = (text: string) => {
  const d = extractText(text);
  return {
    sections: d.sections.map((s) => `${s.number}|${s.title}`),
    tasks: d.tasks.map((t) => `${t.section}|${t.number}|${t.title}`),
  };
};

describe('parts numbered with a zero and glued to their headings (03织密…)', () => {
  it('reads them as the top level, their paragraphs as tasks, and a line opening with a year as no part', () => {
    const text = ['2024年南屿县卫生健康工作要点', '01筑牢公共卫生防线', '做实传染病防控。接种率保持在95%以上。', '抓好慢病防控。新建健康小屋8个。', '02守护一老一小', '保障母婴安全。孕产妇系统管理率保持在92%以上。', '09年以来,全县累计建成卫生院12所。'].join('\n');
    const o = outline(text);
    expect(o.sections).toEqual(['01|筑牢公共卫生防线', '02|守护一老一小']);
    expect(o.tasks.map((t) => t.split('|').slice(2).join('|'))).toEqual(['做实传染病防控', '抓好慢病防控', '保障母婴安全', '09年以来,全县累计建成卫生院12所']);
  });
});

describe("a presentation's slides (fictional 菱溪县): `01 2021年工作回顾`, items, a figure on each line", () => {
  const slides = [
    '菱溪县卫生健康局2022年工作计划汇报',
    '01 2021年工作回顾',
    '1.医疗服务能力提升',
    '县人民医院新增床位80张',
    '县域内就诊率达到87.5%',
    '2.公共卫生持续加强',
    '家庭医生重点人群签约率达到66%',
    '02 2022年重点任务',
    '1.基层能力提升',
    '▶ 新建标准化村卫生室15个',
    '▶ 责任科室:基层股',
    '2.妇幼健康',
    '▶ 孕产妇系统管理率≥92%',
  ].join('\n');

  it('a slide number before a heading that opens with its year heads a part; a line of a figure heads nothing', () => {
    const o = outline(slides);
    expect(o.sections).toEqual(['01|2021年工作回顾', '02|2022年重点任务']);
    expect(o.tasks).toEqual(['1|1|医疗服务能力提升', '1|2|公共卫生持续加强', '2|1|基层能力提升', '2|2|妇幼健康']);
  });

  it("the review's figures are results, the plan's targets, and a bullet is no part of a target's words", () => {
    const d = extractText(slides);
    expect(d.kind).toBe('plan');
    expect(d.tasks.flatMap((t) => t.targets.map((g) => [g.text, g.kind]))).toEqual([
      ['县人民医院新增床位80张', 'achievement'],
      ['县域内就诊率达到87.5%', 'achievement'],
      ['家庭医生重点人群签约率达到66%', 'achievement'],
      ['新建标准化村卫生室15个', 'target'],
      ['孕产妇系统管理率≥92%', 'target'],
    ]);
    expect(d.tasks[2]!.departments.lead).toEqual(['基层股']);
  });
});

describe('a sentence that leads in to its items (…，包括：)', () => {
  it('heads them: its items are tasks, beside a sibling with no items that is a task itself', () => {
    const text = ['2024年南屿区卫生健康工作要点', '一、医疗资源提质工程', '（一）加快一批医疗基建项目，包括：', '1.完成区人民医院改扩建工程。', '2.区中医院增开病床100张。', '（二）科学规划布局。年内新增执业医师300名。', '（三）提高资源使用效率，包括：', '3.互认项目达到80项以上。', '4.平均住院日控制在8天以内。'].join('\n');
    expect(outline(text).tasks.map((t) => t.split('|').slice(1).join('|'))).toEqual(['1|完成区人民医院改扩建工程', '2|区中医院增开病床100张', '二|科学规划布局', '3|互认项目达到80项以上', '4|平均住院日控制在8天以内']);
  });
});

describe('a heading over items that each carry work, beside siblings that are tasks', () => {
  it('heads its items, which are tasks; the items\' own sub-points stay in their text', () => {
    const text = ['南屿旗2024年卫生健康工作安排', '一、重点工作', '（一）党建引领', '一是抓理论武装。组织集中学习12次。二是抓作风建设。签订责任状41份。', '（二）全面落实重点项目。', '1.项目建设。实施项目11个。', '（1）实施类项目7个。', '（2）储备类项目4个。', '2.医疗服务。新开展新技术20项。', '（三）人口家庭发展稳步推进。新增普惠托位120个。'].join('\n');
    expect(outline(text).tasks.map((t) => t.split('|').slice(1).join('|'))).toEqual(['一|党建引领', '1|项目建设', '2|医疗服务', '三|人口家庭发展稳步推进']);
  });
});

describe('items counted in words (首先，…其次，…第三，…最后，…)', () => {
  it('reads them as items, numbered as written, where a page counts at least three so', () => {
    const text = ['二〇二四年南屿镇卫生健康工作计划', '首先，做好疾病防控。接种率保持在95%以上。', '其次，提升服务能力。新增彩超1台。', '第三，推进健康村建设。创建健康村3个。', '最后，加强队伍建设。选派2名医务人员进修。'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => `${t.number}|${t.title}`)).toEqual(['首先|做好疾病防控', '其次|提升服务能力', '第三|推进健康村建设', '最后|加强队伍建设']);
    expect(d.year).toBe(2024);
  });

  it('leaves a 首先 or two inside a page\'s prose alone', () => {
    const text = ['2024年南屿镇卫生健康工作计划', '一、重点任务', '（一）做好疾病防控。首先，接种率保持在95%以上。', '（二）提升服务能力。新增彩超1台。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.number)).toEqual(['一', '二']);
  });
});

describe('a policy reading (政策解读) of a plan', () => {
  it('reads a five-year plan\'s background part (规划背景) as no task', () => {
    const text = ['南屿市卫生健康事业发展规划(2021—2025年)', '一、规划背景', '"十三五"时期,全市人均预期寿命达到78.9岁。', '二、主要任务', '(一)完善医疗服务体系。新增床位600张。'].join('\n');
    expect(extractText(text).tasks.map((t) => t.title)).toEqual(['完善医疗服务体系']);
  });

  it('reads its background part as no task, its figures of the year before as the overview\'s', () => {
    const text = ['《南屿区2024年卫生健康工作要点》政策解读', '一、起草背景', '2023年，全区新增执业医师120名，居民健康素养水平达到30.1%。为明确2024年工作目标，起草了《要点》。', '二、重点任务', '（一）提升医疗服务能力。新增床位200张。', '（二）织牢公共卫生网。新建心理健康服务站4个。'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => t.title)).toEqual(['提升医疗服务能力', '织牢公共卫生网']);
    expect(d.overview.map((t) => [t.value, t.kind])).toEqual([[120, 'achievement'], [30.1, 'achievement']]);
  });
});

describe('numbering styles', () => {
  it.each([
    ['一、 with 1.', '一、甲\n1.任务一。正文。\n2.任务二。\n二、乙\n3.任务三。', ['一|甲', '二|乙'], ['1|1|任务一', '1|2|任务二', '2|3|任务三']],
    ['一、 with 1、', '一、甲\n1、任务一。\n2、任务二。', ['一|甲'], ['1|1|任务一', '1|2|任务二']],
    ['一、 with （一）', '一、甲\n（一）任务一。\n（二）任务二。', ['一|甲'], ['1|一|任务一', '1|二|任务二']],
    ['（一） sections where there is no 一、 level', '（一）甲\n1.任务一。\n2.任务二。\n（二）乙\n3.任务三。', ['一|甲', '二|乙'], ['1|1|任务一', '1|2|任务二', '2|3|任务三']],
    ['第一部分 with (1)', '第一部分 甲\n(1)任务一。\n(2)任务二。', ['一|甲'], ['1|1|任务一', '1|2|任务二']],
    ['circled numbers', '一、甲\n①任务一。\n②任务二。', ['一|甲'], ['1|①|任务一', '1|②|任务二']],
    ['1. tasks with no sections', '2022年工作要点\n1.任务一。\n2.任务二。', [], ['null|1|任务一', 'null|2|任务二']],
  ])('%s', (_name, text, sections, tasks) => {
    expect(outline(text)).toEqual({ sections, tasks });
  });
});

describe('levels', () => {
  it('takes numbered paragraphs under heading-only （一） items as the tasks', () => {
    const o = outline('一、加强党的建设\n（一）思想建设\n1.深入学习。组织培训。\n2.开展主题教育。全年培训。\n（二）组织建设\n3.加强基层党组织建设。新建党支部。\n二、提升医疗服务\n（一）医疗质量\n4.加强质控。建成质控中心。');
    expect(o.sections).toEqual(['一|加强党的建设', '二|提升医疗服务']);
    expect(o.tasks).toEqual(['1|1|深入学习', '1|2|开展主题教育', '1|3|加强基层党组织建设', '2|4|加强质控']);
  });

  it('takes short one-sentence items (`１．…，…。`) under heading-only （一） items as the tasks, and those headings as the sections under a container (重点任务)', () => {
    const o = outline('2024年工作要点\n一、总体要求\n坚持以人民健康为中心，深化医改。\n二、重点任务\n（一）公共卫生\n１．加强热线建设，群众满意率不低于95%。\n２．开展两癌筛查，筛查1.2万人。\n（二）中医药\n１．60%以上的乡镇卫生院建成中医馆，服务量占比达到35%。');
    expect(o.sections).toEqual(['一|总体要求', '一|公共卫生', '二|中医药']);
    // Titles quote the punctuation as written (`，`), where reading the text folded it.
    expect(o.tasks).toEqual(['2|1|加强热线建设，群众满意率不低于95%', '2|2|开展两癌筛查，筛查1.2万人', '3|1|60%以上的乡镇卫生院建成中医馆，服务量占比达到35%']);
    const targets = extractText('2024年工作要点\n一、任务\n１．60%以上的乡镇卫生院建成中医馆。\n２．1.5万人参加培训。').tasks.map((t) => t.targets.map((x) => x.value));
    expect(targets).toEqual([[60], [15000]]);
  });

  it('takes a one-sentence （一） heading over items that each have a title and a text as a section', () => {
    const o = outline('2022年全省中医药工作要点\n一、重点任务\n（一）提升中医药服务能力。\n1.推进中医医院建设。支持3所省级中医医院建设区域中心。\n2.加强基层服务。新建基层中医馆150个。\n（二）推进传承创新。\n3.建设科研平台。建设重点实验室5个。');
    expect(o.sections).toEqual(['一|提升中医药服务能力', '二|推进传承创新']);
    expect(o.tasks).toEqual(['1|1|推进中医医院建设', '1|2|加强基层服务', '2|3|建设科研平台']);
  });

  it('takes the sections under the parts of a document (第二部分) and the items under their sub-headings as tasks', () => {
    const o = outline([
      '健康石岭行动2025年工作计划', '第一部分：整体工作', '（一）健全推进机制', '1.召开推进委员会全体会议1次。', '（二）加强宣传', '2.刊播专题报道60篇。',
      '第二部分：专项行动', '一、健康知识普及行动', '（一）工作目标', '1.居民健康素养水平达到33%。', '（二）重点任务', '1.每家医院每月开展健康讲座2次。',
      '二、控烟行动', '1.成人吸烟率降至20%以下。',
    ].join('\n'));
    expect(o.sections).toEqual(['一|健全推进机制', '二|加强宣传', '一|健康知识普及行动', '二|控烟行动']);
    expect(o.tasks.map((t) => t.split('|').slice(0, 2).join('|'))).toEqual(['1|1', '2|2', '3|1', '3|1', '4|1']);
  });

  it('takes the paragraph under an unnumbered goal heading above the outline as a task', () => {
    const d = extractText('石岭县人民医院2025年工作计划\n主要工作目标\n全年门急诊人次达到30万人次,病床使用率保持在85%以上。\n一、医疗质量\n1.加强院感防控。手卫生依从率不低于90%。');
    expect(d.tasks.map((t) => [t.title, t.targets.length])).toEqual([['全年门急诊人次达到30万人次,病床使用率保持在85%以上', 2], ['加强院感防控', 1]]);
    expect(d.overview).toEqual([]);
  });

  it('takes each heading that lost its numeral as a section, also over items of another style', () => {
    const o = outline([
      '石岭县中医院2025年工作计划', '强化特色优势', '、加强专科建设。新增重点专科2个。', '、推广适宜技术。开展项目不少于40项。',
      '提升医疗质量', '、加强院感防控。手卫生依从率不低于90%。',
      '加强人才队伍', '（1）引进人才。引进硕士6名。', '（2）强化培养。选派骨干进修15人次。',
    ].join('\n'));
    expect(o.sections.slice(-2).map((x) => x.split('|')[1])).toEqual(['提升医疗质量', '加强人才队伍']);
    expect(o.tasks.map((t) => t.split('|')[2])).toEqual(['加强专科建设', '推广适宜技术', '加强院感防控', '引进人才', '强化培养']);
  });

  it('keeps 一是…二是… points in one paragraph under a （一） item inside that item', () => {
    const o = outline('石岭县卫健委2023年工作总结\n一、工作开展情况\n（一）扎实开展党的建设\n一是加强学习。全年开展集中学习50余次。二是落实主体责任。召开专题会议6次。\n（二）提升医疗服务\n一是新增重点专科2个。二是建成胸痛中心1个。');
    expect(o.tasks).toEqual(['1|一|扎实开展党的建设', '1|二|提升医疗服务']);
  });

  it('keeps points numbered under a task that ends in 。 inside that task', () => {
    const o = outline('2024年工作要点\n一、公共卫生\n1.加强疾控体系建设。\n（1）完善疾控机构设置；\n（2）新建实验室2个。\n2.做好免疫规划。\n（1）接种率保持在95%以上。');
    expect(o.tasks).toEqual(['1|1|加强疾控体系建设', '1|2|做好免疫规划']);
  });

  it('takes a single level of items with their own text as tasks', () => {
    const o = outline('2024年工作要点\n一、加强党的建设。全面落实主体责任。\n二、提升医疗服务能力。新增重点专科。\n三、做好疫情防控。完善监测预警机制。');
    expect(o.sections).toEqual([]);
    expect(o.tasks).toEqual(['null|一|加强党的建设', 'null|二|提升医疗服务能力', 'null|三|做好疫情防控']);
  });
});

describe('damaged numbering', () => {
  it('restores a lost section numeral from the sequence (`、开启…`)', () => {
    const o = outline('一、甲\n一)任务一。\n、开启乙\n二)任务二。\n、开启丙\n三)任务三。');
    expect(o.sections).toEqual(['一|甲', '二|开启乙', '三|开启丙']);
  });

  it('reads `(十)` standing for (十一)…(十九) from the sequence, and `二十)` as written', () => {
    const lines = ['一、甲', '(九)任务九。', '(十)任务十。', '(十)任务十一。', '(十)任务十二。', '二十)任务二十。', '(二十)任务二十一。'];
    expect(outline(lines.join('\n')).tasks.map((t) => t.split('|')[1])).toEqual(['九', '十', '十一', '十二', '二十', '二十一']);
  });

  it('takes a lost numeral and bracket (`)全面推进…`) as the next task', () => {
    expect(outline('一、甲\n一)任务一。\n)任务二。').tasks).toEqual(['1|一|任务一', '1|二|任务二']);
  });

  it('reads `(十探索…` with its closing bracket lost as the next task', () => {
    expect(outline('一、甲\n(十)任务十。\n(十探索任务十一。').tasks).toEqual(['1|十|任务十', '1|十一|探索任务十一']);
  });

  it('takes an unnumbered short line between tasks as a section heading', () => {
    const o = outline('一、甲\n(一)任务一。\n二、乙\n(二)任务二。\n开启高质量医疗服务新征程\n(三)任务三。\n四、丁\n(四)任务四。');
    expect(o.sections).toEqual(['一|甲', '二|乙', '三|开启高质量医疗服务新征程', '四|丁']);
    expect(o.tasks[2]).toBe('3|三|任务三');
  });

  it('takes the first of headings without numerals, right above the first item, as a section like the later ones', () => {
    const o = outline('石岭县卫生健康局2025年重点工作任务\n医疗服务\n1.建设胸痛中心。\n2.改善就医体验。\n公共卫生\n3.做好疫苗接种。');
    expect(o.sections.map((s) => s.split('|')[1])).toEqual(['医疗服务', '公共卫生']);
    expect(o.tasks).toEqual(['1|1|建设胸痛中心', '1|2|改善就医体验', '2|3|做好疫苗接种']);
  });

  it('leaves a line above the first item in the head where no later heading is like it', () => {
    const o = outline('石岭县卫生健康局2025年重点工作任务\n主要任务安排如下\n1.建设胸痛中心。\n2.改善就医体验。');
    expect(o.sections).toEqual([]);
    expect(o.tasks).toEqual(['null|1|建设胸痛中心', 'null|2|改善就医体验']);
  });
});

describe('paragraphs as tasks', () => {
  it('makes each paragraph of a section without numbered items a task', () => {
    const o = outline('2022年工作要点\n一、甲\n加强党的建设,落实主体责任。\n推进健康城市建设,完善工作机制。\n二、乙\n做好疫情防控工作,巩固成果。');
    expect(o.tasks).toEqual(['1||加强党的建设,落实主体责任', '1||推进健康城市建设,完善工作机制', '2||做好疫情防控工作,巩固成果']);
  });

  it('makes no task of a summary\'s outlook in prose (下一步工作打算), and a task of each item numbered under it', () => {
    const prose = outline('石岭县卫生健康局2024年工作总结\n一、主要工作\n（一）新建村卫生室12个。\n（二）新增托位300个。\n二、下一步工作打算\n2025年，我局将持续推进优质资源扩容，不断提升群众获得感。');
    expect(prose.tasks).toEqual(['1|一|新建村卫生室12个', '1|二|新增托位300个']);
    const numbered = outline('石岭县卫生健康局2024年工作总结\n一、主要工作\n（一）新建村卫生室12个。\n二、下一步工作打算\n（一）推进医共体建设。\n（二）新增托位200个。');
    expect(numbered.tasks).toEqual(['1|一|新建村卫生室12个', '2|一|推进医共体建设', '2|二|新增托位200个']);
  });

  it('reads a page without numbering whose headings stand on lines of their own (a Word copy that lost its list numbers), and stops at its footnotes', () => {
    const d = extractText('石岭省中医药管理局2025年工作要点\n（2025年2月20日）\n2025年是“十四五”规划收官之年。\n健全中医药服务体系\n\t推进中医药高地建设。新增重点专科10个[1]。（规划财务处牵头，医政处配合）\n\t实施县级中医医院提标扩能。（医政处负责）\n加强人才队伍建设\n\t实施人才培养工程。遴选名中医50名。（人事处负责）\n[1] 重点专科：依据有关标准设置。');
    expect(d.title).toBe('石岭省中医药管理局2025年工作要点');
    expect(d.sections.map((s) => s.title)).toEqual(['健全中医药服务体系', '加强人才队伍建设']);
    expect(d.tasks.map((t) => [t.section, t.title, t.departments.lead, t.departments.support])).toEqual([
      [1, '推进中医药高地建设', ['规划财务处'], ['医政处']],
      [1, '实施县级中医医院提标扩能', ['医政处'], []],
      [2, '实施人才培养工程', ['人事处'], []],
    ]);
  });

  it('reads a five-year plan in chapters: its year the first of its period, 第一节 a section, the rows of its indicator table in the goal', () => {
    const d = extractText([
      '石岭县卫生健康事业发展“十四五”规划',
      '第一章 发展基础',
      '“十三五”时期，全县人均预期寿命达到78.2岁。',
      '第二章 总体要求',
      '第一节 指导思想',
      '坚持以人民健康为中心，全方位全周期保障人民健康。',
      '第二节 发展目标',
      '到2025年，基本建成整合型医疗卫生服务体系。具体指标见表1。',
      '表1 石岭县“十四五”卫生健康发展主要指标',
      '| 类别 | 主要指标 | 2020年 | 2025年 | 属性 |',
      '| --- | --- | --- | --- | --- |',
      '| 健康水平 | 人均预期寿命（岁） | 78.2 | ≥79.5 | 预期性 |',
      '|  | 婴儿死亡率（‰） | 3.9 | ≤4.5 | 预期性 |',
      '第三章 主要任务',
      '第一节 构建强大公共卫生体系',
      '一、改革完善疾病预防控制体系。实验室检测项目达到300项以上。',
      '二、提升应急医疗救治能力。设置可转换传染病床位不少于80张。',
      '第四章 保障措施',
      '各乡镇、各有关部门要把卫生健康事业发展纳入重点工作。',
    ].join('\n'));
    expect([d.title, d.year]).toEqual(['石岭县卫生健康事业发展“十四五”规划', 2021]);
    expect(d.tasks.map((t) => t.title)).toEqual(['到2025年，基本建成整合型医疗卫生服务体系', '改革完善疾病预防控制体系', '提升应急医疗救治能力']);
    expect(d.tasks[0]!.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([['>=', 79.5, '岁'], ['<=', 4.5, '‰']]);
    expect(d.overview.map((t) => [t.value, t.kind])).toEqual([[78.2, 'achievement']]);
  });

  it('takes a national ministry\'s departments (医政司) as units', () => {
    const d = extractText('2025年中医药工作要点\n一、甲\n1.推进高地建设。（规划财务司牵头，医政司配合）');
    expect(d.tasks[0]!.departments).toMatchObject({ lead: ['规划财务司'], support: ['医政司'] });
  });

  it('takes an item whose number is glued to an age (`4.65岁及以上…`) as the next item, not a decimal', () => {
    const o = outline('2025年工作计划\n一、甲\n3.做好妇幼健康服务。\n4.65岁及以上老年人健康管理率达到65%。');
    expect(o.tasks).toEqual(['1|3|做好妇幼健康服务', '1|4|65岁及以上老年人健康管理率达到65%']);
  });

  it('takes an item whose number is glued to the share it counts (`4.70%以上的…`) as the next item, its figure 70%', () => {
    const text = '2016年精神卫生工作规划\n一、甲\n3.开设精神科门诊，精神科床位达到50张。\n4.70%以上的乡镇卫生院配备精防医生。\n5.知晓率达到70%。';
    expect(outline(text).tasks).toEqual(['1|3|开设精神科门诊，精神科床位达到50张', '1|4|70%以上的乡镇卫生院配备精防医生', '1|5|知晓率达到70%']);
    expect(extractText(text).tasks[1]!.targets.map((t) => [t.value, t.unit])).toEqual([[70, '%']]);
  });

  it('makes no task of a plan\'s background (工作背景): last year\'s figures there are results of the overview', () => {
    const d = extractText('2025年石岭县免疫规划工作计划\n一、工作背景\n2024年，全县免疫规划疫苗接种率保持在96.1%。\n二、重点任务\n1.开展查漏补种。补种率达到95%以上。');
    expect(d.tasks.map((t) => t.title)).toEqual(['开展查漏补种']);
    expect(d.overview.map((t) => [t.value, t.kind])).toEqual([[96.1, 'achievement']]);
  });

  it('quotes the punctuation of titles as written, and reads full-width digits as digits', () => {
    const o = outline('２０２４年工作要点\n一、医疗服务（含中医药）\n1.建设胸痛中心，新增床位１２０张。\n2.改善就医体验,推行预约诊疗。');
    expect(o.sections).toEqual(['一|医疗服务（含中医药）']);
    expect(o.tasks).toEqual(['1|1|建设胸痛中心，新增床位120张', '1|2|改善就医体验,推行预约诊疗']);
  });

  it('makes no tasks of a section of aims (总体要求) or of means (保障措施) in prose, nor of a signature and date at the end', () => {
    const o = outline('2024年工作要点\n一、总体要求\n坚持以人民健康为中心，深化医改。\n二、重点工作\n推进健康城市建设，完善工作机制。\n三、保障措施\n加强组织领导，强化督导考核。\n示例县卫生健康局\n2024年2月20日');
    expect(o.tasks).toEqual(['2||推进健康城市建设，完善工作机制']);
  });

  it('reads an item heading over lines of fields (任务目标 / 完成情况 / 牵头单位) as one task, and what follows the fields as no part of it', () => {
    const d = extractText('石岭市卫生健康委2024年民生实事项目完成情况公示\n1.老年人免费体检\n任务目标：为65岁以上老年人免费体检6万人。\n完成情况：已体检6.3万人。\n牵头单位：市卫生健康委\n责任单位：各区县政府\n2.免费婚检\n任务目标：婚检率达到80%。\n完成情况：婚检率82.5%。\n牵头单位：市卫生健康委\n公示期为12月20日至12月26日。如有异议，请来电反映。');
    expect(d.title).toBe('石岭市卫生健康委2024年民生实事项目完成情况公示');
    expect(d.tasks.map((t) => [t.number, t.title, t.departments.lead, t.departments.support])).toEqual([
      ['1', '老年人免费体检', ['市卫生健康委'], ['各区县政府']],
      ['2', '免费婚检', ['市卫生健康委'], []],
    ]);
    expect(d.tasks[1]!.text).not.toContain('公示期');
  });

  it('reads an annexed division of work that repeats the plan\'s tasks as their units, not as tasks', () => {
    const d = extractText('2024年石岭市卫生健康工作要点\n一、疫情防控\n1.巩固防控成果。核酸日检测能力达到2万份。\n2.推进疫苗接种。接种率达到90%。\n附件\n重点任务分工\n序号 工作任务 牵头处室 配合处室\n1 巩固防控成果 疾控处 医政处、市疾控中心\n2 推进疫苗接种 疾控处 市疾控中心');
    expect(d.tasks.map((t) => [t.ordinal, t.number, t.title, t.departments.lead, t.departments.support])).toEqual([
      [1, '1', '巩固防控成果', ['疾控处'], ['医政处', '市疾控中心']],
      [2, '2', '推进疫苗接种', ['疾控处'], ['市疾控中心']],
    ]);
  });

  it('leaves the signer and the date under the last item out of its text and its units', () => {
    const d = extractText('2019年石岭县爱国卫生工作要点\n一、重点工作\n（一）强化控烟。创建无烟机关20家。\n责任单位：县卫生健康委、县委宣传部\n\n石岭县爱卫办\n2019年3月12日');
    expect(d.tasks.map((t) => [t.text, t.departments.lead])).toEqual([['强化控烟。创建无烟机关20家。\n责任单位:县卫生健康委、县委宣传部', ['县卫生健康委', '县委宣传部']]]);
  });

  it('makes no tasks of a report\'s overall results (总体完成情况) or its spending (资金使用情况); their figures are results of the overview', () => {
    const d = extractText('关于2024年石岭县民生实事项目完成情况的报告\n一、总体完成情况\n2024年，县政府安排民生实事项目6项，年初计划安排资金1.2亿元，累计完成投资1.3亿元。\n二、各项目完成情况\n（一）村卫生室建设。实际建成32个。\n（二）托育服务。新增托位400个。\n三、资金使用情况\n县级财政下达资金8000万元。\n四、2025年工作安排\n（一）新建村卫生室20个。');
    expect(d.tasks.map((t) => t.title)).toEqual(['村卫生室建设', '托育服务', '新建村卫生室20个']);
    expect(d.overview.map((t) => [t.value, t.kind])).toEqual([[6, 'achievement'], [130000000, 'achievement'], [80000000, 'achievement']]);
  });

  it('leaves the dash that opens a goal out of its title (`——稳定适度低生育水平。…`)', () => {
    const d = extractText('2019年石岭县卫生计生工作计划\n一、工作目标\n——稳定适度低生育水平。出生人口性别比控制在112以内。\n——持续提高群众健康水平。孕产妇死亡率控制在15/10万以内。');
    expect(d.tasks.map((t) => t.title)).toEqual(['稳定适度低生育水平', '持续提高群众健康水平']);
  });

  it('makes each prose paragraph a task in a document with no numbering', () => {
    const o = outline('2022年工作要点\n加强党的建设,落实主体责任。\n推进健康城市建设,完善工作机制。');
    expect(o.tasks).toEqual(['null||加强党的建设,落实主体责任', 'null||推进健康城市建设,完善工作机制']);
  });

  it('warns and gives no tasks for a text that is not a plan', () => {
    const d = extractText('你好');
    expect(d.tasks).toEqual([]);
    expect(d.messages.map((m) => m.rule)).toContain('no-tasks');
  });
});

describe('titles', () => {
  it.each([
    ['1、强化常态化防控组织体系。坚决贯彻总策略。', '强化常态化防控组织体系'],
    ['38.建设中医药数字健康应用场景2个。', '建设中医药数字健康应用场景2个'],
    ['19.扎实开展活动,推进能力建设,。', '扎实开展活动,推进能力建设'],
    ['一)强化理论武装,进一步坚定理想信念。头科室:组织人事科', '强化理论武装,进一步坚定理想信念'],
    ['3.深入开展“健康同行 示例先锋”活动。正文。', '深入开展“健康同行 示例先锋”活动'],
  ])('%s → %s', (line, title) => {
    expect(extractText(`一、甲\n${line}`).tasks[0]?.title).toBe(title);
  });
});

describe('metadata', () => {
  it.each([
    ['2022年全市卫生健康工作要点\n一、甲\n1.任务。', { title: '2022年全市卫生健康工作要点', year: 2022, kind: 'plan' }],
    ['标题: 【工作计划】2021年全区卫生健康工作要点(摘要)\n【工作计划】2021年全区卫生健康工作要点(摘要)\n一、甲\n1.任务。', { title: '2021年全区卫生健康工作要点(摘要)', year: 2021, kind: 'plan' }],
    ['卫健局2023年卫生健康工作总结\n一、甲\n1.任务。', { title: '卫健局2023年卫生健康工作总结', year: 2023, kind: 'summary' }],
    ['关于印发《2023年示例市卫生健康工作要点》的通知\n一、甲\n1.任务。', { title: '2023年示例市卫生健康工作要点', year: 2023, kind: 'plan' }],
    ['示例县卫生健康局2024年重点工作\n全面总结2023年工作，部署2024年任务。\n一、甲\n1.任务。', { title: '示例县卫生健康局2024年重点工作', year: 2024, kind: 'plan' }],
    ['各位领导：\n现将全面总结2023年工作，部署2024年任务的情况报告如下。\n一、甲\n1.任务。', { title: null, year: 2023, kind: 'plan' }],
    ['示例县卫生健康局\n2023年度工作小结\n一、甲\n1.任务。', { title: '示例县卫生健康局2023年度工作小结', year: 2023, kind: 'summary' }],
  ])('%s', (text, expected) => {
    const d = extractText(text);
    expect({ title: d.title, year: d.year, kind: d.kind }).toEqual(expected);
  });

  it('reads the region from the publisher line and from 健康XX with its level', () => {
    expect(extractText('发布机构: 西山区卫生健康局\n2021年工作要点\n一、甲\n1.任务。').region).toBe('西山区');
    expect(extractText('2022年卫生健康工作要点\n一、深入推进健康东湖建设\n1.落实《东湖区关于…的方案》。').region).toBe('东湖区');
    expect(extractText('2022年全市卫生健康工作要点\n一、推进健康xx建设\n1.任务。').region).toBeNull();
  });
});

describe('outline from the tree of numbered items', () => {
  it('takes （一） headings under a container (三、重点任务) as sections, numbered items as tasks across them, and numbered 保障措施 items as tasks', () => {
    const o = outline([
      '石岭市社区卫生服务提升三年行动计划(2024—2026年)',
      '一、总体要求', '坚持以基层为重点,提升服务能力。',
      '二、行动目标', '到2026年,社区卫生服务中心达标率达到100%,每万人口全科医生数达到4人。',
      '三、重点任务',
      '（一）加强机构建设', '1.推进标准化建设。新建社区卫生服务中心3个。', '2.完善服务网络。新增服务站5个。',
      '（二）提升服务能力', '3.强化慢病管理。高血压规范管理率达到65%。',
      '四、保障措施', '（一）加强组织领导。成立工作专班。', '（二）强化经费保障。落实财政投入。',
    ].join('\n'));
    expect(o.sections).toEqual(['一|总体要求', '二|行动目标', '一|加强机构建设', '二|提升服务能力', '四|保障措施']);
    expect(o.tasks).toEqual([
      '2||到2026年,社区卫生服务中心达标率达到100%,每万人口全科医生数达到4人',
      '3|1|推进标准化建设', '3|2|完善服务网络', '4|3|强化慢病管理',
      '5|一|加强组织领导', '5|二|强化经费保障',
    ]);
  });

  it('keeps 一、 themes as sections over sub-headings that are not under a container', () => {
    const o = outline('一、加强党的建设\n（一）思想建设\n1.深入学习。组织培训。\n二、提升医疗服务\n（一）医疗质量\n2.加强质控。建成质控中心。');
    expect(o.sections).toEqual(['一|加强党的建设', '二|提升医疗服务']);
  });

  it('takes an item whose title ends in 。 with the dense paragraph under it as one task (`1.主要目标指标。`)', () => {
    const d = extractText('2024年全省工作要点\n一、健康促进行动\n1.主要目标指标。\n到年底,人均预期寿命达到80岁,健康素养水平达到35%以上,婴儿死亡率降至4‰以下。\n2.重点工作举措。\n(1)开展科普。新增科普专家100名。');
    expect(d.tasks.map((t) => `${t.title}:${t.targets.map((x) => x.value).join(',')}`)).toEqual(['主要目标指标:80,35,4', '重点工作举措:100']);
  });
});

describe('figures outside every task, and the kind of each part', () => {
  it('reports a summary\'s opening figures in the overview, as achievements', () => {
    const d = extractText('石岭区卫生健康局2023年工作总结\n2023年,全区医疗机构完成诊疗280.5万人次,同比增长5.2%。\n一、医疗服务\n（一）新增重点专科3个。\n');
    expect(d.overview.map((t) => [t.kind, t.value])).toEqual([['achievement', 2805000], ['achievement', 5.2]]);
    expect(d.tasks[0]!.targets.map((t) => t.kind)).toEqual(['achievement']);
  });

  it('gives each figure of a page with a summary and the next plan the kind of its part', () => {
    const d = extractText('石岭市2023年工作总结和2024年工作要点\n一、2023年工作总结\n（一）新增三级医院2家。\n二、2024年工作要点\n（二）力争新增省级重点专科4个以上。');
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => t.targets.map((x) => `${x.kind}:${x.value}`))).toEqual([['achievement:2'], ['target:4']]);
  });

  it('starts a part at another document\'s own title in the body: its figures take the kind and year of that document', () => {
    const d = extractText(
      [
        '松原市卫生计生委关于印发2018年松原市卫生计生工作总结和2019年松原市卫生计生工作要点的通知',
        '2018年松原市卫生计生工作总结',
        '一、医改持续深化',
        '1.推进分级诊疗。全年县域内就诊率达到88.1%。',
        '二、计划生育服务管理不断优化',
        '2.落实奖扶政策。全年发放奖扶资金1.2亿元。',
        '2019年松原市卫生计生工作要点',
        '一、深化医改',
        '1.完善分级诊疗。县域内就诊率达到90%以上,6月底前完成县级医院评审。',
      ].join('\n'),
    );
    expect([d.title, d.kind, d.year]).toEqual(['2018年松原市卫生计生工作总结和2019年松原市卫生计生工作要点', 'summary', 2018]);
    expect(d.tasks.map((t) => `${t.title}:${t.targets.map((x) => x.kind).join(',')}`)).toEqual(['推进分级诊疗:achievement', '落实奖扶政策:achievement', '完善分级诊疗:target']);
    // 计划生育 is a policy: a summary's heading that names it does not look ahead.
    expect(d.tasks[2]!.due).toBe('2019-06-30');
  });

  it('takes the figures of a plan\'s look back on last year as achievements', () => {
    const d = extractText('2024年石岭市卫生健康工作要点\n一、2023年工作回顾\n（一）新增三级医院2家,总数达到9家。\n二、重点任务\n（二）新增省级重点专科4个。');
    expect(d.tasks.map((t) => t.targets.map((x) => x.kind))).toEqual([['achievement', 'achievement'], ['target']]);
  });
});

describe('parts that hold no work', () => {
  it('makes no tasks of a problems section, numbered or not, and puts a 基本情况 paragraph in the overview', () => {
    const d = extractText([
      '关于2023年全县卫生健康工作情况的报告',
      '一、基本情况', '全县共有医疗卫生机构215家,全年总诊疗人次达到98.6万人次。',
      '二、主要工作', '（一）医疗服务能力提升。新增重点专科2个。', '（二）公共卫生持续加强。接种率保持在95%以上。',
      '三、存在问题', '（一）基层人才不足。', '（二）一是信息化水平不高,二是经费投入不足。',
      '四、下一步工作打算', '（一）提升服务能力。力争新增重点专科3个。',
    ].join('\n'));
    expect(d.tasks.map((t) => `${t.section}|${t.title}`)).toEqual(['1|医疗服务能力提升', '1|公共卫生持续加强', '2|提升服务能力']);
    expect(d.overview.map((t) => t.value)).toEqual([215, 986000]);
    expect(d.tasks[2]!.targets[0]!.kind).toBe('target');
  });

  it("makes a task of each paragraph that sets figures under a summary's next-year part, and none of a paragraph of intent", () => {
    const d = extractText(['溪桥县卫生计生局2015年工作总结和2016年工作思路', '一、2015年主要工作', '医改持续深化。县域内就诊率达到88%。', '二、2016年工作思路', '深化综合医改。公立医院药占比降到30%以下。', '加强公共卫生服务。家庭医生签约覆盖率达到30%。'].join('\n'));
    expect(d.tasks.map((t) => `${t.title}|${t.targets.map((x) => x.kind).join(',')}`)).toEqual(['医改持续深化|achievement', '深化综合医改|target', '加强公共卫生服务|target']);
    const intent = extractText(['溪桥县2017年卫生计生工作总结', '一、主要工作', '（一）医改持续深化。县域内就诊率达到88%。', '二、2018年工作思路', '2018年，县卫计局将以党的十九大精神为指引，重点抓好健康扶贫和医共体建设。'].join('\n'));
    expect(intent.tasks.map((t) => t.title)).toEqual(['医改持续深化']);
  });

  it('reads 基本状况 as 基本情况', () => {
    const d = extractText(['2017年度疾控中心工作总结', '一、基本状况', '县疾控中心核定编制60人,现有在岗职工47人。', '二、工作开展状况', '(一)免疫规划工作扎实推进。接种率达到98%。'].join('\n'));
    expect(d.tasks.map((t) => t.title)).toEqual(['免疫规划工作扎实推进']);
  });

  it('ends the outline at a note below the text (注:1.…)', () => {
    const d = extractText('2024年一季度全市医疗服务情况\n一、诊疗服务\n全市总诊疗人次达到120万人次,同比增长3%。\n二、住院服务\n出院人次达到8万人次。\n注:1.数据来源于卫生统计直报系统。\n2.部分数据为快报数。');
    expect(d.tasks).toHaveLength(2);
  });
});

describe('departments as the outline carries them', () => {
  it('keeps a unit named on the line under an open label in its task, not as a heading', () => {
    const d = extractText('2016年工作要点\n一、甲\n3.提高出生人口素质。完成孕前优生健康检查2300对。(牵头科室:妇幼科;配合科室:\n基层指导科\n4.加强流动人口服务。建档率达到60%。');
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.departments.support])).toEqual([
      ['提高出生人口素质', ['妇幼科'], ['基层指导科']],
      ['加强流动人口服务', [], []],
    ]);
  });

  it('gives a unit\'s name as the document writes it, full-width brackets included', () => {
    const d = extractText('2024年工作要点\n一、甲\n1.推进健康城市建设。新建示范点3个。（牵头单位：市卫生健康委；配合单位：各县（市、区）人民政府）');
    expect(d.tasks[0]!.departments.support).toEqual(['各县（市、区）人民政府']);
  });
});

describe('shapes seen on real pages', () => {
  it('takes a short heading that ends in 。 over numbered items with their own text as a section', () => {
    const d = extractText('2024年全省卫生健康工作要点\n一、总体要求\n坚持以人民健康为中心。\n二、主要任务\n（一）实施健康促进行动。\n1.主要目标指标。\n人均预期寿命达80岁,健康素养水平达到35%以上。\n2.重点工作举措。\n（1）开展科普。新增科普专家100名。\n（二）实施疾病防控行动。\n3.主要目标指标。\n重大慢病过早死亡率降至9%。');
    expect(d.sections.map((s) => s.title)).toEqual(['总体要求', '实施健康促进行动', '实施疾病防控行动']);
    expect(d.tasks.map((t) => `${t.section}|${t.title}|${t.targets.length}`)).toEqual(['2|主要目标指标|2', '2|重点工作举措|1', '3|主要目标指标|1']);
  });

  it('reads the title from a journal\'s running header and names the units of national bodies', () => {
    const d = extractText('Page 5 - 石岭医药 2024年1期\n2024 年 2 月 第 1 期   健康中国行动推进委员会办公室:健康中国行动2024年工作要点   5\n（一）推进科普行动。开展科普活动。(全国妇联、共青团中央负责)');
    expect([d.title, d.region]).toEqual(['健康中国行动2024年工作要点', '全国']);
    expect(d.tasks[0]!.departments.lead).toEqual(['全国妇联', '共青团中央']);
  });
});

describe('a page that is one task record', () => {
  it('reads the task with its units and deadline', () => {
    const d = extractText('具体任务\n完成发热门诊改造,新建胸痛中心2个。\n责任单位\n卫健局、医保局\n配合单位\n各乡镇\n完成时限\n6月底前');
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.departments.support, t.deadlines])).toEqual([
      ['完成发热门诊改造,新建胸痛中心2个', ['卫健局', '医保局'], ['各乡镇'], ['6月底前']],
    ]);
  });
});

describe('a page in Traditional characters', () => {
  it('is read in Simplified characters, and its titles, names and units are quoted as written', () => {
    const d = extractText([
      '石嶺縣衛生健康局2024年工作要點',
      '一、提升醫療服務能力',
      '1.加強急診急救體系建設。新建急救站點6個，急救反應時間控制在12分鐘以內。（醫政股負責，財務股參與）',
      '2.推進家庭醫生簽約服務。重點人群簽約率達到80%以上。（基層衛生股牽頭）',
    ].join('\n'));
    expect([d.title, d.year, d.region, d.kind]).toEqual(['石嶺縣衛生健康局2024年工作要點', 2024, '石嶺縣', 'plan']);
    expect(d.sections.map((s) => s.title)).toEqual(['提升醫療服務能力']);
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.departments.support])).toEqual([
      ['加強急診急救體系建設', ['醫政股'], ['財務股']],
      ['推進家庭醫生簽約服務', ['基層衛生股'], []],
    ]);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => [x.comparator, x.value, x.unit]))).toEqual([['=', 6, '個'], ['<=', 12, '分鐘'], ['>=', 80, '%']]);
  });

  it('quotes a title with its own full-width brackets and script, however reading folded them', () => {
    const d = extractText('石嶺縣衛生健康局2024年重點任務推進臺賬（截至6月30日）\n一、醫療服務\n1.加強急診急救體系建設。新建急救站點6個。');
    expect(d.title).toBe('石嶺縣衛生健康局2024年重點任務推進臺賬（截至6月30日）');
  });

  it('leaves a Simplified text that holds a few Traditional characters (a name, a quotation) as it is', () => {
    const d = extractText('石岭县卫生健康局2024年工作要点\n一、医疗服务\n1.加强急救体系建设。邀请於国华等专家授课，新建急救站点6个。');
    expect(d.tasks[0]!.title).toBe('加强急救体系建设');
    expect(d.tasks[0]!.text).toContain('於国华');
  });
});

describe('items run together on one line', () => {
  it('are cut where the next item number follows a sentence\'s end, numbers skipped or not, and points numbered from 1 inside an item stay', () => {
    const d = extractText('2024年石岭县职业健康工作要点\n一、源头治理\n3.完善职业病危害因素监测。监测覆盖所有乡镇、街道和工业园区，工作场所职业病危害因素监测企业不少于500家，监测结果及时向社会公布。4.提升职业病诊断救治能力。每个乡镇至少确定1家随访机构，新建尘肺病康复站20个。7.加强监管队伍建设。举办监管人员培训班4期，培训监管人员300人次。\n8.强化宣传教育。以宣传周为契机深入企业、车间开展宣传活动，做到全县用人单位全覆盖、劳动者全参与、宣传材料全发放。1.开展宣传周活动。2.覆盖劳动者10万人次。');
    expect(d.tasks.map((t) => t.number)).toEqual(['3', '4', '7', '8']);
  });
});

describe('a circled numeral a conversion turned into a digit', () => {
  it('is read where the circled items before it want that number next (`4加强…` after `③`), and a figure is not', () => {
    const d = extractText('2017年石岭区卫计局工作计划\n（一）公共卫生\n①提高服务质量。经费补助标准提高到50元。\n②抓好疾病防控。接种率保持在95%以上。\n③做好爱国卫生。创建省级卫生村5个。\n4加强慢病防控。建成示范社区3个。\n（二）妇幼健康\n①保障母婴安全。孕产妇死亡率控制在15/10万以内。\n②4月底前完成两癌检查部署。');
    expect(d.tasks.map((t) => t.number)).toEqual(['①', '②', '③', '④', '①', '②']);
  });
});

describe('a document-sharing page that breaks its outline over pages', () => {
  it('goes on with the numbers the lines before reached (（三） / …（四）…四、…), and a heading of aims run into its text is no task', () => {
    const page2 = '每年春秋两季集中开展服务,已婚育龄妇女服务覆盖率达到90%以上。（四）完善利益导向机制。资格确认准确率100%,走访慰问覆盖率达到100%。（五）加强流动人口服务管理。流动人口信息录入及时率达到95%。四、考核奖惩 1、考核内容。年底逐村进行考评。2、兑现奖惩。对考核前三名的村分别给予奖励。';
    const d = extractText(['石岭镇2017年人口和计划生育工作计划', '一、指导思想 以党的十八大精神为指导,坚持计划生育基本国策,落实三项制度,抓好三项指标,完善四大体系。', '三、工作措施', '（一）加强宣传教育。新设固定宣传牌3块。', '（二）做好生育登记服务。生育登记及时率达到95%。', '（三）规范计生技术服务。', page2].join('\n'));
    expect(d.tasks.map((t) => t.number)).toEqual(['一', '二', '三', '四', '五', '1', '2']);
  });
});

describe('three levels: 一、 over （一）ending in a full stop over 1. items', () => {
  it('reads the 1. items as the tasks where at least half of them carry work of their own, the （一） as their heading', () => {
    const d = extractText(['石岭市中医药发展规划实施分工方案', '一、切实提高中医医疗服务能力', '（一）完善中医医疗服务网络。', '1. 全面建成以中医类医院为主体、综合医院中医药科室为骨干、基层医疗卫生机构为基础的中医医疗服务网络，每千人口公立中医类医院床位数达到0.55张。（市中医药局负责）', '2. 合理配置资源。', '（二）提高中医药服务能力。', '3. 加强中医优势专科建设，建成省级中医重点专科5个以上，市级中医重点专科覆盖所有县级中医医院。（市中医药局负责）'].join('\n'));
    expect(d.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
  });
});

describe('a numbered heading over a form and a table of figures', () => {
  it('is one task holding its table\'s figures (a budget\'s 绩效目标表)', () => {
    const d = extractText(['石岭区卫生健康局2024年项目支出绩效目标表', '1.基本公共卫生服务项目', '项目名称  基本公共卫生服务项目', '实施单位  区疾病预防控制中心', '年度总体目标  为辖区常住居民免费提供基本公共卫生服务，提高居民健康水平。', '一级指标  二级指标  三级指标  指标值', '产出指标  数量指标  居民电子健康档案建档率  ≥90%', '          高血压患者规范管理率  ≥65%', '  成本指标  签约服务费人均标准  ＝120元/人', '2.疫情防控项目', '项目名称  疫情防控项目', '年度总体目标  及时发现、规范处置疫情。', '一级指标  二级指标  三级指标  指标值', '产出指标  数量指标  核酸检测能力  ≥5000份/日', '  质量指标  密切接触者追踪率  ≥98%', '效益指标  社会效益指标  聚集性疫情发生数  ≤1起'].join('\n'));
    expect(d.tasks.map((t) => [t.number, t.title, t.targets.map((x) => [x.comparator, x.value, x.unit])])).toEqual([
      ['1', '基本公共卫生服务项目', [['>=', 90, '%'], ['>=', 65, '%'], ['=', 120, '元/人']]],
      ['2', '疫情防控项目', [['>=', 5000, '份/日'], ['>=', 98, '%'], ['<=', 1, '起']]],
    ]);
  });
});

describe('a plan\'s account of what its period starts from', () => {
  it('makes no task of （一）发展基础 under a part, and reads its figures as results of the overview', () => {
    const d = extractText(['石岭市卫生健康“十四五”规划', '一、开启全民健康新时代', '（一）发展基础', '“十三五”时期，全市卫生健康事业较快发展，每千常住人口医疗卫生机构床位数达到5.8张，人均预期寿命提高到78.2岁。', '（二）面临形势', '人口老龄化程度加深，健康需求持续增长。', '二、主要任务', '（一）完善医疗服务体系。新增床位800张。'].join('\n'));
    expect(d.tasks.map((t) => t.title)).toEqual(['完善医疗服务体系']);
    expect(d.overview.map((x) => [x.value, x.kind])).toEqual([[5.8, 'achievement'], [78.2, 'achievement']]);
  });
});

describe('a page glued into one line under its title', () => {
  it('keeps the line, web address and all, and reads its figures', () => {
    const d = extractText('石岭县卫生健康局2023年工作总结汇编(5篇)\n范文网,海量公文素材,下载网址:www.example.com。 石岭县卫生健康局2023年工作总结 2023年,我局深入学习贯彻党的二十大精神,开工医院建设项目5个,新增床位600张,全县医疗机构诊疗人次达到120.5万人次,同比增长3.2%,各项工作取得新成效。');
    expect(d.tasks.flatMap((t) => t.targets.map((x) => x.value))).toEqual([5, 600, 1205000, 3.2]);
  });
});

describe('a summary and a plan on a document-sharing site\'s pages', () => {
  it('reads pages numbered 1、2、3、 (each a page long, the last cut short) as pages, the title printed twice and the first heading glued to it', () => {
    const p1 = '1、石岭区卫生健康局2021年度工作总结及2022年度工作计划范文石岭区卫生健康局2021年度工作总结及2022年度工作计划范文一、工作总结2021年,区卫生健康局统筹推进疫情防控和卫生健康事业发展,各项工作取得明显成效。(一)抓好常态化疫情防控。全年完成核酸检测126万人次,累计接种新冠病毒疫苗215万剂次,18岁以上人群全程接种率达到95.6%。(二)健全医疗服务体系。区人民医院新院区建成投用,全区新增床位';
    const p2 = '2、620张,每千常住人口床位数提高到4.1张,基层诊疗量占比达到55.2%,较上年提高3.1个百分点。二、2022年工作计划(一)持续抓好疫情防控。年内建成区级核酸检测基地1个,日检测能力达到5万管,加强免疫接种率达到85%以上,完善平急结合机制,提升流调溯源能力,健全多点触发的监测预警机制,加强重点场所和重点人群的常态化监测,压实属地、部门、单位和个人四方责任,确保疫情防控各项措施落实落细。坚持以人民健康为中心,统筹发展和安全,持续深化医药卫生体制改革,不断增强人民群众的获得感、幸福感、安全感。';
    const p3 = '3、(二)加快医疗资源扩容。新建社区卫生服务站6家,家庭医生重点人群签约率达到80%以上,基层诊疗量占比提高到58%,区人民医院通过三级医院评审,深化与高校附属医院合作,推进医疗健康集团一体化管理,提升服务能力,加快区妇幼保健院迁建项目建设,年底前实现主体封顶,持续改善群众就医体验,让群众在家门口看得上病、看得好病。坚持以人民健康为中心,统筹发展和安全,持续深化医药卫生体制改革,不断增强人民群众的获得感、幸福感、安全感。';
    const d = extractText([p1, p2, p3, '4、'].join('\n'));
    expect(d.title).toBe('石岭区卫生健康局2021年度工作总结及2022年度工作计划');
    expect(d.tasks.map((t) => [t.number, t.targets.map((x) => x.kind[0]).join('')])).toEqual([['一', 'aaa'], ['二', 'aaaa'], ['一', 'ttt'], ['二', 'ttt']]);
  });
});

describe('a page whose only numbering is 一是…二是…三是… (a news item, a column)', () => {
  const news = [
    '青禾县部署2023年卫生健康八项任务',
    '本报讯 日前召开的全县卫生健康工作会议总结了上年工作。过去一年,全县新建村卫生室12所,家庭医生签约率达到58.5%。会议明确了今年的重点任务:一是推进医共体建设,县域内就诊率达到90%以上。二是加强人才队伍建设,招聘医学人才40名。三是提升公共卫生服务能力,建档率达到90%以上。四是深化中医药服务,新建中医馆3个。',
  ].join('\n');

  it('takes the points as the tasks, run into one paragraph after a colon', () => {
    expect(outline(news).tasks).toEqual(['null|一|推进医共体建设,县域内就诊率达到90%以上', 'null|二|加强人才队伍建设,招聘医学人才40名', 'null|三|提升公共卫生服务能力,建档率达到90%以上', 'null|四|深化中医药服务,新建中医馆3个']);
  });

  it('reads the results of the year before, in the lead-in, as results', () => {
    const d = extractText(news);
    expect(d.overview.map((t) => [t.kind, t.value])).toEqual([['achievement', 12], ['achievement', 58.5]]);
  });

  it('takes points that stand as paragraphs as the tasks', () => {
    const column = '守正创新 推动高质量发展\n2023年,全市将坚持以人民健康为中心。\n一是构建公共卫生体系。新建发热哨点诊室10个。\n二是推动医疗高质量发展。新增省级重点专科3个。\n三是深化医改。组建医疗集团2个。';
    expect(outline(column).tasks).toEqual(['null|一|构建公共卫生体系', 'null|二|推动医疗高质量发展', 'null|三|深化医改']);
  });

  it('leaves two points in a paragraph to the paragraph', () => {
    const text = '青禾县2023年卫生健康工作安排\n全年重点抓好两件事:一是推进医共体建设,县域内就诊率达到90%以上。二是加强人才队伍建设,招聘医学人才40名。';
    expect(outline(text).tasks).toHaveLength(1);
  });
});

describe('a page of top headings with no numbered items, each over a paragraph of 一是…二是…', () => {
  const page = [
    '青禾区卫生健康局2023年工作总结',
    '一、聚焦一条主线',
    '全年我们把健康青禾建设作为主线,推动各项工作落地见效。一是健康青禾行动有序推进,30项指标中已有24项达到目标值。二是爱国卫生运动深入开展,新建农村公厕40座。三是健康素养稳步提升,居民健康素养水平达到28.5%。',
    '二、筑牢两道防线',
    '我们坚持防疫情和防疾病两手抓。一是疫情防控防线牢牢守住,新冠疫苗全程接种率达到92.1%。二是重大疾病防控有力有效,适龄儿童免疫规划疫苗接种率保持在95%以上。',
  ].join('\n');

  it('takes the points as the tasks of their heading, two of them too', () => {
    expect(outline(page)).toEqual({
      sections: ['一|聚焦一条主线', '二|筑牢两道防线'],
      tasks: ['1|一|健康青禾行动有序推进,30项指标中已有24项达到目标值', '1|二|爱国卫生运动深入开展,新建农村公厕40座', '1|三|健康素养稳步提升,居民健康素养水平达到28.5%', '2|一|疫情防控防线牢牢守住,新冠疫苗全程接种率达到92.1%', '2|二|重大疾病防控有力有效,适龄儿童免疫规划疫苗接种率保持在95%以上'],
    });
  });

  it('takes the points of a heading with no items as its tasks where the page numbers items under another heading', () => {
    const withItems = `${page}\n三、2024年工作打算\n1.推进医共体建设。县域内就诊率达到90%以上。\n2.加强人才培养。招聘医学人才40名。`;
    expect(outline(withItems).tasks).toHaveLength(7);
  });

  it('reads an answer under its question whole', () => {
    const qa = '《2023年青禾区卫生健康工作要点》解读\n一、问:今年的主要目标是什么?\n答:主要有三个方面。一是居民健康素养水平达到30%以上。二是孕产妇死亡率控制在10/10万以下。三是新建村卫生室20个。';
    expect(outline(qa).tasks).toHaveLength(1);
  });
});

describe('a notice that wraps the plan and numbers points of its own', () => {
  it('reads the outline from under the plan\'s own title, not from the notice\'s 一、二、', () => {
    const page = [
      '青禾市卫生健康委员会关于印发2023年全市卫生健康工作要点的通知',
      '各县(区)卫生健康局,委机关各科室:',
      '现将《2023年全市卫生健康工作要点》印发给你们,并就抓好落实通知如下:',
      '一、提高思想认识。各单位要把要点落实作为全年工作的主线。',
      '二、压实工作责任。各牵头科室于每月5日前报送进展情况。',
      '青禾市卫生健康委员会',
      '2023年3月1日',
      '2023年全市卫生健康工作要点',
      '一、抓好疫情防控',
      '(一)健全防控机制。发热门诊设置率达到100%。(牵头单位:疾控科)',
      '二、深化医改',
      '(二)推进分级诊疗。县域内就诊率达到90%以上。(牵头单位:体改科)',
    ].join('\n');
    expect(outline(page)).toEqual({ sections: ['一|抓好疫情防控', '二|深化医改'], tasks: ['1|一|健全防控机制', '2|二|推进分级诊疗'] });
  });
});

describe('a document-sharing site\'s numbered notes to its users', () => {
  it('are no tasks', () => {
    const page = ['温馨提示:', '1. 本文档由用户上传,版权归属用户,本站负责整理代发布。', '2. 下载前请仔细阅读文档内容,确认符合需求后再下载。', '3. 付费完成后未能成功下载的用户请联系客服处理。', '网站客服:400-000-0000', '青禾县卫生健康局2023年工作计划', '一、重点工作', '1.推进医共体建设。县域内就诊率达到90%以上。', '2.加强人才培养。招聘医学人才40名。', '3.落实先诊疗后付费。覆盖率达到100%。'].join('\n');
    expect(outline(page).tasks).toEqual(['1|1|推进医共体建设', '1|2|加强人才培养', '1|3|落实先诊疗后付费']);
  });
});

describe('a page of paragraphs each headed before a colon, with no numbering', () => {
  it('takes the headed paragraphs as the tasks, titled by their headings, and the intro as none', () => {
    const page = [
      '2025年青禾市卫生健康工作计划',
      '2025年是“十四五”规划收官之年,青禾市卫生健康委围绕以下重点推进工作。',
      '提升优质医疗资源供给:推进市人民医院新院区开诊运行,新增三级医院1家。',
      '深化公立医院改革:新组建紧密型城市医疗集团3个,推进薪酬制度改革。',
      '筑牢公共卫生防线:二级以上医疗机构传染病网络直报率达到100%。',
    ].join('\n');
    expect(outline(page).tasks).toEqual(['null||提升优质医疗资源供给', 'null||深化公立医院改革', 'null||筑牢公共卫生防线']);
  });
});

describe('a heading of two clauses with a full stop over numbered items', () => {
  it('is a section over its items, not a task that swallows them', () => {
    const text = '2024年青禾区卫生健康工作要点\n一、工作任务\n(一)织密公共卫生防护网,提升疾病防控能力。\n1. 健全疾病预防控制体系。新增检测项目40项。\n2. 强化慢性病综合防控。规范管理率达到65%以上。\n(二)优化医疗资源布局,提升医疗服务水平。\n3. 推动区级医院能力提升。新增专科2个。\n4. 做实紧密型医共体。互认率达到90%。';
    expect(outline(text)).toEqual({
      sections: ['一|织密公共卫生防护网,提升疾病防控能力', '二|优化医疗资源布局,提升医疗服务水平'],
      tasks: ['1|1|健全疾病预防控制体系', '1|2|强化慢性病综合防控', '2|3|推动区级医院能力提升', '2|4|做实紧密型医共体'],
    });
  });
});

describe('a heading of aims glued to its text', () => {
  it('is no task (一、总体要求坚持…), where a heading of work is', () => {
    const text = '2019年全市卫生健康工作要点\n一、总体要求坚持以人民健康为中心,统筹推进疫情防控和卫生健康事业发展,不断增强群众获得感。\n二、主要任务\n(一)健康促进行动\n1.主要目标指标。居民健康素养水平达到22%以上。\n2.重点工作举措。开展健康知识普及。\n三、保障措施各地要加强组织领导,把重点任务纳入年度目标考核,确保各项任务落到实处。';
    expect(outline(text).tasks).toEqual(['1|1|主要目标指标', '1|2|重点工作举措']);
  });
});

describe("a summary's part for the next year (fictional 石岭县)", () => {
  const kinds = (text: string) => extractText(text).tasks.map((t) => `${t.section}|${t.title}|${t.targets.map((x) => x.kind).join(',')}`);

  it('takes the (一) headings over paragraphs under `工作打算` as the work to come, not as aims', () => {
    const text = ['石岭县卫生健康局2024年工作总结', '一、主要工作及成效', '(一)深化医改', '全县基层就诊率达到66.2%。', '二、存在的问题', '一是人才不足;二是设备老化。', '三、2025年工作打算', '(一)持续深化医共体改革', '基层就诊率提高到68%以上。', '(二)加快项目建设', '完成5家乡镇卫生院提档升级。'].join('\n');
    expect(kinds(text)).toEqual(['1|深化医改|achievement', '2|持续深化医共体改革|target', '2|加快项目建设|target']);
  });

  it('reads a part heading that names a later year\'s work anywhere in it (`扎实做好2019年各项工作`)', () => {
    const text = ['石岭县卫生健康局2018年度工作总结', '一、回顾总结,全年工作取得新成效', '(一)医疗服务能力稳步提升', '县域内就诊率达到86.4%。', '二、突出重点,扎实做好2019年各项工作', '(一)深化医共体建设', '县域内就诊率达到88%以上。'].join('\n');
    expect(kinds(text)).toEqual(['1|医疗服务能力稳步提升|achievement', '2|深化医共体建设|target']);
  });

  it('turns to the next year at an unnumbered lead-in (`2018年，我们将重点抓好以下工作：`), which is no task', () => {
    const text = ['石岭县卫生计生局2017年工作总结', '医疗服务持续改善。全年新建村卫生室12所，县域内就诊率达到86.1%。', '公共卫生扎实推进。电子健康档案建档率达到83.2%。', '2018年，我们将重点抓好以下工作：', '持续深化医改。县域内就诊率达到90%以上。', '全力提升基层能力。再改扩建乡镇卫生院3所。'].join('\n');
    expect(kinds(text)).toEqual(['null|医疗服务持续改善|achievement,achievement', 'null|公共卫生扎实推进|achievement', 'null|持续深化医改|target', 'null|全力提升基层能力|target']);
  });
});

describe('a document title as its page writes it', () => {
  it('keeps its full-width brackets and colon', () => {
    expect(extractText('石岭县卫生健康局2024年工作要点（征求意见稿）\n一、甲\n1.推进一项工作。新建示范点2个。').title).toBe('石岭县卫生健康局2024年工作要点（征求意见稿）');
  });
});

describe('a notice with points of its own around the plan it hands out (fictional 溪桥市)', () => {
  it('breaks no notice title over two lines, and takes the plan\'s own title line, its place with it', () => {
    const text = [
      '溪桥市人民政府办公室',
      '关于印发2022年卫生健康重点任务',
      '责任落实分工的通知',
      '各县(区)人民政府，市政府各部门：',
      '现将《溪桥市2022年卫生健康重点任务责任落实分工》印发给你们，请结合实际，认真抓好落实。',
      '一、各牵头单位要高度重视，主要负责同志亲自抓。',
      '二、市卫生健康委要建立落实台账，对推进缓慢的任务予以通报。',
      '溪桥市2022年卫生健康重点任务责任落实分工',
      '一、深化医药卫生体制改革',
      '1.推进紧密型医共体建设。组建医共体2个。（牵头单位：市卫生健康委）',
    ].join('\n');
    const d = extractText(text);
    expect(d.title).toBe('溪桥市2022年卫生健康重点任务责任落实分工');
    expect(d.tasks.map((t) => t.title)).toEqual(['推进紧密型医共体建设']);
  });

  it('reads a ledger one cell a line after a notice that says `通知如下`, its annex named on the line that announces it', () => {
    const text = [
      '关于对2016年重点督办事项实行台账管理的通知',
      '各科、室、中心：',
      '为提高机关效能，决定对2016年重点督办事项实行台账管理，现就有关事宜通知如下。',
      '一、各责任科室对列入台账的事项实行一事一记，并将进展情况于每月28日前报委办公室。',
      '二、有明确办结时限的应提前办结。',
      '附件:溪桥市卫生计生委2016年重点督办事项台账',
      '溪桥市卫生计生委2016年重点督办事项台账',
      '序号', '督办事项', '工作目标', '责任科室', '配合单位', '办结时限',
      '1', '公立医院综合改革', '公立医院预约诊疗率达到50%以上。', '医政医管科', '市财政局', '2016年9月',
      '2', '卫生应急', '新建市级卫生应急物资储备库1个。', '卫生应急办', '市紧急救援中心', '2016年10月',
      '溪桥市卫生和计划生育委员会办公室',
      '2016年3月14日印发',
    ].join('\n');
    const d = extractText(text);
    expect(d.title).toBe('溪桥市卫生计生委2016年重点督办事项台账');
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.departments.support])).toEqual([
      ['公立医院综合改革', ['医政医管科'], ['市财政局']],
      ['卫生应急', ['卫生应急办'], ['市紧急救援中心']],
    ]);
  });

  it('reads items numbered in tortoise-shell brackets (`〔1〕`)', () => {
    const d = extractText('溪桥市2024年重点工作任务分工方案\n一、推进医疗服务高质量发展\n〔1〕推进城市医疗集团建设。组建城市医疗集团3个。\n〔2〕提升急诊急救能力。新增院前急救站点4个。');
    expect(d.tasks.map((t) => [t.number, t.title])).toEqual([['1', '推进城市医疗集团建设'], ['2', '提升急诊急救能力']]);
  });
});

describe('an item whose mark a copy lost, between two items of its style (fictional 溪桥县)', () => {
  it('reads `3推进…` between `2、` and `4、` as item 3, and no figure opening a sentence as one', () => {
    const text = ['溪桥县卫生和计划生育局2016年工作要点', '一、深化医改', '1、推进县级公立医院综合改革。药占比控制在38%以内。', '2、完善分级诊疗制度。县域内就诊率达到88%以上。', '3推进家庭医生签约服务。组建家庭医生团队46个。', '二、加强公共卫生服务', '4、提高基本公共卫生服务水平。补助标准提高到45元。', '5家乡镇卫生院完成标准化建设。'].join('\n');
    expect(extractText(text).tasks.map((t) => [t.number, t.title])).toEqual([['1', '推进县级公立医院综合改革'], ['2', '完善分级诊疗制度'], ['3', '推进家庭医生签约服务'], ['4', '提高基本公共卫生服务水平']]);
  });
});

describe("a meeting's news that states the year's goals in a paragraph of their own (fictional 溪桥省)", () => {
  const page = ['溪桥省卫生健康工作会议召开 部署2021年八项重点任务', '来源:溪桥日报', '2月8日，2021年溪桥省卫生健康工作会议召开，省卫生健康委主任出席会议并讲话。', '会议明确，2021年全省卫生健康工作的主要目标是：人均预期寿命达到78.4岁，孕产妇死亡率控制在11/10万以下。', '会议部署了八项重点任务。一是慎终如始抓好疫情防控，全省新冠病毒疫苗重点人群接种率达到90%以上；二是深化医改，紧密型县域医共体建设覆盖60%以上的县（市、区）；三是加强卫生健康人才队伍建设，面向基层招聘医学专业人才2000名。', '相关新闻', '溪桥：今年将新增普惠托位1.2万个'].join('\n');

  it('makes that paragraph a task, and reads nothing under the related news', () => {
    const d = extractText(page);
    const goals = d.tasks.find((t) => t.title.startsWith('会议明确'));
    expect(goals?.targets.map((x) => x.value)).toEqual([78.4, 11]);
    expect([...d.overview, ...d.tasks.flatMap((t) => t.targets)].map((x) => x.value)).not.toContain(12000);
  });

  it('names the country for a page whose byline gives a national body as its source', () => {
    expect(extractText('2020年基层卫生健康工作要点\n发布时间:2020-04-27    来源:国家卫生健康委基层卫生健康司\n一、重点任务\n1.加强人才队伍建设。招聘执业医师5000人。').region).toBe('全国');
  });
});

describe("a plan's schedule part (fictional 溪桥市)", () => {
  it('makes no task and no section of the phases under `进度安排` / `工作步骤`, numbered or not', () => {
    const text = ['2019年溪桥市妇幼健康项目实施方案', '一、项目内容', '1.母婴安全保障。孕产妇系统管理率达到90%以上。', '2.出生缺陷综合防治。产前筛查率提高到75%。', '二、进度安排', '1.4月底前，各县区制定项目实施方案。', '2.5月至11月，全面组织实施，完成筛查60%。', '三、工作步骤', '（一）启动阶段（2019年6月至12月）：开展基线调查。'].join('\n');
    const d = extractText(text);
    expect(d.sections.map((s) => s.title)).toEqual(['项目内容']);
    expect(d.tasks.map((t) => t.title)).toEqual(['母婴安全保障', '出生缺陷综合防治']);
  });
});

describe('a plan whose paragraphs are headed by a short label and a colon (`基层：…`, `妇幼：…`)', () => {
  const page = [
    '资料简介:',
    '石岭省2013年卫生工作要点',
    '今年全省卫生系统将围绕保基本、强基层、建机制，巩固医改成果，确保群众看病负担进一步减轻。',
    '目标：新农合参合率稳定在95%以上，人均筹资标准达到340元。',
    '基层：年内完成60所乡镇卫生院标准化建设，培训乡村医生2000人次。',
    '妇幼：农村孕产妇住院分娩率达到97%以上，婴儿死亡率控制在12‰以内。',
    '医院：二级以上医院全部开展临床路径管理，三级医院平均住院日控制在11天以内。',
    '药政：基本药物网上集中采购率达到95%以上。',
    '相关资源:石岭省2012年卫生工作总结 | 2013年全省卫生工作会议讲话',
  ].join('\n');
  it('each labelled paragraph is a task titled by its label; the intro and the site\'s links are none', () => {
    const d = extractText(page);
    expect(d.tasks.map((t) => [t.title, t.departments.lead])).toEqual([['目标', []], ['基层', []], ['妇幼', []], ['医院', []], ['药政', []]]);
  });
});

describe('a summary\'s plan part of short points, each closed by a semicolon', () => {
  const page = [
    '南屿区妇幼工作2021年总结暨2022年工作计划',
    '一、妇幼民生工程项目任务全面完成。',
    '一是免费婚检项目。',
    '全区婚检率为86.2%。',
    '二是两癌筛查项目。',
    '全年完成宫颈癌筛查4120人。',
    '二、2022年工作计划',
    '2022年，区妇计中心将重点抓好以下工作：',
    '一是婚检率力争达到90%以上；',
    '二是两癌筛查任务完成率不低于100%；',
    '三是6月底前新增产科床位15张。',
    '第一篇：南屿区妇幼工作2021年总结暨2022年工作计划 第二篇：镇卫生院妇幼保健工作总结',
  ].join('\n');
  it('the points are tasks, not headings; the site\'s list of its essays is none', () => {
    const d = extractText(page);
    expect(d.sections.map((s) => s.title)).toEqual(['妇幼民生工程项目任务全面完成', '2022年工作计划']);
    expect(d.tasks.slice(-3).map((t) => [t.title, t.targets.map((x) => x.kind)])).toEqual([
      ['婚检率力争达到90%以上', ['target']],
      ['两癌筛查任务完成率不低于100%', ['target']],
      ['6月底前新增产科床位15张', ['target']],
    ]);
  });
});

describe('goals named by what the plan is for (复审目标, 创建目标)', () => {
  it.each(['复审目标', '创建目标', '建设目标'])('二、%s over a paragraph of 一是… points is one task', (heading) => {
    const plan = [
      '2022年慢性病综合防控示范区建设方案',
      '一、背景',
      '慢性病是影响居民健康的主要疾病。',
      `二、${heading}`,
      '到2022年底，各项指标达到省级标准。一是居民健康素养水平达到22%以上；二是高血压患者规范管理率达到65%；三是建成健康步道10条。',
      '三、工作内容',
      '(一)健全工作机制。每半年召开1次联席会议。(县卫健局牵头)',
      '(二)强化高危人群干预。年内完成高危人群筛查3000人。(县疾控中心负责)',
    ].join('\n');
    const d = extractText(plan);
    expect(d.tasks).toHaveLength(3);
    expect(d.tasks[0]!.targets.map((t) => t.value)).toEqual([22, 65, 10]);
  });
});

describe('a plan with an annexed table of further tasks (fictional 泓溪自治区)', () => {
  it('reads the annex\'s rows as tasks of their own, not points of the plan\'s last item', () => {
    const plan = [
      '健康泓溪行动2023年工作要点',
      '一、强化健康促进',
      '(一)普及健康生活方式。全区居民健康素养水平达到25%以上。',
      '(二)做实家庭医生签约。重点人群签约服务覆盖率达到75%。',
      '附件',
      '重点任务清单',
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '| 1 | 开展癌症早诊早治,完成城市癌症筛查1.6万人 | 自治区卫生健康委 | 自治区财政厅 | 2023年11月底前 |',
      '| 2 | 推进农村改厕,新改建户厕4.2万座 | 自治区农业农村厅 | 自治区卫生健康委 | 2023年10月底前 |',
    ].join('\n');
    const d = extractText(plan);
    expect(d.tasks.map((t) => t.title)).toEqual(['普及健康生活方式', '做实家庭医生签约', '开展癌症早诊早治,完成城市癌症筛查1.6万人', '推进农村改厕,新改建户厕4.2万座']);
    expect(d.tasks[1]!.departments.lead).toEqual([]);
    expect(d.tasks[3]!.departments).toMatchObject({ lead: ['自治区农业农村厅'], support: ['自治区卫生健康委'] });
  });

  it('reads the annex of a part that points to it (`…见附件`) as that part\'s tasks', () => {
    const plan = [
      '2019年石岭县深化医改重点工作任务',
      '一、工作目标',
      '2019年，全县县域内就诊率达到90%以上。',
      '二、重点任务',
      '各项任务的牵头单位、配合单位和完成时限见附件。',
      '附件',
      '石岭县2019年深化医改重点工作任务分工表',
      '| 序号 | 工作内容 | 牵头单位 | 配合单位 | 完成时限 |',
      '| 1 | 组建医共体2个 | 县卫生健康局 | 县人社局 | 2019年6月底前 |',
      '| 2 | 推行按病种付费,病种数达到150个以上 | 县医疗保障局 | 县卫生健康局 | 2019年9月底前 |',
    ].join('\n');
    const d = extractText(plan);
    expect(d.tasks.map((t) => t.title)).not.toContain('各项任务的牵头单位、配合单位和完成时限见附件');
    expect(d.tasks.slice(-2).map((t) => t.section)).toEqual([2, 2]);
  });
});

describe('an item number glued to the deadline after it (`5.6月底前…`)', () => {
  it('is item 5, its deadline June', () => {
    const d = extractText('2019年重点工作任务\n一、重点任务\n4.组建家庭医生团队126个。\n5.6月底前完成县级公立医院章程制定。\n6.次均费用增幅控制在5%以内。');
    expect(d.tasks.map((t) => [t.number, t.title, t.deadlines])).toEqual([
      ['4', '组建家庭医生团队126个', []],
      ['5', '6月底前完成县级公立医院章程制定', ['6月底前']],
      ['6', '次均费用增幅控制在5%以内', []],
    ]);
  });
});

describe('principles numbered under their heading (fictional 溪桥县)', () => {
  it('are no tasks, whatever level they stand at', () => {
    const d = extractText('溪桥县2017年中医药工作方案\n一、总体目标\n1.中医馆建成率达到100%。\n(二)基本原则。\n1. 政府主导，部门协作。各部门按职责分工共同推进。\n2. 突出重点，分步实施。成熟一个、验收一个。\n三、主要任务\n(一)建设中医馆。全年建成中医馆8个。\n(二)培养人才。培训乡村医生100名。');
    expect(d.tasks.map((t) => t.title)).toEqual(['中医馆建成率达到100%', '建设中医馆', '培养人才']);
  });
});

describe('a plan set out in parts named in brackets (fictional 青禾医院)', () => {
  const text = [
    '青禾医院2019年"院感防控提升年"活动方案',
    '【指导思想】',
    '以降低院内感染风险为核心，在全院开展院感防控提升活动。',
    '【工作目标】',
    '1.手卫生依从率达到85%以上。 2.院感病例漏报率控制在5%以下。',
    '3.多重耐药菌检出报告率100%。',
    '【活动范围】全院各临床科室 【活动内容】',
    '(1)开展手卫生专项督查。每月督查各病区1次，问题整改率达到100%。(院感科牵头，护理部配合)',
    '(2)加强重点部门监测。重症医学科目标性监测覆盖率100%。(院感科负责)',
    '【实施步骤】',
    '第一阶段:动员部署(2019年3月份)',
    '召开动员会，抽查病历不少于100份。',
    '【工作要求】',
    '各科室要高度重视，确保活动取得实效。',
  ].join('\n');

  it('reads the parts as the top headings, a part run on to the next on one line parted, and the items under each as its tasks', () => {
    const o = outline(text);
    expect(o.sections).toEqual(['|指导思想', '|工作目标', '|活动范围', '|活动内容', '|实施步骤', '|工作要求']);
    expect(o.tasks).toEqual(['2|1|手卫生依从率达到85%以上', '2|2|院感病例漏报率控制在5%以下', '2|3|多重耐药菌检出报告率100%', '4|1|开展手卫生专项督查', '4|2|加强重点部门监测']);
    const d = extractText(text);
    expect(d.tasks[3]!.departments).toMatchObject({ lead: ['院感科'], support: ['护理部'] });
    expect(d.tasks[4]!.targets.map((t) => t.text)).toEqual(['重症医学科目标性监测覆盖率100%']);
  });

  it("leaves a site's buttons in brackets out of the outline, one to a line or all on one", () => {
    for (const foot of [['【关闭】'], ['【纠错】 【打印】 【关闭】'], ['【打印】', '【关闭】']]) {
      const o = outline(['青禾县2019年卫生工作要点', '一、医疗服务', '1.新建胸痛中心1个。', '2.新建卒中中心1个。', ...foot].join('\n'));
      expect(o.sections).toEqual(['一|医疗服务']);
      expect(o.tasks).toEqual(['1|1|新建胸痛中心1个', '1|2|新建卒中中心1个']);
    }
  });
});

describe("a plan's indicators named before its numbered items (fictional 苇塘镇)", () => {
  it('reads `主要指标：…` above the outline as a task of its own', () => {
    const text = ['苇塘镇2016年计划生育工作计划', '2016年是全面两孩政策实施的第一年，我镇将稳妥实施各项政策。', '主要指标:人口自然增长率控制在6‰以内,出生人口性别比控制在110以下。', '(一)稳妥实施全面两孩政策。生育登记服务办结率100%。', '(二)做好孕前优生健康检查。完成检查280对。'].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => t.targets.length)).toEqual([2, 1, 1]);
    expect(d.tasks[0]!.targets.map((t) => t.metric)).toEqual(['人口自然增长率', '出生人口性别比']);
  });
});

describe('news of an inspection of the year\'s checklist (fictional 苇溪县)', () => {
  const text = [
    '健康苇塘建设工作清单督导组来我县督导',
    '9月20日上午，市健康建设督导组来我县督导工作清单进展情况，县卫健局局长陪同检查。',
    '2023年以来，我县逐条明确牵头单位和完成时限，总体推进情况较好。一是家庭医生签约扩面，重点人群签约率达到58.2%；二是基层能力提升，5家乡镇卫生院完成标准化改造；三是公共卫生巩固，居民健康素养水平达到14.1%。',
    '督导组对我县工作给予肯定，同时指出部分指标进度偏慢。县卫健局表示，将倒排工期，确保年底前重点人群签约率达到62%以上。',
  ].join('\n');

  it('reads the visit as a report of results, and what the office says it will do by the year\'s end as a target', () => {
    const d = extractText(text);
    expect(d.kind).toBe('summary');
    const figures = [...d.tasks.flatMap((t) => t.targets), ...(d.overview ?? [])].map((x) => `${x.kind} ${x.value}`);
    expect(figures.sort()).toEqual(['achievement 14.1', 'achievement 5', 'achievement 58.2', 'target 62']);
  });
});
