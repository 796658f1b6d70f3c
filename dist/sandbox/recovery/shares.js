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
 */
import { constants, createCipheriv, createDecipheriv, publicEncrypt, randomBytes } from "node:crypto";
import { CcfConsortiumError } from "../../core/errors.js";
import { combine, decodeShare, encodeShare, fullKeyShare, split } from "../shamir.js";
import { effectiveRecoveryRole } from "../state.js";
export const WRAPPING_KEY_BYTES = 32;
export const LEDGER_SECRET_BYTES = 32;
const GCM_IV = new Uint8Array(12); // zero IV: each wrapping key encrypts once
const GCM_TAG_BYTES = 16;
/** An issuance or reassembly failure; `message` is CCF's text (logic_error in ShareManager). */
export class RecoveryShareError extends CcfConsortiumError {
    constructor(message) {
        super("INTERNAL", message);
    }
}
/** The checks and texts of CCF 6.x `shuffle_recovery_shares` (5.x: the same without owners). */
export function checkIssuable(participants, owners, threshold) {
    if (participants === 0 && owners === 0) {
        throw new RecoveryShareError("There should be at least one active recovery member to issue recovery shares");
    }
    if (threshold === 0) {
        throw new RecoveryShareError("Recovery threshold should be set before recovery shares are computed");
    }
    if (participants > 0) {
        if (threshold > participants) {
            throw new RecoveryShareError(`Recovery threshold ${threshold} should be equal to or less than the number of active recovery members ${participants}`);
        }
        return participants;
    }
    if (threshold > 1) {
        throw new RecoveryShareError(`Recovery threshold ${threshold} cannot be greater than 1 when the consortium consists of only active recovery owner members (${owners})`);
    }
    return 1;
}
export function rsaOaepEncrypt(publicKeyPem, data) {
    return publicEncrypt({ key: publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, data);
}
export function wrapLedgerSecret(wrappingKey, ledgerSecret) {
    const cipher = createCipheriv("aes-256-gcm", wrappingKey, GCM_IV);
    return Buffer.concat([cipher.update(ledgerSecret), cipher.final(), cipher.getAuthTag()]);
}
/** Throws CCF's "Unwrapping latest ledger secret failed" when the key is not the one that wrapped. */
export function unwrapLedgerSecret(wrappingKey, wrapped) {
    if (wrappingKey.length !== WRAPPING_KEY_BYTES || wrapped.length <= GCM_TAG_BYTES) {
        throw new RecoveryShareError("Unwrapping latest ledger secret failed");
    }
    try {
        const decipher = createDecipheriv("aes-256-gcm", wrappingKey, GCM_IV);
        decipher.setAuthTag(wrapped.subarray(wrapped.length - GCM_TAG_BYTES));
        return Buffer.concat([decipher.update(wrapped.subarray(0, wrapped.length - GCM_TAG_BYTES)), decipher.final()]);
    }
    catch {
        throw new RecoveryShareError("Unwrapping latest ledger secret failed");
    }
}
/** Pure issuance: a fresh wrapping key, split, serialized and encrypted per member. */
export function computeRecoveryShares(input) {
    const owners = input.owners ?? [];
    const random = input.random ?? randomBytes;
    const n = checkIssuable(input.participants.length, owners.length, input.threshold);
    const wrappingKey = Uint8Array.from(random(WRAPPING_KEY_BYTES));
    try {
        const shares = split(wrappingKey, input.threshold, n, random);
        const encryptedShares = {};
        const participants = [...input.participants].sort((a, b) => a.memberId.localeCompare(b.memberId));
        participants.forEach((p, i) => {
            const raw = encodeShare(shares[i]);
            encryptedShares[p.memberId] = rsaOaepEncrypt(p.encryptionPublicKeyPem, raw).toString("base64");
            raw.fill(0);
        });
        if (owners.length > 0) {
            const raw = encodeShare(fullKeyShare(wrappingKey));
            for (const o of owners)
                encryptedShares[o.memberId] = rsaOaepEncrypt(o.encryptionPublicKeyPem, raw).toString("base64");
            raw.fill(0);
        }
        for (const s of shares)
            s.y.fill(0);
        return { wrappedLedgerSecret: wrapLedgerSecret(wrappingKey, input.ledgerSecret).toString("base64"), encryptedShares };
    }
    finally {
        wrappingKey.fill(0);
    }
}
/** Active recovery participants and owners of `state`, by CCF's rules (role absent = Participant). */
export function recoveryKeyHolders(state) {
    const participants = [];
    const owners = [];
    for (const [memberId, m] of Object.entries(state.members)) {
        if (m.status !== "Active" || m.encryptionPublicKeyPem === undefined)
            continue;
        const role = effectiveRecoveryRole(m);
        const holder = { memberId, encryptionPublicKeyPem: m.encryptionPublicKeyPem };
        if (role === "Owner")
            owners.push(holder);
        else if (role === "Participant")
            participants.push(holder);
    }
    return { participants, owners };
}
/** The ledger secret held by the running service, created on first use. */
export function ledgerSecretOf(state, random = randomBytes) {
    const current = state.recovery.ledgerSecret;
    if (typeof current === "string" && current.length > 0)
        return Buffer.from(current, "base64");
    const fresh = Buffer.from(random(LEDGER_SECRET_BYTES));
    state.recovery.ledgerSecret = fresh.toString("base64");
    return fresh;
}
/**
 * Re-issue shares for every Active recovery member of `state` (CCF `shuffle_recovery_shares`). Mutates
 * `state.recovery` only when issuance succeeds; throws `RecoveryShareError` with CCF's text otherwise.
 */
export function issueRecoveryShares(state, random = randomBytes) {
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
    });
    state.recovery.encryptedShares = issued.encryptedShares;
    state.recovery.wrappedLedgerSecret = issued.wrappedLedgerSecret;
}
/** True when a submitted raw share is an owner's full key (x = 0, right length), as `ShareManager::is_full_key`. */
export function isFullKey(rawShare) {
    return rawShare.length === WRAPPING_KEY_BYTES + 1 && rawShare[0] === 0;
}
/**
 * Reassemble the wrapping key from submitted raw shares and unwrap the ledger secret (CCF
 * `combine_from_encrypted_submitted_shares` + `unwrap`). Throws `RecoveryShareError` on any failure.
 */
export function recoverLedgerSecret(submitted, threshold, wrappedLedgerSecret) {
    const shares = [];
    let full;
    for (const raw of submitted) {
        if (raw.length !== WRAPPING_KEY_BYTES + 1) {
            throw new RecoveryShareError(`Error combining recovery shares: decrypted share of ${raw.length} bytes is not an ${WRAPPING_KEY_BYTES + 1}-byte long new-style share.`);
        }
        const share = decodeShare(raw, WRAPPING_KEY_BYTES);
        if (share.x === 0) {
            full = share;
            break;
        }
        shares.push(share);
    }
    let key;
    if (full) {
        key = combine([full]);
    }
    else {
        if (threshold > shares.length) {
            throw new RecoveryShareError(`Error combining recovery shares: only ${shares.length} recovery shares were submitted but recovery threshold is ${threshold}`);
        }
        try {
            // as CCF: shares beyond the threshold are ignored
            key = combine(shares.slice(0, threshold));
        }
        catch (err) {
            throw new RecoveryShareError(err.message);
        }
    }
    try {
        return unwrapLedgerSecret(key, wrappedLedgerSecret);
    }
    finally {
        key.fill(0);
    }
}
