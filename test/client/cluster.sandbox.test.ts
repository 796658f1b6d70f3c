/**
 * Several nodes, for every CCF profile: failover when a node is stopped, and writes sent to a backup
 * (followed 307 to the primary on 6.x/7.x, forwarded on 4.x/5.x) with method and signed body intact.
 */
import { afterEach, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { localSigner } from "../../core/cose/index.js";
import { TransportError } from "../../core/client/index.js";
import { activateMember, addMember } from "../../core/flows/index.js";
import { PROFILES, startService, type Service } from "../flows/sandbox-helpers.js";

let svc: Service | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

for (const ccfVersion of PROFILES) {
  describe(`CCF ${ccfVersion}.x with 3 nodes`, () => {
    it("fails over to a running node when one is stopped", async () => {
      svc = await startService({ ccfVersion, members: 2, activate: true, nodes: 3 });
      const { sandbox, signers } = svc;
      const seen: string[] = [];
      const client = svc.newClient({ onRequest: (i) => seen.push(`${i.method} ${i.node}`) });
      await sandbox.control.stopNode(0);
      const newbie = await generateMemberIdentity({ name: "failover" });
      const added = await addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers });
      expect(added).toMatchObject({ created: true });
      expect(await activateMember(client, localSigner(newbie.privateKeyPem, newbie.certificatePem))).toMatchObject({ changed: true });
      const stopped = new URL(sandbox.urls[0]!).origin;
      expect(seen[0]).toBe(`GET ${stopped}`); // tried first, refused, then the next node
      expect(seen.slice(1).every((s) => !s.endsWith(stopped))).toBe(true); // sticks to the node that answered

      // All nodes down: a typed transport error, after backoff.
      await sandbox.control.stopNode(1);
      await sandbox.control.stopNode(2);
      const err = await client.listMembers().catch((e) => e);
      expect(err).toBeInstanceOf(TransportError);
      expect(err).toMatchObject({ code: "TRANSPORT", failure: "not-sent" });
    });

    it(ccfVersion >= 6 ? "follows the backup's 307 to the primary, keeping method and body" : "writes through a backup (forwarded to the primary)", async () => {
      svc = await startService({ ccfVersion, members: 1, activate: true, nodes: 2 });
      const { sandbox, signers } = svc;
      const nodes = sandbox.control.nodes();
      const backup = nodes.find((n) => !n.primary)!;
      const backupUrl = backup.url!;
      const primaryUrl = nodes.find((n) => n.primary)!.url!;
      
      const seen: string[] = [];
      const client = svc.newClient({ nodes: [backupUrl], onRequest: (i) => seen.push(`${i.method} ${i.node}`) });
      const newbie = await generateMemberIdentity({ name: "redirected" });
      const added = await addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers });
      expect(added).toMatchObject({ created: true, status: "Accepted" });
      const posts = seen.filter((s) => s.startsWith("POST"));
      const origin = (u: string) => new URL(u).origin;
      if (ccfVersion >= 6) {
        // propose and ballot: each sent to the backup, then re-sent to the primary.
        expect(posts).toEqual([`POST ${origin(backupUrl)}`, `POST ${origin(primaryUrl)}`, `POST ${origin(backupUrl)}`, `POST ${origin(primaryUrl)}`]);
      } else {
        expect(posts).toEqual([`POST ${origin(backupUrl)}`, `POST ${origin(backupUrl)}`]);
      }
      expect((await client.getMember(newbie.memberId))?.status).toBe("Accepted");
    });
  });
}
