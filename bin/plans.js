#!/usr/bin/env node
// `require`, not `import`: importing CommonJS from ESM lexes the whole bundle for its exports.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../dist/plans.cjs')
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
