import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

const fields = (text: string) => {
  const d = extractText(text);
  return { title: d.title, kind: d.kind, year: d.year, region: d.region };
};
const body = '\n一、甲\n1.推进一项工作。新建示范点2个。';

describe('document title: the line that reads like a title, not the first line', () => {
  it.each([
    ['a portal category label above the title', `计划总结\n2024年南屿市卫生健康工作要点${body}`, '2024年南屿市卫生健康工作要点'],
    ['a breadcrumb naming 工作总结', `首页 > 信息公开 > 计划总结 > 工作总结\n南屿市卫生健康委员会2024年工作要点${body}`, '南屿市卫生健康委员会2024年工作要点'],
    ['a metadata row of table cells', `| 索引号 | 0001/2024-00003 | 组配分类 | 计划总结 |\n| 名称 | 南屿市卫生健康委员会2024年工作要点 | 文号 | |\n南屿市卫生健康委员会2024年工作要点${body}`, '南屿市卫生健康委员会2024年工作要点'],
    ['a notice that wraps the plan, then the plan\'s own title', `南屿市卫生健康委员会关于印发2024年全市卫生健康工作要点的通知\n各县(区)卫生健康局:\n现将工作要点印发给你们,请认真贯彻落实。\n南屿市卫生健康委员会\n2024年3月1日\n2024年全市卫生健康工作要点${body}`, '2024年全市卫生健康工作要点'],
    ['a notice alone gives the plan it wraps', `关于印发《2024年全市卫生健康工作要点》的通知${body}`, '2024年全市卫生健康工作要点'],
    ['bullets around the title', `· 健康南屿行动2024年工作要点 ·${body}`, '健康南屿行动2024年工作要点'],
    ['a label in 【】', `【计划规划】2024年全区卫生健康工作要点${body}`, '2024年全区卫生健康工作要点'],
    ['the authority\'s name on the line above', `石岭县卫生和计划生育委员会\n2017年全县卫生计生工作要点${body}`, '2017年全县卫生计生工作要点'],
    ['a journal page header', `Page 3 - 南屿卫生 2024年第1期\n南屿卫生 2024年第1期\n健康南屿行动2024年工作要点${body}`, '健康南屿行动2024年工作要点'],
    ['a three-year plan with its years in brackets', `南屿市社区医疗服务提升三年行动计划(2024—2026年)\n为提升服务能力,制定本计划。${body}`, '南屿市社区医疗服务提升三年行动计划(2024—2026年)'],
    ['spaces a PDF put around digits', `2024 年南屿市卫生健康工作要点${body}`, '2024年南屿市卫生健康工作要点'],
  ])('%s', (_name, text, title) => {
    expect(fields(text).title).toBe(title);
  });
});

describe('document kind: by the title, never by a category label', () => {
  it.each([
    ['a plan filed under 计划总结', `计划总结\n2024年南屿市卫生健康工作要点${body}`, 'plan'],
    ['a summary', `南屿区卫生健康局2023年工作总结${body}`, 'summary'],
    ['a summary with next year\'s plan', `南屿市卫生健康委员会2023年工作总结和2024年工作要点${body}`, 'summary'],
    ['a report of results', `南屿区卫生健康局2023年工作情况报告${body}`, 'summary'],
    ['a quarterly service report', `2024年一季度南屿市医疗服务情况${body}`, 'summary'],
    ['a completion report', `南屿区2023年民生实事完成情况${body}`, 'summary'],
    ['the task breakdown of a government work report is a plan', `县卫健委2024年政府工作报告任务分解${body}`, 'plan'],
    ['计划生育 in a plan\'s title is a policy, not the plan word', `2017年全县卫生计生工作要点${body}`, 'plan'],
  ])('%s', (_name, text, kind) => {
    expect(fields(text).kind).toBe(kind);
  });
});

describe('document year: the year the work is about', () => {
  it.each([
    ['a three-year plan starts in its first year', `南屿市社区医疗服务提升三年行动计划(2024—2026年)${body}`, 2024],
    ['a summary with next year\'s plan is the summary\'s year', `南屿市2023年工作总结和2024年工作要点${body}`, 2023],
    ['a summary published the next year', `南屿区卫生健康局2023年工作总结\n发布时间:2024-01-15${body}`, 2023],
  ])('%s', (_name, text, year) => {
    expect(fields(text).year).toBe(year);
  });
});

describe('document region: the area of the issuing authority', () => {
  it.each([
    ['named in the title', `南屿市卫生健康委员会2024年工作要点${body}`, '南屿市'],
    ['named after the year', `2024年南屿市卫生健康工作要点${body}`, '南屿市'],
    ['from the authority that publishes it', `发布机构：石岭县卫生健康局\n2024年全县卫生健康工作要点${body}`, '石岭县'],
    ['a district on its city\'s portal is the district', `南屿市人民政府门户网站\n当前位置: 首页 > 区县动态\n来源:东滩区卫生健康局\n2024年全区卫生健康工作要点${body}`, '东滩区'],
    ['from the signature of a notice', `2024年全县卫生健康工作要点${body}\n石岭县卫生健康局\n2024年2月1日`, '石岭县'],
    ['from the authority above the title', `石岭县卫生和计划生育委员会\n2017年全县卫生计生工作要点${body}`, '石岭县'],
    ['健康XX with the level the text speaks of', `健康南屿行动2024年工作要点\n一、甲\n1.全省推进健康南屿行动。全省新建示范点2个,全省覆盖。`, '南屿省'],
    ['a national plan', `健康中国行动2024年工作要点${body}`, '全国'],
    ['no place named', `2024年全市卫生健康工作要点${body}`, null],
  ])('%s', (_name, text, region) => {
    expect(fields(text).region).toBe(region);
  });
});
