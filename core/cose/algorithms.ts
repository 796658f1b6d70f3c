import { quoteValue } from "../text/input-value.js";
import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import { hashForAlgorithm, type CoseAlgorithm, type HashName } from "../identity/curves.js";

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

const TABLE: Readonly<Record<CoseAlgorithm, AlgorithmInfo>> = Object.freeze({
  ES256: Object.freeze({ name: "ES256", coseId: -7, hash: hashForAlgorithm("ES256"), signatureBytes: 64, digestBytes: 32 }),
  ES384: Object.freeze({ name: "ES384", coseId: -35, hash: hashForAlgorithm("ES384"), signatureBytes: 96, digestBytes: 48 }),
  ES512: Object.freeze({ name: "ES512", coseId: -36, hash: hashForAlgorithm("ES512"), signatureBytes: 132, digestBytes: 64 }),
} as const);

export function isCoseAlgorithm(value: unknown): value is CoseAlgorithm {
  return value === "ES256" || value === "ES384" || value === "ES512";
}

export function algorithmInfo(algorithm: CoseAlgorithm, input = "algorithm"): AlgorithmInfo {
  if (!isCoseAlgorithm(algorithm)) {
    throw new InputError(input, `unsupported algorithm ${quoteValue(algorithm, 16)} (expected ES256, ES384 or ES512)`, "UNSUPPORTED_KEY");
  }
  return TABLE[algorithm];
}

/** The algorithm for a COSE alg id, or undefined for anything CCF governance does not accept. */
export function algorithmFromCoseId(id: number): CoseAlgorithm | undefined {
  if (id === -7) return "ES256";
  if (id === -35) return "ES384";
  if (id === -36) return "ES512";
  return undefined;
}

/**
 * The digest an external signer (Azure Key Vault, an HSM) signs: the alg's hash of the Sig_structure.
 * Always the alg's hash, never the certificate's own signature hash (CCF's prepare tool uses the latter,
 * which is wrong for e.g. a P-384 key in a SHA-256-signed certificate).
 */
export function digestFor(algorithm: CoseAlgorithm, toBeSigned: Uint8Array): Uint8Array {
  const { hash } = algorithmInfo(algorithm);
  return new Uint8Array(createHash(hash).update(toBeSigned).digest());
}
