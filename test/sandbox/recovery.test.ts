/**
 * Recovery end to end over real TLS: shares issued on the reference §6 triggers, decrypted with the
 * members' RSA keys (node crypto and the openssl CLI), reconstructed; a simulated disaster; the
 * transition to WaitingForRecoveryShares; a wrong share rejected; the service opening again under a new
 * identity; the 255 active recovery member cap at activation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { startSandbox, type Sandbox, type SandboxMember } from "../../sandbox/index.js";
import { combine, decodeShare } from "../../sandbox/shamir.js";
import { shareSchemeOf, unwrapLedgerSecret } from "../../sandbox/recovery/shares.js";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { activate, call, decryptShare, encryptedShareOf, post, propose, serviceInfo, target, V } from "./ops-helpers.js";

function ledgerSecretOf(sb: Sandbox): Buffer {
  return Buffer.from(String(sb.service.state.recovery.ledgerSecret), "base64");
}

function wrappedOf(sb: Sandbox): Buffer {
  return Buffer.from(String(sb.service.state.recovery.wrappedLedgerSecret), "base64");
}

/** The release's sharing (GF(2^8) on 4/5, CCF's prime field on 6/7): the wrapping key from partial shares. */
function keyFrom(sb: Sandbox, raws: Buffer[]): Uint8Array {
  return shareSchemeOf(sb.service.profile.sharing).keyFrom(undefined, raws, raws.length);
}

async function sharesOf(sb: Sandbox, members: SandboxMember[], url = sb.url): Promise<Buffer[]> {
  const t = target(sb, url);
  const out: Buffer[] = [];
  for (const m of members) {
    const r = await encryptedShareOf(t, m.memberId);
    expect(r.status).toBe(200);
    expect(r.json().memberId).toBe(m.memberId);
    out.push(decryptShare(m, r.json().encryptedShare));
  }
  return out;
}

