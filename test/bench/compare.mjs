// Times `compare` on two generated plans of 500 tasks each (extraction not included).
import { extractText } from '../../dist/index.js';
import { compare } from '../../dist/compare/index.js';

const VERBS = ['加强', '推进', '完善', '提升', '深化', '健全', '落实', '优化', '强化', '做好', '实施', '建设'];
const NOUNS = ['基层医疗卫生服务', '公共卫生应急体系', '中医药传承创新', '妇幼健康服务', '老年健康服务', '家庭医生签约', '疾病预防控制', '院前急救网络',
  '智慧医院', '全民健康信息平台', '临床重点专科', '卫生人才队伍', '爱国卫生运动', '健康促进', '职业健康保护', '精神卫生服务', '医养结合', '托育服务',
  '医保支付方式', '公立医院改革', '综合监督执法', '血液安全保障', '控烟工作', '慢性病综合防控', '传染病防治', '卫生应急物资储备'];
const METRICS = ['规范管理率', '覆盖率', '达标率', '知晓率', '签约率', '建成率', '接种率'];

function rng(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

export function generatePlan(year, tasks, seed, variant = 0) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const lines = [`${year}年示例市卫生健康工作要点`];
  let section = 0;
  for (let i = 0; i < tasks; i++) {
    if (i % 25 === 0) lines.push(`${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][section++ % 10]}、${pick(VERBS)}${pick(NOUNS)}`);
    const noun = NOUNS[(i * 7) % NOUNS.length];
    const verb = variant && r() < 0.5 ? pick(VERBS) : VERBS[i % VERBS.length];
    const metric = `${NOUNS[(i * 3) % NOUNS.length]}${METRICS[i % METRICS.length]}`;
    const value = 60 + ((i + variant * (r() < 0.3 ? 5 : 0)) % 35);
    lines.push(`${i + 1}.${verb}${noun}第${i}项重点工作。围绕${pick(NOUNS)}和${pick(NOUNS)}，${metric}达到${value}%，新增${(i % 9) + 1}个示范点。`);
  }
  return lines.join('\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchCompare(runs = 5) {
  const a = extractText(generatePlan(2022, 500, 1));
  const b = extractText(generatePlan(2023, 500, 2, 1));
  const times = [];
  let result;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    result = compare(a, b);
    times.push(performance.now() - t0);
  }
  return { tasks: [a.tasks.length, b.tasks.length], ms: median(times), summary: result.summary };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchCompare();
  console.log(`compare: ${r.tasks[0]} × ${r.tasks[1]} tasks: ${r.ms.toFixed(0)} ms (median of 5; goal < 1000 ms)`);
  console.log(`  continued ${r.summary.continued}, added ${r.summary.added}, removed ${r.summary.removed}`);
}
