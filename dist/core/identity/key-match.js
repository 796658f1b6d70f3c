import { createPublicKey } from "node:crypto";
import { InputError } from "../errors.js";
/**
 * Throws an InputError (code KEY_MISMATCH) naming both inputs when `key` is not the private key of
 * `cert`'s public key.
 */
export function assertKeyMatchesCertificate(key, cert, names) {
    const publicKey = key.type === "private" ? createPublicKey(key) : key;
    if (!publicKey.equals(cert.publicKey)) {
        throw new InputError(names.keyInput, `does not match the certificate ${names.certInput} (its public key differs from the certificate's)`, "KEY_MISMATCH");
    }
}
