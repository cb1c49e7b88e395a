import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

const outline = (text: string) => {
  const d = extractText(text);
  return { sections: d.sections.map((s) => s.number), tasks: d.tasks.map((t) => [t.number, t.section, t.title]) };
};

describe('items numbered within their parts (`4.6`, `1.1.1`)', () => {
  it('a handbook\'s three levels: the deepest items are the tasks, under the top headings', () => {
    const page = [
      '石岭县2014年疾病预防控制工作考核指标',
      '一、疾病预防与控制',
      '1.1传染病预防控制',
      '1.1.1疫情报告：全县法定传染病报告及时率不低于99.5%。',
      '1.1.2监测督导：县级每季度督导1次。',
      '1.2慢性病预防控制',
      '1.2.1死因监测：死因监测覆盖人口比例达到30%以上。',
      '二、免疫规划',
      '2.1常规接种',
      '2.1.1接种率：国家免疫规划疫苗接种率达到90%以上。',
    ].join('\n');
    const d = extractText(page);
    expect(d.title).toBe('石岭县2014年疾病预防控制工作考核指标');
    expect(outline(page)).toEqual({
      sections: ['一', '二'],
      tasks: [['1.1.1', 1, '疫情报告'], ['1.1.2', 1, '监测督导'], ['1.2.1', 1, '死因监测'], ['2.1.1', 2, expect.stringMatching(/^接种率/)]],
    });
  });

  it('a page that starts part way through: `4.6`…`4.8` before `五、`, then `5.1`…, keep their numbers, and the cut item above them is a task', () => {
    const page = [
      '当前位置:首页 > 文库 > 计划方案',
      '2016年全市卫生计生重点工作任务及责任分解(5)',
      '员培训，提升执法人员依法行政能力。医疗机构监督检查覆盖率达到95%以上。（分管领导：石副主任，责任处室：监督处）',
      '4.6扎实做好妇幼健康工作。住院分娩率保持在99%以上。（分管领导：溪副主任，责任处室：妇幼处）',
      '4.7实施妇幼重大公共卫生项目。新生儿疾病筛查率达到95%。（分管领导：溪副主任，责任处室：妇幼处）',
      '4.8加强出生缺陷综合防治。建成市级产前诊断中心1个。（分管领导：溪副主任，责任处室：妇幼处）',
      '五、创新计划生育服务管理',
      '5.1落实全面两孩政策。出生人口性别比控制在110以内。（分管领导：岚副主任，责任处室：计生指导处）',
      '5.2加强流动人口服务管理。流动人口健康档案建档率达到65%。（分管领导：岚副主任，责任处室：流管处）',
    ].join('\n');
    const o = outline(page);
    expect(o.sections).toEqual(['五']);
    expect(o.tasks.map((t) => t[0])).toEqual(['', '4.6', '4.7', '4.8', '5.1', '5.2']);
    expect(extractText(page).tasks[0]!.departments.lead).toEqual(['监督处']);
  });

  it('figures a wrap set at a line\'s start, out of order, are no items', () => {
    const page = '溪桥县2021年卫生健康工作要点\n一、医疗服务\n1.推进分级诊疗。全年门诊量达到\n2.1万人次以上，住院量达到\n1.5万人次。\n2.加强急救体系。急救反应时间缩短至12分钟。';
    expect(outline(page).tasks.map((t) => t[0])).toEqual(['1', '2']);
  });

  it('a headline of a figure alone (`78.3岁`) is no item', () => {
    const page = '首页 > 新闻\n78.3岁\n到2020年,石岭省人均预期寿命达到78.3岁。\n规划明确了三项重点任务:\n一是深化医改,县域内就诊率达到90%;\n二是加强疾病防治,疫苗接种率保持在95%以上;\n三是加强人才建设,每千人口医师数达到2.5人。';
    expect(extractText(page).sections).toEqual([]);
  });
});

describe('a handbook glued into one line by a sharing site', () => {
  const page = '南屿市疾病预防控制机构2015年度绩效考核任务量化手册\n南屿市疾病预防控制机构2015年度绩效考核任务量化手册目录一、疾病预防与控制二、免疫规划三、健康教育四、综合工作一、疾病预防与控制1.1传染病预防控制1.1.1疫情报告：全市法定传染病报告及时率不低于99%。1.1.2监测督导：县级每季度督导1次。1.2慢性病预防控制1.2.1死因监测：死因监测覆盖人口比例达到30%以上。二、免疫规划2.1常规接种2.1.1接种率：国家免疫规划疫苗接种率达到90%以上。2.1.2冷链建设：12月底前冷库配置率100%。第 1 页 共 9 页';
  it('drops the contents run before the body and cuts the items where their numbers go on', () => {
    const d = extractText(page);
    expect(d.title).toBe('南屿市疾病预防控制机构2015年度绩效考核任务量化手册');
    expect(d.sections.map((s) => s.title)).toEqual(['疾病预防与控制', '免疫规划']);
    expect(d.tasks.map((t) => [t.number, t.title])).toEqual([
      ['1.1.1', '疫情报告'], ['1.1.2', '监测督导'], ['1.2.1', '死因监测'], ['2.1.1', '接种率'], ['2.1.2', '冷链建设'],
    ]);
  });

  it('figures with points in a sentence (`2.5万`, `1.2倍`) cut nothing', () => {
    const d = extractText('溪桥县2020年卫生健康工作要点\n一、医疗服务\n1.推进分级诊疗。全年门诊量达到2.5万人次，床位使用率提高1.2个百分点，住院量是去年的1.1倍，1.3万人完成签约。');
    expect(d.tasks.map((t) => t.title)).toEqual(['推进分级诊疗']);
  });
});

describe('a scheme numbered in decimals, with general provisions and a paragraph of goals (fictional 石岭县)', () => {
  const scheme = [
    '石岭县医疗机构感染防控能力提升专项行动实施方案',
    '1  总则',
    '1.1目的',
    '为进一步压实医疗机构感染防控主体责任，结合我县实际，制定本方案。',
    '1.2适用范围',
    '本方案适用于全县二级及以下医疗机构。',
    '2  工作目标',
    '到2023年底，全县院感防控体系进一步健全：一是二级医院感染管理科设置率达到100%；二是手卫生依从率达到75%以上；三是医院感染现患率控制在3%以下。',
    '3  重点任务',
    '3.1开展感控全员培训。全年培训医务人员1000人次以上。牵头单位：县卫健局医政股。',
    '3.2加强督导考核。每季度开展1次专项督查。',
  ].join('\n');

  it('makes no task of the general provisions, and one task of the goals\' paragraph', () => {
    const d = extractText(scheme);
    expect(d.tasks).toHaveLength(3);
    expect(d.tasks[0]!.targets.map((t) => t.value)).toEqual([100, 75, 3]);
    expect(d.tasks.slice(1).map((t) => t.title)).toEqual(['开展感控全员培训', '加强督导考核']);
  });
});
