/**
 * ECDSA over a 32-byte digest used as is ("prehashed"), as CCF signs Merkle roots (node key
 * `sign_hash(root)`) and python/src/ccf/receipt.py verifies them (`ECDSA(Prehashed(SHA256()))`).
 * node:crypto always hashes its input first, so this uses @noble/curves with `prehash: false`.
 * Signatures are DER. Curves: P-256, P-384, P-521 (CCF node identities are secp384r1).
 */
import { createPublicKey } from "node:crypto";
import { p256, p384, p521 } from "@noble/curves/nist";
const CURVES = { "P-256": p256, "P-384": p384, "P-521": p521 };
function curveOf(jwk, what) {
    const curve = jwk.kty === "EC" && jwk.crv ? CURVES[jwk.crv] : undefined;
    if (!curve)
        throw new Error(`${what} is not a P-256, P-384 or P-521 EC key`);
    return curve;
}
/** True when `derSignature` is a valid ECDSA signature of `digest` (used as is) by `publicKey`. */
export function verifyDigestSignature(publicKey, digest, derSignature) {
    const jwk = publicKey.export({ format: "jwk" });
    const curve = curveOf(jwk, "the signing key");
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, "base64url"), Buffer.from(jwk.y, "base64url")]);
    try {
        return curve.verify(derSignature, digest, point, { prehash: false, format: "der", lowS: false });
    }
    catch {
        return false;
    }
}
/** Deterministic (RFC 6979) DER ECDSA signature of `digest` (used as is) with `privateKey`. */
export function signDigest(privateKey, digest) {
    const jwk = privateKey.export({ format: "jwk" });
    const curve = curveOf(jwk, "the signing key");
    const d = Buffer.from(jwk.d, "base64url");
    return Buffer.from(curve.sign(digest, d, { prehash: false, lowS: false }).toDERRawBytes());
}
export function publicKeyOfCertificate(pem) {
    return createPublicKey(pem);
}
