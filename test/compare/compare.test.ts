import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assign } from '../../src/compare/assign.js';
import { compare } from '../../src/compare/index.js';
import { judge } from '../../src/compare/diff.js';
import { metricKey } from '../../src/compare/align.js';
import { extractFile, extractText } from '../../src/index.js';
import type { Comparison } from '../../src/compare/types.js';
import type { Target } from '../../src/types.js';
import { ROOT } from '../helpers/index.js';

let c: Comparison;
beforeAll(async () => {
  c = compare(await extractFile(join(ROOT, 'samples/2022-示例市-plan.txt')), await extractFile(join(ROOT, 'samples/2023-示例市-plan.txt')));
});

const find = (metric: string) => c.targets.find((x) => (x.new ?? x.old)!.metric === metric)!;

describe('compare the 示例市 2022 and 2023 plans', () => {
  it('counts continued, new and dropped tasks', () => {
    expect(c.summary).toMatchObject({ continued: 13, added: 3, removed: 5 });
  });

  it('follows tasks that continue under new words', () => {
    const pairs = c.tasks.filter((p) => p.verdict === 'continued').map((p) => [p.old!.title, p.new!.title]);
    expect(pairs).toContainEqual(['健全常态化防控机制', '优化常态化防控措施']);
    expect(pairs).toContainEqual(['深入开展爱国卫生运动', '巩固爱国卫生运动成果']);
    expect(pairs).toContainEqual(['强化医疗救治准备', '强化医疗救治资源准备']);
    for (const p of c.tasks.filter((t) => t.verdict === 'continued')) expect(p.score).toBeGreaterThan(0.25);
  });

  it('lists new and dropped tasks', () => {
    expect(c.tasks.filter((p) => p.verdict === 'added').map((p) => p.new!.title)).toEqual(['推进医保支付方式改革', '建设全民健康信息平台', '推广电子健康码']);
    expect(c.tasks.filter((p) => p.verdict === 'removed').map((p) => p.old!.title)).toEqual([
      '提升核酸检测能力', '深化公立医院改革', '推进市第一人民医院新院区建设', '建设市公共卫生服务中心', '引进高层次卫生人才',
    ]);
  });

  it.each([
    ['居民健康素养水平', 'raised', 3, true],
    ['预约就诊率', 'raised', 10, true],
    ['市级临床重点专科', 'lowered', -1, false],
    ['储备救治床位', 'lowered', -200, false],
    // A ceiling that goes down is a tightening.
    ['甲乙类传染病报告发病率', 'lowered', -20, true],
    ['城区平均急救反应时间', 'lowered', -2, true],
    ['重点人群家庭医生签约率', 'unchanged', 0, null],
    ['基层中医馆覆盖率', 'unchanged', 0, null],
    ['电子健康卡普及率', 'added', null, null],
    ['核酸检测能力', 'removed', null, null],
  ])('%s: %s', (metric, verdict, change, stricter) => {
    expect(find(metric)).toMatchObject({ verdict, change, stricter });
  });

  it('finds the section that was renamed and moved by where its tasks went', () => {
    expect(c.sections).toContainEqual(expect.objectContaining({ old: '一、坚持常态长效，毫不放松抓好疫情防控', new: '三、平稳有序做好新冠病毒感染“乙类乙管”', renamed: true, moved: true }));
    expect(c.sections).toContainEqual(expect.objectContaining({ old: '四、提升医疗服务能力，改善就医体验', new: '一、提升医疗服务能力，改善群众就医体验', renamed: true, moved: true }));
    expect(c.sections).toContainEqual(expect.objectContaining({ old: '五、加快重点项目建设', new: null }));
    expect(c.sections).toContainEqual(expect.objectContaining({ old: null, new: '六、加快数字健康建设' }));
  });

  it('counts tasks per theme in each year', () => {
    const digital = c.themes.find((t) => t.theme === '数字健康')!;
    expect(digital.new).toBeGreaterThan(digital.old);
    expect(digital.change).toBe(digital.new - digital.old);
  });
});

describe('a plan compared with itself', () => {
  it('continues every task and keeps every target 持平', async () => {
    for (const f of ['samples/2022-示例市-plan.txt', 'samples/2023-示例市-plan.txt']) {
      const d = await extractFile(join(ROOT, f));
      const self = compare(d, d);
      expect(self.tasks.every((p) => p.verdict === 'continued' && p.old === p.new)).toBe(true);
      expect(self.targets.every((x) => x.verdict === 'unchanged')).toBe(true);
      expect(self.targets).toHaveLength(d.tasks.reduce((n, t) => n + t.targets.length, 0));
    }
  });
});

describe('judge', () => {
  const t = (comparator: Target['comparator'], value: number | null): Target => ({ kind: 'target', text: '', metric: 'm', comparator, value, unit: '%', deadline: null, span: { start: 0, end: 0 }, rule: '' });
  it.each([
    ['>=', 80, 90, 'raised', true],
    ['>=', 90, 80, 'lowered', false],
    ['<=', 280, 250, 'lowered', true],
    ['<=', 250, 280, 'raised', false],
    ['=', 5, 5, 'unchanged', null],
    ['=', 2, 3, 'raised', true],
  ] as const)('%s %d → %d: %s', (cmp, a, b, verdict, stricter) => {
    expect(judge(t(cmp, a), t(cmp, b))).toMatchObject({ verdict, stricter });
  });

  it('does not judge a redacted figure', () => {
    expect(judge(t('>=', null), t('>=', 80))).toEqual({ verdict: 'unchanged', change: null, stricter: null });
  });
});

describe('metricKey', () => {
  it.each([
    ['全市健康素养水平', '健康素养'],
    ['居民健康素养水平', '居民健康素养'],
    ['核酸检测能力', '核酸检测'],
    ['甲乙类传染病发病率', '甲乙类传染病发病率'],
  ])('%s → %s', (metric, key) => expect(metricKey(metric)).toBe(key));

  it('matches 健康素养水平 19% with 健康素养水平 22% across reworded tasks', () => {
    const a = extractText('2021年工作要点\n一、甲\n1.提高全民健康素养。全市健康素养水平达到19%。');
    const b = extractText('2022年工作要点\n一、甲\n1.提升居民健康素养水平。健康素养水平达到22%。');
    expect(compare(a, b).targets).toMatchObject([{ verdict: 'raised', change: 3 }]);
  });
});

describe('assign', () => {
  it('finds the optimal one-to-one assignment, not the greedy one', () => {
    // Greedy takes (0,0)=0.9 and leaves (1,1)=0.1: total 1.0. Optimal is (0,1)+(1,0) = 0.8+0.8.
    const scores = [Float64Array.from([0.9, 0.8]), Float64Array.from([0.8, 0.1])];
    expect([...assign(scores, 2)]).toEqual([1, 0]);
  });

  it('handles rectangular matrices', () => {
    expect([...assign([Float64Array.from([0.1, 0.9, 0.3])], 3)]).toEqual([1]);
    expect([...assign([Float64Array.from([0.5]), Float64Array.from([0.7])], 1)]).toEqual([-1, 0]);
  });
});
