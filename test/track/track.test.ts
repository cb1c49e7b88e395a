import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, extractText } from '../../src/index.js';
import { matchOneToOne } from '../../src/track/match.js';
import { track } from '../../src/track/index.js';
import type { Tracking } from '../../src/track/types.js';
import { ROOT } from '../helpers/index.js';

const PLAN = join(ROOT, 'samples/2023-示例市-plan.txt');
const SUMMARY = join(ROOT, 'samples/2023-示例市-summary.txt');

const plan = (body: string) => extractText(`2023年示例市卫生健康工作要点\n一、测试\n${body}\n`, 'plan.txt');
const summary = (body: string) => extractText(`示例市卫生健康委2023年工作总结\n一、测试\n${body}\n`, 'summary.txt');

describe('one-to-one matching', () => {
  it('gives each column to one row, maximising the total: not the greedy best pair first', () => {
    // Row 0 likes column 0 best, but row 1 can only have column 0: the optimum gives row 0 column 1.
    const m = matchOneToOne(2, 2, [
      { i: 0, j: 0, score: 0.9 },
      { i: 0, j: 1, score: 0.85 },
      { i: 1, j: 0, score: 0.88 },
    ]);
    expect([...m]).toEqual([1, 0]);
  });

  it('leaves a row without an edge unmatched, and keeps groups apart', () => {
    const m = matchOneToOne(4, 3, [
      { i: 0, j: 0, score: 0.6 },
      { i: 2, j: 1, score: 0.7 },
      { i: 3, j: 1, score: 0.9 },
      { i: 3, j: 2, score: 0.5 },
    ]);
    expect([...m]).toEqual([0, -1, 1, 2]);
  });

  it('of two achievements close to one target, takes the nearer one and leaves the other', () => {
    const t = track(plan('（一）加强临床重点专科建设。新增市级临床重点专科4个。'), summary('（一）专科建设取得新进展。全市市级临床重点专科总数达到38个，全年新增市级临床重点专科5个。'));
    expect(t.targets).toHaveLength(1);
    expect(t.targets[0]!.achievement!.target.text).toBe('全年新增市级临床重点专科5个');
  });

  it('of two targets close to one achievement, gives it to one; the other is 未报告', () => {
    const t = track(
      plan('（一）加强临床重点专科建设。新增市级临床重点专科4个，新增省级临床重点专科2个。'),
      summary('（一）专科建设取得新进展。新增省级临床重点专科3个。'),
    );
    expect(t.targets.map((r) => [r.target.metric, r.verdict])).toEqual([
      ['市级临床重点专科', 'unreported'],
      ['省级临床重点专科', 'met'],
    ]);
  });

  it('two achievements, two targets, crossed: each target its own measure', () => {
    const t = track(
      plan('（一）做好慢病管理。高血压患者规范管理率达到70%，糖尿病患者规范管理率达到65%。'),
      summary('（一）慢病管理扎实开展。糖尿病患者规范管理率达到66.2%，高血压患者规范管理率达到67.4%。'),
    );
    expect(t.targets.map((r) => [r.target.metric, r.achievement?.target.value, r.verdict])).toEqual([
      ['高血压患者规范管理率', 67.4, 'missed'],
      ['糖尿病患者规范管理率', 66.2, 'met'],
    ]);
  });

  it('never matches a summary\'s look ahead: on a page with next year\'s plan, only its results count', () => {
    const t = track(
      plan('（一）推进医共体建设。县域内就诊率达到90%。'),
      extractText('示例市卫生健康委2023年工作总结和2024年工作要点\n一、2023年工作总结\n（一）医共体建设提质增效。县域内就诊率达到88%。\n二、2024年工作要点\n（一）推进医共体建设。县域内就诊率达到92%。\n', 'combined.txt'),
    );
    expect(t.targets[0]).toMatchObject({ verdict: 'missed', achievement: { target: { value: 88, kind: 'achievement' } } });
  });

  it('a plan\'s look back at last year is no target', () => {
    const t = track(
      extractText('2023年示例市卫生健康工作要点\n一、2022年工作回顾\n（一）医共体建设。县域内就诊率达到88%。\n二、2023年重点工作\n（二）推进医共体建设。县域内就诊率达到90%。\n', 'plan.txt'),
      summary('（一）医共体建设提质增效。县域内就诊率达到91%。'),
    );
    expect(t.targets.map((r) => [r.target.value, r.verdict])).toEqual([[90, 'met']]);
  });
});

