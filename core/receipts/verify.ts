/**
 * Offline receipt verification, CCF's documented algorithm (doc/use_apps/verify_tx.rst "Receipt
 * Verification"; python/src/ccf/receipt.py `root`, `verify`, `check_endorsements`):
 *   1-2. leaf from leaf_components (or `leaf` for a signature transaction);
 *   3.   root from the proof;
 *   4.   the signature over the root verifies with the key of `cert`, and `node_id` names that key;
 *   5.   `cert` is endorsed by the service certificate: each certificate of the chain
 *        cert → service_endorsements[0] → … → service certificate is signed by the next one's key.
 * Needs only the service certificate; never the network.
 */
import { createHash, X509Certificate } from "node:crypto";
import { InputError } from "../errors.js";
import { verifyDigestSignature } from "./ecdsa.js";
import { ReceiptInvalidError } from "./errors.js";
import { leafDigest, rootFromProof } from "./merkle.js";
import { parseReceipt, transactionIdOfCommitEvidence, type Receipt } from "./model.js";

export interface VerifyReceiptOptions {
  /** The transaction the receipt must be for ("view.seqno"); checked against the commit evidence. */
  transactionId?: string;
  /** Names the receipt in error messages (a file path). */
  input?: string;
}

export interface VerifiedReceipt {
  /** From the commit evidence; undefined for a signature transaction's receipt (it carries only the root). */
  transactionId: string | undefined;
  /** The signed Merkle root (hex). */
  root: string;
  nodeId: string;
  /** How many service endorsements the chain went through (0: the service certificate issued the node's). */
  endorsements: number;
  signatureTransaction: boolean;
}

function certificate(pem: string, what: string, input: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch (err) {
    throw new InputError(input, `${what} is not a readable X.509 certificate (${(err as Error).message})`);
  }
}

/** Verifies `receipt` (parsed or raw JSON value) against the service certificate; throws a typed error. */
export function verifyReceipt(receipt: Receipt | unknown, serviceCertificatePem: string, options: VerifyReceiptOptions = {}): VerifiedReceipt {
  const input = options.input ?? "receipt";
  const r = parseReceipt(receipt, input);
  const service = certificate(serviceCertificatePem, "the service certificate", "service certificate");
  const node = certificate(r.cert, "cert", input);

  let transactionId: string | undefined;
  let leaf: Buffer;
  if (r.leaf_components) {
    transactionId = transactionIdOfCommitEvidence(r.leaf_components.commit_evidence);
    leaf = leafDigest(r.leaf_components);
  } else {
    leaf = Buffer.from(r.leaf!, "hex");
  }
  if (options.transactionId !== undefined && transactionId !== undefined && transactionId !== options.transactionId) {
    throw new ReceiptInvalidError("transaction-id", `${input}: the commit evidence is for transaction ${transactionId}, not ${options.transactionId}`);
  }

  const nodeKeyDer = node.publicKey.export({ type: "spki", format: "der" });
  if (createHash("sha256").update(nodeKeyDer).digest("hex") !== r.node_id) {
    throw new ReceiptInvalidError("node-id", `${input}: node_id ${r.node_id.slice(0, 16)}… is not the SHA-256 of cert's public key`);
  }

  const root = rootFromProof(leaf, r.proof);
  if (!verifyDigestSignature(node.publicKey, root, Buffer.from(r.signature, "base64"))) {
    throw new ReceiptInvalidError("signature", `${input}: the signature does not verify over the recomputed root ${root.toString("hex").slice(0, 16)}… with the node certificate`);
  }

  const chain = [node, ...(r.service_endorsements ?? []).map((p, i) => certificate(p, `service_endorsements[${i}]`, input)), service];
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!chain[i]!.verify(chain[i + 1]!.publicKey)) {
      const endorsee = i === 0 ? "cert" : `service_endorsements[${i - 1}]`;
      const endorser = i + 1 === chain.length - 1 ? "the service certificate" : `service_endorsements[${i}]`;
      throw new ReceiptInvalidError("endorsement", `${input}: ${endorsee} is not endorsed by ${endorser}${r.service_endorsements ? "" : " (a receipt from before a recovery needs service_endorsements)"}`);
    }
  }

  return { transactionId, root: root.toString("hex"), nodeId: r.node_id, endorsements: chain.length - 2, signatureTransaction: r.leaf !== undefined };
}
