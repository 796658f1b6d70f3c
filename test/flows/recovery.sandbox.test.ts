/**
 * Recovery after a simulated disaster, for every CCF profile: the old pin stops working (new service
 * identity), membership changes are refused while recovering, members open the service with
 * transition_service_to_open, then submit their shares (decrypted in memory) until recovery starts;
 * a re-run submits nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { TransportError } from "../../core/client/index.js";
import { proposalBody, transitionServiceToOpenAction } from "../../core/proposals/index.js";
import { addMember, passProposal, readLiveState, removeMember, setRecoveryThreshold, submitRecoveryShare } from "../../core/flows/index.js";
import { count, PROFILES, startService, type Service } from "./sandbox-helpers.js";

let svc: Service | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

for (const ccfVersion of PROFILES) {
  describe(`CCF ${ccfVersion}.x`, () => {
    it("submits recovery shares after a disaster until the service recovers", async () => {
      svc = await startService({ ccfVersion, members: 3, recoveryMembers: 3, activate: true });
      const { sandbox, signers } = svc;
      const before = svc.client;
      expect((await before.getEncryptedShare(signers[0]!.memberId))?.encryptedShare).toMatch(/^[A-Za-z0-9+/]+=*$/);
      // Threshold 2 of 3.
      await setRecoveryThreshold(before, { recoveryThreshold: 2, proposer: signers[0]!, voters: signers });

      const oldPin = sandbox.serviceCertificatePem;
      const disaster = await sandbox.control.simulateDisaster();
      expect(disaster.previousServiceCertificatePem).toBe(oldPin);
      // The old pin no longer verifies the nodes (new connections): re-pin to the new service identity.
      const stale = await svc.newClient({ serviceCertificatePem: oldPin }).getServiceInfo().catch((e) => e);
      expect(stale).toBeInstanceOf(TransportError);
      expect(stale.failure).toBe("tls");
      const client = svc.newClient({ serviceCertificatePem: disaster.serviceCertificatePem });
      expect((await client.getServiceInfo()).status).toBe("Recovering");

      // Membership changes are refused while recovering, before anything is signed.
      const sent = svc.sent;
      sent.length = 0;
      const newbie = await generateMemberIdentity({ name: "late" });
      await expect(addMember(client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers })).rejects.toMatchObject({ code: "REFUSED", message: expect.stringMatching(/the service is Recovering: membership changes are refused/) });
      await expect(removeMember(client, { memberId: signers[2]!.memberId, proposer: signers[0]!, voters: signers })).rejects.toMatchObject({ code: "REFUSED" });
      expect(count(sent, "POST")).toBe(0);

      // Nothing to submit yet: not waiting for shares.
      const early = await submitRecoveryShare(client, { signer: signers[0]!, encryptionPrivateKeyPem: sandbox.members[0]!.encryptionPrivateKeyPem! });
      expect(early).toMatchObject({ submitted: false, serviceStatus: "Recovering" });

      const live = await readLiveState(client, { proposals: true });
      const opened = await passProposal(
        client,
        proposalBody(transitionServiceToOpenAction({ nextServiceIdentityPem: disaster.serviceCertificatePem, previousServiceIdentityPem: disaster.previousServiceCertificatePem })),
        { members: live.members, openProposals: live.openProposals, emit: () => undefined },
        { proposer: signers[0]!, voters: signers },
      );
      expect(opened.state).toBe("done");
      expect((await client.getServiceInfo()).status).toBe("WaitingForRecoveryShares");

      // A wrong decryption key is a clear input error, and sends nothing.
      sent.length = 0;
      await expect(submitRecoveryShare(client, { signer: signers[0]!, encryptionPrivateKeyPem: sandbox.members[1]!.encryptionPrivateKeyPem! })).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message: expect.stringMatching(/^encryption private key: does not decrypt the recovery share of member/),
      });
      expect(count(sent, "POST")).toBe(0);

      const first = await submitRecoveryShare(client, { signer: signers[0]!, encryptionPrivateKeyPem: sandbox.members[0]!.encryptionPrivateKeyPem! });
      expect(first).toMatchObject({ submitted: true, result: { submittedCount: 1, recoveryThreshold: 2, recoveryInitiated: false } });
      const second = await submitRecoveryShare(client, { signer: signers[1]!, encryptionPrivateKeyPem: sandbox.members[1]!.encryptionPrivateKeyPem! });
      expect(second).toMatchObject({ submitted: true, result: { submittedCount: 2, recoveryThreshold: 2, recoveryInitiated: true } });
      expect(second.result!.message).toMatch(/^2\/2 recovery shares successfully submitted\nEnd of recovery procedure initiated/);
      await sandbox.control.privateRecoveryDone();
      expect((await client.getServiceInfo()).status).toBe("Open");

      // Re-run: nothing to submit.
      sent.length = 0;
      expect(await submitRecoveryShare(client, { signer: signers[2]!, encryptionPrivateKeyPem: sandbox.members[2]!.encryptionPrivateKeyPem! })).toMatchObject({ submitted: false, serviceStatus: "Open" });
      expect(count(sent, "POST")).toBe(0);
    });
  });
}
