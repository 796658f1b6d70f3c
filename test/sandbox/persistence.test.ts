/**
 * Restart keeps state: the governance state is written atomically to DIR after commits, and starting
 * again with the same DIR resumes it (same service identity, members, proposals, acks, ledger).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox } from "../../sandbox/index.js";
import { Gov } from "./fixture.js";
import { NO, YES, clientFor, setMemberProposal } from "./helpers.js";
import { generateMemberIdentity } from "../../core/identity/index.js";

const FLAVOUR = { label: "CCF 6, api-version 2024-07-01", ccfVersion: 6 as const, api: "new" as const, apiVersion: "2024-07-01" };

describe("persistence", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sandbox-persist-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("a second start with the same DIR resumes identity, members, proposals, acks and transaction ids", async () => {
    const first = await startSandbox({ dir, members: 3, activate: true });
    let client = clientFor(first);
    let gov = new Gov(client, FLAVOUR);
    const [m0, m1, m2] = first.members;
    const newcomer = await generateMemberIdentity({ name: "newcomer" });
    const created = await gov.propose(m0!, setMemberProposal(newcomer.certificatePem, { member_data: { kept: true } }));
    const pid = created.json.proposalId as string;
    await gov.vote(m0!, pid, NO);
    const update = await gov.update(m1!);
    const digest = update.json.stateDigest as string;
    const txid = update.headers["x-ms-ccf-transaction-id"] as string;
    const certificate = first.serviceCertificatePem;
    const url = first.url;
    client.close();
    await first.close();

    expect(statSync(join(dir, "state.json")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "member0_privk.pem")).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);

    const second = await startSandbox({ dir, members: 7, ccfVersion: 4 });
    try {
      client = clientFor(second);
      gov = new Gov(client, FLAVOUR);
      expect(second.serviceCertificatePem).toBe(certificate);
      expect(second.url).toBe(url);
      expect(second.members.map((m) => m.memberId)).toEqual([m0!.memberId, m1!.memberId, m2!.memberId]);
      expect(second.service.profile.ccfVersion).toBe(6);
      const proposal = await client.get(gov.q(`/gov/members/proposals/${pid}`));
      expect(proposal.json).toEqual({ proposalId: pid, proposerId: m0!.memberId, proposalState: "Open", ballotCount: 1 });
      expect((await client.get(gov.q(`/gov/members/state-digests/${m1!.memberId}`))).json.stateDigest).toBe(digest);
      expect((await client.get(gov.q(`/gov/service/transactions/${txid}`))).json.status).toBe("Committed");
      // The resumed service keeps working: two more ballots accept the proposal.
      await gov.vote(m1!, pid, YES);
      expect((await gov.vote(m2!, pid, YES)).json.proposalState).toBe("Accepted");
      expect((await client.get(gov.q(`/gov/service/members/${newcomer.memberId}`))).json.memberData).toEqual({ kept: true });
      client.close();
    } finally {
      await second.close();
    }
  });

  it("control.restart() stops and starts from DIR on the same port, losing nothing written", async () => {
    const sb = await startSandbox({ members: 1, activate: true });
    try {
      const client = clientFor(sb);
      const gov = new Gov(client, FLAVOUR);
      const created = await gov.propose(sb.members[0]!, setMemberProposal(sb.members[0]!.certificatePem, { member_data: { r: 1 } }));
      const pid = created.json.proposalId as string;
      expect(created.json.proposalState).toBe("Open");
      const url = sb.url;
      client.close();
      await sb.control.restart();
      expect(sb.url).toBe(url);
      const after = clientFor(sb);
      expect((await after.get(gov.q(`/gov/members/proposals/${pid}`))).json.proposalState).toBe("Open");
      const accepted = await new Gov(after, FLAVOUR).vote(sb.members[0]!, pid, YES);
      expect(accepted.json.proposalState).toBe("Accepted");
      after.close();
    } finally {
      await sb.close();
    }
  });

  it("a stray temp file from an interrupted write does not affect the next start", async () => {
    const d = mkdtempSync(join(tmpdir(), "sandbox-stray-"));
    try {
      const a = await startSandbox({ dir: d });
      const cert = a.serviceCertificatePem;
      await a.close();
      writeFileSync(join(d, "state.json.99999.tmp"), "{ half a state");
      const b = await startSandbox({ dir: d });
      expect(b.serviceCertificatePem).toBe(cert);
      await b.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
