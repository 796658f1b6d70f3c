import { type KeyObject } from "node:crypto";
/** The smallest RSA modulus CCF's constitution accepts for a recovery member's encryption key. */
export declare const MIN_ENCRYPTION_KEY_BITS = 2048;
export interface EncryptionPublicKey {
    publicKey: KeyObject;
    /** SubjectPublicKeyInfo PEM (`-----BEGIN PUBLIC KEY-----`), what CCF stores as `encryption_pub_key`. */
    publicKeyPem: string;
    bits: number;
}
/**
 * Loads a recovery member's RSA encryption public key: SPKI (`PUBLIC KEY`) or PKCS#1 (`RSA PUBLIC KEY`),
 * normalized to SPKI PEM. Refuses non-RSA keys (UNSUPPORTED_KEY), private keys and moduli < 2048 bits.
 */
export declare function loadEncryptionPublicKey(pem: string | Buffer, input: string): EncryptionPublicKey;
export interface EncryptionKeyPair {
    /** SubjectPublicKeyInfo PEM. */
    publicKeyPem: string;
    /** PKCS#8 PEM. */
    privateKeyPem: string;
}
/** A recovery member's RSA encryption key pair (2048 bits by default; fewer refused). */
export declare function generateEncryptionKeyPair(options?: {
    bits?: number;
}): Promise<EncryptionKeyPair>;
