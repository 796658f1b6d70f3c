/**
 * The outcome model against the sandbox with three Active members holding independent keys: a flow run by
 * one member alone is `pending` (who has not voted, ballots still needed), a re-run adopts the same Open
 * proposal, `waitMs` completes when another member votes meanwhile, ends `pending` at the deadline, and a
 * withdrawal while waiting is a typed failure naming the proposal.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { APPROVE_BALLOT } from "../../core/proposals/index.js";
import { addMember, ProposalFailedError, removeMember, setMemberData, type ProgressEvent } from "../../core/flows/index.js";
import { startService, type Service } from "./sandbox-helpers.js";

for (const ccfVersion of [4, 6] as const) {
  describe(`outcome model (CCF ${ccfVersion}.x profile, three Active members)`, () => {
    let svc: Service;
    beforeAll(async () => {
      svc = await startService({ ccfVersion, members: 3, activate: true });
      const [m0, m1, m2] = svc.signers;
      // Names, so that pending voters are named: every member votes (3 of 3).
      for (const [signer, name] of [[m1!, "alice"], [m2!, "bob"]] as const) {
        await setMemberData(svc.client, { memberId: signer.memberId, memberData: { name }, proposer: m0!, voters: svc.signers });
      }
    });
    afterAll(async () => svc?.close());

    const open = async () => (await svc.client.listProposals()).filter((p) => p.state === "Open");

    it("one voter of three: pending with the two others named; a re-run adopts the same proposal; after a vote, done", async () => {
      const [m0, m1, m2] = svc.signers;
      const newbie = await generateMemberIdentity({ name: "carol" });
      const first = await addMember(svc.client, { certificatePem: newbie.certificatePem, proposer: m0!, voters: [m0!] });
      expect(first).toMatchObject({ state: "pending", status: "Proposed", created: false, changed: false, ballotsNeeded: 1, ballots: 1 });
      if (first.state !== "pending") throw new Error("not pending");
      const byId = (a: { memberId: string }, b: { memberId: string }) => a.memberId.localeCompare(b.memberId);
      expect([...first.pendingVoters].sort(byId)).toEqual(
        [
          { memberId: m1!.memberId, name: "alice" },
          { memberId: m2!.memberId, name: "bob" },
        ].sort(byId),
      );
      expect(first.rule).toBe("the default constitution accepts with more than half of the 3 Active members (2 accepting ballots)");

      const again = await addMember(svc.client, { certificatePem: newbie.certificatePem, proposer: m0!, voters: [m0!] });
      expect(again).toMatchObject({ state: "pending", proposalId: first.proposalId, reused: true, ballotsNeeded: 1 });
      expect((await open()).map((p) => p.proposalId)).toEqual([first.proposalId]);

      await svc.client.submitBallot(m1!, first.proposalId, APPROVE_BALLOT);
      const after = await addMember(svc.client, { certificatePem: newbie.certificatePem, proposer: m0!, voters: [m0!] });
      expect(after).toMatchObject({ state: "done", status: "Accepted", changed: false });
      expect(await open()).toEqual([]);
      await removeMember(svc.client, { memberId: newbie.memberId, proposer: m0!, voters: svc.signers });
    });

    it("waitMs: completes when another member votes during the wait, with progress naming who has not voted", async () => {
      const [m0, m1] = svc.signers;
      const events: ProgressEvent[] = [];
      const waiting = setMemberData(svc.client, {
        memberId: m0!.memberId,
        memberData: { name: "member0" },
        proposer: m0!,
        voters: [m0!],
        waitMs: 30_000,
        pollMs: 50,
        onProgress: (e) => {
          events.push(e);
          if (e.step === "waiting-for-ballots" && e.proposalId) void svc.client.submitBallot(m1!, e.proposalId, APPROVE_BALLOT).catch(() => undefined);
        },
      });
      const result = await waiting;
      expect(result).toMatchObject({ state: "done", changed: true });
      const wait = events.find((e) => e.step === "waiting-for-ballots")!;
      expect(wait.message).toMatch(/^waiting for 1 more ballot; not yet voted: [0-9a-f]{12}… \((alice|bob)\), [0-9a-f]{12}… \((alice|bob)\) \(proposal [0-9a-f]{64}, \d+ s left\)$/);
      expect(events.at(-1)).toMatchObject({ step: "proposal-accepted", proposalId: result.proposalId });
      expect((await svc.client.getMember(m0!.memberId))?.memberData).toEqual({ name: "member0" });
    });

    it("waitMs: the deadline ends the wait as pending (not an error); a withdrawal while waiting fails naming the proposal", async () => {
      const [m0, , m2] = svc.signers;
      const change = { memberId: m2!.memberId, memberData: { name: "bob", team: "ops" }, proposer: m0!, voters: [m0!], pollMs: 50 };
      const timedOut = await setMemberData(svc.client, { ...change, waitMs: 150 });
      expect(timedOut).toMatchObject({ state: "pending", ballotsNeeded: 1 });
      const id = timedOut.proposalId!;

      const failure = setMemberData(svc.client, { ...change, waitMs: 30_000 });
      await new Promise((r) => setTimeout(r, 200));
      await svc.client.withdrawProposal(m0!, id);
      const err = await failure.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ProposalFailedError);
      expect(err).toMatchObject({ code: "PROPOSAL_FAILED", proposalId: id, state: "Withdrawn", message: `proposal ${id} ended Withdrawn` });
    });
  });
}
