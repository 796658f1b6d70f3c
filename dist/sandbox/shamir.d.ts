/** The cap of CCF's secret-sharing library (`MAX_NUMBER_SHARES = 255`). */
export declare const MAX_SHARES = 255;
export interface Share {
    /** 0 = full key, 1..255 = partial share. */
    readonly x: number;
    readonly y: Uint8Array;
}
export type RandomSource = (length: number) => Uint8Array;
/** Split `secret` into `n` shares, any `k` of which rebuild it. Texts follow CCF's `SecretSharing::split`. */
export declare function split(secret: Uint8Array, k: number, n: number, random?: RandomSource): Share[];
/**
 * Rebuild the secret from shares by interpolation at x = 0. A full-key share (x = 0) is returned as is.
 * Fewer than k shares yield a value unrelated to the secret (this cannot be detected here; callers
 * authenticate the result, as CCF does by unwrapping the ledger secret with AES-GCM).
 */
export declare function combine(shares: readonly Share[]): Uint8Array;
/** The full-key share of a secret (x = 0), what CCF gives recovery owners. */
export declare function fullKeyShare(secret: Uint8Array): Share;
/** `x` byte followed by the `y` bytes. */
export declare function encodeShare(share: Share): Uint8Array;
/** Inverse of `encodeShare`; `expectedLength` is the secret length (so the serialized length is +1). */
export declare function decodeShare(bytes: Uint8Array, expectedLength?: number): Share;