describe("recovery (profile 6, new API)", () => {
  let sb: Sandbox;
  let m: SandboxMember[];

  beforeAll(async () => {
    sb = await startSandbox({ members: 3, recoveryMembers: 3, recoveryThreshold: 2, activate: true, ccfVersion: 6 });
    m = sb.members;
  });
  afterAll(async () => sb?.close());

  it("issues one RSA-OAEP-256 share per Active recovery member at opening; any 2 of 3 unwrap the ledger secret", async () => {
    const raw = await sharesOf(sb, m);
    // 6.x sharing (src/crypto/sharing.h): x (uint32) + 10 limbs (uint32), x = 1..n by member id
    expect(raw.map((r) => r.length)).toEqual([44, 44, 44]);
    expect(raw.map((r) => r.readUInt32LE(0)).sort()).toEqual([1, 2, 3]);
    const secret = ledgerSecretOf(sb);
    for (const pair of [[0, 1], [0, 2], [1, 2]]) {
      const key = keyFrom(sb, pair.map((i) => raw[i]!));
      expect(unwrapLedgerSecret(key, wrappedOf(sb))).toEqual(secret);
    }
    // a single share does not
    expect(() => unwrapLedgerSecret(keyFrom(sb, [raw[0]!]), wrappedOf(sb))).toThrow("Unwrapping latest ledger secret failed");
  });

  it("the encrypted share decrypts with `openssl pkeyutl -pkeyopt rsa_oaep_md:sha256` too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "share-"));
    try {
      const r = await encryptedShareOf(target(sb), m[0]!.memberId);
      writeFileSync(join(dir, "share.bin"), Buffer.from(r.json().encryptedShare, "base64"));
      const out = execFileSync("openssl", [
        "pkeyutl", "-decrypt", "-inkey", m[0]!.encryptionPrivateKeyPath!, "-in", join(dir, "share.bin"),
        "-pkeyopt", "rsa_padding_mode:oaep", "-pkeyopt", "rsa_oaep_md:sha256", "-pkeyopt", "rsa_mgf1_md:sha256",
      ]);
      expect(out).toEqual(decryptShare(m[0]!, r.json().encryptedShare));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("N13 errors: unknown member 404, malformed id 400", async () => {
    const unknown = "ab".repeat(32);
    const r = await encryptedShareOf(target(sb), unknown);
    expect(r.status).toBe(404);
    expect(r.json()).toEqual({ error: { code: "ResourceNotFound", message: `Recovery share not found for member ${unknown}.` } });
    const bad = await encryptedShareOf(target(sb), "xyz");
    expect(bad.status).toBe(400);
    expect(bad.json().error.code).toBe("InvalidResourceName");
  });

  it("re-issues on set_recovery_threshold and trigger_recovery_shares_refresh (new shares, same ledger secret)", async () => {
    const t = target(sb);
    const before = await sharesOf(sb, m);
    const secret = ledgerSecretOf(sb);
    const r1 = await propose(t, m[0]!, m, [{ name: "set_recovery_threshold", args: { recovery_threshold: 3 } }]);
    expect(r1.json().proposalState).toBe("Accepted");
    const afterThreshold = await sharesOf(sb, m);
    expect(afterThreshold[0]).not.toEqual(before[0]);
    // now 3 of 3 are needed
    expect(unwrapLedgerSecret(keyFrom(sb, afterThreshold), wrappedOf(sb))).toEqual(secret);
    expect(() => unwrapLedgerSecret(keyFrom(sb, afterThreshold.slice(0, 2)), wrappedOf(sb))).toThrow();
    const r2 = await propose(t, m[0]!, m, [{ name: "trigger_recovery_shares_refresh" }]);
    expect(r2.json().proposalState).toBe("Accepted");
    const afterRefresh = await sharesOf(sb, m);
    expect(afterRefresh[1]).not.toEqual(afterThreshold[1]);
    const r3 = await propose(t, m[0]!, m, [{ name: "set_recovery_threshold", args: { recovery_threshold: 2 } }]);
    expect(r3.json().proposalState).toBe("Accepted");
  });

  it("disaster → Recovering under a new identity; old pin fails, new pin serves; :recover refused before the transition", async () => {
    const oldCert = sb.serviceCertificatePem;
    const oldShares = await sharesOf(sb, m);
    const { serviceCertificatePem, previousServiceCertificatePem } = await sb.control.simulateDisaster();
    expect(previousServiceCertificatePem).toBe(oldCert);
    expect(serviceCertificatePem).not.toBe(oldCert);
    expect(sb.serviceCertificatePem).toBe(serviceCertificatePem);
    expect(readFileSync(join(sb.dir, "service_cert.pem"), "utf8")).toBe(serviceCertificatePem);
    // TLS: the node certificate now chains to the new identity only
    await expect(call(sb.url, oldCert, "GET", `/gov/service/info?${V}`)).rejects.toThrow();
    const info = await serviceInfo(target(sb));
    expect(info.status).toBe("Recovering");
    expect(info.recoveryCount).toBe(1);
    expect(info.certificate).toBe(serviceCertificatePem);
    expect(info.previousServiceCreationTransactionId).toMatch(/^\d+\.\d+$/);
    // the encrypted shares survived (they are in the public ledger)
    expect(await sharesOf(sb, m)).toEqual(oldShares);
    const early = await post(target(sb), `/gov/recovery/members/${m[0]!.memberId}:recover?${V}`, m[0]!, "recovery_share", { share: oldShares[0]!.toString("base64") });
    expect(early.status).toBe(403);
    expect(early.json()).toEqual({ error: { code: "ServiceNotWaitingForRecoveryShares", message: "Service is not waiting for recovery shares." } });
  });

  it("transition_service_to_open needs the right previous identity, then → WaitingForRecoveryShares", async () => {
    const t = target(sb);
    const current = sb.serviceCertificatePem;
    const previous = sb.service.state.service.previousServiceIdentityPem!;
    const wrongPrev = await propose(t, m[0]!, m, [
      { name: "transition_service_to_open", args: { previous_service_identity: current, next_service_identity: current } },
    ]);
    expect(wrongPrev.status).toBe(500);
    expect(wrongPrev.json().error.message).toContain("Previous service identity does not match.");
    const wrongNext = await propose(t, m[0]!, m, [
      { name: "transition_service_to_open", args: { previous_service_identity: previous, next_service_identity: previous } },
    ]);
    expect(wrongNext.status).toBe(500);
    expect(wrongNext.json().error.message).toContain("Service identity mismatch");
    const ok = await propose(t, m[0]!, m, [
      { name: "transition_service_to_open", args: { previous_service_identity: previous, next_service_identity: current } },
    ]);
    expect(ok.json().proposalState).toBe("Accepted");
    expect((await serviceInfo(t)).status).toBe("WaitingForRecoveryShares");
  });

  it("path ≠ signer is refused on 6.x; a wrong share makes the threshold submission fail and clears the submitted shares", async () => {
    const t = target(sb);
    const shares = await sharesOf(sb, m);
    const mismatch = await post(t, `/gov/recovery/members/${m[1]!.memberId}:recover?${V}`, m[0]!, "recovery_share", { share: shares[0]!.toString("base64") });
    expect(mismatch.status).toBe(400);
    expect(mismatch.json().error).toEqual({
      code: "InvalidAuthenticationInfo",
      message: `Member ID from path parameter (${m[1]!.memberId}) does not match member ID from body signature (${m[0]!.memberId}).`,
    });
    const wrong = Buffer.from(shares[0]!); // same index (x), other values
    randomBytes(wrong.length - 4).copy(wrong, 4);
    const first = await post(t, `/gov/recovery/members/${m[0]!.memberId}:recover?${V}`, m[0]!, "recovery_share", { share: wrong.toString("base64") });
    expect(first.status).toBe(200);
    expect(first.json()).toEqual({ message: "1/2 recovery shares successfully submitted", submittedCount: 1, recoveryThreshold: 2, fullKeySubmitted: false });
    const second = await post(t, `/gov/recovery/members/${m[1]!.memberId}:recover?${V}`, m[1]!, "recovery_share", { share: shares[1]!.toString("base64") });
    expect(second.status).toBe(500);
    expect(second.json()).toEqual({ error: { code: "InternalError", message: "Failed to initiate private recovery." } });
    expect(sb.service.state.recovery.submittedShares).toEqual({});
    expect((await serviceInfo(t)).status).toBe("WaitingForRecoveryShares");
  });

  it("the right shares reach the threshold, the service opens again with fresh shares of the recovered secret", async () => {
    const t = target(sb);
    const shares = await sharesOf(sb, m);
    const first = await post(t, `/gov/recovery/members/${m[2]!.memberId}:recover?${V}`, m[2]!, "recovery_share", { share: shares[2]!.toString("base64") });
    expect(first.json().message).toBe("1/2 recovery shares successfully submitted");
    expect(first.headers["x-ms-ccf-transaction-id"]).toMatch(/^\d+\.\d+$/);
    const second = await post(t, `/gov/recovery/members/${m[0]!.memberId}:recover?${V}`, m[0]!, "recovery_share", { share: shares[0]!.toString("base64") });
    expect(second.status).toBe(200);
    expect(second.json()).toEqual({
      message: "2/2 recovery shares successfully submitted\nEnd of recovery procedure initiated",
      submittedCount: 2,
      recoveryThreshold: 2,
      fullKeySubmitted: false,
    });
    await sb.control.privateRecoveryDone();
    const info = await serviceInfo(t);
    expect(info.status).toBe("Open");
    expect(info.recoveryCount).toBe(1);
    const fresh = await sharesOf(sb, m);
    expect(fresh[0]).not.toEqual(shares[0]);
    const recovered = ledgerSecretOf(sb);
    expect(unwrapLedgerSecret(keyFrom(sb, [fresh[1]!, fresh[2]!]), wrappedOf(sb))).toEqual(recovered);
    const late = await post(t, `/gov/recovery/members/${m[1]!.memberId}:recover?${V}`, m[1]!, "recovery_share", { share: fresh[1]!.toString("base64") });
    expect(late.status).toBe(403);
  });
});

describe("recovery triggers and the 255 cap", () => {
  it("a recovery member newly Active while Open gets a share; removing an active recovery member re-keys", async () => {
    const sb = await startSandbox({ members: 2, recoveryMembers: 2, recoveryThreshold: 1, activate: true, ccfVersion: 5 });
    try {
      const t = target(sb);
      const [a, b] = sb.members as [SandboxMember, SandboxMember];
      const secretBefore = ledgerSecretOf(sb);
      const removed = await propose(t, a, [a, b], [{ name: "remove_member", args: { member_id: b.memberId } }]);
      expect(removed.json().proposalState).toBe("Accepted");
      expect((await encryptedShareOf(t, b.memberId)).status).toBe(404);
      const [share] = await sharesOf(sb, [a]);
      expect(ledgerSecretOf(sb)).not.toEqual(secretBefore); // ledger rekey
      expect(unwrapLedgerSecret(combine([decodeShare(share!, 32)]), wrappedOf(sb))).toEqual(ledgerSecretOf(sb));
      // b joins again as a recovery member: no share while Accepted, one once Active
      const added = await propose(t, a, [a], [
        { name: "set_member", args: { cert: b.certificatePem, encryption_pub_key: b.encryptionPublicKeyPem } },
      ]);
      expect(added.json().proposalState).toBe("Accepted");
      expect((await encryptedShareOf(t, b.memberId)).status).toBe(404);
      expect((await activate(t, b)).status).toBe(204);
      const [sa, sbShare] = await sharesOf(sb, [a, b]);
      expect(decodeShare(sa!, 32).x).not.toBe(decodeShare(sbShare!, 32).x);
      // classic C12 and C11 (COSE-signed GET) serve the same ciphertext
      const c12 = await call(t.url, t.ca, "GET", `/gov/encrypted_recovery_share/${b.memberId}`);
      const n13 = await encryptedShareOf(t, b.memberId);
      expect(c12.json()).toEqual({ encrypted_share: n13.json().encryptedShare });
      const body = await (await import("./ops-helpers.js")).signed(b, "encrypted_recovery_share");
      const c11 = await call(t.url, t.ca, "GET", "/gov/recovery_share", body, { "content-type": "application/cose" });
      expect(c11.status).toBe(200);
      expect(c11.json()).toEqual({ encrypted_share: n13.json().encryptedShare });
    } finally {
      await sb.close();
    }
  });

  for (const flavour of ["new", "classic"] as const) {
    it(`5.x: activating a 256th recovery member is refused (${flavour}) and the member stays Accepted`, async () => {
      const sb = await startSandbox({ members: 1, recoveryMembers: 1, recoveryThreshold: 1, activate: true, ccfVersion: 5 });
      try {
        const t = target(sb);
        const encKey = sb.members[0]!.encryptionPublicKeyPem!;
        const newcomer = await generateMemberIdentity({ name: "m256" });
        // 254 more Active recovery members (255 in all) and one Accepted newcomer, written as state.
        sb.service.transact((tx) => {
          for (let i = 0; i < 254; i++) {
            const id = (i + 1).toString(16).padStart(64, "0");
            tx.state.members[id] = { certificatePem: sb.members[0]!.certificatePem, status: "Active", memberData: null, encryptionPublicKeyPem: encKey };
          }
          tx.state.members[newcomer.memberId] = { certificatePem: newcomer.certificatePem, status: "Accepted", memberData: null, encryptionPublicKeyPem: encKey };
          tx.state.acks[newcomer.memberId] = { stateDigest: tx.state.ledger.root };
        });
        const member = { ...sb.members[0]!, memberId: newcomer.memberId, certificatePem: newcomer.certificatePem, privateKeyPem: newcomer.privateKeyPem };
        const text = `Cannot activate new recovery member ${newcomer.memberId}: no more than 255 active recovery members are allowed`;
        let r;
        if (flavour === "new") {
          r = await activate(t, member);
          expect(r.status).toBe(500);
          expect(r.json()).toEqual({ error: { code: "InternalError", message: `Error activating member: ${text}` } });
        } else {
          const up = await post(t, "/gov/ack/update_state_digest", member, "state_digest");
          r = await post(t, "/gov/ack", member, "ack", { state_digest: up.json().state_digest });
          expect(r.status).toBe(403);
          expect(r.json()).toEqual({ error: { code: "AuthorizationFailed", message: `Error activating new member: ${text}` } });
        }
        expect(sb.service.state.members[newcomer.memberId]!.status).toBe("Accepted");
      } finally {
        await sb.close();
      }
    });
  }

  for (const ccfVersion of [6, 7] as const) {
    it(`${ccfVersion}.x: no cap (#6574 removed max_active_recovery_members): a 256th recovery member activates and every one gets a share`, async () => {
      const sb = await startSandbox({ members: 1, recoveryMembers: 1, recoveryThreshold: 1, activate: true, ccfVersion });
      try {
        const t = target(sb);
        const genesis = sb.members[0]!;
        const encKey = genesis.encryptionPublicKeyPem!;
        const newcomer = await generateMemberIdentity({ name: "m256" });
        sb.service.transact((tx) => {
          for (let i = 0; i < 254; i++) {
            const id = (i + 1).toString(16).padStart(64, "0");
            tx.state.members[id] = { certificatePem: genesis.certificatePem, status: "Active", memberData: null, encryptionPublicKeyPem: encKey };
          }
          tx.state.members[newcomer.memberId] = { certificatePem: newcomer.certificatePem, status: "Accepted", memberData: null, encryptionPublicKeyPem: encKey };
          tx.state.acks[newcomer.memberId] = { stateDigest: tx.state.ledger.root };
        });
        const member = { ...genesis, memberId: newcomer.memberId, certificatePem: newcomer.certificatePem, privateKeyPem: newcomer.privateKeyPem };
        expect((await activate(t, member)).status).toBe(204);
        expect(sb.service.state.members[newcomer.memberId]!.status).toBe("Active");
        expect(Object.keys(sb.service.state.recovery.encryptedShares)).toHaveLength(256);
        // the newcomer's share (the same RSA key as the genesis member's, decrypted with it) is index 256 or below
        const [share] = await sharesOf(sb, [{ ...member, encryptionPrivateKeyPem: genesis.encryptionPrivateKeyPem }]);
        expect(share!.length).toBe(44);
        expect(share!.readUInt32LE(0)).toBeGreaterThanOrEqual(1);
        expect(share!.readUInt32LE(0)).toBeLessThanOrEqual(256);
        expect(unwrapLedgerSecret(keyFrom(sb, [share!]), wrappedOf(sb))).toEqual(ledgerSecretOf(sb));
      } finally {
        await sb.close();
      }
    });
  }
});

describe("recovery owners (profile 6)", () => {
  it("an Owner receives the full key (x = 0) and alone ends the recovery; a NonParticipant gets no share", async () => {
    const { generateEncryptionKeyPair } = await import("../../core/identity/index.js");
    const sb = await startSandbox({ members: 3, recoveryMembers: 2, recoveryThreshold: 2, activate: true, ccfVersion: 6 });
    try {
      const t = target(sb);
      const voters = sb.members;
      const mk = async (name: string) => {
        const id = await generateMemberIdentity({ name });
        const enc = await generateEncryptionKeyPair({ bits: 2048 });
        return { ...voters[0]!, name, memberId: id.memberId, certificatePem: id.certificatePem, privateKeyPem: id.privateKeyPem, encryptionPublicKeyPem: enc.publicKeyPem, encryptionPrivateKeyPem: enc.privateKeyPem } as SandboxMember;
      };
      const owner = await mk("owner");
      const bystander = await mk("bystander");
      const added = await propose(t, voters[0]!, voters, [
        { name: "set_member", args: { cert: owner.certificatePem, encryption_pub_key: owner.encryptionPublicKeyPem, recovery_role: "Owner" } },
        { name: "set_member", args: { cert: bystander.certificatePem, encryption_pub_key: bystander.encryptionPublicKeyPem, recovery_role: "NonParticipant" } },
      ]);
      expect(added.json().proposalState).toBe("Accepted");
      expect((await activate(t, owner)).status).toBe(204);
      expect((await activate(t, bystander)).status).toBe(204);
      expect((await encryptedShareOf(t, bystander.memberId)).status).toBe(404);
      const [full, p0, p1] = await sharesOf(sb, [owner, voters[0]!, voters[1]!]);
      expect(full!.readUInt32LE(0)).toBe(0);
      expect([p0!.readUInt32LE(0), p1!.readUInt32LE(0)].sort()).toEqual([1, 2]);
      expect(unwrapLedgerSecret(shareSchemeOf("prime31").keyFrom(full!, [], 2), wrappedOf(sb))).toEqual(ledgerSecretOf(sb));

      await sb.control.simulateDisaster();
      const all = [...voters, owner, bystander];
      const open = await propose(target(sb), all[0]!, all, [
        {
          name: "transition_service_to_open",
          args: { previous_service_identity: sb.service.state.service.previousServiceIdentityPem, next_service_identity: sb.serviceCertificatePem },
        },
      ]);
      expect(open.json().proposalState).toBe("Accepted");
      const r = await post(target(sb), `/gov/recovery/members/${owner.memberId}:recover?${V}`, owner, "recovery_share", { share: full!.toString("base64") });
      expect(r.status).toBe(200);
      expect(r.json()).toEqual({
        message: "Full recovery key successfully submitted\nEnd of recovery procedure initiated",
        submittedCount: 1,
        recoveryThreshold: 2,
        fullKeySubmitted: true,
      });
      await sb.control.privateRecoveryDone();
      expect((await serviceInfo(target(sb))).status).toBe("Open");
    } finally {
      await sb.close();
    }
  });
});

describe("disaster over the control API", () => {
  it("POST /control/disaster switches identity (old pin refused); a second call answers 409; a service without shares refuses", async () => {
    const sb = await startSandbox({ members: 1, recoveryMembers: 1, recoveryThreshold: 1, activate: true, ccfVersion: 7 });
    // Open with its recovery member still Accepted: no share issued yet
    const plain = await startSandbox({ members: 1, ccfVersion: 7 });
    try {
      const oldCert = sb.serviceCertificatePem;
      const r = await call(sb.url, oldCert, "POST", "/control/disaster");
      expect(r.status).toBe(200);
      expect(r.json().previousServiceCertificate).toBe(oldCert);
      expect(r.json().serviceCertificate).toBe(sb.serviceCertificatePem);
      await expect(call(sb.url, oldCert, "GET", `/gov/service/info?${V}`)).rejects.toThrow();
      const again = await call(sb.url, sb.serviceCertificatePem, "POST", "/control/disaster");
      expect(again.status).toBe(409);
      expect(again.json().error.message).toBe("a disaster can only be simulated on an Open service (status is Recovering)");
      const none = await call(plain.url, plain.serviceCertificatePem, "POST", "/control/disaster");
      expect(none.status).toBe(409);
      expect(none.json().error.message).toContain("no recovery shares were ever issued");
    } finally {
      await sb.close();
      await plain.close();
    }
  });
});

describe("share submission on 5.x (classic C13 and the unchecked :recover path id)", () => {
  it("C13 answers {message}; 5.x :recover stores under the path id without comparing the signer; NodeAlreadyRecovering while recovering", async () => {
    const sb = await startSandbox({ members: 2, recoveryMembers: 2, recoveryThreshold: 2, activate: true, ccfVersion: 5 });
    try {
      const [a, b] = sb.members as [SandboxMember, SandboxMember];
      const [sa, sbShare] = await sharesOf(sb, [a, b]);
      await sb.control.simulateDisaster();
      const t = target(sb);
      const open = await propose(t, a, [a, b], [
        { name: "transition_service_to_open", args: { previous_service_identity: sb.service.state.service.previousServiceIdentityPem, next_service_identity: sb.serviceCertificatePem } },
      ]);
      expect(open.json().proposalState).toBe("Accepted");

      // while the node reads the private ledger, further shares are refused
      sb.service.transact((tx) => void (tx.state.recovery.privateRecoveryInProgress = true));
      const busy = await post(t, "/gov/recovery_share", a, "recovery_share", { share: sa!.toString("base64") });
      expect(busy.status).toBe(403);
      expect(busy.json()).toEqual({ error: { code: "NodeAlreadyRecovering", message: "Node is already recovering private ledger." } });
      sb.service.transact((tx) => void (tx.state.recovery.privateRecoveryInProgress = false));

      const c13 = await post(t, "/gov/recovery_share", a, "recovery_share", { share: sa!.toString("base64") });
      expect(c13.status).toBe(200);
      expect(c13.json()).toEqual({ message: "1/2 recovery shares successfully submitted" });
      // a signs, the path names b: 5.x records it as b's share (no fullKeySubmitted field before 6.x)
      const n14 = await post(t, `/gov/recovery/members/${b.memberId}:recover?${V}`, a, "recovery_share", { share: sbShare!.toString("base64") });
      expect(n14.status).toBe(200);
      expect(n14.json()).toEqual({
        message: "2/2 recovery shares successfully submitted\nEnd of recovery procedure initiated",
        submittedCount: 2,
        recoveryThreshold: 2,
      });
      await sb.control.privateRecoveryDone();
      expect((await serviceInfo(t)).status).toBe("Open");
    } finally {
      await sb.close();
    }
  });
});

describe("recovery across a restart", () => {
  it("a restart after the disaster keeps the new identity and the recovery state; the recovery completes", async () => {
    const sb = await startSandbox({ members: 1, recoveryMembers: 1, recoveryThreshold: 1, activate: true, ccfVersion: 6 });
    try {
      const [a] = sb.members as [SandboxMember];
      const [share] = await sharesOf(sb, [a]);
      const { serviceCertificatePem } = await sb.control.simulateDisaster();
      await sb.control.restart();
      expect(sb.serviceCertificatePem).toBe(serviceCertificatePem);
      const t = target(sb);
      const info = await serviceInfo(t);
      expect(info).toMatchObject({ status: "Recovering", recoveryCount: 1, certificate: serviceCertificatePem });
      const open = await propose(t, a, [a], [
        { name: "transition_service_to_open", args: { previous_service_identity: sb.service.state.service.previousServiceIdentityPem, next_service_identity: serviceCertificatePem } },
      ]);
      expect(open.json().proposalState).toBe("Accepted");
      const r = await post(t, `/gov/recovery/members/${a.memberId}:recover?${V}`, a, "recovery_share", { share: share!.toString("base64") });
      expect(r.json().message).toBe("1/1 recovery shares successfully submitted\nEnd of recovery procedure initiated");
      await sb.control.privateRecoveryDone();
      expect((await serviceInfo(t)).status).toBe("Open");
    } finally {
      await sb.close();
    }
  });
});

describe("opening a new service (Opening → Open)", () => {
  it("transition_service_to_open issues the shares; too few recovery members for the threshold fails the proposal", async () => {
    const sb = await startSandbox({ members: 2, recoveryMembers: 2, recoveryThreshold: 2, activate: true, open: false, ccfVersion: 6 });
    try {
      const t = target(sb);
      const [a, b] = sb.members as [SandboxMember, SandboxMember];
      expect((await serviceInfo(t)).status).toBe("Opening");
      expect((await encryptedShareOf(t, a.memberId)).status).toBe(404);
      // a threshold above the number of recovery members (set directly: the constitution would refuse it
      // only once Open) makes the opening fail with CCF's text, and the service stays Opening
      sb.service.transact((tx) => void (tx.state.service.config.recoveryThreshold = 3));
      const failing = await propose(t, a, [a, b], [{ name: "transition_service_to_open", args: { next_service_identity: sb.serviceCertificatePem } }]);
      expect(failing.status).toBe(500);
      expect(failing.json().error.message).toContain(
        "Failed to issue recovery shares: Recovery threshold 3 should be equal to or less than the number of active recovery members 2",
      );
      expect((await serviceInfo(t)).status).toBe("Opening");
      sb.service.transact((tx) => void (tx.state.service.config.recoveryThreshold = 2));
      const ok = await propose(t, a, [a, b], [{ name: "transition_service_to_open", args: { next_service_identity: sb.serviceCertificatePem } }]);
      expect(ok.json().proposalState).toBe("Accepted");
      expect((await serviceInfo(t)).status).toBe("Open");
      const raw = await sharesOf(sb, [a, b]);
      expect(unwrapLedgerSecret(keyFrom(sb, raw), wrappedOf(sb))).toEqual(ledgerSecretOf(sb));
    } finally {
      await sb.close();
    }
  });
});
