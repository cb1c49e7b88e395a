'use strict';
// A worker thread of a batch (src/cli/pool.ts): the same bundle and code cache as bin/plans.js.
require('./plans.js').load().runWorker();
