import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import { hashForAlgorithm } from "../identity/index.js";
const TABLE = Object.freeze({
    ES256: Object.freeze({ name: "ES256", coseId: -7, hash: hashForAlgorithm("ES256"), signatureBytes: 64, digestBytes: 32 }),
    ES384: Object.freeze({ name: "ES384", coseId: -35, hash: hashForAlgorithm("ES384"), signatureBytes: 96, digestBytes: 48 }),
    ES512: Object.freeze({ name: "ES512", coseId: -36, hash: hashForAlgorithm("ES512"), signatureBytes: 132, digestBytes: 64 }),
});
export function isCoseAlgorithm(value) {
    return value === "ES256" || value === "ES384" || value === "ES512";
}
export function algorithmInfo(algorithm, input = "algorithm") {
    if (!isCoseAlgorithm(algorithm)) {
        throw new InputError(input, `unsupported algorithm '${String(algorithm)}' (expected ES256, ES384 or ES512)`, "UNSUPPORTED_KEY");
    }
    return TABLE[algorithm];
}
/** The algorithm for a COSE alg id, or undefined for anything CCF governance does not accept. */
export function algorithmFromCoseId(id) {
    if (id === -7)
        return "ES256";
    if (id === -35)
        return "ES384";
    if (id === -36)
        return "ES512";
    return undefined;
}
/**
 * The digest an external signer (Azure Key Vault, an HSM) signs: the alg's hash of the Sig_structure.
 * Always the alg's hash, never the certificate's own signature hash (CCF's prepare tool uses the latter,
 * which is wrong for e.g. a P-384 key in a SHA-256-signed certificate).
 */
export function digestFor(algorithm, toBeSigned) {
    const { hash } = algorithmInfo(algorithm);
    return new Uint8Array(createHash(hash).update(toBeSigned).digest());
}
