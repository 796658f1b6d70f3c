// `npm run bench`: runs every bench/*.mjs (each exports `async function bench()`) in its own process, so
// one benchmark's warm caches or open handles don't colour the next. Each prints its own figures as
// ratios against a baseline measured in the same run. Pass names to run a subset: npm run bench -- cose-sign
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..", "bench");

if (process.argv[2] === "--one") {
  const mod = await import(pathToFileURL(join(benchDir, process.argv[3])).href);
  await mod.bench();
  process.exit(0);
}

const wanted = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith(".mjs"))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.mjs$/, "")))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f.replace(/\.mjs$/, "")}`);
  try {
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--one", f], { stdio: "inherit" });
  } catch {
    failed++;
    console.log(`(${f} failed)`);
  }
}
process.exitCode = failed ? 1 : 0;
