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
