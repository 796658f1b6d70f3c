// `ccf-consortium member-id CERT` cold start: `node dist/cli/main.cjs member-id <cert>` against `node -e 0`,
// medians of interleaved runs (goal: no more than 60 ms slower). Also lists the modules the command loads,
// to show it stays off @peculiar/x509, cbor-x, undici and the sandbox.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const main = join(root, "dist", "cli", "main.cjs");
const RUNS = 15;
const GOAL_MS = 60;

function run(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    execFile(process.execPath, args, { cwd: root }, (err, stdout, stderr) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (err) reject(new Error(`node ${args.join(" ")} failed: ${stderr || err.message}`));
      else resolve({ ms, stdout, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Every file the process loads: ES modules from a loader hook (module.register, Node >= 20.6), CommonJS
// files (the CLI) from the require cache at exit.
const HOOKS = `import { writeSync } from "node:fs";
export async function load(url, context, next) { if (url.startsWith("file:")) writeSync(2, "LOADED " + url + "\\n"); return next(url, context); }`;
const REGISTER = `import { register, createRequire } from "node:module"; import { writeSync } from "node:fs"; import { pathToFileURL } from "node:url";
register("data:text/javascript,${encodeURIComponent(HOOKS)}");
const cache = createRequire(process.cwd() + "/").cache;
process.on("exit", () => { for (const f of Object.keys(cache)) writeSync(2, "LOADED " + pathToFileURL(f).href + "\\n"); });`;

// CPU time (user+system) of the whole process, reported at exit: far less sensitive than wall time to other
// processes competing for the cores. The same preload runs for both commands, so its cost cancels out.
const CPU = `import { writeSync } from "node:fs"; process.on("exit", () => { const u = process.cpuUsage(); writeSync(2, "CPU " + (u.user + u.system) / 1000 + "\\n"); });`;
const cpuOf = (stderr) => Number(/^CPU (\S+)$/m.exec(stderr)?.[1]);

export async function bench() {
  const { generateMemberIdentity } = await import(pathToFileURL(join(root, "dist", "core", "identity", "index.js")).href);
  const dir = mkdtempSync(join(tmpdir(), "bench-member-id-"));
  try {
    const identity = await generateMemberIdentity({ name: "bench" });
    const cert = join(dir, "bench_cert.pem");
    writeFileSync(cert, identity.certificatePem);

    const first = await run([main, "member-id", cert]); // also warms the file cache
    if (first.stdout.trim() !== identity.memberId) throw new Error(`member-id printed ${first.stdout.trim()}, expected ${identity.memberId}`);
    await run(["-e", "0"]);

    const cli = [];
    const bare = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push((await run(["-e", "0"])).ms);
      cli.push((await run([main, "member-id", cert])).ms);
    }
    const c = median(cli);
    const b = median(bare);
    console.log(`node -e 0:                       median ${b.toFixed(1)} ms (${RUNS} runs)`);
    console.log(`ccf-consortium member-id CERT:   median ${c.toFixed(1)} ms (${RUNS} runs, interleaved)`);
    console.log(`difference:                      ${(c - b).toFixed(1)} ms (goal <= ${GOAL_MS} ms: ${c - b <= GOAL_MS ? "met" : "NOT met"})`);

    const preload = ["--import", `data:text/javascript,${encodeURIComponent(CPU)}`];
    const cliCpu = [];
    const bareCpu = [];
    for (let i = 0; i < RUNS; i++) {
      bareCpu.push(cpuOf((await run([...preload, "-e", "0"])).stderr));
      cliCpu.push(cpuOf((await run([...preload, main, "member-id", cert])).stderr));
    }
    const cc = median(cliCpu);
    const bc = median(bareCpu);
    console.log(`CPU time (user+sys), medians:    node -e 0 ${bc.toFixed(1)} ms, member-id ${cc.toFixed(1)} ms, difference ${(cc - bc).toFixed(1)} ms (load-insensitive cross-check)`);

    const traced = await run(["--import", `data:text/javascript,${encodeURIComponent(REGISTER)}`, main, "member-id", cert]);
    const loaded = traced.stderr
      .split("\n")
      .filter((l) => l.startsWith("LOADED "))
      .map((l) => relative(root, fileURLToPath(l.slice(7))))
      .filter((f, i, all) => all.indexOf(f) === i);
    const deps = loaded.filter((f) => f.includes("node_modules"));
    console.log(`modules loaded by member-id:     ${loaded.length} (${deps.length} from node_modules): ${loaded.join(", ")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await bench();
