import { X509Certificate } from "node:crypto";
import { InputError } from "../errors.js";
export const CURVES = ["secp256r1", "secp384r1", "secp521r1"];
const ALGORITHM = { secp256r1: "ES256", secp384r1: "ES384", secp521r1: "ES512" };
const HASH = { ES256: "sha256", ES384: "sha384", ES512: "sha512" };
const CURVE_OF_ALGORITHM = { ES256: "secp256r1", ES384: "secp384r1", ES512: "secp521r1" };
/** WebCrypto names, used when generating certificates. */
const NAMED_CURVE = { secp256r1: "P-256", secp384r1: "P-384", secp521r1: "P-521" };
/** OpenSSL's names for the curves, as node reports them in `asymmetricKeyDetails.namedCurve`. */
const FROM_OPENSSL = {
    prime256v1: "secp256r1",
    secp256r1: "secp256r1",
    "P-256": "secp256r1",
    secp384r1: "secp384r1",
    "P-384": "secp384r1",
    secp521r1: "secp521r1",
    "P-521": "secp521r1",
};
export function isCurve(value) {
    return CURVES.includes(value);
}
/** ES256 for secp256r1, ES384 for secp384r1, ES512 for secp521r1. */
export function algorithmForCurve(curve) {
    return ALGORITHM[curve];
}
/** The digest an algorithm signs with: sha256/sha384/sha512 (node:crypto names). */
export function hashForAlgorithm(algorithm) {
    return HASH[algorithm];
}
/** The digest that goes with a curve (the same as `hashForAlgorithm(algorithmForCurve(curve))`). */
export function hashForCurve(curve) {
    return HASH[ALGORITHM[curve]];
}
export function curveForAlgorithm(algorithm) {
    return CURVE_OF_ALGORITHM[algorithm];
}
/** The WebCrypto `namedCurve` of a curve (P-256, P-384, P-521). */
export function webCryptoCurve(curve) {
    return NAMED_CURVE[curve];
}
/**
 * The curve of an EC key (private or public) or of a certificate's public key. Anything CCF governance
 * cannot sign with (RSA, Ed25519, secp256k1, ...) is an InputError with code UNSUPPORTED_KEY naming `input`.
 */
export function curveOf(keyOrCert, input) {
    const key = keyOrCert instanceof X509Certificate ? keyOrCert.publicKey : keyOrCert;
    const type = key.asymmetricKeyType;
    if (type !== "ec") {
        throw new InputError(input, `holds ${describeKeyType(type)} key; CCF member identities must be EC keys on ${CURVES.join(", ")}`, "UNSUPPORTED_KEY");
    }
    const named = key.asymmetricKeyDetails?.namedCurve ?? "unknown";
    const curve = FROM_OPENSSL[named];
    if (!curve) {
        throw new InputError(input, `uses the EC curve ${named}, which CCF governance does not accept; use ${CURVES.join(", ")}`, "UNSUPPORTED_KEY");
    }
    return curve;
}
function describeKeyType(type) {
    switch (type) {
        case "rsa":
            return "an RSA";
        case "rsa-pss":
            return "an RSA-PSS";
        case "ed25519":
            return "an Ed25519";
        case "ed448":
            return "an Ed448";
        case "x25519":
            return "an X25519";
        case "x448":
            return "an X448";
        case "dsa":
            return "a DSA";
        case "dh":
            return "a DH";
        default:
            return `a ${type ?? "non-asymmetric"}`;
    }
}
