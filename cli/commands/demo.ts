import { quoteValue } from "../../core/text/input-value.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../io.js";
import { println } from "../io.js";
import { optional, parseFlags } from "../args.js";
import { CcfConsortiumError, InputError } from "../../core/errors.js";
import { createGovernanceClient, type GovernanceClient } from "../../core/client/governance-client.js";
import { localSigner } from "../../core/cose/local-signer.js";
import { generateMemberIdentity } from "../../core/identity/member-identity.js";
import { generateEncryptionKeyPair } from "../../core/identity/encryption-key.js";
import { addMember } from "../../core/flows/add-member.js";
import { activateMember } from "../../core/flows/activate-member.js";
import { APPROVE_BALLOT } from "../../core/proposals/ballots.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { readMembersView, renderMembers } from "../online/members-view.js";
import { shortId } from "../online/table.js";

export const usage = `Usage: ccf-consortium demo [--ccf-version 4|5|6|7]

What 'npm start' runs: the whole add-a-member walkthrough on an embedded sandbox node, with no setup.
  1. start a sandbox (loopback, TLS, a fresh service identity) with one initial recovery member
  2. activate that member (update its state digest, ack it)
  3. generate a new member: an EC identity and an RSA encryption key (in memory)
  4. propose set_member for it, signed by the initial member
  5. vote for the proposal: Accepted
  6. the new member acks the state digest: Active, and the service issues its recovery share
  7. print the members table
Each step shows the HTTP requests it made. The sandbox is closed and its temporary folder removed.

  --ccf-version N          the CCF version the sandbox imitates (default 6; 4 and 5 also serve the
                           classic API, 7 only the versioned one)`;

const HEX64 = /[0-9a-f]{64}/g;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { "ccf-version": { type: "string" } });
  const versionFlag = optional(values, "ccf-version") ?? "6";
  if (!/^[4-7]$/.test(versionFlag)) throw new InputError("--ccf-version", `${quoteValue(versionFlag, 40)} is not one of 4, 5, 6, 7`);
  const ccfVersion = Number(versionFlag) as 4 | 5 | 6 | 7;
  const out = (text = "") => println(io.stdout, text);
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), "ccf-consortium-demo-"));
  let sandbox: Sandbox | undefined;
  let client: GovernanceClient | undefined;
  const cleanup = async () => {
    await client?.close().catch(() => undefined);
    await sandbox?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  const interrupted = () => void cleanup().finally(() => process.exit(130));
  process.once("SIGINT", interrupted);

  let requests: string[] = [];
  const step = (n: number, title: string) => out(`\n[${n}/7] ${title}`);
  const detail = (text: string) => out(`      ${text}`);
  const http = () => {
    for (const r of requests) detail(`→ ${r}`);
    requests = [];
  };

  try {
    out("ccf-consortium demo: add a recovery member to a CCF consortium, end to end, on an embedded sandbox");

    // The new member's keys are generated while the sandbox starts (RSA generation is the slow part).
    const newKeys = Promise.all([generateMemberIdentity({ name: "alice" }), generateEncryptionKeyPair({ bits: 2048 })]);
    newKeys.catch(() => undefined);

    step(1, `Start a sandbox node (CCF ${ccfVersion}.x) with one initial recovery member`);
    sandbox = await startSandbox({ dir, members: 1, recoveryMembers: 1, ccfVersion });
    const initial = sandbox.members[0]!;
    detail(`node ${sandbox.url} (TLS; the service certificate is the only trust root)`);
    detail(`state and keys in ${dir} (removed at the end)`);
    detail(`initial member ${initial.name} ${shortId(initial.memberId)}: Accepted, recovery member`);
    let api = "";
    client = createGovernanceClient({
      nodes: [sandbox.url],
      serviceCertificatePem: sandbox.serviceCertificatePem,
      onRequest: ({ method, path }) => requests.push(`${method} ${path.replace(/\?api-version=[^&]*$/, "").replace(HEX64, (id) => shortId(id))}`),
    });
    const proposer = localSigner(initial.privateKeyPem, initial.certificatePem);

    step(2, `Activate ${initial.name}: update its state digest, then sign an ack of it`);
    const activated = await activateMember(client, proposer);
    api = await client.api();
    http();
    detail(`${initial.name} is ${activated.status} (API ${api})`);

    step(3, "Generate a new member: EC identity (secp384r1) and RSA-2048 encryption key, in memory");
    const [identity, encryption] = await newKeys;
    detail(`alice ${shortId(identity.memberId)} (member id = SHA-256 of its certificate)`);

    step(4, `Propose set_member for alice, signed by ${initial.name}`);
    const proposed = await addMember(client, {
      certificatePem: identity.certificatePem,
      encryptionPublicKeyPem: encryption.publicKeyPem,
      memberData: { name: "alice" },
      proposer,
      voters: [],
    });
    http();
    if (!proposed.proposalId) throw new CcfConsortiumError("INTERNAL", `alice is unexpectedly already a member (${proposed.status})`);
    detail(`proposal ${shortId(proposed.proposalId)}: Open, waiting for ballots`);

    step(5, `${initial.name} votes for the proposal`);
    const ballot = await client.submitBallot(proposer, proposed.proposalId, APPROVE_BALLOT);
    if (ballot.value.state !== "Accepted") throw new CcfConsortiumError("PROPOSAL_FAILED", `proposal ${proposed.proposalId} is ${ballot.value.state} after the ballot`);
    if (ballot.transactionId) await client.waitForCommit(ballot.transactionId);
    http();
    detail(`proposal Accepted${ballot.transactionId ? ` in transaction ${ballot.transactionId}, committed` : ""}: alice is Accepted`);

    step(6, "alice acks the state digest with her own key");
    const aliceSigner = localSigner(identity.privateKeyPem, identity.certificatePem);
    const acked = await activateMember(client, aliceSigner);
    http();
    detail(`alice is ${acked.status}; the service re-issued the recovery shares`);

    step(7, "Members");
    const view = await readMembersView(client);
    http();
    out();
    out(renderMembers(view, { short: true }));
    const alice = view.members.find((m) => m.memberId === identity.memberId);
    if (alice?.status !== "Active" || alice.recoveryShare !== "issued") {
      throw new CcfConsortiumError("INTERNAL", `alice should be Active with a recovery share, but is ${alice?.status ?? "missing"} (share ${alice?.recoveryShare ?? "-"})`);
    }
    const total = client.requests.total;
    await cleanup();
    out();
    out(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${total} HTTP requests; sandbox closed, ${dir} removed.`);
    return 0;
  } finally {
    process.removeListener("SIGINT", interrupted);
    await cleanup();
  }
}
