/**
 * addMember votes on an identical Open set_member proposal instead of proposing again — whoever proposed
 * it (two members onboarding the same newcomer, or a CI re-run signed by another key) — and prefers the
 * proposer's own when there are several.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { addMember } from "../../core/flows/index.js";
import { proposalBody, setMemberAction } from "../../core/proposals/index.js";
import { count, startService, type Service } from "./sandbox-helpers.js";

describe("addMember reuses an identical Open proposal by any member", () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startService({ ccfVersion: 6, members: 2, activate: true });
  });
  afterAll(async () => {
    await svc?.close();
  });

  it("another member's identical proposal gets the ballots; nothing new is proposed", async () => {
    const newcomer = await generateMemberIdentity({ name: "newcomer" });
    const body = proposalBody(setMemberAction({ certificatePem: newcomer.certificatePem }));
    const { proposal } = await svc.newClient().createProposal(svc.signers[1]!, body);
    const before = svc.sent.length;
    const added = await addMember(svc.newClient(), { certificatePem: newcomer.certificatePem, proposer: svc.signers[0]!, voters: svc.signers });
    const sent = svc.sent.slice(before);
    expect(added).toMatchObject({ memberId: newcomer.memberId, proposalId: proposal.proposalId, status: "Accepted", created: true });
    expect(count(sent, "POST", "proposals:create")).toBe(0);
    expect(count(sent, "POST", ":submit")).toBe(2); // two Active members: both ballots are needed
  });

  it("of two identical Open proposals, the proposer's own is the one voted on", async () => {
    const newcomer = await generateMemberIdentity({ name: "twice" });
    const body = proposalBody(setMemberAction({ certificatePem: newcomer.certificatePem }));
    await svc.newClient().createProposal(svc.signers[1]!, body);
    const { proposal: own } = await svc.newClient().createProposal(svc.signers[0]!, body);
    const added = await addMember(svc.newClient(), { certificatePem: newcomer.certificatePem, proposer: svc.signers[0]!, voters: svc.signers });
    expect(added).toMatchObject({ proposalId: own.proposalId, status: "Accepted" });
  });
});
