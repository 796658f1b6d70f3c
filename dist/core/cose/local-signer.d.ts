import { type KeyObject } from "node:crypto";
import type { Signer } from "./signer.js";
export interface LocalSignerOptions {
    /** How errors name the key (a path or flag); default "private key". Never its content. */
    keyInput?: string;
    /** How errors name the certificate; default "certificate". */
    certInput?: string;
}
/**
 * A signer over a PEM private key held in this process (PKCS#8, SEC1 with or without `EC PARAMETERS`).
 * Refuses keys CCF cannot use (RSA, Ed25519, secp256k1, …) and a key that is not the certificate's. The
 * key is parsed once; each `sign` is one `crypto.sign` with the alg's hash in IEEE P1363 (r||s) form.
 */
export declare function localSigner(privateKeyPem: string | Buffer | KeyObject, certificatePem: string | Buffer, options?: LocalSignerOptions): Signer;
