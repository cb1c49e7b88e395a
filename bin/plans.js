#!/usr/bin/env node
'use strict';
// CommonJS (see bin/package.json): an ES module entry costs Node its module loader
// before any of our code runs. The CLI is one bundle, dist/plans.cjs, compiled with
// the V8 code cache that the build made by running it on the samples, so a single
// extract does not spend its time compiling functions (see scripts/bundle.mjs).
// Dependencies the bundle loads with import() come through `importFromHere`.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '../dist/plans.cjs');
/** The bundle's first line, `/* plans build <16 hex digits> *\/`, names the build; its cache starts with the same id. */
const BUILD_LINE = /^\/\* plans build ([0-9a-f]{16}) \*\//;
const ID_BYTES = 16;

/** The build a bundle's source comes from: V8 checks only the source length, so a stale cache must be refused here. */
function buildId(source) {
  return BUILD_LINE.exec(source)?.[1] ?? null;
}

/** Node's import() works here, in a file Node compiled itself, and not in a vm script: the bundle gets this one. */
const importFromHere = (specifier) => import(specifier);

function load(file = BUNDLE, useCache = true) {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  if (useCache) {
    try {
      const cache = readFileSync(`${file}.cache`);
      const id = buildId(source);
      if (id !== null && cache.toString('latin1', 0, ID_BYTES) === id) cachedData = cache.subarray(ID_BYTES);
    } catch {
      cachedData = undefined;
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname, __plansImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file), importFromHere);
  return {
    main: mod.exports.main,
    runWorker: mod.exports.runWorker,
    /** Bytes for `${file}.cache`, holding every function that has run so far. */
    cache: () => Buffer.concat([Buffer.from(buildId(source) ?? '', 'latin1'), script.createCachedData()]),
  };
}

if (require.main === module) {
  load()
    .main(process.argv, { workerEntry: join(__dirname, 'plans-worker.js') })
    .then((code) => {
      process.exitCode = code;
    });
}

module.exports = { load };
