// `npm run bench`: prints figures, asserts nothing. Timings never live in the test suite.
import { benchCompare } from './compare.mjs';

const r = benchCompare();
console.log(`compare: ${r.tasks[0]} × ${r.tasks[1]} generated tasks: ${r.ms.toFixed(0)} ms (median of 5; goal < 1000 ms)`);
