/**
 * CCF's receipt Merkle arithmetic (doc/use_apps/verify_tx.rst; python/src/ccf/receipt.py `root`):
 *   leaf = SHA-256(write_set_digest || SHA-256(commit_evidence) || claims_digest)
 *   fold the proof: {"left": l} → SHA-256(l || current), {"right": r} → SHA-256(current || r)
 * Nodes are plain SHA-256 of the two children (no RFC 6962 domain prefixes).
 */
import { createHash } from "node:crypto";
import type { LeafComponents, ProofStep } from "./model.js";

const NO_CLAIMS = Buffer.alloc(32);

function sha256(...parts: Buffer[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}

/** The leaf digest of a transaction from its receipt's leaf components. */
export function leafDigest(components: LeafComponents): Buffer {
  const claims = components.claims_digest === undefined ? NO_CLAIMS : Buffer.from(components.claims_digest, "hex");
  return sha256(Buffer.from(components.write_set_digest, "hex"), sha256(Buffer.from(components.commit_evidence, "utf8")), claims);
}

/** The root reached from `leaf` through `proof` (leaf to root order). */
export function rootFromProof(leaf: Buffer, proof: readonly ProofStep[]): Buffer {
  let current = leaf;
  for (const step of proof) {
    current = "left" in step ? sha256(Buffer.from(step.left, "hex"), current) : sha256(current, Buffer.from(step.right, "hex"));
  }
  return current;
}
