import { Decoder, Encoder } from "cbor-x";

/**
 * cbor-x configured for plain RFC 8949 output (ecosystem-notes §C.3): no records extension (tag 57343),
 * Maps as maps without tag 259, Uint8Array as a plain byte string (no tag 64), minimal map/int headers.
 * Map keys keep insertion order; callers sort them (see protected-header.ts).
 */
export const cborEncoder = new Encoder({
  useRecords: false,
  mapsAsObjects: false,
  variableMapSize: true,
  tagUint8Array: false,
  pack: false,
  structuredClone: false,
} as ConstructorParameters<typeof Encoder>[0]);

/** Decodes maps as Maps (keeping integer and text labels apart) and never applies records. */
export const cborDecoder = new Decoder({ mapsAsObjects: false, useRecords: false } as ConstructorParameters<typeof Decoder>[0]);

/** Encodes one value to a fresh Uint8Array that nothing else shares. */
export function encodeCbor(value: unknown): Uint8Array {
  const out = cborEncoder.encode(value);
  return new Uint8Array(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
}

/** Bytewise lexicographic comparison (RFC 8949 §4.2.1 ordering of encoded map keys). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}
