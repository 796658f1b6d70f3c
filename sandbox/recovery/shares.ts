/**
 * Recovery share issuance and reassembly, modelled on CCF's `ShareManager` (src/node/share_manager.h).
 *
 * - A ledger secret (32 random bytes, the sandbox's stand-in for the key that encrypts the private
 *   ledger) lives in `state.recovery.ledgerSecret` while the service runs.
 * - Each issuance draws a fresh 32-byte wrapping key, wraps the ledger secret with it (AES-256-GCM,
 *   zero IV: the wrapping key encrypts exactly once, as in CCF) and splits the wrapping key k-of-n
 *   over the Active recovery participants (sorted by member id, x = 1..n). Owners (6.x+) receive the
 *   unsplit key serialized as the share with x = 0.
 * - Each serialized share (x byte + 32 y bytes) is RSA-OAEP-encrypted (SHA-256 for OAEP and MGF1, no
 *   label) with the member's encryption key and stored base64 per member.
 * - Recovery combines the submitted shares and unwraps the wrapped ledger secret: a wrong share makes
 *   the GCM tag fail, which is how a real node notices it too.
 * - The sharing follows the release (`ShareScheme`): the sss library's GF(2^8) scheme for 4.x/5.x
 *   (33-byte shares, at most 255), CCF's own prime-field scheme for 6.x/7.x (sandbox/sharing-prime.ts:
 *   44-byte shares, the wrapping key derived from the secret by HKDF, no share limit).
 */
import { constants, createCipheriv, createDecipheriv, publicEncrypt, randomBytes } from "node:crypto";
import { CcfConsortiumError } from "../../core/errors.js";
import { combine, decodeShare, encodeShare, fullKeyShare, split, type RandomSource } from "../shamir.js";
import { effectiveRecoveryRole, type SandboxState } from "../state.js";
import { deserializePrimeShare, keyOf, PRIME_SHARE_BYTES, recoverSecret, sampleSecretAndShares, serializePrimeShare } from "../sharing-prime.js";

export const WRAPPING_KEY_BYTES = 32;

/** How a release splits the ledger-secret wrapping key (profile.sharing). */
export interface ShareScheme {
  /** Length of a serialized share (partial or full). */
  readonly shareBytes: number;
  /** A fresh wrapping key, `n` serialized partial shares (x = 1..n) and the serialized full key (x = 0). */
  split(n: number, threshold: number, random: RandomSource): { key: Uint8Array; shares: Uint8Array[]; full: Uint8Array };
  /** The x of a serialized share of the right length. */
  indexOf(raw: Uint8Array): number;
  /** The wrapping key from a full-key share, or from `threshold` partial shares (extra ones ignored). */
  keyFrom(full: Uint8Array | undefined, partial: readonly Uint8Array[], threshold: number): Uint8Array;
}

/** 4.x/5.x: the sss library's byte-wise Shamir over GF(2^8) (sandbox/shamir.ts), key = the shared secret. */
export const GF256_SCHEME: ShareScheme = {
  shareBytes: WRAPPING_KEY_BYTES + 1,
  split(n, threshold, random) {
    const key = Uint8Array.from(random(WRAPPING_KEY_BYTES));
    const shares = split(key, threshold, n, random);
    const out = shares.map((s) => encodeShare(s));
    for (const s of shares) s.y.fill(0);
    return { key, shares: out, full: encodeShare(fullKeyShare(key)) };
  },
  indexOf: (raw) => raw[0]!,
  keyFrom(full, partial) {
    return full ? combine([decodeShare(full, WRAPPING_KEY_BYTES)]) : combine(partial.map((r) => decodeShare(r, WRAPPING_KEY_BYTES)));
  },
};

/** 6.x/7.x: CCF's prime-field sharing (src/crypto/sharing.h), key = HKDF of the shared secret. */
export const PRIME_SCHEME: ShareScheme = {
  shareBytes: PRIME_SHARE_BYTES,
  split(n, threshold, random) {
    const { secret, shares } = sampleSecretAndShares(n, threshold, random);
    const out = { key: keyOf(secret), shares: shares.map(serializePrimeShare), full: serializePrimeShare(secret) };
    for (const s of shares) s.y.fill(0);
    secret.y.fill(0);
    return out;
  },
  indexOf: (raw) => deserializePrimeShare(raw).x,
  keyFrom(full, partial, threshold) {
    const secret = full ? deserializePrimeShare(full) : recoverSecret(partial.map(deserializePrimeShare), threshold);
    return keyOf(secret);
  },
};

