/**
 * ECDSA over a 32-byte digest used as is ("prehashed"), as CCF signs Merkle roots (node key
 * `sign_hash(root)`) and python/src/ccf/receipt.py verifies them (`ECDSA(Prehashed(SHA256()))`).
 * node:crypto always hashes its input first, so this uses @noble/curves with `prehash: false`.
 * Signatures are DER. Curves: P-256, P-384, P-521 (CCF node identities are secp384r1).
 */
import { type KeyObject } from "node:crypto";
/** True when `derSignature` is a valid ECDSA signature of `digest` (used as is) by `publicKey`. */
export declare function verifyDigestSignature(publicKey: KeyObject, digest: Uint8Array, derSignature: Uint8Array): boolean;
/** Deterministic (RFC 6979) DER ECDSA signature of `digest` (used as is) with `privateKey`. */
export declare function signDigest(privateKey: KeyObject, digest: Uint8Array): Buffer;
export declare function publicKeyOfCertificate(pem: string): KeyObject;
