/**
 * The flows under faults, for every CCF profile: the connection dropped after the proposal committed
 * (adopted, never proposed twice), 503 bursts (Retry-After honoured), a restart in the middle of a flow,
 * the state digest moving between update and ack; and every refused change, refused before signing.
 */
import { decode } from "cbor-x";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateEncryptionKeyPair, generateMemberIdentity, type EncryptionKeyPair } from "../../core/identity/index.js";
import { localSigner, type Signer } from "../../core/cose/index.js";
import { activateMember, addMember, apply, parseManifest, plan, removeMember, type ProgressEvent } from "../../core/flows/index.js";
import { count, PROFILES, startService, type Service } from "./sandbox-helpers.js";

let enc: EncryptionKeyPair;
let many: Awaited<ReturnType<typeof generateMemberIdentity>>[];
beforeAll(async () => {
  enc = await generateEncryptionKeyPair();
  many = await Promise.all(Array.from({ length: 255 }, (_, i) => generateMemberIdentity({ name: `r${i}` })));
});

async function newIdentity(name: string) {
  const id = await generateMemberIdentity({ name });
  return { ...id, signer: localSigner(id.privateKeyPem, id.certificatePem) };
}

/** The `ccf.gov.msg.type` inside a Sig_structure the signer is asked to sign. */
function messageType(toBeSigned: Uint8Array): unknown {
  const [, protectedBytes] = decode(Buffer.from(toBeSigned)) as [string, Uint8Array];
  const header = decode(Buffer.from(protectedBytes)) as Map<unknown, unknown> | Record<string, unknown>;
  return header instanceof Map ? header.get("ccf.gov.msg.type") : header["ccf.gov.msg.type"];
}

