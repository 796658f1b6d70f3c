// Sandbox throughput: signed state-digest acks per second on one node, and the share of the sandbox's
// request-handling time spent in COSE signature verification (the sandbox counts hrtime around
// verifySign1; read through control.metrics()).
//
// The node runs in this process; the client runs in a child process (so the node does not pay for the
// client's TLS and signing): it pre-signs the acks, then fires them with concurrency over keep-alive TLS.
// Two cases: ES384 (secp384r1, keygenerator.sh's default curve) and ES256 (secp256r1).
import { Agent, request } from "node:https";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";

const TOTAL = Number(process.env.SANDBOX_BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.SANDBOX_BENCH_CONCURRENCY ?? 32);
const API = "?api-version=2024-07-01";

function post(agent, url, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent, headers: { "content-type": "application/cose", "content-length": body.length } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function get(agent, url) {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve(JSON.parse(text)));
    })
      .on("error", reject)
      .end();
  });
}

/** Client side (child process): reads {url, ca, memberId, privateKeyPem, certificatePem} from stdin. */
async function client() {
  const { localSigner, signGovernanceMessage } = await import("../dist/core/cose/index.js");
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const job = JSON.parse((await lines.next()).value);
  const agent = new Agent({ ca: job.ca, keepAlive: true, maxSockets: CONCURRENCY });
  const signer = localSigner(job.privateKeyPem, job.certificatePem);
  const { stateDigest } = await get(agent, `${job.url}/gov/members/state-digests/${job.memberId}${API}`);
  const ackUrl = `${job.url}/gov/members/state-digests/${job.memberId}:ack${API}`;
  const t0 = process.hrtime.bigint();
  const bodies = [];
  for (let i = 0; i < TOTAL + CONCURRENCY; i++) bodies.push(Buffer.from(await signGovernanceMessage(signer, { type: "ack", payload: { stateDigest } })));
  const signMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // Warm up the connections, then tell the parent to reset its counters.
  await Promise.all(bodies.splice(0, CONCURRENCY).map((b) => post(agent, ackUrl, b)));
  process.stdout.write(JSON.stringify({ warm: true }) + "\n");
  await lines.next(); // "go": the node has reset its counters
  let next = 0;
  const statuses = {};
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const status = await post(agent, ackUrl, bodies[next++]);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  process.stdout.write(JSON.stringify({ signMs, seconds, statuses, algorithm: signer.algorithm }) + "\n");
  process.stdin.destroy();
}

async function runCase(curve) {
  const { startSandbox } = await import("../dist/sandbox/index.js");
  const sb = await startSandbox({ members: 1, activate: true, memberCurve: curve });
  try {
    const member = sb.members[0];
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
      env: { ...process.env, SANDBOX_BENCH_CLIENT: "1" },
      stdio: ["pipe", "pipe", "inherit"],
    });
    // Keys go over stdin, never argv or env.
    child.stdin.write(JSON.stringify({ url: sb.url, ca: sb.serviceCertificatePem, memberId: member.memberId, privateKeyPem: member.privateKeyPem, certificatePem: member.certificatePem }) + "\n");
    const lines = [];
    let buffered = "";
    const done = new Promise((resolve, reject) => {
      child.stdout.on("data", (chunk) => {
        buffered += chunk;
        let i;
        while ((i = buffered.indexOf("\n")) >= 0) {
          const msg = JSON.parse(buffered.slice(0, i));
          buffered = buffered.slice(i + 1);
          if (msg.warm) {
            sb.control.resetMetrics();
            child.stdin.end("go\n");
          } else lines.push(msg);
        }
      });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`bench client exited with ${code}`))));
    });
    await done;
    const r = lines[0];
    const m = sb.control.metrics();
    console.log(`[${r.algorithm}, member key ${curve}] client pre-signed ${TOTAL} acks: ${(TOTAL / (r.signMs / 1000)).toFixed(0)} signatures/s`);
    console.log(`[${r.algorithm}] signed acks on one node: ${(TOTAL / r.seconds).toFixed(0)} requests/s (${TOTAL} requests, concurrency ${CONCURRENCY}, statuses ${JSON.stringify(r.statuses)})`);
    console.log(
      `[${r.algorithm}] node time per request ${(m.handleMs / m.requests).toFixed(3)} ms, of which COSE verification ${(m.verifyMs / m.verifyCount).toFixed(3)} ms = ${(m.verifyShare * 100).toFixed(1)}% of request handling`,
    );
  } finally {
    await sb.close();
  }
}

export async function bench() {
  await runCase("secp384r1");
  await runCase("secp256r1");
}

if (process.env.SANDBOX_BENCH_CLIENT === "1" && process.argv[1] === fileURLToPath(import.meta.url)) {
  await client();
}
