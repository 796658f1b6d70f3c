// The GitHub Action bundle: its size, and its start-up — `node dist/index.js` running `command: status`
// against a sandbox (spawn → summary written → exit) — against `node -e 0`, medians of interleaved runs.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "index.js");
const RUNS = 15;

// CPU time (user+system) of the child, reported at exit: far less sensitive than wall time to other load on
// the machine (a cross-check of the wall-clock medians).
const CPU = `import { writeSync } from "node:fs"; process.on("exit", () => { const u = process.cpuUsage(); writeSync(2, "CPU " + (u.user + u.system) / 1000 + "\\n"); });`;
const PRELOAD = ["--import", `data:text/javascript,${encodeURIComponent(CPU)}`];

function run(args, env, { allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    execFile(process.execPath, [...PRELOAD, ...args], { env, cwd: root }, (err, stdout, stderr) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpu = Number(/^CPU (\S+)$/m.exec(stderr)?.[1]);
      if (err && !allowFailure) reject(new Error(`${args.join(" ")} failed: ${stdout}${stderr || err.message}`));
      else resolve({ ms, cpu });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function bench() {
  // The entry and the chunks it loads on demand (dist/action/): what the repository commits.
  const chunks = readdirSync(join(root, "dist", "action")).map((f) => join(root, "dist", "action", f));
  const total = [bundle, ...chunks].reduce((n, f) => n + statSync(f).size, 0);
  const gz = [bundle, ...chunks].reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  console.log(`bundle dist/index.js: ${(statSync(bundle).size / 1024).toFixed(0)} KiB, with its ${chunks.length} chunks in dist/action/: ${(total / 1024).toFixed(0)} KiB (${(gz / 1024).toFixed(0)} KiB gzipped)`);

  const { startSandbox } = await import(pathToFileURL(join(root, "dist", "sandbox", "index.js")).href);
  const dir = mkdtempSync(join(tmpdir(), "bench-action-"));
  const sandbox = await startSandbox({ members: 1, activate: true, dir: join(dir, "sandbox") });
  try {
    const certFile = join(dir, "service_cert.pem");
    writeFileSync(certFile, sandbox.serviceCertificatePem);
    const output = join(dir, "output");
    const summary = join(dir, "summary");
    const env = {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_EVENT_NAME: "workflow_dispatch",
      GITHUB_REPOSITORY: "contoso/consortium",
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      "INPUT_COMMAND": "status",
      "INPUT_NODE-URL": sandbox.url,
      "INPUT_SERVICE-CERT": certFile,
      "INPUT_API-VERSION": "auto",
    };
    const loadOnly = { ...env, INPUT_COMMAND: "no-such-command" }; // parses the bundle, fails on the input, exits
    const action = [];
    const load = [];
    const bare = [];
    await run([bundle], (writeFileSync(output, ""), writeFileSync(summary, ""), env)); // warm the file cache
    for (let i = 0; i < RUNS; i++) {
      writeFileSync(output, "");
      writeFileSync(summary, "");
      bare.push(await run(["-e", "0"], env));
      load.push(await run([bundle], loadOnly, { allowFailure: true }));
      action.push(await run([bundle], env));
    }
    if (!readFileSync(output, "utf8").includes("service-status")) throw new Error("the status run wrote no outputs");
    const m = (xs, k) => median(xs.map((x) => x[k]));
    const [a, l, b] = [m(action, "ms"), m(load, "ms"), m(bare, "ms")];
    console.log(`node -e 0:                                median ${b.toFixed(1)} ms wall, ${m(bare, "cpu").toFixed(1)} ms CPU (${RUNS} runs)`);
    console.log(`node dist/index.js, load only (bad input): median ${l.toFixed(1)} ms wall, ${m(load, "cpu").toFixed(1)} ms CPU`);
    console.log(`node dist/index.js, command: status:       median ${a.toFixed(1)} ms wall, ${m(action, "cpu").toFixed(1)} ms CPU (interleaved)`);
    console.log(`action start-up + status over pinned TLS: ${(a / b).toFixed(2)}x node -e 0 wall (+${(a - b).toFixed(1)} ms), ${(m(action, "cpu") / m(bare, "cpu")).toFixed(2)}x CPU`);
  } finally {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
