import { describe, expect, it } from "vitest";
import { constants, generateKeyPairSync, privateDecrypt, randomBytes } from "node:crypto";
import {
  checkIssuable,
  computeRecoveryShares,
  isFullKey,
  recoverLedgerSecret,
  RecoveryShareError,
} from "../../sandbox/recovery/shares.js";

function rsaKey() {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

const KEYS = Array.from({ length: 4 }, rsaKey);
const ID = (i: number) => String(i).repeat(64).slice(0, 64);

function decrypt(privateKeyPem: string, b64: string): Buffer {
  return privateDecrypt(
    { key: privateKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
    Buffer.from(b64, "base64"),
  );
}

describe("recovery share issuance (ShareManager model)", () => {
  it("splits a fresh wrapping key 2-of-3, each share decrypts with its member's RSA key and any 2 unwrap the ledger secret", () => {
    const ledgerSecret = randomBytes(32);
    const participants = [0, 1, 2].map((i) => ({ memberId: ID(i + 1), encryptionPublicKeyPem: KEYS[i]!.publicKeyPem }));
    const issued = computeRecoveryShares({ participants, threshold: 2, ledgerSecret });
    expect(Object.keys(issued.encryptedShares).sort()).toEqual(participants.map((p) => p.memberId));
    const raw = [0, 1, 2].map((i) => {
      const b64 = issued.encryptedShares[ID(i + 1)]!;
      expect(Buffer.from(b64, "base64")).toHaveLength(256); // RSA-2048 ciphertext
      return decrypt(KEYS[i]!.privateKeyPem, b64);
    });
    expect(raw.map((r) => r.length)).toEqual([33, 33, 33]);
    expect(raw.map((r) => r[0])).toEqual([1, 2, 3]); // x by sorted member id
    const wrapped = Buffer.from(issued.wrappedLedgerSecret, "base64");
    expect(recoverLedgerSecret([raw[0]!, raw[2]!], 2, wrapped)).toEqual(ledgerSecret);
    expect(recoverLedgerSecret([raw[1]!, raw[2]!], 2, wrapped)).toEqual(ledgerSecret);
    expect(recoverLedgerSecret(raw, 2, wrapped)).toEqual(ledgerSecret);
  });

  it("fewer shares than the threshold, a tampered share, or a share from another issuance fail", () => {
    const ledgerSecret = randomBytes(32);
    const participants = [0, 1, 2].map((i) => ({ memberId: ID(i + 1), encryptionPublicKeyPem: KEYS[i]!.publicKeyPem }));
    const a = computeRecoveryShares({ participants, threshold: 2, ledgerSecret });
    const b = computeRecoveryShares({ participants, threshold: 2, ledgerSecret });
    const rawA = [0, 1].map((i) => decrypt(KEYS[i]!.privateKeyPem, a.encryptedShares[ID(i + 1)]!));
    const rawB = [0, 1].map((i) => decrypt(KEYS[i]!.privateKeyPem, b.encryptedShares[ID(i + 1)]!));
    const wrappedA = Buffer.from(a.wrappedLedgerSecret, "base64");
    expect(() => recoverLedgerSecret([rawA[0]!], 2, wrappedA)).toThrow(
      "Error combining recovery shares: only 1 recovery shares were submitted but recovery threshold is 2",
    );
    const tampered = Buffer.from(rawA[1]!);
    tampered[5]! ^= 0x40;
    expect(() => recoverLedgerSecret([rawA[0]!, tampered], 2, wrappedA)).toThrow("Unwrapping latest ledger secret failed");
    expect(() => recoverLedgerSecret([rawA[0]!, rawB[1]!], 2, wrappedA)).toThrow(RecoveryShareError);
    expect(() => recoverLedgerSecret([Buffer.from("short")], 2, wrappedA)).toThrow(
      "decrypted share of 5 bytes is not an 33-byte long new-style share.",
    );
  });

  it("owners (6.x) receive the full key as the x = 0 share, which alone unwraps", () => {
    const ledgerSecret = randomBytes(32);
    const participants = [{ memberId: ID(1), encryptionPublicKeyPem: KEYS[0]!.publicKeyPem }, { memberId: ID(2), encryptionPublicKeyPem: KEYS[1]!.publicKeyPem }];
    const owners = [{ memberId: ID(3), encryptionPublicKeyPem: KEYS[2]!.publicKeyPem }];
    const issued = computeRecoveryShares({ participants, owners, threshold: 2, ledgerSecret });
    const full = decrypt(KEYS[2]!.privateKeyPem, issued.encryptedShares[ID(3)]!);
    expect(full[0]).toBe(0);
    expect(isFullKey(full)).toBe(true);
    const partial = decrypt(KEYS[0]!.privateKeyPem, issued.encryptedShares[ID(1)]!);
    expect(isFullKey(partial)).toBe(false);
    expect(recoverLedgerSecret([full], 2, Buffer.from(issued.wrappedLedgerSecret, "base64"))).toEqual(ledgerSecret);
    // owners only: threshold must be 1
    const onlyOwners = computeRecoveryShares({ participants: [], owners, threshold: 1, ledgerSecret });
    expect(Object.keys(onlyOwners.encryptedShares)).toEqual([ID(3)]);
  });

  it("refuses to issue with CCF's texts", () => {
    expect(() => checkIssuable(0, 0, 1)).toThrow(
      "There should be at least one active recovery member to issue recovery shares",
    );
    expect(() => checkIssuable(2, 0, 0)).toThrow("Recovery threshold should be set before recovery shares are computed");
    expect(() => checkIssuable(2, 0, 3)).toThrow(
      "Recovery threshold 3 should be equal to or less than the number of active recovery members 2",
    );
    expect(() => checkIssuable(0, 2, 2)).toThrow(
      "Recovery threshold 2 cannot be greater than 1 when the consortium consists of only active recovery owner members (2)",
    );
    expect(checkIssuable(3, 1, 3)).toBe(3);
    expect(checkIssuable(0, 2, 1)).toBe(1);
  });
});