export function shareSchemeOf(sharing: "gf256" | "prime31"): ShareScheme {
  return sharing === "prime31" ? PRIME_SCHEME : GF256_SCHEME;
}

export const LEDGER_SECRET_BYTES = 32;
const GCM_IV = new Uint8Array(12); // zero IV: each wrapping key encrypts once
const GCM_TAG_BYTES = 16;

/** An issuance or reassembly failure; `message` is CCF's text (logic_error in ShareManager). */
export class RecoveryShareError extends CcfConsortiumError {
  constructor(message: string) {
    super("INTERNAL", message);
  }
}

export interface RecoveryKeyHolder {
  memberId: string;
  encryptionPublicKeyPem: string;
}

export interface ShareIssuanceInput {
  /** Active members with an encryption key and role Participant (or no role). */
  participants: readonly RecoveryKeyHolder[];
  /** Active members with an encryption key and role Owner (6.x+). */
  owners?: readonly RecoveryKeyHolder[];
  threshold: number;
  ledgerSecret: Uint8Array;
  random?: RandomSource;
}

export interface IssuedShares {
  /** base64 of AES-256-GCM(wrappingKey, zero IV, ledgerSecret) ‖ tag. */
  wrappedLedgerSecret: string;
  /** member id → base64 RSA-OAEP ciphertext of the serialized share. */
  encryptedShares: Record<string, string>;
}

/** The checks and texts of CCF 6.x `shuffle_recovery_shares` (5.x: the same without owners). */
export function checkIssuable(participants: number, owners: number, threshold: number): number {
  if (participants === 0 && owners === 0) {
    throw new RecoveryShareError("There should be at least one active recovery member to issue recovery shares");
  }
  if (threshold === 0) {
    throw new RecoveryShareError("Recovery threshold should be set before recovery shares are computed");
  }
  if (participants > 0) {
    if (threshold > participants) {
      throw new RecoveryShareError(
        `Recovery threshold ${threshold} should be equal to or less than the number of active recovery members ${participants}`,
      );
    }
    return participants;
  }
  if (threshold > 1) {
    throw new RecoveryShareError(
      `Recovery threshold ${threshold} cannot be greater than 1 when the consortium consists of only active recovery owner members (${owners})`,
    );
  }
  return 1;
}

