// Loaded with `node --import` by the batch benchmark: reports the process's peak memory at exit.
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
