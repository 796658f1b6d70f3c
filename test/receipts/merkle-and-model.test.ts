/**
 * The sandbox's Merkle tree against core/receipts' proof folding and the independent verifier's, for every
 * leaf of trees of 1..40 leaves; and the receipt parser's errors, field by field.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MerkleTree } from "../../sandbox/history/index.js";
import { parseReceipt, parseReceiptJson, rootFromProof, leafDigest, checkTransactionId } from "../../core/receipts/index.js";

const h = (s: string) => createHash("sha256").update(s).digest();

describe("Merkle tree and proofs", () => {
  it("every inclusion path folds to the root of the tree it was cut from", () => {
    const tree = new MerkleTree();
    expect(tree.root()).toEqual(Buffer.alloc(32));
    for (let n = 1; n <= 40; n++) {
      tree.append(h(`leaf ${n}`));
      expect(tree.root()).toEqual(tree.rootOf(n));
      for (let i = 0; i < n; i++) {
        const path = tree.path(i, n).map((s) => ("left" in s ? { left: s.left.toString("hex") } : { right: s.right.toString("hex") }));
        expect(rootFromProof(h(`leaf ${i + 1}`), path)).toEqual(tree.rootOf(n));
        // A proof for the wrong leaf, or cut from a smaller tree, does not reach this root.
        if (n > 1) expect(rootFromProof(h(`leaf ${((i + 1) % n) + 1}`), path)).not.toEqual(tree.rootOf(n));
      }
      // Older roots stay provable (a receipt uses the first signature after its transaction).
      if (n > 3) expect(rootFromProof(h("leaf 2"), tree.path(1, 3).map((s) => ("left" in s ? { left: s.left.toString("hex") } : { right: s.right.toString("hex") })))).toEqual(tree.rootOf(3));
    }
    // Shape: 3 leaves = H(H(l1 ‖ l2) ‖ l3), CCF's left-complete tree (no promotion hashing).
    const three = new MerkleTree();
    ["a", "b", "c"].forEach((s) => three.append(h(s)));
    const node = (l: Buffer, r: Buffer) => createHash("sha256").update(l).update(r).digest();
    expect(three.root()).toEqual(node(node(h("a"), h("b")), h("c")));
  });

  it("the leaf is SHA-256(write_set_digest ‖ SHA-256(commit_evidence) ‖ claims_digest), zeros without claims", () => {
    const wsd = "11".repeat(32);
    const ce = `ce:2.15:${"ab".repeat(32)}`;
    const expected = createHash("sha256").update(Buffer.from(wsd, "hex")).update(h(ce)).update(Buffer.alloc(32)).digest();
    expect(leafDigest({ write_set_digest: wsd, commit_evidence: ce })).toEqual(expected);
    expect(leafDigest({ write_set_digest: wsd, commit_evidence: ce, claims_digest: "00".repeat(32) })).toEqual(expected);
    expect(leafDigest({ write_set_digest: wsd, commit_evidence: ce, claims_digest: "01".repeat(32) })).not.toEqual(expected);
  });
});

describe("parsing receipts", () => {
  const cert = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
  const good = {
    signature: "MEUCIQ==",
    proof: [{ left: "aa".repeat(32) }, { right: "bb".repeat(32) }],
    node_id: "cc".repeat(32),
    cert,
    leaf_components: { write_set_digest: "dd".repeat(32), commit_evidence: `ce:2.15:${"ee".repeat(32)}` },
  };
  const reason = (value: unknown) => {
    try {
      parseReceipt(value, "r.json");
      return "ok";
    } catch (err) {
      return `${(err as { code: string }).code} ${(err as Error).message}`;
    }
  };

  it("accepts CCF's shapes and names the offending field otherwise", () => {
    expect(reason(good)).toBe("ok");
    expect(reason({ ...good, leaf_components: undefined, leaf: "ff".repeat(32) })).toBe("ok");
    expect(reason({ ...good, service_endorsements: [cert] })).toBe("ok");
    expect(reason({ ...good, extra: 1 })).toBe("ok"); // later CCF fields are ignored
    expect(reason([])).toBe("INVALID_INPUT r.json: receipt must be a JSON object");
    expect(reason({ ...good, signature: "not base64!" })).toBe("INVALID_INPUT r.json: signature must be base64 (a DER ECDSA signature)");
    expect(reason({ ...good, proof: [{ left: "aa".repeat(32), right: "bb".repeat(32) }] })).toBe(`INVALID_INPUT r.json: proof[0] must have exactly one of "left" or "right"`);
    expect(reason({ ...good, proof: [{ up: "aa" }] })).toBe(`INVALID_INPUT r.json: proof[0] must have exactly one of "left" or "right"`);
    expect(reason({ ...good, proof: [{ left: "AA".repeat(32) }] })).toBe("INVALID_INPUT r.json: proof[0].left must be 64 lowercase hex characters (a SHA-256 digest)");
    expect(reason({ ...good, proof: Array(129).fill({ left: "aa".repeat(32) }) })).toBe("INVALID_INPUT r.json: proof must be an array of at most 128 steps");
    expect(reason({ ...good, node_id: "cc" })).toMatch(/node_id must be 64 lowercase hex/);
    expect(reason({ ...good, cert: "x" })).toMatch(/r\.json: cert must be one PEM certificate/);
    expect(reason({ ...good, leaf: "ff".repeat(32) })).toBe("INVALID_INPUT r.json: receipt must have exactly one of 'leaf' or 'leaf_components'");
    expect(reason({ ...good, leaf_components: { ...good.leaf_components, commit_evidence: "ce:2.15" } })).toMatch(/leaf_components\.commit_evidence must be CCF commit evidence/);
    expect(reason({ ...good, leaf_components: { ...good.leaf_components, claims_digest: 5 } })).toMatch(/leaf_components\.claims_digest must be 64 lowercase hex/);
    expect(reason({ ...good, service_endorsements: "x" })).toMatch(/service_endorsements must be an array of at most 16 PEM certificates/);
    expect(() => parseReceiptJson("{", "r.json")).toThrow(/^r\.json: receipt is not JSON/);
    expect(() => checkTransactionId("2.x", "--tx")).toThrow("--tx: '2.x' is not a transaction id (expected <view>.<seqno>, e.g. 2.15)");
  });
});
