import { type KeyObject, type X509Certificate } from "node:crypto";
/**
 * Throws an InputError (code KEY_MISMATCH) naming both inputs when `key` is not the private key of
 * `cert`'s public key.
 */
export declare function assertKeyMatchesCertificate(key: KeyObject, cert: X509Certificate, names: {
    keyInput: string;
    certInput: string;
}): void;
