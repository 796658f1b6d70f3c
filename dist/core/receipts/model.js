/**
 * CCF's JSON receipt (GET /node/receipt, `describe_receipt_v1` in microsoft/CCF
 * src/node/historical_queries_adapter.cpp), parsed strictly and bounded:
 *
 *   signature             base64 of a DER ECDSA signature over the Merkle root (prehashed SHA-256)
 *   proof                 [{"left": hex} | {"right": hex}], leaf to root
 *   node_id               hex SHA-256 of the signing node's public key (DER)
 *   cert                  PEM of the signing node's certificate
 *   leaf_components       {write_set_digest: hex, commit_evidence: "ce:V.S:hex", claims_digest?: hex}
 *   leaf                  instead of leaf_components for a signature transaction: the signed root (hex)
 *   service_endorsements  PEMs endorsing the node's issuer by the current service identity (after recovery)
 *
 * `claims_digest` is emitted only when the transaction set claims; absent, the leaf uses 32 zero bytes.
 */
import { ReceiptMalformedError } from "./errors.js";
const HEX32 = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const COMMIT_EVIDENCE = /^ce:(\d{1,15})\.(\d{1,15}):([0-9a-f]{64})$/;
const MAX_PROOF = 128; // a tree of 2^128 leaves: far beyond any ledger
const MAX_PEM = 16 * 1024;
const MAX_ENDORSEMENTS = 16;
const MAX_SIGNATURE_B64 = 256; // DER ECDSA P-521 is 139 bytes
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function hex32(input, field, v) {
    if (typeof v !== "string" || !HEX32.test(v))
        throw new ReceiptMalformedError(input, field, "must be 64 lowercase hex characters (a SHA-256 digest)");
    return v;
}
function pem(input, field, v) {
    if (typeof v !== "string" || v.length > MAX_PEM || !/^-----BEGIN CERTIFICATE-----\r?\n[\s\S]*-----END CERTIFICATE-----\s*$/.test(v)) {
        throw new ReceiptMalformedError(input, field, `must be one PEM certificate (at most ${MAX_PEM} characters)`);
    }
    return v;
}
/** `ce:<view>.<seqno>:<hex>` → the transaction id it names, or undefined when it is not in that form. */
export function transactionIdOfCommitEvidence(commitEvidence) {
    const m = COMMIT_EVIDENCE.exec(commitEvidence);
    return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}
/** Validates `value` as CCF's JSON receipt; `input` names where it came from (a file, a node reply). */
export function parseReceipt(value, input = "receipt") {
    if (!isObject(value))
        throw new ReceiptMalformedError(input, "receipt", "must be a JSON object");
    const signature = value.signature;
    if (typeof signature !== "string" || signature.length > MAX_SIGNATURE_B64 || !BASE64.test(signature)) {
        throw new ReceiptMalformedError(input, "signature", "must be base64 (a DER ECDSA signature)");
    }
    if (!Array.isArray(value.proof) || value.proof.length > MAX_PROOF) {
        throw new ReceiptMalformedError(input, "proof", `must be an array of at most ${MAX_PROOF} steps`);
    }
    const proof = value.proof.map((step, i) => {
        const field = `proof[${i}]`;
        if (!isObject(step))
            throw new ReceiptMalformedError(input, field, 'must be {"left": hex} or {"right": hex}');
        const keys = Object.keys(step);
        if (keys.length !== 1 || (keys[0] !== "left" && keys[0] !== "right")) {
            throw new ReceiptMalformedError(input, field, 'must have exactly one of "left" or "right"');
        }
        return keys[0] === "left" ? { left: hex32(input, `${field}.left`, step.left) } : { right: hex32(input, `${field}.right`, step.right) };
    });
    const nodeId = hex32(input, "node_id", value.node_id);
    const cert = pem(input, "cert", value.cert);
    const out = { signature, proof, node_id: nodeId, cert };
    const hasLeaf = value.leaf !== undefined;
    const hasComponents = value.leaf_components !== undefined;
    if (hasLeaf === hasComponents)
        throw new ReceiptMalformedError(input, "receipt", "must have exactly one of 'leaf' or 'leaf_components'");
    if (hasComponents) {
        const c = value.leaf_components;
        if (!isObject(c))
            throw new ReceiptMalformedError(input, "leaf_components", "must be an object");
        const ce = c.commit_evidence;
        if (typeof ce !== "string" || transactionIdOfCommitEvidence(ce) === undefined) {
            throw new ReceiptMalformedError(input, "leaf_components.commit_evidence", "must be CCF commit evidence 'ce:<view>.<seqno>:<64 hex>'");
        }
        out.leaf_components = { write_set_digest: hex32(input, "leaf_components.write_set_digest", c.write_set_digest), commit_evidence: ce };
        if (c.claims_digest !== undefined)
            out.leaf_components.claims_digest = hex32(input, "leaf_components.claims_digest", c.claims_digest);
    }
    else {
        out.leaf = hex32(input, "leaf", value.leaf);
    }
    if (value.service_endorsements !== undefined) {
        const e = value.service_endorsements;
        if (!Array.isArray(e) || e.length > MAX_ENDORSEMENTS) {
            throw new ReceiptMalformedError(input, "service_endorsements", `must be an array of at most ${MAX_ENDORSEMENTS} PEM certificates`);
        }
        out.service_endorsements = e.map((p, i) => pem(input, `service_endorsements[${i}]`, p));
    }
    return out;
}
/** Parses receipt JSON text (a file, a node reply); syntax errors name `input`. */
export function parseReceiptJson(text, input = "receipt") {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new ReceiptMalformedError(input, "receipt", `is not JSON (${err.message})`);
    }
    return parseReceipt(value, input);
}
