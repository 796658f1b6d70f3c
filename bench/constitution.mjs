// Constitution engine: proposal create+ballot throughput on the sandbox running its constitution in
// QuickJS (this build) against the sandbox of the last commit whose rules were TypeScript
// (sandbox/constitution.ts), built from git into a scratch folder in the same run; and the wall time of
// `ccf-consortium validate-proposal` against `node -e 0`.
//
// Each proposal is a set_member_data on the only Active member: create (validate + resolve) then one
// ballot (ballot evaluation + resolve + apply). Requests are signed in this process by the same client
// for both sandboxes; "node time" is the sandbox's own request-handling time (control.metrics()).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PROPOSALS = Number(process.env.CONSTITUTION_BENCH_PROPOSALS ?? 300);
const CONCURRENCY = Number(process.env.CONSTITUTION_BENCH_CONCURRENCY ?? 8);
const RUNS = Number(process.env.CONSTITUTION_BENCH_CLI_RUNS ?? 7);

/** Builds the commit before the engine replaced sandbox/constitution.ts; returns its dist folder (or undefined). */
function buildBaseline(scratch) {
  const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  try {
    const ref = process.env.CONSTITUTION_BENCH_BASELINE ?? `${git("log", "-1", "--format=%H", "--diff-filter=D", "--", "sandbox/constitution.ts")}^`;
    const sha = git("rev-parse", ref);
    const tree = join(scratch, "baseline");
    mkdirSync(tree, { recursive: true });
    const tar = execFileSync("git", ["archive", sha, "core", "sandbox", "tsconfig.json", "tsconfig.build.json", "package.json"], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", tree], { input: tar });
    symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
    writeFileSync(join(tree, "tsconfig.bench.json"), JSON.stringify({ extends: "./tsconfig.build.json", include: ["core", "sandbox"] }));
    execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(tree, "tsconfig.bench.json"), "--outDir", join(tree, "dist")], { stdio: "inherit" });
    return { dist: join(tree, "dist"), sha: sha.slice(0, 12) };
  } catch (err) {
    console.log(`(baseline not available: ${err.message.split("\n")[0]})`);
    return undefined;
  }
}

async function throughput(label, sandboxModule) {
  const { startSandbox } = await import(pathToFileURL(join(sandboxModule, "sandbox/index.js")).href);
  const { createGovernanceClient } = await import("../dist/core/client/index.js");
  const { localSigner } = await import("../dist/core/cose/index.js");
  const sb = await startSandbox({ members: 1, activate: true });
  const m = sb.members[0];
  const signer = localSigner(m.privateKeyPem, m.certificatePem);
  const client = createGovernanceClient({ nodes: [sb.url], serviceCertificatePem: sb.serviceCertificatePem });
  const YES = "export function vote (proposal, proposerId) { return true }";
  const one = async (i) => {
    const { proposal } = await client.createProposal(signer, { actions: [{ name: "set_member_data", args: { member_id: m.memberId, member_data: { n: i } } }] });
    const { value } = await client.submitBallot(signer, proposal.proposalId, YES);
    if (value.state !== "Accepted") throw new Error(`proposal ${proposal.proposalId} is ${value.state}`);
  };
  try {
    for (let i = 0; i < 20; i++) await one(-i - 1); // warm up (JIT, TLS sessions, the engine)
    sb.control.resetMetrics();
    let next = 0;
    const start = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < PROPOSALS) await one(next++);
    }));
    const seconds = (performance.now() - start) / 1000;
    const metrics = sb.control.metrics();
    const perProposal = metrics.handleMs / PROPOSALS;
    console.log(`[${label}] ${PROPOSALS} proposals created + accepted by ballot: ${(PROPOSALS / seconds).toFixed(0)} proposals/s (concurrency ${CONCURRENCY}); node time ${perProposal.toFixed(2)} ms per proposal (create + ballot)`);
    return { rate: PROPOSALS / seconds, perProposal };
  } finally {
    await client.close();
    await sb.close();
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function wall(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

async function validateProposalWallTime() {
  const { startSandbox } = await import("../dist/sandbox/index.js");
  const dir = mkdtempSync(join(tmpdir(), "ccf-bench-validate-"));
  const sb = await startSandbox({ members: 1, activate: true, dir: join(dir, "net") });
  try {
    const proposal = join(dir, "proposal.json");
    writeFileSync(proposal, JSON.stringify({ actions: [{ name: "set_member_data", args: { member_id: sb.members[0].memberId, member_data: { org: "contoso" } } }] }));
    const cli = [join(ROOT, "dist/cli/main.cjs"), "validate-proposal", "--node", sb.url, "--service-cert", join(dir, "net", "service_cert.pem"), "--proposal", proposal];
    // The sandbox serves from this process: run the CLI asynchronously-safe by serving between runs.
    const runAsync = (args) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        import("node:child_process").then(({ execFile }) =>
          execFile(process.execPath, args, (err) => (err && err.code !== 1 ? reject(err) : resolve(performance.now() - t0))),
        );
      });
    await runAsync(cli); // warm the OS file cache
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await runAsync(cli));
    // Another online command against the same node (same CLI start, TLS and API detection, no engine).
    const members = [join(ROOT, "dist/cli/main.cjs"), "members", "--node", sb.url, "--service-cert", join(dir, "net", "service_cert.pem")];
    const online = [];
    for (let i = 0; i < RUNS; i++) online.push(await runAsync(members));
    const baseline = [];
    for (let i = 0; i < RUNS; i++) baseline.push(wall(["-e", "0"]));
    const v = median(times);
    const b = median(baseline);
    const o = median(online);
    console.log(`validate-proposal (live constitution fetched and run in QuickJS): median ${v.toFixed(0)} ms over ${RUNS} runs; node -e 0: ${b.toFixed(0)} ms; ratio ${(v / b).toFixed(2)}x (${(v - b).toFixed(0)} ms above a bare node start)`);
    console.log(`  for scale, \`members\` (one online read, no engine) against the same node: median ${o.toFixed(0)} ms; validate-proposal minus members: ${(v - o).toFixed(0)} ms`);
  } finally {
    await sb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench() {
  const scratch = mkdtempSync(join(tmpdir(), "ccf-bench-constitution-"));
  try {
    const baseline = buildBaseline(scratch);
    const engine = await throughput("QuickJS constitution (this build)", join(ROOT, "dist"));
    if (baseline) {
      const ts = await throughput(`TypeScript rules (commit ${baseline.sha})`, baseline.dist);
      console.log(
        `engine vs TypeScript rules: ${(engine.rate / ts.rate).toFixed(2)}x the throughput; node time per proposal ${(engine.perProposal / ts.perProposal).toFixed(2)}x (engine minus TypeScript: ${(engine.perProposal - ts.perProposal).toFixed(2)} ms)`,
      );
    }
    await validateProposalWallTime();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
