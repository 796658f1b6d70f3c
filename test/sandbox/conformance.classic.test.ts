/**
 * Conformance: the classic governance API (CCF 4.x–6.x), one case per row of the reference's §3.2 table
 * (C1–C15) and its error column, for CCF 4 and CCF 6. JSON is snake_case; Active checks happen in the
 * handlers (403 "Member <id> is not active.").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLASSIC_FLAVOURS, eventually, startFixture, type Fixture } from "./fixture.js";
import { expectError, NO, YES, setMemberProposal, sign, type HttpResult } from "./helpers.js";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { request as httpsRequest } from "node:https";

const UNKNOWN = "cd".repeat(32);

describe.each(CLASSIC_FLAVOURS)("classic API — $label", (flavour) => {
  let f: Fixture;
  const get = (p: string) => f.gov.client.get(p);
  const m = (i: number) => f.active[i]!;

  beforeAll(async () => {
    f = await startFixture(flavour, 3, { ballotTimeoutMs: 200 });
  });
  afterAll(async () => {
    await f.close();
  });

  async function openProposal(proposer = m(0)): Promise<string> {
    const r = await f.gov.propose(proposer, setMemberProposal(f.outsider.certificatePem, { member_data: { n: Math.random() } }));
    expect(r.status).toBe(200);
    return r.json.proposal_id;
  }

  it("C1 GET /gov/members → {id: {status, member_data, cert, public_encryption_key}}", async () => {
    const r = await get("/gov/members");
    expect(r.status).toBe(200);
    // m(0) is the fixture's recovery member; m(1) has no encryption key
    expect(r.json[m(0).memberId]).toEqual({ status: "Active", member_data: null, cert: m(0).certificatePem, public_encryption_key: m(0).encryptionPublicKeyPem });
    expect(r.json[m(1).memberId]).toEqual({ status: "Active", member_data: null, cert: m(1).certificatePem, public_encryption_key: null });
    expect(r.json[f.accepted.memberId].status).toBe("Accepted");
  });

  it("C2 POST /gov/ack/update_state_digest → 200 {state_digest}", async () => {
    const r = await f.gov.update(m(1));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ state_digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(r.headers["x-ms-ccf-transaction-id"]).toMatch(/^\d+\.\d+$/);
  });

  it("C2 cert-or-COSE: a member TLS client certificate alone authenticates update_state_digest", async () => {
    const url = new URL("/gov/ack/update_state_digest", f.sb.url);
    const r = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpsRequest(url, { method: "POST", ca: f.sb.serviceCertificatePem, cert: m(2).certificatePem, key: m(2).privateKeyPem, headers: { "content-length": "0" } }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ state_digest: f.sb.service.state.acks[m(2).memberId]!.stateDigest });
  });

  it("C3 POST /gov/ack: 400 StateDigestMismatch 'Submitted state digest is not valid.'; 204 activates", async () => {
    const u = await f.gov.update(f.accepted);
    expectError(await f.gov.ack(f.accepted, "00".repeat(32)), 400, "StateDigestMismatch", "Submitted state digest is not valid.");
    const ok = await f.gov.ack(f.accepted, u.json.state_digest);
    expect(ok.status).toBe(204);
    expect((await get("/gov/members")).json[f.accepted.memberId].status).toBe("Active");
  });

  it("C4 POST /gov/proposals → 200 ProposalInfoSummary", async () => {
    const r = await f.gov.propose(m(0), setMemberProposal(f.outsider.certificatePem));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ proposal_id: expect.stringMatching(/^[0-9a-f]{64}$/), proposer_id: m(0).memberId, state: "Open", ballot_count: 0 });
  });

  it("C4 errors as N6: ProposalFailedToValidate, created_at replay rules (classic order: too old first)", async () => {
    expectError(await f.gov.propose(m(0), { actions: [{ name: "nope" }] }), 400, "ProposalFailedToValidate", "Proposal failed to validate: nope: no such action");
    const keys = Object.keys(f.sb.service.state.recentProposals).sort();
    const median = keys[Math.floor(keys.length / 2)]!.split(":")[0];
    expectError(await f.gov.propose(m(0), setMemberProposal(f.outsider.certificatePem), 5), 400, "ProposalCreatedTooLongAgo", `Proposal created too long ago, created_at must be greater than ${median}`);
  });

  it("C5 GET /gov/proposals → only Open proposals, as a map of ProposalInfo", async () => {
    const open = await openProposal();
    const withdrawn = await openProposal();
    await f.gov.withdraw(m(0), withdrawn);
    const r = await get("/gov/proposals");
    expect(r.json[open]).toEqual({ proposer_id: m(0).memberId, state: "Open", ballots: {} });
    expect(r.json[withdrawn]).toBeUndefined();
  });

  it("C6 GET /gov/proposals/{id} → ProposalInfo; 404 'Proposal <id> does not exist.'", async () => {
    const pid = await openProposal();
    await f.gov.vote(m(1), pid, NO);
    expect((await get(`/gov/proposals/${pid}`)).json).toEqual({ proposer_id: m(0).memberId, state: "Open", ballots: { [m(1).memberId]: NO } });
    expectError(await get(`/gov/proposals/${UNKNOWN}`), 404, "ProposalNotFound", `Proposal ${UNKNOWN} does not exist.`);
  });

  it("C7 GET /gov/proposals/{id}/actions → the raw proposal; 404", async () => {
    const proposal = setMemberProposal(f.outsider.certificatePem, { member_data: { c7: true } });
    const r = await f.gov.propose(m(0), proposal);
    const actions = await get(`/gov/proposals/${r.json.proposal_id}/actions`);
    expect(actions.json).toEqual(proposal);
    expectError(await get(`/gov/proposals/${UNKNOWN}/actions`), 404, "ProposalNotFound", `Proposal ${UNKNOWN} does not exist.`);
  });

  it("C8 withdraw: URL ≠ signed id 400; unknown → 400 ProposalNotFound; not proposer 403; 200 ProposalInfo; not Open 400", async () => {
    const pid = await openProposal();
    const mismatch = await f.gov.client.postCose(`/gov/proposals/${pid}/withdraw`, await sign(m(0), { type: "withdrawal", proposalId: UNKNOWN }));
    expectError(mismatch, 400, "InvalidResourceName", "Authenticated proposal id does not match URL");
    expectError(await f.gov.withdraw(m(0), UNKNOWN), 400, "ProposalNotFound", `Proposal ${UNKNOWN} does not exist.`);
    expectError(await f.gov.withdraw(m(1), pid), 403, "AuthorizationFailed", `Proposal ${pid} can only be withdrawn by proposer ${m(0).memberId}, not caller ${m(1).memberId}.`);
    const ok = await f.gov.withdraw(m(0), pid);
    expect(ok.json).toEqual({ proposer_id: m(0).memberId, state: "Withdrawn", ballots: {} });
    expectError(await f.gov.withdraw(m(0), pid), 400, "ProposalNotOpen", `Proposal ${pid} is currently in state Withdrawn - only Open proposals can be withdrawn.`);
  });

  it("C4/C8/C9 an Accepted member passes COSE auth but the handler refuses: 403 'Member <id> is not active.'", async () => {
    const newcomer = await generateMemberIdentity({ name: "newcomer" });
    const add = await f.gov.propose(m(0), setMemberProposal(newcomer.certificatePem));
    let state = "Open";
    for (const voter of f.active) if (state === "Open") state = (await f.gov.vote(voter, add.json.proposal_id, YES)).json.state;
    expect(state).toBe("Accepted");
    const pid = await openProposal();
    const refused = `Member ${newcomer.memberId} is not active.`;
    expectError(await f.gov.vote(newcomer, pid, YES), 403, "AuthorizationFailed", refused);
    expectError(await f.gov.withdraw(newcomer, pid), 403, "AuthorizationFailed", refused);
    expectError(await f.gov.propose(newcomer, setMemberProposal(f.outsider.certificatePem)), 403, "AuthorizationFailed", refused);
  });

  it("C9 ballots: 404 'Could not find proposal <id>.'; any second ballot → 400 'Vote already submitted.'; 200 summary", async () => {
    const pid = await openProposal();
    expectError(await f.gov.vote(m(1), UNKNOWN, YES), 404, "ProposalNotFound", `Could not find proposal ${UNKNOWN}.`);
    const first = await f.gov.vote(m(1), pid, YES);
    expect(first.json).toEqual({ proposal_id: pid, proposer_id: m(0).memberId, state: "Open", ballot_count: 1 });
    expectError(await f.gov.vote(m(1), pid, YES), 400, "VoteAlreadyExists", "Vote already submitted.");
  });

  it("C9 acceptance: votes/vote_failures in the summary; 400 ProposalNotOpen afterwards", async () => {
    const pid = await openProposal();
    await f.gov.vote(m(0), pid, "export function vote (p, proposer, proposalId) { if (proposalId.length !== 64) throw new Error('no id'); return true }");
    await f.gov.vote(m(1), pid, YES);
    const r = await f.gov.vote(m(2), pid, YES);
    expect(r.json).toEqual({
      proposal_id: pid,
      proposer_id: m(0).memberId,
      state: "Accepted",
      ballot_count: 3,
      votes: { [m(0).memberId]: true, [m(1).memberId]: true, [m(2).memberId]: true },
      vote_failures: {},
    });
    expectError(await f.gov.vote(f.accepted, pid, YES), 400, "ProposalNotOpen", `Proposal ${pid} is currently in state Accepted - only Open proposals can receive votes.`);
  });

  it("C9 a ballot that is not a module exporting vote → 500, not recorded", async () => {
    const pid = await openProposal();
    const r = await f.gov.vote(m(1), pid, "function notVote() { return true }");
    expect(r.status).toBe(500);
    expect(r.json.error.code).toBe("InternalError");
    expect((await get(`/gov/proposals/${pid}`)).json.ballots).toEqual({});
  });

  it("C10 GET ballot → {ballot}; 404 ProposalNotFound / VoteNotFound", async () => {
    const pid = await openProposal();
    await f.gov.vote(m(2), pid, NO);
    expect((await get(`/gov/proposals/${pid}/ballots/${m(2).memberId}`)).json).toEqual({ ballot: NO });
    expectError(await get(`/gov/proposals/${UNKNOWN}/ballots/${m(2).memberId}`), 404, "ProposalNotFound", `Proposal ${UNKNOWN} does not exist.`);
    expectError(await get(`/gov/proposals/${pid}/ballots/${m(1).memberId}`), 404, "VoteNotFound", `Member ${m(1).memberId} has not voted for proposal ${pid}.`);
  });

  it("C11 GET /gov/recovery_share (COSE on a GET): 404 for a member without a share", async () => {
    const r = await f.gov.client.request("GET", "/gov/recovery_share", Buffer.from(await sign(m(1), { type: "encrypted_recovery_share" })), { "content-type": "application/cose" });
    expectError(r, 404, "ResourceNotFound", `Recovery share not found for member ${m(1).memberId}.`);
  });

  it("C12 GET /gov/encrypted_recovery_share/{id} → 404 ResourceNotFound", async () => {
    expectError(await get(`/gov/encrypted_recovery_share/${m(1).memberId}`), 404, "ResourceNotFound", `Recovery share not found for member ${m(1).memberId}.`);
  });

  it("C13 POST /gov/recovery_share while Open → 403 ServiceNotWaitingForRecoveryShares", async () => {
    const r = await f.gov.signedPost("/gov/recovery_share", m(0), { type: "recovery_share", payload: { share: "AAAA" } });
    expectError(r, 403, "ServiceNotWaitingForRecoveryShares", "Service is not waiting for recovery shares.");
  });

  it("C14 KV wrappers: /gov/kv/service/info, /gov/kv/members/info, /gov/kv/constitution", async () => {
    const info = await get("/gov/kv/service/info");
    expect(info.json).toMatchObject({ cert: f.sb.serviceCertificatePem, status: "Open" });
    expect((await get("/gov/kv/members/info")).json[m(0).memberId]).toEqual({ status: "Active", member_data: null });
    expect(typeof (await get("/gov/kv/constitution")).json).toBe("string");
  });

  it("C15 GET /gov/tx?transaction_id= → {status, transaction_id}; GET /gov/commit", async () => {
    const u = await f.gov.update(m(2));
    const txid = u.headers["x-ms-ccf-transaction-id"] as string;
    const r = await eventually(() => get(`/gov/tx?transaction_id=${txid}`), (x) => x.json.status === "Committed");
    expect(r.json).toEqual({ status: "Committed", transaction_id: txid });
    expect((await get("/gov/commit")).json).toEqual({ transaction_id: expect.stringMatching(/^\d+\.\d+$/) });
    expect((await get("/gov/tx?transaction_id=x")).json.error.code).toBe("InvalidQueryParameterValue");
  });

  it("classic endpoints ignore api-version (no MissingApiVersionParameter)", async () => {
    expect((await get("/gov/members")).status).toBe(200);
  });
});
