// `ccf-consortium ack` against the seed's manual activation, and what every command costs in requests.
//
// A sandbox serves from another process (bench/lib/sandbox-process.mjs, counting the requests it gets). Each
// run activates a fresh Accepted member, interleaved with `node -e 0` and with a seed-style baseline: the
// seed's four steps (sign a state_digest, POST /gov/ack/update_state_digest, sign the ack, POST /gov/ack)
// with `openssl` signing the COSE Sig_structure that `ccf-consortium prepare` gives (the stand-in for CCF's
// Python signer, one process per signature as the seed ran it) and `curl` posting it. A floor is printed
// too: the same four steps with the Sig_structure built in this process (only openssl and curl run).
// CPU time and peak memory of node processes: bench/lib/rusage.cjs (preloaded, µs / KiB). Then the Action
// bundle's load-only start-up (an unknown command: parse, check the input, exit), and one run of every
// online command, counting the requests the node received.
import { execFile, fork } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGovernanceClient } from "../dist/core/client/index.js";
import { localSigner, prepareGovernanceMessage } from "../dist/core/cose/index.js";
import { generateMemberIdentity } from "../dist/core/identity/index.js";
import { addMember } from "../dist/core/flows/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MAIN = join(root, "dist", "cli", "main.cjs");
const ACTION = join(root, "dist", "index.js");
const RUSAGE = join(root, "bench", "lib", "rusage.cjs");
const RUNS = Number(process.env.ACK_BENCH_RUNS ?? 11); // ACK_BENCH_RUNS=2 for a quick look

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;

