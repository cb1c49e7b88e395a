// Adversarial inputs of 1 MB and 10 MB: the time per MB must stay flat (linear),
// and no case may take more than a few seconds.
import { extractText } from '../../dist/index.js';

const MB = 1024 * 1024;
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, Math.ceil(bytes / 3));
export const CASES = {
  'long digit runs': (n) => '一、甲\n1.达到' + '1234567890'.repeat(n / 10),
  '不低于不低于…': (n) => '一、甲\n1.任务。' + fill('不低于', n),
  '（（（（…': (n) => '一、甲\n1.任务。' + fill('（', n),
  'one line, no punctuation': (n) => '2022年工作要点\n' + fill('建设健康城市推进医疗改革', n),
  '1.1.1.1.…': (n) => '1.1.'.repeat(n / 4),
  'many short tasks': (n) => '一、甲\n' + fill('1.新增3个。\n', n),
  'many broken lines': (n) => '一、甲\n1.建设' + fill('健康城市建设\n', n),
};

export function benchLinear() {
  const rows = [];
  for (const [name, make] of Object.entries(CASES)) {
    const times = [];
    for (const size of [MB, 10 * MB]) {
      const text = make(size);
      const t0 = performance.now();
      extractText(text);
      times.push({ mb: Buffer.byteLength(text) / MB, s: (performance.now() - t0) / 1000 });
    }
    rows.push({ name, small: times[0], large: times[1], ratio: times[1].s / times[0].s / (times[1].mb / times[0].mb) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of benchLinear()) {
    console.log(`${r.name.padEnd(26)} ${r.small.mb.toFixed(1)} MB: ${r.small.s.toFixed(2)} s   ${r.large.mb.toFixed(1)} MB: ${r.large.s.toFixed(2)} s   s/MB ratio 10MB:1MB = ${r.ratio.toFixed(2)}`);
  }
}
