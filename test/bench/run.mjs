// `npm run bench`: prints figures, asserts nothing. Timings never live in the test suite.
import { benchCompare } from './compare.mjs';
import { benchLinear } from './linear.mjs';

const r = benchCompare();
console.log(`compare: ${r.tasks[0]} × ${r.tasks[1]} generated tasks: ${r.ms.toFixed(0)} ms (median of 5; goal < 1000 ms)`);
console.log('\nlinear time on adversarial input (time per MB should stay flat from 1 MB to 10 MB):');
for (const x of benchLinear()) {
  console.log(`  ${x.name.padEnd(26)} ${x.small.mb.toFixed(1)} MB ${x.small.s.toFixed(2)} s | ${x.large.mb.toFixed(1)} MB ${x.large.s.toFixed(2)} s | per-MB ratio ${x.ratio.toFixed(2)}`);
}
