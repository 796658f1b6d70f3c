import { type CoseAlgorithm, type HashName } from "../identity/index.js";
/**
 * What the envelope needs to know about each algorithm CCF governance accepts (reference §1.2): ECDSA only,
 * alg chosen by the key's curve (core/identity `algorithmForCurve`), digest chosen by alg.
 */
export interface AlgorithmInfo {
    readonly name: CoseAlgorithm;
    /** COSE algorithm identifier (RFC 9053): ES256 -7, ES384 -35, ES512 -36. */
    readonly coseId: -7 | -35 | -36;
    /** node:crypto / openssl digest name. */
    readonly hash: HashName;
    /** Length of a raw r||s (IEEE P1363) signature: twice the curve's coordinate size (32/48/66). */
    readonly signatureBytes: 64 | 96 | 132;
    readonly digestBytes: 32 | 48 | 64;
}
export declare function isCoseAlgorithm(value: unknown): value is CoseAlgorithm;
export declare function algorithmInfo(algorithm: CoseAlgorithm, input?: string): AlgorithmInfo;
/** The algorithm for a COSE alg id, or undefined for anything CCF governance does not accept. */
export declare function algorithmFromCoseId(id: number): CoseAlgorithm | undefined;
/**
 * The digest an external signer (Azure Key Vault, an HSM) signs: the alg's hash of the Sig_structure.
 * Always the alg's hash, never the certificate's own signature hash (CCF's prepare tool uses the latter,
 * which is wrong for e.g. a P-384 key in a SHA-256-signed certificate).
 */
export declare function digestFor(algorithm: CoseAlgorithm, toBeSigned: Uint8Array): Uint8Array;
