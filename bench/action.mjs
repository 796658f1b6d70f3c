// The GitHub Action bundle: its size, and its start-up — `node dist/index.js` running `command: status`
// against a sandbox (spawn → summary written → exit) — against `node -e 0`, medians of interleaved runs.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "index.js");
const RUNS = 15;

function run(args, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    execFile(process.execPath, args, { env, cwd: root }, (err, stdout, stderr) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (err) reject(new Error(`${args.join(" ")} failed: ${stderr || err.message}`));
      else resolve(ms);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function bench() {
  const bytes = readFileSync(bundle);
  console.log(`bundle dist/index.js: ${(statSync(bundle).size / 1024).toFixed(0)} KiB (${(gzipSync(bytes).length / 1024).toFixed(0)} KiB gzipped)`);

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
    const action = [];
    const bare = [];
    await run([bundle], (writeFileSync(output, ""), writeFileSync(summary, ""), env)); // warm the file cache
    for (let i = 0; i < RUNS; i++) {
      writeFileSync(output, "");
      writeFileSync(summary, "");
      bare.push(await run(["-e", "0"], env));
      action.push(await run([bundle], env));
    }
    if (!readFileSync(output, "utf8").includes("service-status")) throw new Error("the status run wrote no outputs");
    const a = median(action);
    const b = median(bare);
    console.log(`node -e 0:                          median ${b.toFixed(1)} ms (${RUNS} runs)`);
    console.log(`node dist/index.js (status, 1 node): median ${a.toFixed(1)} ms (${RUNS} runs, interleaved)`);
    console.log(`action start-up + status over pinned TLS: ${(a / b).toFixed(2)}x node -e 0 (+${(a - b).toFixed(1)} ms)`);
  } finally {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
