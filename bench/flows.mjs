// Governance flows: requests sent by addMember (+ activate) with k voters, wall time under 50 ms of
// injected latency against the round trips it needs, and GETs made by plan for a 255-member manifest.
// Runs on the embedded sandbox (profile 6, the default), from the built package (npm run build first).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox } from "../dist/sandbox/index.js";
import { createGovernanceClient } from "../dist/core/client/index.js";
import { localSigner } from "../dist/core/cose/index.js";
import { generateEncryptionKeyPair, generateMemberIdentity } from "../dist/core/identity/index.js";
import { activateMember, addMember, parseManifest, plan } from "../dist/core/flows/index.js";

const LATENCY_MS = 50;

async function withSandbox(options, run) {
  const dir = mkdtempSync(join(tmpdir(), "ccf-bench-flows-"));
  const sandbox = await startSandbox({ ccfVersion: 6, activate: true, dir, ...options });
  const log = [];
  const client = createGovernanceClient({
    nodes: sandbox.urls,
    serviceCertificatePem: sandbox.serviceCertificatePem,
    onRequest: (r) => log.push({ at: performance.now(), method: r.method, path: r.path }),
  });
  try {
    return await run({ sandbox, client, log, signers: sandbox.members.map((m) => localSigner(m.privateKeyPem, m.certificatePem)) });
  } finally {
    await client.close();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function kinds(log) {
  const n = (f) => log.filter(f).length;
  return {
    propose: n((r) => r.method === "POST" && /proposals:create|\/gov\/proposals$/.test(r.path.split("?")[0])),
    ballots: n((r) => r.method === "POST" && /ballots/.test(r.path)),
    update: n((r) => r.method === "POST" && /:update|update_state_digest/.test(r.path)),
    ack: n((r) => r.method === "POST" && /:ack|\/gov\/ack$/.test(r.path.split("?")[0])),
    gets: n((r) => r.method === "GET"),
    total: log.length,
  };
}

/** Round trips: requests that start within half a latency of the previous one travel together. */
function roundTrips(log, latency) {
  let trips = 0;
  let last = -Infinity;
  for (const r of log) {
    if (r.at - last > latency / 2) trips++;
    last = r.at;
  }
  return trips;
}

export async function bench() {
  const enc = await generateEncryptionKeyPair();
  await generateMemberIdentity({ name: "warm-up" });

  console.log("addMember (+ activateMember) requests, by voters k (k Active members, recovery member added):");
  for (const k of [1, 3, 5]) {
    await withSandbox({ members: k, recoveryMembers: 1 }, async ({ client, log, signers }) => {
      const id = await generateMemberIdentity({ name: `new${k}` });
      const added = await addMember(client, { certificatePem: id.certificatePem, encryptionPublicKeyPem: enc.publicKeyPem, proposer: signers[0], voters: signers });
      const add = kinds(log);
      log.length = 0;
      await activateMember(client, localSigner(id.privateKeyPem, id.certificatePem));
      const act = kinds(log);
      const expected = Math.floor(k / 2) + 1;
      console.log(
        `  k=${k}: addMember ${add.total} requests = ${add.propose} propose + ${add.ballots} ballots (majority needs ${expected}) + ${add.gets} GETs; ` +
          `activate ${act.total} = ${act.update} update + ${act.ack} ack + ${act.gets} GET; status ${added.status}` +
          (add.propose === 1 && add.ballots === expected && act.update === 1 && act.ack === 1 ? "  ok" : "  UNEXPECTED"),
      );
    });
  }

  // The same flow with no latency (processing only: TLS handshakes, signing, the sandbox's work), then
  // with LATENCY_MS injected on every request; best of 5 each, to damp a busy machine.
  const runFlow = (latency) =>
    withSandbox({ members: 3, recoveryMembers: 1 }, async ({ sandbox, client, log, signers }) => {
      const id = await generateMemberIdentity({ name: "latency" });
      if (latency) sandbox.control.addLatency({ ms: latency });
      const t0 = performance.now();
      await addMember(client, { certificatePem: id.certificatePem, encryptionPublicKeyPem: enc.publicKeyPem, proposer: signers[0], voters: signers });
      await activateMember(client, localSigner(id.privateKeyPem, id.certificatePem));
      return { wall: performance.now() - t0, requests: log.length, trips: roundTrips(log, latency || LATENCY_MS) };
    });
  const best = async (latency) => {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await runFlow(latency));
    return runs.sort((a, b) => a.wall - b.wall)[0];
  };
  const base = await best(0);
  const slow = await best(LATENCY_MS);
  const ratio = slow.wall / (slow.trips * LATENCY_MS);
  console.log(
    `addMember + activate (k=3): ${base.wall.toFixed(0)} ms with no latency; with ${LATENCY_MS} ms injected: ${slow.wall.toFixed(0)} ms wall, ` +
      `${slow.requests} requests in ${slow.trips} round trips → wall / (round trips × ${LATENCY_MS} ms) = ${ratio.toFixed(2)} (goal ≤ 1.3)`,
  );

  const ids = await Promise.all(Array.from({ length: 255 }, (_, i) => generateMemberIdentity({ name: `m${i}` })));
  await withSandbox({ members: 1 }, async ({ sandbox, client, log }) => {
    const manifest = parseManifest(
      JSON.stringify({
        members: [
          { name: "member0", certificate: sandbox.members[0].certificatePem },
          ...ids.slice(0, 254).map((id, i) => ({ name: `m${i}`, certificate: id.certificatePem, encryption_public_key: enc.publicKeyPem, member_data: { name: `m${i}` } })),
        ],
      }),
    );
    const t0 = performance.now();
    const p = await plan(client, manifest);
    const ms = performance.now() - t0;
    const gets = log.filter((r) => r.method === "GET").length;
    console.log(`plan for a ${manifest.members.length}-member manifest: ${gets} GETs to the node (goal ≤ 3), ${p.actions.length} actions, ${ms.toFixed(0)} ms`);
  });
}