export function rsaOaepEncrypt(publicKeyPem: string, data: Uint8Array): Buffer {
  return publicEncrypt({ key: publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, data);
}

export function wrapLedgerSecret(wrappingKey: Uint8Array, ledgerSecret: Uint8Array): Buffer {
  const cipher = createCipheriv("aes-256-gcm", wrappingKey, GCM_IV);
  return Buffer.concat([cipher.update(ledgerSecret), cipher.final(), cipher.getAuthTag()]);
}

/** Throws CCF's "Unwrapping latest ledger secret failed" when the key is not the one that wrapped. */
export function unwrapLedgerSecret(wrappingKey: Uint8Array, wrapped: Uint8Array): Buffer {
  if (wrappingKey.length !== WRAPPING_KEY_BYTES || wrapped.length <= GCM_TAG_BYTES) {
    throw new RecoveryShareError("Unwrapping latest ledger secret failed");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", wrappingKey, GCM_IV);
    decipher.setAuthTag(wrapped.subarray(wrapped.length - GCM_TAG_BYTES));
    return Buffer.concat([decipher.update(wrapped.subarray(0, wrapped.length - GCM_TAG_BYTES)), decipher.final()]);
  } catch {
    throw new RecoveryShareError("Unwrapping latest ledger secret failed");
  }
}

/** Pure issuance: a fresh wrapping key, split, serialized and encrypted per member. */
export function computeRecoveryShares(input: ShareIssuanceInput, scheme: ShareScheme = GF256_SCHEME): IssuedShares {
  const owners = input.owners ?? [];
  const random = input.random ?? randomBytes;
  const n = checkIssuable(input.participants.length, owners.length, input.threshold);
  const { key, shares, full } = scheme.split(n, input.threshold, random);
  try {
    const encryptedShares: Record<string, string> = {};
    const participants = [...input.participants].sort((a, b) => a.memberId.localeCompare(b.memberId));
    participants.forEach((p, i) => {
      encryptedShares[p.memberId] = rsaOaepEncrypt(p.encryptionPublicKeyPem, shares[i]!).toString("base64");
    });
    for (const o of owners) encryptedShares[o.memberId] = rsaOaepEncrypt(o.encryptionPublicKeyPem, full).toString("base64");
    return { wrappedLedgerSecret: wrapLedgerSecret(key, input.ledgerSecret).toString("base64"), encryptedShares };
  } finally {
    key.fill(0);
    full.fill(0);
    for (const raw of shares) raw.fill(0);
  }
}

/** Active recovery participants and owners of `state`, by CCF's rules (role absent = Participant). */
export function recoveryKeyHolders(state: SandboxState): { participants: RecoveryKeyHolder[]; owners: RecoveryKeyHolder[] } {
  const participants: RecoveryKeyHolder[] = [];
  const owners: RecoveryKeyHolder[] = [];
  for (const [memberId, m] of Object.entries(state.members)) {
    if (m.status !== "Active" || m.encryptionPublicKeyPem === undefined) continue;
    const role = effectiveRecoveryRole(m);
    const holder = { memberId, encryptionPublicKeyPem: m.encryptionPublicKeyPem };
    if (role === "Owner") owners.push(holder);
    else if (role === "Participant") participants.push(holder);
  }
  return { participants, owners };
}

/** The ledger secret held by the running service, created on first use. */
export function ledgerSecretOf(state: SandboxState, random: RandomSource = randomBytes): Uint8Array {
  const current = state.recovery.ledgerSecret;
  if (typeof current === "string" && current.length > 0) return Buffer.from(current, "base64");
  const fresh = Buffer.from(random(LEDGER_SECRET_BYTES));
  state.recovery.ledgerSecret = fresh.toString("base64");
  return fresh;
}

/**
 * Re-issue shares for every Active recovery member of `state` (CCF `shuffle_recovery_shares`). Mutates
 * `state.recovery` only when issuance succeeds; throws `RecoveryShareError` with CCF's text otherwise.
 */
export function issueRecoveryShares(state: SandboxState, random: RandomSource = randomBytes, scheme: ShareScheme = GF256_SCHEME): void {
  const { participants, owners } = recoveryKeyHolders(state);
  // check before creating anything, so a failing issuance leaves the state untouched
  checkIssuable(participants.length, owners.length, state.service.config.recoveryThreshold);
  const ledgerSecret = ledgerSecretOf(state, random);
  const issued = computeRecoveryShares({
    participants,
    owners,
    threshold: state.service.config.recoveryThreshold,
    ledgerSecret,
    random,
  }, scheme);
  state.recovery.encryptedShares = issued.encryptedShares;
  state.recovery.wrappedLedgerSecret = issued.wrappedLedgerSecret;
}

/** True when a submitted raw share is an owner's full key (x = 0, right length), as `ShareManager::is_full_key`. */
export function isFullKey(rawShare: Uint8Array, scheme: ShareScheme = GF256_SCHEME): boolean {
  return rawShare.length === scheme.shareBytes && scheme.indexOf(rawShare) === 0;
}

/**
 * Reassemble the wrapping key from submitted raw shares and unwrap the ledger secret (CCF
 * `combine_from_encrypted_submitted_shares` + `unwrap`). Throws `RecoveryShareError` on any failure.
 */
export function recoverLedgerSecret(submitted: readonly Uint8Array[], threshold: number, wrappedLedgerSecret: Uint8Array, scheme: ShareScheme = GF256_SCHEME): Buffer {
  const partial: Uint8Array[] = [];
  let full: Uint8Array | undefined;
  for (const raw of submitted) {
    if (raw.length !== scheme.shareBytes) {
      throw new RecoveryShareError(
        `Error combining recovery shares: decrypted share of ${raw.length} bytes is not an ${scheme.shareBytes}-byte long new-style share.`,
      );
    }
    if (scheme.indexOf(raw) === 0) {
      full = raw;
      break;
    }
    partial.push(raw);
  }
  if (!full && threshold > partial.length) {
    throw new RecoveryShareError(
      `Error combining recovery shares: only ${partial.length} recovery shares were submitted but recovery threshold is ${threshold}`,
    );
  }
  let key: Uint8Array;
  try {
    // as CCF: shares beyond the threshold are ignored
    key = scheme.keyFrom(full, partial.slice(0, threshold), threshold);
  } catch (err) {
    throw new RecoveryShareError((err as Error).message);
  }
  try {
    return unwrapLedgerSecret(key, wrappedLedgerSecret);
  } finally {
    key.fill(0);
  }
}
