export type PathStep = {
    left: Buffer;
} | {
    right: Buffer;
};
export declare class MerkleTree {
    private readonly leaves;
    private readonly frontier;
    get size(): number;
    append(leaf: Buffer): void;
    /** Root of all leaves so far (32 zero bytes for an empty tree). */
    root(): Buffer;
    /** Root of the first `n` leaves. */
    rootOf(n: number): Buffer;
    /** Inclusion path (leaf to root) of leaf `index` in the tree of the first `n` leaves. */
    path(index: number, n: number): PathStep[];
    private range;
}
