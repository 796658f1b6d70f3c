import { CcfConsortiumError } from "../../core/errors.js";
import { type RandomSource } from "../shamir.js";
import { type SandboxState } from "../state.js";
export declare const WRAPPING_KEY_BYTES = 32;
export declare const LEDGER_SECRET_BYTES = 32;
/** An issuance or reassembly failure; `message` is CCF's text (logic_error in ShareManager). */
export declare class RecoveryShareError extends CcfConsortiumError {
    constructor(message: string);
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
export declare function checkIssuable(participants: number, owners: number, threshold: number): number;
export declare function rsaOaepEncrypt(publicKeyPem: string, data: Uint8Array): Buffer;
export declare function wrapLedgerSecret(wrappingKey: Uint8Array, ledgerSecret: Uint8Array): Buffer;
/** Throws CCF's "Unwrapping latest ledger secret failed" when the key is not the one that wrapped. */
export declare function unwrapLedgerSecret(wrappingKey: Uint8Array, wrapped: Uint8Array): Buffer;
/** Pure issuance: a fresh wrapping key, split, serialized and encrypted per member. */
export declare function computeRecoveryShares(input: ShareIssuanceInput): IssuedShares;
/** Active recovery participants and owners of `state`, by CCF's rules (role absent = Participant). */
export declare function recoveryKeyHolders(state: SandboxState): {
    participants: RecoveryKeyHolder[];
    owners: RecoveryKeyHolder[];
};
/** The ledger secret held by the running service, created on first use. */
export declare function ledgerSecretOf(state: SandboxState, random?: RandomSource): Uint8Array;
/**
 * Re-issue shares for every Active recovery member of `state` (CCF `shuffle_recovery_shares`). Mutates
 * `state.recovery` only when issuance succeeds; throws `RecoveryShareError` with CCF's text otherwise.
 */
export declare function issueRecoveryShares(state: SandboxState, random?: RandomSource): void;
/** True when a submitted raw share is an owner's full key (x = 0, right length), as `ShareManager::is_full_key`. */
export declare function isFullKey(rawShare: Uint8Array): boolean;
/**
 * Reassemble the wrapping key from submitted raw shares and unwrap the ledger secret (CCF
 * `combine_from_encrypted_submitted_shares` + `unwrap`). Throws `RecoveryShareError` on any failure.
 */
export declare function recoverLedgerSecret(submitted: readonly Uint8Array[], threshold: number, wrappedLedgerSecret: Uint8Array): Buffer;
