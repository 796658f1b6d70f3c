/**
 * Conformance: the versioned governance API, one case per row of the reference's §3.1 table (N1–N19)
 * and its error column, for each release line that serves it (CCF 4 with 2023-06-01-preview; CCF 6 and 7
 * with 2024-07-01). Each case asserts status, OData code and message.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NEW_FLAVOURS, eventually, sharedEncryptionKey, startFixture, type Fixture } from "./fixture.js";
import { expectError, NO, YES, govHeader, nowSeconds, rawCose, setMemberProposal, sha256Hex, sign, type HttpResult } from "./helpers.js";
import { CONSTITUTION_SOURCE } from "../../sandbox/index.js";

const UNKNOWN = "ab".repeat(32);

describe.each(NEW_FLAVOURS)("new API — $label", (flavour) => {
  let f: Fixture;
  /** `ballotSubmitters` is in proposal objects from 7.0.2 (#7840) only. */
  const submitters = (ids: string[]) => (flavour.ccfVersion === 7 ? { ballotSubmitters: [...ids].sort() } : {});
  const q = (p: string) => f.gov.q(p);
  const get = (p: string) => f.gov.client.get(q(p));
  const m = (i: number) => f.active[i]!;

  beforeAll(async () => {
    f = await startFixture(flavour, 3, { ballotTimeoutMs: 200 });
  });
  afterAll(async () => {
    await f.close();
  });

  /** An Open proposal by member 0 (set_member for a fresh identity). */
  async function openProposal(proposer = m(0)): Promise<string> {
    const r = await f.gov.propose(proposer, setMemberProposal(f.outsider.certificatePem, { member_data: { n: Math.random() } }));
    expect(r.status).toBe(200);
    return r.json.proposalId;
  }

  describe("api-version (§3.1)", () => {
    const supported = flavour.ccfVersion === 4 ? "2023-06-01-preview" : "2023-06-01-preview, 2024-07-01";

    it("missing → 400 MissingApiVersionParameter", async () => {
      expectError(
        await f.gov.client.get("/gov/service/members"),
        400,
        "MissingApiVersionParameter",
        `The api-version query parameter (?api-version=) is required for all requests. The supported api-versions are: ${supported}`,
      );
    });

    it("unknown → 400 UnsupportedApiVersionValue", async () => {
      expectError(
        await f.gov.client.get("/gov/service/members?api-version=2022-01-01"),
        400,
        "UnsupportedApiVersionValue",
        `Unsupported api-version '2022-01-01'. The supported api-versions are: ${supported}`,
      );
    });

    it("'latest' is not accepted before main", async () => {
      const r = await f.gov.client.get("/gov/service/members?api-version=latest");
      expect(r.json.error.code).toBe("UnsupportedApiVersionValue");
    });

    if (flavour.ccfVersion !== 4) {
      it("javascript-app requires 2024-07-01: preview → 400 listing only 2024-07-01", async () => {
        expectError(
          await f.gov.client.get("/gov/service/javascript-app?api-version=2023-06-01-preview"),
          400,
          "UnsupportedApiVersionValue",
          "Unsupported api-version '2023-06-01-preview'. The supported api-versions are: 2024-07-01",
        );
      });
    }

    it("a signed write without api-version is authenticated first, then refused with 400", async () => {
      const r = await f.gov.client.postCose("/gov/members/proposals:create", await sign(m(0), { type: "proposal", payload: setMemberProposal(f.outsider.certificatePem) }));
      expect(r.json.error.code).toBe("MissingApiVersionParameter");
    });
  });

  describe("frontend", () => {
    it("unknown path → 404 ResourceNotFound 'Unknown path: <path without /gov>.'", async () => {
      expectError(await get("/gov/members/nothing-here"), 404, "ResourceNotFound", "Unknown path: /members/nothing-here.");
    });

    it("wrong method → 405 UnsupportedHttpVerb with Allow", async () => {
      const r = await get("/gov/members/proposals:create");
      expectError(r, 405, "UnsupportedHttpVerb", "Allowed methods for '/members/proposals:create' are: OPTIONS, POST.");
      expect(r.headers.allow).toBe("OPTIONS, POST");
    });

    if (flavour.ccfVersion === 7) {
      it("CCF 7 has no classic API: /gov/proposals → 404", async () => {
        expectError(await f.gov.client.get("/gov/proposals"), 404, "ResourceNotFound", "Unknown path: /proposals.");
      });
    }
  });

  it("N1 GET /gov/service/members → 200 {value: [Member]} camelCase", async () => {
    const r = await get("/gov/service/members");
    expect(r.status).toBe(200);
    const me = r.json.value.find((x: { memberId: string }) => x.memberId === m(0).memberId);
    // m(0) is the fixture's recovery member (an Open service has one); m(1) has no encryption key
    expect(me).toEqual({
      memberId: m(0).memberId,
      status: "Active",
      memberData: null,
      certificate: m(0).certificatePem,
      publicEncryptionKey: m(0).encryptionPublicKeyPem,
      recoveryRole: "Participant",
    });
    const other = r.json.value.find((x: { memberId: string }) => x.memberId === m(1).memberId);
    expect(other).toEqual({ memberId: m(1).memberId, status: "Active", memberData: null, certificate: m(1).certificatePem, recoveryRole: "NonParticipant" });
  });

  it("N2 GET /gov/service/members/{memberId}: 404 ResourceNotFound / 400 InvalidResourceName", async () => {
    expect((await get(`/gov/service/members/${f.accepted.memberId}`)).json.status).toBe("Accepted");
    expectError(await get(`/gov/service/members/${UNKNOWN}`), 404, "ResourceNotFound", `Member ${UNKNOWN} does not exist.`);
    expectError(await get("/gov/service/members/xyz"), 400, "InvalidResourceName", "'xyz' is not a valid hex-encoded member ID");
  });

  it("N3 GET /gov/members/state-digests/{memberId}: stored value; 404 'No ACK record exists for member <id>.' (no format check)", async () => {
    const r = await get(`/gov/members/state-digests/${m(0).memberId}`);
    expect(r.status).toBe(200);
    expect(Object.keys(r.json)).toEqual(["memberId", "stateDigest"]);
    expectError(await get("/gov/members/state-digests/xyz"), 404, "ResourceNotFound", "No ACK record exists for member xyz.");
  });

  it("N4 :update refreshes to the current root; path ≠ signer → 400 InvalidAuthenticationInfo", async () => {
    const r = await f.gov.update(m(1));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ memberId: m(1).memberId, stateDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(r.headers["x-ms-ccf-transaction-id"]).toMatch(/^\d+\.\d+$/);
    expect((await get(`/gov/members/state-digests/${m(1).memberId}`)).json.stateDigest).toBe(r.json.stateDigest);
    const bad = await f.gov.client.postCose(q(`/gov/members/state-digests/${m(2).memberId}:update`), await sign(m(1), { type: "state_digest" }));
    expectError(bad, 400, "InvalidAuthenticationInfo", `Member ID from path parameter (${m(2).memberId}) does not match member ID from body signature (${m(1).memberId}).`);
  });

  it("N5 :ack: path ≠ signer 400; no stateDigest 400 InvalidInput; mismatch 400 StateDigestMismatch; success 204", async () => {
    const member = f.accepted;
    const u = await f.gov.update(member);
    const other = await f.gov.client.postCose(q(`/gov/members/state-digests/${m(0).memberId}:ack`), await sign(member, { type: "ack", payload: { stateDigest: u.json.stateDigest } }));
    expectError(other, 400, "InvalidAuthenticationInfo", `Member ID from path parameter (${m(0).memberId}) does not match member ID from body signature (${member.memberId}).`);
    const noField = await f.gov.signedPost(f.gov.ackPath(member.memberId), member, { type: "ack", payload: { state_digest: u.json.stateDigest } });
    expectError(noField, 400, "InvalidInput", 'Signed request body is not a JSON object containing required string field "stateDigest"');
    const wrong = "00".repeat(32);
    expectError(await f.gov.ack(member, wrong), 400, "StateDigestMismatch", `Submitted state digest is not valid.\nExpected\n ${u.json.stateDigest}\nReceived\n ${wrong}`);
    expect((await get(`/gov/service/members/${member.memberId}`)).json.status).toBe("Accepted");
  });

  it("N6 :create → 200 Proposal; x-ms-ccf-transaction-id", async () => {
    const r = await f.gov.propose(m(0), setMemberProposal(f.outsider.certificatePem));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ proposalId: expect.stringMatching(/^[0-9a-f]{64}$/), proposerId: m(0).memberId, proposalState: "Open", ballotCount: 0, ...submitters([]) });
    expect(r.headers["x-ms-ccf-transaction-id"]).toMatch(/^\d+\.\d+$/);
  });

  it("N6 400 ProposalFailedToValidate: set_member with a cert that is not PEM", async () => {
    const r = await f.gov.propose(m(0), { actions: [{ name: "set_member", args: { cert: "not a cert" } }] });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe("ProposalFailedToValidate");
    expect(r.json.error.message).toMatch(
      /^Proposal failed to validate: set_member at position 0 failed validation: Error: cert must be a valid X509 certificate \(bundle\) in PEM format\n/,
    );
  });

  it("N6 400 ProposalFailedToValidate: unknown action", async () => {
    expectError(await f.gov.propose(m(0), { actions: [{ name: "make_coffee", args: {} }] }), 400, "ProposalFailedToValidate", "Proposal failed to validate: make_coffee: no such action");
  });

  it("N6 400 ProposalFailedToValidate: errors of several actions joined with ', '", async () => {
    const r = await f.gov.propose(m(0), { actions: [{ name: "a" }, { name: "set_recovery_threshold", args: { recovery_threshold: 0 } }] });
    expect(r.json.error.message).toMatch(/^Proposal failed to validate: a: no such action, set_recovery_threshold at position 1 failed validation: Error: threshold must be greater than 1\n/);
  });

  it("N6 500 'Failed to execute validation: ...' when the body is not JSON", async () => {
    const r = await f.gov.signedPost(f.gov.createPath(), m(0), { type: "proposal", payload: new TextEncoder().encode("not json") });
    expect(r.status).toBe(500);
    expect(r.json.error.code).toBe("InternalError");
    expect(r.json.error.message).toMatch(/^Failed to execute validation: SyntaxError: /);
  });

  it("N6 400 InvalidCreatedAt: created_at > 9999999999 (hand-built: core/cose refuses to sign it)", async () => {
    const envelope = rawCose({
      // a bigint: cbor-x writes a large JS number as a float64, which the node's decoder refuses as not an integer
      header: govHeader(m(0).memberId, "proposal", 10_000_000_000n),
      payload: JSON.stringify(setMemberProposal(f.outsider.certificatePem)),
      privateKeyPem: m(0).privateKeyPem,
    });
    expectError(await f.gov.client.postCose(f.gov.createPath(), envelope), 400, "InvalidCreatedAt", "Header parameter created_at value is too large");
  });

  it("N6 400 ProposalReplay: the same signed envelope again after a new signature (new root, same created_at:sig key)", async () => {
    const envelope = await sign(m(0), { type: "proposal", payload: setMemberProposal(f.outsider.certificatePem, { member_data: { replay: true } }) });
    const first = await f.gov.client.postCose(f.gov.createPath(), envelope);
    expect(first.status).toBe(200);
    f.sb.control.emitSignature();
    const again = await f.gov.client.postCose(f.gov.createPath(), envelope);
    expectError(again, 400, "ProposalReplay", `Proposal submission replay, already exists as proposal ${first.json.proposalId}`);
  });

  it("N6 500 'Proposal ID collision.': the same envelope again before any new signature (same root, same id)", async () => {
    const envelope = await sign(m(0), { type: "proposal", payload: setMemberProposal(f.outsider.certificatePem, { member_data: { collide: true } }) });
    f.sb.control.emitSignature();
    const first = await f.gov.client.postCose(f.gov.createPath(), envelope);
    expect(first.status).toBe(200);
    // The commit loop may have signed in between; only assert when the root is still the one bound.
    const again = await f.gov.client.postCose(f.gov.createPath(), envelope);
    if (again.status === 500) expectError(again, 500, "InternalError", "Proposal ID collision.");
    else expectError(again, 400, "ProposalReplay", `Proposal submission replay, already exists as proposal ${first.json.proposalId}`);
  });

  it("N6 400 ProposalCreatedTooLongAgo: created_at below the median of the recent window", async () => {
    const keys = Object.keys(f.sb.service.state.recentProposals).sort();
    const median = keys[Math.floor(keys.length / 2)]!.split(":")[0];
    expectError(await f.gov.propose(m(0), setMemberProposal(f.outsider.certificatePem), 1), 400, "ProposalCreatedTooLongAgo", `Proposal created too long ago, created_at must be greater than ${median}`);
  });

  it("N7 GET /gov/members/proposals → 200 {value: [Proposal]}", async () => {
    const pid = await openProposal();
    const r = await get("/gov/members/proposals");
    expect(r.status).toBe(200);
    expect(r.json.value).toContainEqual({ proposalId: pid, proposerId: m(0).memberId, proposalState: "Open", ballotCount: 0, ...submitters([]) });
  });

  it("N8 GET proposal: 404 ProposalNotFound 'Could not find proposal <id>.'; 400 on a malformed id", async () => {
    const pid = await openProposal();
    expect((await get(`/gov/members/proposals/${pid}`)).json.proposalState).toBe("Open");
    expectError(await get(`/gov/members/proposals/${UNKNOWN}`), 404, "ProposalNotFound", `Could not find proposal ${UNKNOWN}.`);
    expectError(await get("/gov/members/proposals/123"), 400, "InvalidResourceName", "'123' is not a valid hex-encoded proposal ID");
  });

  it("N9 GET .../actions → the proposal bytes exactly as submitted; 404 ProposalNotFound", async () => {
    const text = `{"actions":[{"name":"set_member_data","args":{"member_id":"${m(0).memberId}","member_data":{"x":1}}}]}   `;
    const r = await f.gov.signedPost(f.gov.createPath(), m(0), { type: "proposal", payload: new TextEncoder().encode(text) });
    const actions = await get(`/gov/members/proposals/${r.json.proposalId}/actions`);
    expect(actions.status).toBe(200);
    expect(actions.text).toBe(text);
    expectError(await get(`/gov/members/proposals/${UNKNOWN}/actions`), 404, "ProposalNotFound", `Could not find proposal ${UNKNOWN}.`);
  });

  it("N10 :withdraw: URL ≠ signed id 400; not proposer 403; success 200 Withdrawn; repeat 200; unknown 204", async () => {
    const pid = await openProposal();
    const mismatch = await f.gov.client.postCose(f.gov.withdrawPath(pid), await sign(m(0), { type: "withdrawal", proposalId: UNKNOWN }));
    expectError(mismatch, 400, "InvalidResourceName", "Authenticated proposal id does not match URL");
    expectError(await f.gov.withdraw(m(1), pid), 403, "AuthorizationFailed", `Proposal ${pid} can only be withdrawn by proposer ${m(0).memberId}, not caller ${m(1).memberId}.`);
    const ok = await f.gov.withdraw(m(0), pid);
    expect(ok.status).toBe(200);
    expect(ok.json.proposalState).toBe("Withdrawn");
    const again = await f.gov.withdraw(m(0), pid);
    expect(again.status).toBe(200);
    expect(again.json.proposalState).toBe("Withdrawn");
    const unknown = await f.gov.withdraw(m(0), UNKNOWN);
    expect(unknown.status).toBe(204);
    expect(unknown.text).toBe("");
  });

  it("N10 400 ProposalNotOpen: withdrawing an Accepted proposal", async () => {
    const pid = await openProposal();
    await f.gov.vote(m(0), pid, YES);
    expect(f.gov.stateOf(await f.gov.vote(m(1), pid, YES))).toBe("Accepted");
    expectError(await f.gov.withdraw(m(0), pid), 400, "ProposalNotOpen", `Proposal ${pid} is currently in state Accepted and cannot be withdrawn.`);
  });

  it("N11 :submit: proposal id ≠ URL, member id ≠ URL, unknown proposal, no ballot string", async () => {
    const pid = await openProposal();
    const wrongPid = await f.gov.client.postCose(f.gov.ballotPath(pid, m(1).memberId), await sign(m(1), { type: "ballot", payload: { ballot: YES }, proposalId: UNKNOWN }));
    expectError(wrongPid, 400, "InvalidResourceName", "Authenticated proposal id does not match URL");
    const wrongMember = await f.gov.client.postCose(f.gov.ballotPath(pid, m(2).memberId), await sign(m(1), { type: "ballot", payload: { ballot: YES }, proposalId: pid }));
    expectError(wrongMember, 400, "InvalidResourceName", "Authenticated member id does not match URL");
    expectError(await f.gov.vote(m(1), UNKNOWN, YES), 404, "ProposalNotFound", `Could not find proposal ${UNKNOWN}.`);
    const noBallot = await f.gov.signedPost(f.gov.ballotPath(pid, m(1).memberId), m(1), { type: "ballot", payload: { vote: true }, proposalId: pid });
    expectError(noBallot, 400, "InvalidInput", 'Signed request body is not a JSON object containing required string field "ballot"');
  });

  it("N11 identical resubmission → 200, no change; different → 400 VoteAlreadyExists", async () => {
    const pid = await openProposal();
    const first = await f.gov.vote(m(1), pid, NO);
    expect(first.json).toEqual({ proposalId: pid, proposerId: m(0).memberId, proposalState: "Open", ballotCount: 1, ...submitters([m(1).memberId]) });
    const same = await f.gov.vote(m(1), pid, NO);
    expect(same.status).toBe(200);
    expect(same.json).toEqual(first.json);
    expectError(await f.gov.vote(m(1), pid, YES), 400, "VoteAlreadyExists", `Different ballot already submitted by ${m(1).memberId} for ${pid}.`);
  });

  it("N11 400 ProposalNotOpen: voting on a withdrawn proposal", async () => {
    const pid = await openProposal();
    await f.gov.withdraw(m(0), pid);
    expectError(await f.gov.vote(m(1), pid, YES), 400, "ProposalNotOpen", `Proposal ${pid} is currently in state Withdrawn - only Open proposals can receive votes`);
  });

  it("N11 500 apply failure: tx discarded, ballot not recorded, proposal stays Open", async () => {
    const r = await f.gov.propose(m(0), { actions: [{ name: "set_member_data", args: { member_id: UNKNOWN, member_data: {} } }] });
    const pid = r.json.proposalId;
    await f.gov.vote(m(0), pid, YES);
    const failing = await f.gov.vote(m(1), pid, YES);
    expectError(failing, 500, "InternalError", `Failed to apply(): Error: Member ${UNKNOWN} does not exist`);
    const after = await get(`/gov/members/proposals/${pid}`);
    expect(after.json).toEqual({ proposalId: pid, proposerId: m(0).memberId, proposalState: "Open", ballotCount: 1, ...submitters([m(0).memberId]) });
  });

  it("N11 ballots are JavaScript: false votes, throwing ballots (voteFailures), majority of Active members", async () => {
    const pid = await openProposal();
    await f.gov.vote(m(0), pid, "export function vote (proposal, proposerId) { throw new Error('no thanks') }");
    await f.gov.vote(m(1), pid, "export function vote (proposal, proposerId) { return JSON.parse(proposal).actions[0].name === 'set_member' }");
    const r = await f.gov.vote(m(2), pid, "export function vote (proposal, proposerId) { return proposerId.length === 64 }");
    expect(r.json.proposalState).toBe("Accepted");
    expect(r.json.finalVotes).toEqual({ [m(1).memberId]: true, [m(2).memberId]: true });
    expect(r.json.voteFailures[m(0).memberId].reason).toBe("Error: no thanks");
  });

  it("N11 a ballot that runs too long is a vote failure 'Operation took too long to complete.'", async () => {
    const pid = await openProposal();
    await f.gov.vote(m(0), pid, "export function vote () { while (true) {} }");
    await f.gov.vote(m(1), pid, YES);
    const r = await f.gov.vote(m(2), pid, YES);
    expect(r.json.proposalState).toBe("Accepted");
    expect(r.json.voteFailures).toEqual({ [m(0).memberId]: { reason: "Operation took too long to complete." } });
  });

  it("N12 GET ballot → raw source, text/javascript; 404 ProposalNotFound / VoteNotFound", async () => {
    const pid = await openProposal();
    await f.gov.vote(m(1), pid, NO);
    const r = await get(`/gov/members/proposals/${pid}/ballots/${m(1).memberId}`);
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/javascript");
    expect(r.text).toBe(NO);
    expectError(await get(`/gov/members/proposals/${UNKNOWN}/ballots/${m(1).memberId}`), 404, "ProposalNotFound", `Proposal ${UNKNOWN} does not exist.`);
    expectError(await get(`/gov/members/proposals/${pid}/ballots/${m(2).memberId}`), 404, "VoteNotFound", `Member ${m(2).memberId} has not voted for proposal ${pid}.`);
  });

  it("N13 GET encrypted share of a member without one → 404 ResourceNotFound", async () => {
    expectError(await get(`/gov/recovery/encrypted-shares/${m(1).memberId}`), 404, "ResourceNotFound", `Recovery share not found for member ${m(1).memberId}.`);
    expectError(await get("/gov/recovery/encrypted-shares/zz"), 400, "InvalidResourceName", "'zz' is not a valid hex-encoded member ID");
  });

  it("N14 :recover while the service is Open → 403 ServiceNotWaitingForRecoveryShares", async () => {
    const r = await f.gov.signedPost(q(`/gov/recovery/members/${m(0).memberId}:recover`), m(0), { type: "recovery_share", payload: { share: "AAAA" } });
    expectError(r, 403, "ServiceNotWaitingForRecoveryShares", "Service is not waiting for recovery shares.");
  });

  it("N15 GET /gov/service/info → ServiceInfo with the service certificate", async () => {
    const r = await get("/gov/service/info");
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      status: "Open",
      certificate: f.sb.serviceCertificatePem,
      recoveryCount: 0,
      creationTransactionId: expect.stringMatching(/^\d+\.\d+$/),
      serviceData: null,
      configuration: { recoveryThreshold: 1, maximumNodeCertificateValidityDays: 365, maximumServiceCertificateValidityDays: 365, recentCoseProposalsWindowSize: 100 },
    });
  });

  it("N16 GET /gov/service/constitution → text/javascript; stable SHA-256", async () => {
    const r = await get("/gov/service/constitution");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/javascript");
    expect(sha256Hex(r.text)).toBe(sha256Hex(CONSTITUTION_SOURCE));
    expect(r.text).toContain("export function validate(input)");
  });

  it("N17 GET /gov/service/nodes[/{nodeId}] → Node with quoteInfo.format Insecure_Virtual; 400/404", async () => {
    const r = await get("/gov/service/nodes");
    expect(r.status).toBe(200);
    const node = r.json.value[0];
    expect(node).toMatchObject({ status: "Trusted", retiredCommitted: false, quoteInfo: { format: "Insecure_Virtual" } });
    expect(node.rpcInterfaces.primary_rpc_interface.publishedAddress).toBe(new URL(f.sb.url).host);
    expect((await get(`/gov/service/nodes/${node.nodeId}`)).json.nodeId).toBe(node.nodeId);
    expectError(await get("/gov/service/nodes/abc"), 400, "InvalidResourceName", "'abc' is not a valid hex-encoded node ID");
    expectError(await get(`/gov/service/nodes/${UNKNOWN}`), 404, "ResourceNotFound", `Node ${UNKNOWN} does not exist.`);
  });

  it("N18 GET /gov/service/transactions/{id}: Pending then Committed; 400 InvalidQueryParameterValue", async () => {
    const u = await f.gov.update(m(2));
    const txid = u.headers["x-ms-ccf-transaction-id"] as string;
    const first = await get(`/gov/service/transactions/${txid}`);
    expect(["Pending", "Committed"]).toContain(first.json.status);
    expect(first.json.transactionId).toBe(txid);
    const later = await eventually(() => get(`/gov/service/transactions/${txid}`), (x) => x.json.status === "Committed");
    expect(later.json).toEqual({ status: "Committed", transactionId: txid });
    const [view, seqno] = txid.split(".").map(Number);
    expect((await get(`/gov/service/transactions/${view}.${seqno! + 1000}`)).json.status).toBe("Unknown");
    expectError(
      await get("/gov/service/transactions/abc"),
      400,
      "InvalidQueryParameterValue",
      "The value 'abc' passed as parameter 'transactionId' could not be converted to a valid Transaction ID.",
    );
  });

  it("N19 GET /gov/service/transactions/commit → last committed id, Committed", async () => {
    const r = await get("/gov/service/transactions/commit");
    expect(r.json).toEqual({ status: "Committed", transactionId: expect.stringMatching(/^\d+\.\d+$/) });
  });

  it("N20 informational endpoints answer 200", async () => {
    expect((await get("/gov/service/users")).json).toEqual({ value: [] });
    expect((await get("/gov/service/jwk")).status).toBe(200);
    expect((await get("/gov/service/join-policy")).status).toBe(200);
  });

  it("recovery members show publicEncryptionKey and recoveryRole Participant", async () => {
    const enc = await sharedEncryptionKey();
    const pid = (await f.gov.propose(m(0), setMemberProposal(f.outsider.certificatePem, { encryption_pub_key: enc.publicKeyPem }))).json.proposalId;
    await f.gov.vote(m(0), pid, YES);
    expect((await f.gov.vote(m(1), pid, YES)).json.proposalState).toBe("Accepted");
    const r = await get(`/gov/service/members/${f.outsider.memberId}`);
    expect(r.json).toEqual({ memberId: f.outsider.memberId, status: "Accepted", memberData: null, certificate: f.outsider.certificatePem, publicEncryptionKey: enc.publicKeyPem, recoveryRole: "Participant" });
    expect(nowSeconds()).toBeGreaterThan(0);
  });
});
