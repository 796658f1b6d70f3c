/**
 * plan/apply of a members manifest against the sandbox, for every CCF profile: adds, a removal, a data
 * change and an encryption-key change applied as ONE proposal with several actions; a re-plan is empty
 * and a re-apply proposes nothing; plan reads the service with few GETs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { generateEncryptionKeyPair, generateMemberIdentity, type EncryptionKeyPair } from "../../core/identity/index.js";
import { localSigner } from "../../core/cose/index.js";
import { activateMember, apply, parseManifest, plan } from "../../core/flows/index.js";
import { count, PROFILES, startService } from "./sandbox-helpers.js";

let dir: string;
let enc: EncryptionKeyPair;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ccf-plan-"));
  enc = await generateEncryptionKeyPair();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const ccfVersion of PROFILES) {
  describe(`CCF ${ccfVersion}.x`, () => {
    it("plans and applies a manifest as one atomic proposal; re-running changes nothing", async () => {
      const svc = await startService({ ccfVersion, members: 3, recoveryMembers: 1, activate: true });
      try {
        const { client, sent, sandbox, signers } = svc;
        const [alice, bob] = await Promise.all([generateMemberIdentity({ name: "alice" }), generateMemberIdentity({ name: "bob" })]);
        writeFileSync(join(dir, `alice-${ccfVersion}.pem`), alice.certificatePem);
        writeFileSync(join(dir, `enc-${ccfVersion}.pem`), enc.publicKeyPem);
        const [m0, m1] = sandbox.members;
        const text = stringify({
          members: [
            // member0 keeps its certificate and key, gets member_data: a data change.
            { name: "member0", certificate: m0!.certPath, encryption_public_key: m0!.encryptionPublicKeyPath, member_data: { name: "member0", role: "operator" } },
            // member1 unchanged; member2 is not listed: removed.
            { name: "member1", certificate: m1!.certificatePem },
            { name: "alice", certificate: `alice-${ccfVersion}.pem`, encryption_public_key: `enc-${ccfVersion}.pem`, member_data: { name: "alice" } },
            { name: "bob", certificate: bob.certificatePem, member_data: { name: "bob" } },
          ],
        });
        const manifest = parseManifest(text, { baseDir: dir, source: "members.yaml" });

        const reader = svc.newClient();
        sent.length = 0;
        const p = await plan(reader, manifest);
        expect(count(sent, "GET")).toBeLessThanOrEqual(3);
        expect(count(sent, "POST")).toBe(0);
        expect(p.adds.map((a) => a.name)).toEqual(["alice", "bob"]);
        expect(p.removals).toEqual([{ memberId: signers[2]!.memberId }]);
        expect(p.dataChanges).toEqual([{ name: "member0", memberId: signers[0]!.memberId, from: null, to: { name: "member0", role: "operator" } }]);
        expect(p.unchanged.map((u) => u.name)).toEqual(["member1"]);
        expect(p.actions.map((a) => a.name)).toEqual(["set_member", "set_member", "set_member_data", "remove_member"]);

        sent.length = 0;
        const applied = await apply(client, p, { proposer: signers[0]!, voters: signers });
        expect(applied).toMatchObject({ changed: true, state: "done" });
        const createPath = (await client.api()) === "classic" ? "/gov/proposals" : "proposals:create";
        expect(count(sent, "POST", createPath)).toBe(1);
        const actions = JSON.parse((await client.getProposalActions(applied.proposalId!))!.toString());
        expect(actions.actions.map((a: { name: string }) => a.name)).toEqual(["set_member", "set_member", "set_member_data", "remove_member"]);

        const members = await client.listMembers();
        expect(members.map((m) => m.memberId).sort()).toEqual([signers[0]!.memberId, signers[1]!.memberId, alice.memberId, bob.memberId].sort());
        expect(members.find((m) => m.memberId === alice.memberId)).toMatchObject({ status: "Accepted", memberData: { name: "alice" }, recoveryRole: "Participant" });
        expect(members.find((m) => m.memberId === signers[0]!.memberId)).toMatchObject({ status: "Active", memberData: { name: "member0", role: "operator" } });
        await activateMember(client, localSigner(alice.privateKeyPem, alice.certificatePem));

        sent.length = 0;
        const again = await plan(client, manifest);
        expect(again.empty).toBe(true);
        expect(await apply(client, p, { proposer: signers[0]!, voters: signers })).toMatchObject({ changed: false });
        expect(count(sent, "POST")).toBe(0);

        // A key rotation: same name, new certificate → remove old + add new, one proposal.
        const bob2 = await generateMemberIdentity({ name: "bob" });
        const manifest2 = { ...manifest, members: manifest.members.map((m) => (m.name === "bob" ? { ...m, certificatePem: bob2.certificatePem, memberId: bob2.memberId } : m)) };
        const p2 = await plan(client, manifest2);
        expect(p2.keyRotations).toEqual([{ name: "bob", oldMemberId: bob.memberId, newMemberId: bob2.memberId }]);
        expect(p2.actions.map((a) => a.name)).toEqual(["set_member", "remove_member"]);
        expect(await apply(client, p2, { proposer: signers[0]!, voters: signers.slice(0, 2) })).toMatchObject({ changed: true });
        expect((await plan(client, manifest2)).empty).toBe(true);
      } finally {
        await svc.close();
      }
    });
  });
}
