/**
 * addMember over a shared StateReader (one process, many flows): concurrent calls share one read of
 * members/info/proposals (and at most one confirming re-read), proposal actions are fetched once per id,
 * and idempotency holds — a re-run writes nothing, an identical Open proposal by the same proposer made
 * out of band after the shared read is adopted, a member added out of band is not proposed again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { addMember, StateReader } from "../../core/flows/index.js";
import { proposalBody, setMemberAction } from "../../core/proposals/index.js";
import { count, startService, type Service } from "./sandbox-helpers.js";

const N = 40;

for (const ccfVersion of [4, 7] as const) {
  describe(`CCF ${ccfVersion}.x: addMember sharing a StateReader`, () => {
    let svc: Service;
    let ids: Awaited<ReturnType<typeof generateMemberIdentity>>[];
    beforeAll(async () => {
      svc = await startService({ ccfVersion, members: 1, activate: true });
      ids = await Promise.all(Array.from({ length: N + 4 }, (_, i) => generateMemberIdentity({ name: `s${i}` })));
    });
    afterAll(async () => {
      await svc?.close();
    });

    it(`${N} concurrent adds on a fresh reader: a bounded handful of GETs, one proposal each, no actions fetched`, async () => {
      const client = svc.newClient();
      const state = new StateReader(client);
      const before = svc.sent.length;
      const added = await Promise.all(ids.slice(0, N).map((id) => addMember(client, { certificatePem: id.certificatePem, proposer: svc.signers[0]!, voters: svc.signers, state })));
      const sent = svc.sent.slice(before);
      expect(added.every((a) => a.created && a.status === "Accepted")).toBe(true);
      expect(count(sent, "POST", "proposals")).toBe(2 * N); // N proposals + N ballots (ballot paths contain "proposals")
      // API detection (4.x first asks 2024-07-01: one more GET), one shared read (members, info,
      // proposals), plus at most one shared confirming re-read (calls begun in a later millisecond).
      expect(count(sent, "GET")).toBeLessThanOrEqual(7);
      expect(count(sent, "GET", "members/proposals")).toBeLessThanOrEqual(2);
      expect(count(sent, "GET", "/actions")).toBe(0);
      const live = await client.listMembers();
      for (const id of ids.slice(0, N)) expect(live.find((m) => m.memberId === id.memberId)?.status).toBe("Accepted");
    });

    it("a re-run after success on the same reader sends no write and no GET", async () => {
      const client = svc.newClient();
      const state = new StateReader(client);
      await addMember(client, { certificatePem: ids[N]!.certificatePem, proposer: svc.signers[0]!, voters: svc.signers, state });
      const before = svc.sent.length;
      const again = await Promise.all(
        [0, N].map((i) => addMember(client, { certificatePem: ids[i]!.certificatePem, proposer: svc.signers[0]!, voters: svc.signers, state })),
      );
      const sent = svc.sent.slice(before);
      expect(again.map((a) => a.created)).toEqual([false, false]);
      expect(again.map((a) => a.status)).toEqual(["Accepted", "Accepted"]);
      expect(count(sent, "POST")).toBe(0);
      expect(count(sent, "GET")).toBe(0);
    });

    it("an identical Open proposal by the same proposer, made after the shared read, is adopted; concurrent callers share one re-read", async () => {
      const client = svc.newClient();
      const state = new StateReader(client);
      await state.snapshot(); // the shared view, taken before the out-of-band proposal
      const target = ids[N + 1]!;
      const other = svc.newClient();
      const outOfBand = await other.createProposal(svc.signers[0]!, proposalBody(setMemberAction({ certificatePem: target.certificatePem })));
      expect(outOfBand.proposal.state).toBe("Open"); // no ballot yet
      const before = svc.sent.length;
      const [adopted, sibling] = await Promise.all([
        addMember(client, { certificatePem: target.certificatePem, proposer: svc.signers[0]!, voters: svc.signers, state }),
        addMember(client, { certificatePem: ids[N + 2]!.certificatePem, proposer: svc.signers[0]!, voters: svc.signers, state }),
      ]);
      const sent = svc.sent.slice(before);
      expect(adopted).toMatchObject({ proposalId: outOfBand.proposal.proposalId, status: "Accepted", created: true });
      expect(sibling).toMatchObject({ status: "Accepted", created: true });
      expect(count(sent, "POST", "proposals:create")).toBe(1); // the sibling's only
      // One re-read (members, proposals) for both callers, and the adopted proposal's actions once.
      expect(count(sent, "GET", "service/members")).toBe(1);
      expect(count(sent, "GET", "/actions")).toBe(1);
      const open = (await client.listProposals()).filter((p) => p.state === "Open");
      expect(open).toEqual([]);
    });

    it("a member added out of band after the shared read is not proposed again", async () => {
      const client = svc.newClient();
      const state = new StateReader(client);
      await state.snapshot();
      const target = ids[N + 3]!;
      await addMember(svc.newClient(), { certificatePem: target.certificatePem, proposer: svc.signers[0]!, voters: svc.signers });
      const before = svc.sent.length;
      const again = await addMember(client, { certificatePem: target.certificatePem, proposer: svc.signers[0]!, voters: svc.signers, state });
      expect(again).toMatchObject({ memberId: target.memberId, status: "Accepted", created: false });
      expect(count(svc.sent.slice(before), "POST")).toBe(0);
    });

    it("the client fetches a proposal's actions once per id", async () => {
      const client = svc.newClient();
      const id = (await generateMemberIdentity({ name: "actions" }));
      const body = proposalBody(setMemberAction({ certificatePem: id.certificatePem }));
      const { proposal } = await svc.newClient().createProposal(svc.signers[0]!, body);
      const before = svc.sent.length;
      for (let i = 0; i < 3; i++) expect(await client.findOpenProposals(body, { proposerId: svc.signers[0]!.memberId })).toHaveLength(1);
      const sent = svc.sent.slice(before);
      expect(count(sent, "GET", `${proposal.proposalId}/actions`)).toBe(1);
      // Another proposer's proposals are not even compared.
      const beforeOther = svc.sent.length;
      expect(await svc.newClient().findOpenProposals(body, { proposerId: "0".repeat(64) })).toEqual([]);
      expect(count(svc.sent.slice(beforeOther), "GET", "/actions")).toBe(0);
      await svc.newClient().withdrawProposal(svc.signers[0]!, proposal.proposalId);
    });
  });
}
