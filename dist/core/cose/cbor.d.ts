import { Decoder } from "cbor-x";
/**
 * CBOR for the envelope. Decoding uses cbor-x (maps as Maps so integer and text labels stay apart, no
 * records). Encoding is a small writer of our own for the few shapes we emit (integers, text, bytes,
 * arrays, Maps in insertion order, tags): plain RFC 8949 with minimal-length heads, none of cbor-x's
 * defaults to undo (tag 259 on Maps, tag 64 on Uint8Array, records, 16-bit map heads; ecosystem-notes §C.3),
 * and cheap enough that signing costs what the ECDSA operation costs.
 */
export declare const cborDecoder: Decoder;
/** A tagged item to encode. cbor-x's `Tag` (same two fields) is accepted too. */
export declare class Tagged {
    readonly value: unknown;
    readonly tag: number;
    constructor(value: unknown, tag: number);
}
/**
 * Encodes a fixed-shape sequence: a prefix of constant bytes followed by byte strings, in one allocation.
 * Used for the Sig_structure and the COSE_Sign1 envelope, which are built for every signature.
 */
export declare function encodePrefixedByteStrings(parts: readonly (Uint8Array | {
    raw: Uint8Array;
})[]): Uint8Array;
/** Encodes one value to a fresh Uint8Array. */
export declare function encodeCbor(value: unknown, capacity?: number): Uint8Array;
/** Bytewise lexicographic comparison (RFC 8949 §4.2.1 ordering of encoded map keys). */
export declare function compareBytes(a: Uint8Array, b: Uint8Array): number;
