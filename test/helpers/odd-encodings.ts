/**
 * Correctly signed governance messages whose protected header uses encodings a CCF node refuses:
 * integers as floats (16/32/64-bit, integral values), as tag-2 bignums, and a label given twice.
 *
 * Built byte by byte here (no CBOR library, not our encoder) and signed with node:crypto over an
 * independent Sig_structure (test/core/cose/helpers.ts), so a decoder that accepted them would see a
 * valid signature: the only thing wrong is the encoding.
 */
import { createPrivateKey, sign } from "node:crypto";
import { referenceSigStructure } from "../core/cose/helpers.js";

export type RawItem = { raw: Uint8Array };
type Value = number | string | Uint8Array | RawItem;

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

function item(v: Value): Buffer {
  if (typeof v === "number") return v >= 0 ? head(0, v) : head(1, -1 - v);
  if (typeof v === "string") {
    const b = Buffer.from(v, "utf8");
    return Buffer.concat([head(3, b.length), b]);
  }
  if (v instanceof Uint8Array) return Buffer.concat([head(2, v.length), Buffer.from(v)]);
  return Buffer.from(v.raw);
}

/** A float64 (0xfb) holding `v`. */
export function float64(v: number): RawItem {
  const b = Buffer.alloc(9);
  b[0] = 0xfb;
  b.writeDoubleBE(v, 1);
  return { raw: b };
}

/** A float32 (0xfa) holding `v` (must be exactly representable). */
export function float32(v: number): RawItem {
  const b = Buffer.alloc(5);
  b[0] = 0xfa;
  b.writeFloatBE(v, 1);
  if (b.readFloatBE(1) !== v) throw new Error(`${v} is not a float32`);
  return { raw: b };
}

/** A float16 (0xf9) holding -35.0: sign 1, exponent 5+15=20, mantissa 0.09375*1024 = 96 → 0xd060. */
export const FLOAT16_MINUS_35: RawItem = { raw: Uint8Array.from([0xf9, 0xd0, 0x60]) };

/** Tag 2 (unsigned bignum) over the minimal big-endian bytes of `v`. */
export function bignum(v: bigint): RawItem {
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = Buffer.from(hex, "hex");
  return { raw: Buffer.concat([Buffer.from([0xc2]), head(2, bytes.length), bytes]) };
}

/** A protected-header map, entries in the given order (duplicates kept). */
export function headerBytes(entries: [number | string, Value][]): Buffer {
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [item(k), item(v)])]);
}

/** 18([protected, {}, payload, signature]) with a P1363 signature by `privateKeyPem` (hash per curve). */
export function signedEnvelope(protectedBytes: Uint8Array, payload: Uint8Array, privateKeyPem: string): Buffer {
  const key = createPrivateKey(privateKeyPem);
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const hash = curve === "prime256v1" ? "sha256" : curve === "secp521r1" ? "sha512" : "sha384";
  const signature = sign(hash, referenceSigStructure(protectedBytes, payload), { key, dsaEncoding: "ieee-p1363" });
  return Buffer.concat([Buffer.from([0xd2, 0x84]), item(protectedBytes), Buffer.from([0xa0]), item(payload), item(signature)]);
}

export interface OddEncodingInput {
  memberId: string;
  /** COSE alg of the key (-7/-35/-36). */
  alg: number;
  type: string;
  createdAt: number;
  proposalId?: string;
}

/** The cases the issue lists, each as [name, protected header bytes, the decoder's reason]. */
export function oddHeaders(h: OddEncodingInput): { name: string; header: Buffer; reason: string }[] {
  const kid = Buffer.from(h.memberId, "ascii");
  const tail: [string, Value][] = h.proposalId ? [["ccf.gov.msg.proposal_id", h.proposalId]] : [];
  const make = (alg: Value, createdAt: Value, extra: [number | string, Value][] = []) =>
    headerBytes([[1, alg], [4, kid], ["ccf.gov.msg.type", h.type], ["ccf.gov.msg.created_at", createdAt], ...tail, ...extra]);
  const p = "Failed to decode protected header: ";
  return [
    { name: "created_at as a float64 with an integral value", header: make(h.alg, float64(h.createdAt)), reason: `${p}ccf.gov.msg.created_at is not an integer` },
    { name: "created_at as a tag-2 bignum", header: make(h.alg, bignum(BigInt(h.createdAt))), reason: `${p}ccf.gov.msg.created_at is not an integer` },
    { name: `alg as a float64 (${h.alg}.0)`, header: make(float64(h.alg), h.createdAt), reason: `${p}alg (1) is not an integer` },
    { name: "alg as a float16 (-35.0)", header: make(FLOAT16_MINUS_35, h.createdAt), reason: `${p}alg (1) is not an integer` },
    { name: "created_at as a float32", header: make(h.alg, float32(1_700_000_000)), reason: `${p}ccf.gov.msg.created_at is not an integer` },
    { name: "a duplicate label (alg twice)", header: make(h.alg, h.createdAt, [[1, h.alg]]), reason: `${p}duplicate label 1` },
    { name: "a duplicate text label (created_at twice)", header: make(h.alg, h.createdAt, [["ccf.gov.msg.created_at", h.createdAt]]), reason: `${p}duplicate label "ccf.gov.msg.created_at"` },
  ];
}
