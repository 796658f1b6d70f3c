/**
 * The member flows against the sandbox, for every CCF profile (4–7): add + activate + remove with 1, 3
 * and 5 active members (one service that grows), over the auto-detected API and over the classic API
 * where the profile has it; every re-run after success sends no write.
 */
import { afterEach, describe, expect, it } from "vitest";
import { generateEncryptionKeyPair, generateMemberIdentity } from "../../core/identity/index.js";
import { localSigner, type Signer } from "../../core/cose/index.js";
import type { GovernanceClient } from "../../core/client/index.js";
import { activateMember, addMember, removeMember, setMemberData, setRecoveryThreshold, type ProgressEvent } from "../../core/flows/index.js";
import { count, PROFILES, startService, type Service } from "./sandbox-helpers.js";

let svc: Service | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

const CLASSIC = new Set([4, 5, 6]);

/** Adds, activates and removes one recovery member with `voters` (all the Active members). */
async function lifecycle(client: GovernanceClient, sent: string[], voters: Signer[]): Promise<void> {
  const active = voters.length;
  const identity = await generateMemberIdentity({ name: "newbie" });
  const enc = await generateEncryptionKeyPair();
  const events: ProgressEvent[] = [];

  sent.length = 0;
  const added = await addMember(client, {
    certificatePem: identity.certificatePem,
    encryptionPublicKeyPem: enc.publicKeyPem,
    memberData: { name: "newbie" },
    proposer: voters[0]!,
    voters,
    waitForCommit: true,
    onProgress: (e) => events.push(e),
  });
  expect(added).toMatchObject({ memberId: identity.memberId, status: "Accepted", created: true });
  expect(added.proposalId).toMatch(/^[0-9a-f]{64}$/);
  expect(added.transactionId).toMatch(/^\d+\.\d+$/);
  const needed = Math.floor(active / 2) + 1;
  expect(events.map((e) => e.step)).toEqual(["read-state", "proposal-created", ...Array(needed).fill("ballot-submitted"), "proposal-accepted", "committed"]);
  expect(count(sent, "POST")).toBe(1 + needed); // 1 propose + just enough ballots

  const newbie = localSigner(identity.privateKeyPem, identity.certificatePem);
  sent.length = 0;
  expect(await activateMember(client, newbie)).toMatchObject({ memberId: identity.memberId, status: "Active", changed: true });
  expect(count(sent, "POST")).toBe(2); // update + ack
  expect(await client.getMember(identity.memberId)).toMatchObject({ status: "Active", memberData: { name: "newbie" }, recoveryRole: "Participant", encryptionPublicKeyPem: enc.publicKeyPem });
  expect((await client.getEncryptedShare(identity.memberId))?.encryptedShare).toMatch(/^[A-Za-z0-9+/]+=*$/); // shares re-issued on activation

  // Re-runs change nothing: reads only.
  sent.length = 0;
  expect(await addMember(client, { certificatePem: identity.certificatePem, encryptionPublicKeyPem: enc.publicKeyPem, proposer: voters[0]!, voters })).toMatchObject({ status: "Active", created: false });
  expect(await activateMember(client, newbie)).toMatchObject({ changed: false });
  expect(count(sent, "POST")).toBe(0);

  // Remove it: now active + 1 members, so a majority of those.
  sent.length = 0;
  const removed = await removeMember(client, { memberId: identity.memberId, proposer: voters[0]!, voters: [...voters, newbie] });
  expect(removed).toMatchObject({ changed: true, state: "done" });
  expect(count(sent, "POST")).toBe(1 + Math.floor((active + 1) / 2) + 1);
  expect(await client.getMember(identity.memberId)).toBeUndefined();
  sent.length = 0;
  expect(await removeMember(client, { memberId: identity.memberId, proposer: voters[0]!, voters })).toMatchObject({ changed: false });
  expect(count(sent, "POST")).toBe(0);
}

/** Grows the consortium to `target` Active members with the flows themselves. */
async function growTo(client: GovernanceClient, signers: Signer[], target: number): Promise<void> {
  while (signers.length < target) {
    const identity = await generateMemberIdentity({ name: `member${signers.length}` });
    await addMember(client, { certificatePem: identity.certificatePem, memberData: { name: `member${signers.length}` }, proposer: signers[0]!, voters: signers });
    const signer = localSigner(identity.privateKeyPem, identity.certificatePem);
    await activateMember(client, signer);
    signers.push(signer);
  }
}

for (const ccfVersion of PROFILES) {
  describe(`CCF ${ccfVersion}.x`, () => {
    it("adds, activates and removes a recovery member with 1, 3 and 5 active members (detected API, and classic where served)", async () => {
      svc = await startService({ ccfVersion, members: 1, recoveryMembers: 1, activate: true });
      const { client, sent } = svc;
      expect(await client.api()).toBe(ccfVersion === 4 ? "2023-06-01-preview" : "2024-07-01");
      const signers = [...svc.signers];
      for (const active of [1, 3, 5]) {
        await growTo(client, signers, active);
        expect((await client.listMembers()).filter((m) => m.status === "Active")).toHaveLength(active);
        await lifecycle(client, sent, signers);
        if (active === 3 && CLASSIC.has(ccfVersion)) {
          const classic = svc.newClient({ api: "classic" });
          expect(await classic.api()).toBe("classic");
          await lifecycle(classic, sent, signers);
        }
      }
    });

    it("sets member data and the recovery threshold, each once", async () => {
      svc = await startService({ ccfVersion, members: 3, recoveryMembers: 2, activate: true });
      const { client, signers, sent } = svc;
      const target = signers[1]!.memberId;
      const changed = await setMemberData(client, { memberId: target, memberData: { name: "member1", team: "ops" }, proposer: signers[0]!, voters: signers });
      expect(changed).toMatchObject({ changed: true, state: "done" });
      expect((await client.getMember(target))?.memberData).toEqual({ name: "member1", team: "ops" });
      const threshold = await setRecoveryThreshold(client, { recoveryThreshold: 2, proposer: signers[0]!, voters: signers });
      expect(threshold).toMatchObject({ changed: true });
      expect((await client.getServiceInfo()).recoveryThreshold).toBe(2);
      sent.length = 0;
      expect(await setMemberData(client, { memberId: target, memberData: { team: "ops", name: "member1" }, proposer: signers[0]!, voters: signers })).toMatchObject({ changed: false });
      expect(await setRecoveryThreshold(client, { recoveryThreshold: 2, proposer: signers[0]!, voters: signers })).toMatchObject({ changed: false });
      expect(count(sent, "POST")).toBe(0);
    });
  });
}
