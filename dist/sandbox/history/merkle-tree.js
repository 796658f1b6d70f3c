/**
 * The ledger's Merkle tree: SHA-256, one leaf per transaction (leaf index = seqno - 1), left-complete
 * (the root of n leaves splits at the largest power of two below n, as RFC 6962's MTH and CCF's merklecpp;
 * interior nodes are SHA-256(left || right) with no prefixes, as CCF's receipts expect).
 *
 * Appending keeps the "frontier" (roots of the perfect subtrees, largest first), so the root costs
 * O(log n); an inclusion path is computed on demand (receipts are rare).
 */
import { createHash } from "node:crypto";
function node(left, right) {
    return createHash("sha256").update(left).update(right).digest();
}
export class MerkleTree {
    leaves = [];
    frontier = [];
    get size() {
        return this.leaves.length;
    }
    append(leaf) {
        this.leaves.push(leaf);
        this.frontier.push({ size: 1, hash: leaf });
        while (this.frontier.length >= 2) {
            const b = this.frontier[this.frontier.length - 1];
            const a = this.frontier[this.frontier.length - 2];
            if (a.size !== b.size)
                break;
            this.frontier.splice(-2, 2, { size: a.size * 2, hash: node(a.hash, b.hash) });
        }
    }
    /** Root of all leaves so far (32 zero bytes for an empty tree). */
    root() {
        if (this.frontier.length === 0)
            return Buffer.alloc(32);
        let acc = this.frontier[this.frontier.length - 1].hash;
        for (let i = this.frontier.length - 2; i >= 0; i--)
            acc = node(this.frontier[i].hash, acc);
        return acc;
    }
    /** Root of the first `n` leaves. */
    rootOf(n) {
        return n === 0 ? Buffer.alloc(32) : this.range(0, n);
    }
    /** Inclusion path (leaf to root) of leaf `index` in the tree of the first `n` leaves. */
    path(index, n) {
        if (index < 0 || index >= n || n > this.leaves.length)
            throw new RangeError(`no leaf ${index} in a tree of ${n}`);
        const out = [];
        let lo = 0;
        let hi = n;
        const upper = [];
        while (hi - lo > 1) {
            const k = largestPowerOfTwoBelow(hi - lo);
            if (index < lo + k) {
                upper.push({ right: this.range(lo + k, hi) });
                hi = lo + k;
            }
            else {
                upper.push({ left: this.range(lo, lo + k) });
                lo = lo + k;
            }
        }
        // Collected root-down; a receipt's proof goes leaf-up.
        for (let i = upper.length - 1; i >= 0; i--)
            out.push(upper[i]);
        return out;
    }
    range(lo, hi) {
        if (hi - lo === 1)
            return this.leaves[lo];
        const k = largestPowerOfTwoBelow(hi - lo);
        return node(this.range(lo, lo + k), this.range(lo + k, hi));
    }
}
function largestPowerOfTwoBelow(n) {
    let k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}
