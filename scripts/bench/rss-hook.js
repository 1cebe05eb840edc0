// Preloaded (`node --require`) into every command the benchmark measures: when the process exits, writes its peak
// resident memory in kilobytes (process.resourceUsage().maxRSS, worker threads included) to BENCH_RSS_FILE.
// A hook rather than /usr/bin/time, so the figures come out the same way on any machine Node runs on.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
