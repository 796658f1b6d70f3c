/** listMembersWithShares: a recovery member's share is issued once it is Active; none while Accepted; n/a without a key. */
import { afterEach, describe, expect, it } from "vitest";
import { generateEncryptionKeyPair, generateMemberIdentity } from "../../core/identity/index.js";
import { addMember, listMembersWithShares, memberName } from "../../core/flows/index.js";
import { count, startService, type Service } from "./sandbox-helpers.js";

let svc: Service | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

describe("listMembersWithShares", () => {
  for (const api of ["classic", "2024-07-01"] as const) {
    it(`${api}: issued, none and n/a, one share read per member with a key`, async () => {
      svc = await startService({ ccfVersion: 6, members: 2, recoveryMembers: 1, activate: true, client: { api } });
      const { sandbox, signers, client, sent } = svc;
      const [identity, enc] = await Promise.all([generateMemberIdentity({ name: "pending" }), generateEncryptionKeyPair()]);
      await addMember(client, { certificatePem: identity.certificatePem, encryptionPublicKeyPem: enc.publicKeyPem, memberData: { name: "pending" }, proposer: signers[0]!, voters: signers.slice(0, 2) });

      sent.length = 0;
      const members = await listMembersWithShares(client);
      const state = Object.fromEntries(members.map((m) => [m.memberId, m.recoveryShare]));
      const [recovery, plain] = sandbox.members;
      expect(state).toEqual({ [plain!.memberId]: "n/a", [recovery!.memberId]: "issued", [identity.memberId]: "none" });
      expect(count(sent, "GET")).toBe(3); // the list, then the two members with a key
      expect(memberName(members.find((m) => m.memberId === identity.memberId)!.memberData)).toBe("pending");

      // A list already read is not read again.
      sent.length = 0;
      expect(await listMembersWithShares(client, { members })).toEqual(members.map((m) => ({ ...m })));
      expect(count(sent, "GET")).toBe(2);
    });
  }
});