describe('the sample pair covers every verdict', () => {
  let t: Tracking;
  beforeAll(async () => {
    t = track(await extractFile(PLAN), await extractFile(SUMMARY), { summaryText: readFileSync(SUMMARY, 'utf8') });
  });

  it('counts', () => {
    expect(t.counts).toEqual({ targets: 23, met: 15, missed: 3, unreported: 3, undetermined: 2, tasks: 2, mentioned: 1, notMentioned: 1 });
  });

  it.each([
    ['市级临床重点专科', 'met', null, '全年新增市级临床重点专科5个'],
    ['省级临床重点专科', 'missed', null, '新增省级临床重点专科1个'],
    ['城区平均急救反应时间', 'met', null, '城区平均急救反应时间缩短至9.2分钟'],
    ['居民健康素养水平', 'missed', null, '全市居民健康素养水平达到27.3%'],
    ['甲乙类传染病报告发病率', 'met', null, '全市甲乙类传染病报告发病率为162.5/10万'],
    ['糖尿病患者规范管理', 'missed', null, '糖尿病患者2.3万余人'],
    ['60岁以上老年人新冠疫苗全程接种率', 'met', null, '60岁以上老年人新冠疫苗全程接种率达到96.2%'],
    ['县域内就诊率', 'undetermined', 'bound', '县域内就诊率保持在89%以上'],
    ['重点人群家庭医生签约率', 'undetermined', 'unit', '全市重点人群家庭医生签约人数达到28.6万人'],
    ['接入医疗机构', 'met', null, '接入医疗机构320余家'],
    ['无烟学校建成率', 'unreported', null, null],
    ['电子健康卡普及率', 'unreported', null, null],
  ])('%s: %s', (metric, verdict, reason, text) => {
    const r = t.targets.find((x) => x.target.metric === metric)!;
    expect(r).toMatchObject({ verdict, reason });
    expect(r.achievement?.target.text ?? null).toBe(text);
  });

  it('gives both texts verbatim: each span cuts its text out of its file', () => {
    const planText = readFileSync(PLAN, 'utf8');
    const summaryText = readFileSync(SUMMARY, 'utf8');
    for (const r of t.targets) {
      expect(planText.slice(r.target.span.start, r.target.span.end)).toBe(r.target.text);
      if (r.achievement) expect(summaryText.slice(r.achievement.target.span.start, r.achievement.target.span.end)).toBe(r.achievement.target.text);
      if (r.mention) expect(summaryText.slice(r.mention.span.start, r.mention.span.end)).toBe(r.mention.text);
    }
    for (const r of t.tasks) if (r.evidence) expect(summaryText.slice(r.evidence.span.start, r.evidence.span.end)).toBe(r.evidence.text);
  });

  it('a target the summary speaks of without a figure is 未报告, with the words that speak of it', () => {
    expect(t.targets.find((x) => x.target.metric === '基层中医馆覆盖率')).toMatchObject({ verdict: 'unreported', mention: { text: '基层中医馆实现全覆盖' } });
    // 无烟学校 shares a list with figures for 无烟党政机关 and 无烟医疗卫生机构, but is not spoken of.
    expect(t.targets.find((x) => x.target.metric === '无烟学校建成率')!.mention).toBeNull();
  });

  it('tasks without a target: 已提及 with the sentence, or 未提及', () => {
    expect(t.tasks.map((x) => [x.task.title, x.verdict, x.evidence?.text ?? null])).toEqual([
      ['优化常态化防控措施', 'mentioned', '健全多渠道监测预警机制'],
      ['推进医保支付方式改革', 'not_mentioned', null],
    ]);
  });
});

describe('any pair of real-layout documents', () => {
  it('tracks without throwing, counts adding up, every span cutting its text out of its file', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = join(ROOT, 'test/fixtures/held-out/docs');
    const files = readdirSync(dir).map((f) => join(dir, f));
    const docs = await Promise.all(files.map((f) => extractFile(f)));
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    for (let i = 0; i < docs.length; i++) {
      for (let j = 0; j < docs.length; j += 3) {
        const t = track(docs[i]!, docs[j]!, { summaryText: texts[j] });
        const c = t.counts;
        expect(c.met + c.missed + c.unreported + c.undetermined).toBe(c.targets);
        expect(c.mentioned + c.notMentioned).toBe(c.tasks);
        const used = t.targets.filter((r) => r.achievement).map((r) => r.achievement!.target);
        expect(new Set(used).size).toBe(used.length);
        for (const r of t.targets) {
          if (r.achievement) expect(texts[j]!.slice(r.achievement.target.span.start, r.achievement.target.span.end)).toBe(r.achievement.target.text);
          expect(texts[i]!.slice(r.target.span.start, r.target.span.end)).toBe(r.target.text);
        }
      }
    }
  });
});