/** Runs a process; resolves with wall ms, stdout/stderr, and the rusage line when it was preloaded. */
function run(file, args, { input, env, allowFailure = false, encoding = "utf8" } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = execFile(file, args, { cwd: root, encoding, env: env ?? process.env, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const text = String(stderr);
      const m = /^RUSAGE (\d+) (\d+)$/m.exec(text);
      if (err && !allowFailure) return reject(new Error(`${file} ${args.join(" ")}: ${text || err.message}`));
      resolve({ ms, code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr: text, cpu: m ? Number(m[1]) / 1000 : undefined, rssMiB: m ? Number(m[2]) / 1024 : undefined });
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

/** The seed's state_digest / ack steps, with openssl as the signer and curl as the HTTP client. */
async function seedStep({ member, dir, url, certFile, env, type, payload, path, prepareWith }) {
  const content = join(dir, `${member.name}-${type}.json`);
  writeFileSync(content, payload);
  let tbs;
  if (prepareWith === "cli") {
    const prepared = await run(process.execPath, [MAIN, "prepare", "--content", content, "--signing-cert", member.cert, "--ccf-gov-msg-type", type], { env });
    tbs = JSON.parse(prepared.stdout).toBeSigned;
  } else {
    const t = prepareGovernanceMessage({ type, payload: new Uint8Array(readFileSync(content)), certificatePem: member.certificatePem });
    tbs = { algorithm: t.algorithm, protectedHeader: Buffer.from(t.protectedHeader).toString("base64"), payload: Buffer.from(t.payload).toString("base64"), sigStructure: Buffer.from(t.sigStructure).toString("base64") };
  }
  const hash = { ES256: "sha256", ES384: "sha384", ES512: "sha512" }[tbs.algorithm];
  const tbsFile = join(dir, `${member.name}-${type}.tbs`);
  const derFile = join(dir, `${member.name}-${type}.der`);
  writeFileSync(tbsFile, Buffer.from(tbs.sigStructure, "base64"));
  await run("openssl", ["dgst", `-${hash}`, "-sign", member.key, "-out", derFile, tbsFile], { env });
  const size = { ES256: 32, ES384: 48, ES512: 66 }[tbs.algorithm];
  const signature = derToRaw(readFileSync(derFile), size);
  const cose = coseSign1(Buffer.from(tbs.protectedHeader, "base64"), Buffer.from(tbs.payload, "base64"), signature);
  const coseFile = join(dir, `${member.name}-${type}.cose`);
  writeFileSync(coseFile, cose);
  const posted = await run("curl", ["-sS", "--cacert", certFile, "-H", "content-type: application/cose", "--data-binary", `@${coseFile}`, "-w", "\n%{http_code}", `${url}${path}`], { env });
  const [body, status] = posted.stdout.split(/\n(?=\d{3}$)/);
  if (status !== "200" && status !== "204") throw new Error(`curl ${path}: HTTP ${status} ${body}`);
  return body;
}

async function seedStyle(ctx, member, prepareWith) {
  const t0 = process.hrtime.bigint();
  const updated = await seedStep({ ...ctx, member, type: "state_digest", payload: "", path: "/gov/ack/update_state_digest", prepareWith });
  const digest = JSON.parse(updated).state_digest;
  await seedStep({ ...ctx, member, type: "ack", payload: JSON.stringify({ state_digest: digest }), path: "/gov/ack", prepareWith });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** ECDSA-Sig-Value (DER SEQUENCE of r, s) to COSE's r||s, each left-padded to the curve size. */
function derToRaw(der, size) {
  let i = 2 + (der[1] & 0x80 ? der[1] & 0x7f : 0);
  const ints = [];
  for (let k = 0; k < 2; k++) {
    if (der[i++] !== 0x02) throw new Error("not a DER ECDSA signature");
    const len = der[i++];
    let v = der.subarray(i, i + len);
    i += len;
    while (v.length > size && v[0] === 0) v = v.subarray(1);
    ints.push(Buffer.concat([Buffer.alloc(size - v.length), v]));
  }
  return Buffer.concat(ints);
}

function bstr(b) {
  const n = b.length;
  const head = n < 24 ? [0x40 | n] : n < 256 ? [0x58, n] : [0x59, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from(head), b]);
}

/** COSE_Sign1: tag 18, [protected bstr, {} , payload bstr, signature bstr]. */
function coseSign1(protectedHeader, payload, signature) {
  return Buffer.concat([Buffer.from([0xd2, 0x84]), bstr(protectedHeader), Buffer.from([0xa0]), bstr(payload), bstr(signature)]);
}

function startSandboxProcess(dir) {
  const child = fork(join(root, "bench", "lib", "sandbox-process.mjs"), [dir], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ready = new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", (code) => reject(new Error(`the sandbox process exited (${code})`)));
  });
  const requests = () =>
    new Promise((resolve) => {
      child.once("message", (m) => resolve(m.requests));
      child.send({ op: "requests" });
    });
  const close = () =>
    new Promise((resolve) => {
      child.once("exit", resolve);
      child.send({ op: "close" });
    });
  return { ready, requests, close };
}

export async function bench() {
  for (const tool of ["openssl", "curl"]) {
    if ((await run("sh", ["-c", `command -v ${tool}`], { allowFailure: true })).stdout.trim() === "") {
      throw new Error(`${tool} is needed for the seed-style baseline: apt-get install -y ${tool}`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "bench-ack-"));
  const sandbox = startSandboxProcess(join(dir, "sandbox"));
  try {
    const { url, serviceCertificatePem } = await sandbox.ready;
    const certFile = join(dir, "service_cert.pem");
    writeFileSync(certFile, serviceCertificatePem);
    const m0 = { key: join(dir, "sandbox", "member0_privk.pem"), cert: join(dir, "sandbox", "member0_cert.pem"), enc: join(dir, "sandbox", "member0_enc_privk.pem") };
    const proposer = localSigner(readFileSync(m0.key, "utf8"), readFileSync(m0.cert, "utf8"));

    // Fresh Accepted members: three per run (ack, seed-style, floor), three to warm up, per environment; one for the audit.
    const client = createGovernanceClient({ nodes: [url], serviceCertificatePem });
    const members = [];
    try {
      const needed = (3 * RUNS + 3) * (process.env.NODE_EXTRA_CA_CERTS ? 2 : 1) + 1;
      for (let i = 0; i < needed; i++) {
        const id = await generateMemberIdentity({ name: `fresh${i}` });
        await addMember(client, { certificatePem: id.certificatePem, proposer, voters: [proposer] });
        const m = { name: `fresh${i}`, memberId: id.memberId, key: join(dir, `fresh${i}_privk.pem`), cert: join(dir, `fresh${i}_cert.pem`), certificatePem: id.certificatePem };
        writeFileSync(m.key, id.privateKeyPem, { mode: 0o600 });
        chmodSync(m.key, 0o600);
        writeFileSync(m.cert, id.certificatePem);
        members.push(m);
      }
    } finally {
      await client.close();
    }
    await sandbox.requests();

    await auditRequests({ dir, url, certFile, m0, members, requests: sandbox.requests });

    // Every measured process gets the same environment. This one may set NODE_EXTRA_CA_CERTS, which makes
    // every Node process parse that CA bundle at start-up (tens of ms, `node -e 0` included): the figures
    // are given with the environment as it is and, when it is set, once more without it.
    const envs = [["environment as given", process.env]];
    if (process.env.NODE_EXTRA_CA_CERTS) {
      const { NODE_EXTRA_CA_CERTS: _, ...rest } = process.env;
      envs.push(["without NODE_EXTRA_CA_CERTS", rest]);
    }
    const results = [];
    for (const [label, env] of envs) results.push({ label, ...(await measure({ dir, url, certFile, members, env, requests: sandbox.requests })) });

    const check = (ok) => (ok ? "met" : "NOT met");
    console.log("\nMust show:");
    for (const r of results) {
      console.log(`  [${r.label}]`);
      console.log(`  ack requests:            ${r.maxRequests} (target <= 3: ${check(r.maxRequests <= 3)})`);
      console.log(`  ack wall / seed-style:   ${(r.ackMs / r.seedMs).toFixed(2)} (target <= 0.5: ${check(r.ackMs / r.seedMs <= 0.5)}); against the openssl+curl floor: ${(r.ackMs / r.floorMs).toFixed(2)}`);
      console.log(`  ack CPU / node -e 0:     ${(r.ackCpu / r.bareCpu).toFixed(2)} (target <= 2.5: ${check(r.ackCpu / r.bareCpu <= 2.5)})`);
      console.log(`  ack peak memory:         ${r.ackPeak.toFixed(1)} MiB (target <= 60: ${check(r.ackPeak <= 60)})`);
      console.log(`  action load / node -e 0: ${(r.loadMs / r.bare2Ms).toFixed(2)} wall (target <= 2: ${check(r.loadMs / r.bare2Ms <= 2)}), ${(r.loadCpu / r.bare2Cpu).toFixed(2)} CPU`);
    }

  } finally {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The interleaved runs in one environment: node -e 0, ack, seed-style, floor; then the action's load. */
async function measure({ dir, url, certFile, members, env, requests }) {
  const ctx = { dir, url, certFile, env };
  const ack = (m) => run(process.execPath, ["-r", RUSAGE, MAIN, "ack", "--node", url, "--service-cert", certFile, "--signing-key", m.key, "--signing-cert", m.cert], { env });
  const bare = () => run(process.execPath, ["-r", RUSAGE, "-e", "0"], { env });
  // Warm the file cache for every program involved.
  await bare();
  await ack(members.pop());
  await seedStyle(ctx, members.pop(), "cli");
  await seedStyle(ctx, members.pop(), "in-process");
  await requests();

  const rows = { bare: [], ack: [], seed: [], floor: [] };
  const ackRequests = [];
  for (let i = 0; i < RUNS; i++) {
    rows.bare.push(await bare());
    const m = members.pop();
    const r = await ack(m);
    if (!r.stdout.includes("is Active")) throw new Error(`ack did not activate ${m.memberId}: ${r.stdout}${r.stderr}`);
    rows.ack.push(r);
    ackRequests.push(await requests());
    rows.seed.push({ ms: await seedStyle(ctx, members.pop(), "cli") });
    rows.floor.push({ ms: await seedStyle(ctx, members.pop(), "in-process") });
    await requests();
  }
  const med = (k, f) => median(rows[k].map((r) => r[f]));
  const out = {
    bareMs: med("bare", "ms"),
    bareCpu: med("bare", "cpu"),
    ackMs: med("ack", "ms"),
    ackCpu: med("ack", "cpu"),
    ackPeak: Math.max(...rows.ack.map((r) => r.rssMiB)),
    seedMs: med("seed", "ms"),
    floorMs: med("floor", "ms"),
    maxRequests: Math.max(...ackRequests.map((r) => r.length)),
  };
  const env0 = env === process.env ? "the environment as given" : "without NODE_EXTRA_CA_CERTS";
  console.log(`\n${env0}: medians of ${RUNS} interleaved runs, each ack on a fresh Accepted member, the sandbox in another process:`);
  console.log(`node -e 0:                             ${fmt(out.bareMs)} wall, ${fmt(out.bareCpu)} CPU, ${med("bare", "rssMiB").toFixed(1)} MiB peak`);
  console.log(`ccf-consortium ack:                    ${fmt(out.ackMs)} wall, ${fmt(out.ackCpu)} CPU, ${out.ackPeak.toFixed(1)} MiB peak (largest of ${RUNS}); requests per run: ${[...new Set(ackRequests.map((r) => r.length))].join("/")}`);
  console.log(`  ${ackRequests[0].map((l) => l.replace(/[0-9a-f]{64}/g, "{id}")).join("\n  ")}`);
  console.log(`seed-style (prepare + openssl + curl): ${fmt(out.seedMs)} wall (2 × [ccf-consortium prepare, openssl dgst -sign, curl])`);
  console.log(`floor (openssl + curl only):           ${fmt(out.floorMs)} wall (the Sig_structure built in this process)`);

  // The Action bundle, load only: an unknown command parses the bundle, fails on the input and exits.
  const actionEnv = { ...env, INPUT_COMMAND: "no-such-command", GITHUB_OUTPUT: join(dir, "out"), GITHUB_STEP_SUMMARY: join(dir, "summary") };
  const load = [];
  const bare2 = [];
  await run(process.execPath, ["-r", RUSAGE, ACTION], { env: actionEnv, allowFailure: true });
  for (let i = 0; i < RUNS; i++) {
    bare2.push(await bare());
    load.push(await run(process.execPath, ["-r", RUSAGE, ACTION], { env: actionEnv, allowFailure: true }));
  }
  out.loadMs = median(load.map((r) => r.ms));
  out.loadCpu = median(load.map((r) => r.cpu));
  out.bare2Ms = median(bare2.map((r) => r.ms));
  out.bare2Cpu = median(bare2.map((r) => r.cpu));
  console.log(`action dist/index.js, load only:       ${fmt(out.loadMs)} wall, ${fmt(out.loadCpu)} CPU (node -e 0 in the same runs: ${fmt(out.bare2Ms)} wall, ${fmt(out.bare2Cpu)} CPU)`);
  return out;
}

/**
 * One run of every online command, each a fresh process, with the requests the node received. Runs while
 * member0 is the only Active member (one ballot passes a proposal); the member it acks is the last change.
 */
async function auditRequests({ dir, url, certFile, m0, members, requests }) {
  const conn = ["--node", url, "--service-cert", certFile];
  const signer = ["--signing-key", m0.key, "--signing-cert", m0.cert];
  const fresh = async (name) => {
    const id = await generateMemberIdentity({ name });
    const m = { name, memberId: id.memberId, key: join(dir, `${name}_privk.pem`), cert: join(dir, `${name}_cert.pem`) };
    writeFileSync(m.key, id.privateKeyPem, { mode: 0o600 });
    writeFileSync(m.cert, id.certificatePem);
    return m;
  };
  const proposalIdOf = (stdout) => /"proposalId":\s*"([0-9a-f]{64})"/.exec(stdout)?.[1];
  const [p, q, r, s] = [await fresh("audit-p"), await fresh("audit-q"), await fresh("audit-r"), await fresh("audit-s")];
  const acked = members.pop();
  // The manifest: every member there is, and one more (plan: 1 to add).
  const manifest = join(dir, "members.yaml");
  const entry = (name, cert, extra = "") => `  - name: ${name}\n    certificate: ${cert}\n${extra}`;
  const enc = join(dirname(m0.key), "member0_enc_pubk.pem");
  const wanted = [entry("member0", m0.cert, existsSync(enc) ? `    encryption_public_key: ${enc}\n` : ""), entry(p.name, p.cert), ...[...members, acked].map((m) => entry(m.name, m.cert)), entry(s.name, s.cert)];
  writeFileSync(manifest, `members:\n${wanted.join("")}`);

  const rows = [];
  const cli = async (label, args, note = "") => {
    // Exit 3 is "pending": a proposal left Open for other members' ballots, a normal state.
    const out = await run(process.execPath, [MAIN, ...args], { allowFailure: true });
    if (out.code !== 0 && out.code !== 3) throw new Error(`${label}: exit ${out.code}: ${out.stderr || out.stdout}`);
    const sent = await requests();
    const gets = sent.filter((l) => l.startsWith("GET ")).length;
    rows.push({ label, total: sent.length, gets, posts: sent.length - gets, note, sent });
    return out.stdout;
  };
  await cli("members", ["members", ...conn], `${members.length + 2} members`);
  await cli("proposals", ["proposals", ...conn]);
  const proposed = await cli("propose-member", ["propose-member", ...conn, ...signer, "--cert", p.cert, "--json"]);
  await cli("proposals --proposal-id", ["proposals", ...conn, "--proposal-id", proposalIdOf(proposed)]);
  await cli("vote", ["vote", ...conn, ...signer, "--proposal-id", proposalIdOf(proposed)], "accepts it");
  const second = await cli("propose-member (2nd)", ["propose-member", ...conn, ...signer, "--cert", q.cert, "--json"]);
  rows.pop();
  await cli("withdraw", ["withdraw", ...conn, ...signer, "--proposal-id", proposalIdOf(second)]);
  await cli("add-member", ["add-member", ...conn, ...signer, "--cert", r.cert], "1 voter");
  await cli("set-member-data", ["set-member-data", ...conn, ...signer, "--member-id", r.memberId, "--member-data", '{"name":"r"}'], "1 voter");
  await cli("remove-member", ["remove-member", ...conn, ...signer, "--member-id", r.memberId], "1 voter");
  await cli("plan", ["plan", ...conn, "--manifest", manifest], `${wanted.length} members wanted, 1 to add`);
  await cli("apply", ["apply", ...conn, ...signer, "--manifest", manifest], "one proposal, 1 voter");
  if (existsSync(m0.enc)) await cli("submit-share", ["submit-share", ...conn, ...signer, "--enc-key", m0.enc], "service Open: nothing to submit");
  await cli("ack", ["ack", ...conn, "--signing-key", acked.key, "--signing-cert", acked.cert]);
  await cli("ack (already Active)", ["ack", ...conn, "--signing-key", acked.key, "--signing-cert", acked.cert]);

  console.log("\nrequests per command (one run each, a fresh process, counted by the node; offline commands send none):");
  for (const row of rows) {
    console.log(`  ${row.label.padEnd(24)} ${String(row.total).padStart(2)} = ${row.gets} GET + ${row.posts} POST${row.note ? `  (${row.note})` : ""}`);
    console.log(`      ${row.sent.map((l) => l.replace(/[0-9a-f]{64}/g, "{id}").replace(/\?api-version=[\w-]+/, "")).join(", ")}`);
  }
}
