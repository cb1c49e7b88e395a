import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { normalize as normalizeSource } from '../../src/normalize/index.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

const normalize = (text: string) => normalizeSource({ file: 't.txt', format: 'text', encoding: 'utf-8', text }, defaultVocabulary);

// A fictional writing site's sample of 石岭镇's plan: its outline over the text, the text cut by a member's wall.

const outline = [
  '目录/提纲:……',
  '一、以创建卫生镇为抓手，提升环境卫生水平',
  '(一)加强组织领导',
  '(二)推进环境综合整治',
  '二、加快农村改厕步伐',
  '三、深入开展健康教育',
  '(三)考核验收阶段(2019年10月1日—12月31日)',
  '……',
];
const body = [
  '石岭镇2019年爱国卫生工作计划',
  '2019年全镇爱国卫生工作，以创建卫生镇为抓手，不断提高群众健康水平。',
  '一、以创建卫生镇为抓手，提升环境卫生水平',
  '(一)加强组织领导。年内新建垃圾中转站2座。',
  '(二)推进环境综合整治。全年清理卫生死角300处以上，生活垃圾无害化处理率达到95%……(某某文秘网https://www.example.cn省略583字,正式会员可完整阅读)……',
  '三、深入开展健康教育',
  '全镇居民健康素养水平提高到12%，全年开展健康讲座不少于40场次。',
  '……(未完，全文共2816字，当前显示1019字)',
];

describe('an outline under its label, over a text that lost part of it', () => {
  it('is dropped whole, the entries the text lost and one closed by a bracket with it', () => {
    const text = normalize([...outline, ...body].join('\n')).text;
    expect(text.replace(/^[.…\s]+/, '').startsWith('石岭镇2019年爱国卫生工作计划')).toBe(true);
    expect(text).not.toContain('加快农村改厕步伐');
    expect(text).not.toContain('考核验收阶段');
  });

  it('leaves the sections and tasks the text has, once each', () => {
    const doc = extractText([...outline, ...body].join('\n'));
    expect(doc.sections.map((s) => s.number)).toEqual(['一', '三']);
    expect(doc.tasks.map((t) => t.targets.map((g) => g.value))).toEqual([[2], [300, 95], [12, 40]]);
  });

  it('an outline with no label still needs its entries to come back', () => {
    const text = normalize([...outline.slice(1), ...body].join('\n')).text;
    expect(text).toContain('加快农村改厕步伐');
  });
});

describe('a member\'s wall', () => {
  it('cut into a line, leaves the line\'s own words', () => {
    expect(normalize(body.join('\n')).text).toContain('生活垃圾无害化处理率达到95%\n');
  });

  it('on a line of its own, is dropped', () => {
    expect(normalize(body.join('\n')).text).not.toContain('未完');
  });
});

describe('a page glued into one line, its contents led by dots to their pages', () => {
  const page = '石岭县卫生局2014年卫生工作计划石岭县卫生局二○一四年二月目录一、指导思想..........................1二、工作目标..........................1三、重点任务..........................2(一)深化医药卫生体制改革..............2(二)夯实农村卫生基础..................3四、保障措施..........................4一、指导思想以科学发展观为指导，扎实推进医药卫生体制改革，努力为全县群众提供安全有效的医疗卫生服务。二、工作目标到2014年底，全县新农合参合率稳定在96%以上，孕产妇死亡率控制在20/10万以内。三、重点任务(一)深化医药卫生体制改革。村卫生室实施基本药物制度覆盖率达到85%。(二)夯实农村卫生基础。新建标准化村卫生室20所。';

  it('its title ends where the issuer is named again on the cover', () => {
    expect(extractText(page).title).toBe('石岭县卫生局2014年卫生工作计划');
  });

  it('the contents go, each heading and item of the body once, the headings glued to their text', () => {
    const doc = extractText(page);
    expect(doc.tasks.map((t) => t.targets.map((g) => g.value))).toEqual([[96, 20], [85], [20]]);
    expect(normalize(page).text).not.toContain('..........');
  });
});
