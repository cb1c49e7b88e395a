// Times `track` on a generated plan of 500 targets against a generated summary of
// 2,000 figures (extraction not included), and the whole `plans track` process on them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText } from '../../dist/index.js';
import { track } from '../../dist/track/index.js';
import { generatePlan } from './compare.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const NOUNS = ['基层医疗卫生服务', '公共卫生应急体系', '中医药传承创新', '妇幼健康服务', '老年健康服务', '家庭医生签约', '疾病预防控制', '院前急救网络',
  '智慧医院', '全民健康信息平台', '临床重点专科', '卫生人才队伍', '爱国卫生运动', '健康促进', '职业健康保护', '精神卫生服务', '医养结合', '托育服务',
  '医保支付方式', '公立医院改革', '综合监督执法', '血液安全保障', '控烟工作', '慢性病综合防控', '传染病防治', '卫生应急物资储备'];
const METRICS = ['规范管理率', '覆盖率', '达标率', '知晓率', '签约率', '建成率', '接种率'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function rng(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A summary in the style of real ones: numbered items of results, five figures each (a rate, a count delivered, 余, 万人次, 同比增长). */
export function generateSummary(year, items, seed) {
  const r = rng(seed);
  const lines = [`示例市卫生健康委${year}年工作总结`, `${year}年，全市卫生健康系统各项工作取得新成效，全年总诊疗人次达到1236.5万人次，同比增长8.6%。`];
  let section = 0;
  for (let i = 0; i < items; i++) {
    if (i % 40 === 0) lines.push(`${CN[section++ % 10]}、${NOUNS[(i * 5) % NOUNS.length]}工作取得新进展`);
    const metric = `${NOUNS[(i * 3) % NOUNS.length]}${METRICS[i % METRICS.length]}`;
    const rate = (55 + r() * 44).toFixed(1);
    lines.push(`（${CN[i % 10]}）${NOUNS[(i * 7) % NOUNS.length]}扎实推进。${metric}达到${rate}%，建成${NOUNS[i % NOUNS.length]}示范点${1 + (i % 12)}个，开展宣传活动${10 * (2 + (i % 30))}余场，受益群众${(1 + r() * 20).toFixed(1)}万人次，服务量同比增长${(r() * 15).toFixed(1)}%。`);
  }
  return lines.join('\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const count = (doc, kind) => doc.overview.filter((x) => x.kind === kind).length + doc.tasks.reduce((n, t) => n + t.targets.filter((x) => x.kind === kind).length, 0);

export function benchTrack(runs = 5) {
  const planText = generatePlan(2023, 250, 3);
  const summaryText = generateSummary(2023, 400, 4);
  const plan = extractText(planText, 'plan.txt');
  const summary = extractText(summaryText, 'summary.txt');
  const times = [];
  let result;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    result = track(plan, summary, { summaryText });
    times.push(performance.now() - t0);
  }
  // The whole command, reading and extracting both files too.
  const dir = mkdtempSync(join(tmpdir(), 'plans-track-'));
  writeFileSync(join(dir, 'plan.txt'), planText);
  writeFileSync(join(dir, 'summary.txt'), summaryText);
  const wall = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'bin/plans.js'), 'track', join(dir, 'plan.txt'), join(dir, 'summary.txt'), '--format', 'json'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 28 });
    wall.push(performance.now() - t0);
  }
  rmSync(dir, { recursive: true, force: true });
  return { targets: count(plan, 'target'), figures: count(summary, 'achievement'), ms: median(times), wall: median(wall), counts: result.counts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchTrack();
  console.log(`track: ${r.targets} targets × ${r.figures} figures: ${r.ms.toFixed(0)} ms (median of 5; goal < 1000 ms); whole process ${r.wall.toFixed(0)} ms`);
  console.log(`  ${JSON.stringify(r.counts)}`);
}
