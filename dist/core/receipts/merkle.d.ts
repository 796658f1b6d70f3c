import type { LeafComponents, ProofStep } from "./model.js";
/** The leaf digest of a transaction from its receipt's leaf components. */
export declare function leafDigest(components: LeafComponents): Buffer;
/** The root reached from `leaf` through `proof` (leaf to root order). */
export declare function rootFromProof(leaf: Buffer, proof: readonly ProofStep[]): Buffer;
