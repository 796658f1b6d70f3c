/**
 * Default-constitution rules that CCF added in a patch release, one function per rule, each on only for
 * the profiles whose release has it (sandbox/profile.ts). sandbox/constitution.ts calls them at the
 * places CCF's samples/constitutions/default/actions.js does; a JavaScript port of the constitution
 * adds the same checks to its `set_member`, `remove_member`, `set_recovery_threshold`,
 * `trigger_recovery_shares_refresh` and `trigger_ledger_rekey` actions for profile 7 only.
 *
 * Texts are CCF's (actions.js of the release that introduced them; see docs/fidelity.md).
 */
import { createPublicKey } from "node:crypto";
import { pemBlocks } from "../core/identity/index.js";
import { ConstitutionError } from "./constitution-error.js";
import type { Profile } from "./profile.js";
import type { SandboxState } from "./state.js";

// --- 7.0.5 (#7924): set_member.encryption_pub_key must be a well-formed RSA public key ----------------
//
// actions.js, set_member validate:
//   if (args.encryption_pub_key !== null && args.encryption_pub_key !== undefined)
//     checkRsaPublicKey(ccf.crypto.pubRsaPemToJwk(args.encryption_pub_key), "encryption_pub_key");
// pubRsaPemToJwk throws InternalError "Failed to convert pem to jwk: invalid RSA key" when the PEM holds
// no RSA SubjectPublicKeyInfo (RSAPublicKey_OpenSSL: PEM_read_bio_PUBKEY + EVP_PKEY_get0_RSA), and
// checkRsaPublicKey refuses a modulus under 256 bytes: "<field>.n must be at least 2048 bits".

/** The modulus length in bytes of the RSA key in a PEM "PUBLIC KEY" block, or undefined if there is none. */
function rsaModulusBytes(pem: string): number | undefined {
  const block = pemBlocks(pem).find((b) => b.label === "PUBLIC KEY");
  if (!block) return undefined;
  try {
    const key = createPublicKey(block.pem);
    if (key.asymmetricKeyType !== "rsa") return undefined;
    return Math.ceil((key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
  } catch {
    return undefined;
  }
}

/** 7.0.5+: `encryption_pub_key`, when given, is an RSA public key of at least 2048 bits. */
export function checkEncryptionPubKey(profile: Profile, encryptionPubKey: unknown): void {
  if (!profile.rsaEncryptionKeyCheck) return;
  if (encryptionPubKey === null || encryptionPubKey === undefined) return;
  const bytes = typeof encryptionPubKey === "string" ? rsaModulusBytes(encryptionPubKey) : undefined;
  if (bytes === undefined) throw new ConstitutionError("Failed to convert pem to jwk: invalid RSA key", "validate", "InternalError");
  if (bytes < 256) throw new ConstitutionError("encryption_pub_key.n must be at least 2048 bits", "checkRsaPublicKey");
}

// --- 7.0.7 (#7980): no recovery-member, threshold, share or rekey changes while recovering ------------
//
// actions.js: isServiceRecovering() = status "Recovering" or "WaitingForRecoveryShares";
//   checkRecoveryMemberChange(memberId, hasInputEncryptionKey): "Cannot change recovery members during recovery"
//     (set_member validate+apply with the key given or the member already holding one; remove_member
//     validate+apply for a member holding one);
//   checkRecoverySharesChange(): "Cannot change the recovery threshold, refresh recovery shares, or rekey
//     the ledger during recovery" (set_recovery_threshold, trigger_recovery_shares_refresh,
//     trigger_ledger_rekey; validate and apply).

function isServiceRecovering(state: SandboxState): boolean {
  const status = state.service.status;
  return status === "Recovering" || status === "WaitingForRecoveryShares";
}

/** 7.0.7+: while recovering, a member with an encryption key (given or stored) cannot be set or removed. */
export function checkRecoveryMemberChange(profile: Profile, state: SandboxState, memberId: string, hasInputEncryptionKey: boolean): void {
  if (!profile.recoveryChangesRefused || !isServiceRecovering(state)) return;
  const stored = Object.prototype.hasOwnProperty.call(state.members, memberId) && state.members[memberId]!.encryptionPublicKeyPem !== undefined;
  if (hasInputEncryptionKey || stored) throw new ConstitutionError("Cannot change recovery members during recovery", "checkRecoveryMemberChange");
}

/** 7.0.7+: while recovering, no threshold change, share refresh or ledger rekey. */
export function checkRecoverySharesChange(profile: Profile, state: SandboxState): void {
  if (!profile.recoveryChangesRefused || !isServiceRecovering(state)) return;
  throw new ConstitutionError(
    "Cannot change the recovery threshold, refresh recovery shares, or rekey the ledger during recovery",
    "checkRecoverySharesChange",
  );
}
