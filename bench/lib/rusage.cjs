// Preloaded with `node -r` into a measured process: reports its own CPU time (user + system, every thread)
// and peak resident memory at exit, at microsecond and kilobyte resolution. CommonJS so that it does not
// start Node's ES module loader in processes that would not otherwise (`node -e 0`).
"use strict";
process.on("exit", () => {
  const r = process.resourceUsage();
  require("node:fs").writeSync(2, `\nRUSAGE ${r.userCPUTime + r.systemCPUTime} ${r.maxRSS}\n`);
});
