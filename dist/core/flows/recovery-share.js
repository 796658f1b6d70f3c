import { constants, privateDecrypt } from "node:crypto";
import { InputError } from "../errors.js";
import { loadPrivateKey } from "../identity/index.js";
import { RefusedError } from "./errors.js";
import { reporter } from "./progress.js";
/**
 * Fetches this member's encrypted recovery share, decrypts it in memory (RSA-OAEP, SHA-256 for OAEP and
 * MGF1, no label) and submits it. The plaintext never touches disk and is zeroed after sending.
 */
export async function submitRecoveryShare(client, options) {
    const emit = reporter(options.onProgress);
    const memberId = options.signer.memberId;
    const input = options.encryptionKeyInput ?? "encryption private key";
    const key = loadPrivateKey(options.encryptionPrivateKeyPem, input);
    if (key.asymmetricKeyType !== "rsa")
        throw new InputError(input, `must be an RSA key (got ${key.asymmetricKeyType})`);
    const service = await client.getServiceInfo();
    if (service.status !== "WaitingForRecoveryShares") {
        emit({ step: "not-waiting-for-shares", message: `the service is ${service.status}, not waiting for recovery shares; nothing submitted`, memberId });
        return { memberId, submitted: false, serviceStatus: service.status };
    }
    const encrypted = await client.getEncryptedShare(memberId);
    if (!encrypted)
        throw new RefusedError(`the service holds no recovery share for member ${memberId} (is it an active recovery member?)`);
    emit({ step: "share-fetched", message: `fetched the encrypted share of ${memberId}`, memberId });
    let share;
    try {
        share = privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, Buffer.from(encrypted.encryptedShare, "base64"));
    }
    catch {
        throw new InputError(input, `does not decrypt the recovery share of member ${memberId} (is it this member's encryption key?)`);
    }
    try {
        const written = await client.submitRecoveryShare(options.signer, share);
        emit({ step: "share-submitted", message: written.value.message, memberId, transactionId: written.transactionId });
        return { memberId, submitted: true, serviceStatus: service.status, result: written.value };
    }
    finally {
        share.fill(0);
    }
}