for (const ccfVersion of PROFILES) {
  describe(`CCF ${ccfVersion}.x under faults`, () => {
    let svc: Service;
    let signers: Signer[];
    beforeAll(async () => {
      svc = await startService({ ccfVersion, members: 3, recoveryMembers: 1, activate: true });
      signers = svc.signers;
    });
    afterAll(async () => {
      await svc.close();
    });

    it("adopts the proposal when the connection drops after it committed: no duplicate proposal", async () => {
      const { client, sent, sandbox } = svc;
      const createPath = "/gov/members/proposals:create";
      sandbox.control.dropConnection({ when: "after-commit", method: "POST", path: createPath });
      const newbie = await newIdentity("dropped");
      const events: ProgressEvent[] = [];
      sent.length = 0;
      const added = await addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers, onProgress: (e) => events.push(e) });
      expect(sandbox.control.faultSnapshot().injected.droppedAfterCommit).toBe(1);
      expect(added).toMatchObject({ status: "Accepted", created: true });
      expect(events.map((e) => e.step)).toContain("proposal-adopted");
      expect(count(sent, "POST", createPath)).toBe(1);
      expect((await client.listProposals()).filter((p) => p.state === "Open")).toEqual([]);
      expect(await activateMember(client, newbie.signer)).toMatchObject({ changed: true });
      await removeMember(client, { memberId: newbie.memberId, proposer: signers[0]!, voters: [...signers, newbie.signer] });
    });

    it("signs a fresh proposal when the connection dropped before the write (nothing to adopt)", async () => {
      const { client, sent, sandbox } = svc;
      const createPath = "/gov/members/proposals:create";
      sandbox.control.dropConnection({ when: "before-write", method: "POST", path: createPath });
      const newbie = await newIdentity("dropped-early");
      const events: ProgressEvent[] = [];
      sent.length = 0;
      const added = await addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers, onProgress: (e) => events.push(e) });
      expect(sandbox.control.faultSnapshot().injected.droppedBeforeWrite).toBe(1);
      expect(added).toMatchObject({ status: "Accepted", created: true });
      expect(events.map((e) => e.step)).toContain("proposal-created");
      expect(events.map((e) => e.step)).not.toContain("proposal-adopted");
      expect(count(sent, "POST", createPath)).toBe(2); // the dropped one, then a freshly signed one
      expect((await client.listProposals()).filter((p) => p.state === "Open")).toEqual([]);
      await removeMember(client, { memberId: newbie.memberId, proposer: signers[0]!, voters: signers });
    });

    it("rides out 503 bursts, waiting as Retry-After says", async () => {
      const delays: number[] = [];
      const client = svc.newClient({ retry: { retries: 6, sleep: async (ms) => void delays.push(ms) } });
      svc.sandbox.control.failWithUnavailable({ count: 3, retryAfterSeconds: 2 });
      const newbie = await newIdentity("busy");
      const added = await addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers });
      expect(added).toMatchObject({ created: true });
      svc.sandbox.control.failWithUnavailable({ count: 2, retryAfterSeconds: 1, method: "POST" });
      expect(await activateMember(client, newbie.signer)).toMatchObject({ changed: true });
      expect(delays).toEqual([2000, 2000, 2000, 1000, 1000]);
      await removeMember(client, { memberId: newbie.memberId, proposer: signers[0]!, voters: [...signers, newbie.signer] });
    });

    it("finishes a flow interrupted by a restart, reusing the open proposal", async () => {
      const { client, sent, sandbox } = svc;
      const newbie = await newIdentity("restart");
      const first = await addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: [] });
      expect(first).toMatchObject({ status: "Proposed", created: false });
      await sandbox.control.restart();
      const events: ProgressEvent[] = [];
      sent.length = 0;
      const second = await addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers, onProgress: (e) => events.push(e) });
      expect(second).toMatchObject({ status: "Accepted", created: true, proposalId: first.proposalId });
      expect(events.map((e) => e.step)).toContain("proposal-reused");
      expect(count(sent, "POST", "proposals:create") + count(sent, "POST", "/gov/proposals ")).toBe(0);
      await client.updateStateDigest(newbie.signer);
      await sandbox.control.restart();
      expect(await activateMember(client, newbie.signer)).toMatchObject({ changed: true });
      expect((await client.getMember(newbie.memberId))?.status).toBe("Active");
      await removeMember(client, { memberId: newbie.memberId, proposer: signers[0]!, voters: [...signers, newbie.signer] });
    });

    it("updates and acks again once when the digest changed between update and ack", async () => {
      const { client, sent, sandbox } = svc;
      const newbie = await newIdentity("moving");
      await addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers });
      const other = svc.newClient();
      let interfered = false;
      // Right before the flow signs its first ack: the ledger signs again and the member's stored digest moves.
      const racing: Signer = {
        algorithm: newbie.signer.algorithm,
        certificatePem: newbie.signer.certificatePem,
        memberId: newbie.signer.memberId,
        async sign(tbs) {
          if (!interfered && messageType(tbs) === "ack") {
            interfered = true;
            sandbox.control.emitSignature();
            await other.updateStateDigest(newbie.signer);
          }
          return newbie.signer.sign(tbs);
        },
      };
      const events: ProgressEvent[] = [];
      sent.length = 0;
      expect(await activateMember(client, racing, { onProgress: (e) => events.push(e) })).toMatchObject({ changed: true });
      expect(events.map((e) => e.step)).toEqual(["digest-updated", "digest-mismatch-retry", "digest-updated", "acked"]);
      expect(count(sent, "POST")).toBe(2 + 3); // 2 acks + 3 updates (2 by the flow, 1 interfering)
      await removeMember(client, { memberId: newbie.memberId, proposer: signers[0]!, voters: [...signers, newbie.signer] });
    });

    describe("refuses before signing", () => {
      it("recovery_role without an encryption key", async () => {
        const { client, sent } = svc;
        const newbie = await newIdentity("roleless");
        sent.length = 0;
        const err = await addMember(client, { certificatePem: newbie.certificatePem, recoveryRole: "Owner", proposer: signers[0]!, voters: signers }).catch((e) => e);
        expect(err).toMatchObject({ code: "REFUSED" });
        expect(err.message).toMatch(/recovery_role Owner needs an encryption public key/);
        expect(count(sent, "POST")).toBe(0);
      });

      it("removing a recovery member below the recovery threshold", async () => {
        const { client, sent } = svc;
        sent.length = 0;
        const err = await removeMember(client, { memberId: signers[0]!.memberId, proposer: signers[1]!, voters: signers }).catch((e) => e);
        expect(err).toMatchObject({ code: "REFUSED" });
        expect(err.message).toMatch(/^removing 1 of the 1 active recovery members would leave 0, fewer than the recovery threshold 1 /);
        expect(count(sent, "POST")).toBe(0);
        expect((await client.getMember(signers[0]!.memberId))?.status).toBe("Active");
      });

      it("more than 255 recovery members", async () => {
        const { client, sent } = svc;
        const live = await client.listMembers();
        const manifest = parseManifest(
          JSON.stringify({
            members: [
              ...live.map((m, i) => ({ name: `live${i}`, certificate: m.certificatePem, ...(m.encryptionPublicKeyPem ? { encryption_public_key: m.encryptionPublicKeyPem } : {}), member_data: m.memberData })),
              ...many.map((id, i) => ({ name: `r${i}`, certificate: id.certificatePem, encryption_public_key: enc.publicKeyPem })),
            ],
          }),
        );
        sent.length = 0;
        const planned = await plan(client, manifest);
        expect(planned.refusals).toEqual([expect.stringMatching(/would make 256 recovery members; CCF allows at most 255 active recovery members/)]);
        const err = await apply(client, planned, { proposer: signers[0]!, voters: signers }).catch((e) => e);
        expect(err).toMatchObject({ code: "REFUSED" });
        expect(err.message).toMatch(/would make 256 recovery members; CCF allows at most 255 active recovery members/);
        expect(count(sent, "POST")).toBe(0);
      });
    });
  });
}
