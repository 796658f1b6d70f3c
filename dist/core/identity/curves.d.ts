import { X509Certificate, type KeyObject } from "node:crypto";
/** The EC curves CCF governance accepts for member identities (microsoft/CCF python/src/ccf/cose.py). */
export type Curve = "secp256r1" | "secp384r1" | "secp521r1";
export declare const CURVES: readonly Curve[];
/** COSE algorithm names for ECDSA over the accepted curves. */
export type CoseAlgorithm = "ES256" | "ES384" | "ES512";
export type HashName = "sha256" | "sha384" | "sha512";
export declare function isCurve(value: string): value is Curve;
/** ES256 for secp256r1, ES384 for secp384r1, ES512 for secp521r1. */
export declare function algorithmForCurve(curve: Curve): CoseAlgorithm;
/** The digest an algorithm signs with: sha256/sha384/sha512 (node:crypto names). */
export declare function hashForAlgorithm(algorithm: CoseAlgorithm): HashName;
/** The digest that goes with a curve (the same as `hashForAlgorithm(algorithmForCurve(curve))`). */
export declare function hashForCurve(curve: Curve): HashName;
export declare function curveForAlgorithm(algorithm: CoseAlgorithm): Curve;
/** The WebCrypto `namedCurve` of a curve (P-256, P-384, P-521). */
export declare function webCryptoCurve(curve: Curve): "P-256" | "P-384" | "P-521";
/**
 * The curve of an EC key (private or public) or of a certificate's public key. Anything CCF governance
 * cannot sign with (RSA, Ed25519, secp256k1, ...) is an InputError with code UNSUPPORTED_KEY naming `input`.
 */
export declare function curveOf(keyOrCert: KeyObject | X509Certificate, input: string): Curve;
