/**
 * CBOR for the envelope, written by a small writer of our own for the few shapes we emit (integers, text,
 * bytes, arrays, Maps in insertion order, tags): plain RFC 8949 with minimal-length heads, none of cbor-x's
 * defaults to undo (tag 259 on Maps, tag 64 on Uint8Array, records, 16-bit map heads; ecosystem-notes §C.3),
 * and cheap enough that signing costs what the ECDSA operation costs. Reading is core/cose/header-reader.ts.
 */

/** A tagged item to encode. cbor-x's `Tag` (same two fields) is accepted too. */
export class Tagged {
  constructor(
    readonly value: unknown,
    readonly tag: number,
  ) {}
}

const textEncoder = new TextEncoder();

class Writer {
  private buf: Uint8Array;
  private len = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  /** Major type + argument, in the shortest form (RFC 8949 §4.2.1). */
  head(major: number, arg: number | bigint): void {
    const m = major << 5;
    if (typeof arg === "bigint" || arg > 0xffffffff) {
      const v = BigInt(arg);
      this.reserve(9);
      this.buf[this.len++] = m | 27;
      for (let shift = 56n; shift >= 0n; shift -= 8n) this.buf[this.len++] = Number((v >> shift) & 0xffn);
      return;
    }
    if (arg < 24) {
      this.reserve(1);
      this.buf[this.len++] = m | arg;
    } else if (arg < 0x100) {
      this.reserve(2);
      this.buf[this.len++] = m | 24;
      this.buf[this.len++] = arg;
    } else if (arg < 0x10000) {
      this.reserve(3);
      this.buf[this.len++] = m | 25;
      this.buf[this.len++] = arg >> 8;
      this.buf[this.len++] = arg & 0xff;
    } else {
      this.reserve(5);
      this.buf[this.len++] = m | 26;
      this.buf[this.len++] = arg >>> 24;
      this.buf[this.len++] = (arg >> 16) & 0xff;
      this.buf[this.len++] = (arg >> 8) & 0xff;
      this.buf[this.len++] = arg & 0xff;
    }
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  value(v: unknown): void {
    if (typeof v === "number") {
      if (!Number.isSafeInteger(v)) throw new TypeError(`cannot encode ${v}: only integers are emitted`);
      if (v >= 0) this.head(0, v);
      else this.head(1, -1 - v);
    } else if (typeof v === "bigint") {
      if (v >= 0n) this.head(0, v);
      else this.head(1, -1n - v);
    } else if (typeof v === "string") {
      const b = utf8(v);
      this.head(3, b.length);
      this.bytes(b);
    } else if (v instanceof Uint8Array) {
      this.head(2, v.length);
      this.bytes(v);
    } else if (Array.isArray(v)) {
      this.head(4, v.length);
      for (const item of v) this.value(item);
    } else if (v instanceof Map) {
      this.head(5, v.size);
      for (const [k, item] of v) {
        this.value(k);
        this.value(item);
      }
    } else if (v === null) {
      this.head(7, 22);
    } else if (v === true || v === false) {
      this.head(7, v ? 21 : 20);
    } else if (isTagged(v)) {
      this.head(6, v.tag);
      this.value(v.value);
    } else {
      throw new TypeError(`cannot encode a ${typeof v} as CBOR here`);
    }
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

function isTagged(v: unknown): v is { tag: number; value: unknown } {
  return typeof v === "object" && v !== null && typeof (v as { tag?: unknown }).tag === "number" && "value" in v;
}

/** UTF-8 of the few strings we emit again and again (labels, type names), cached. */
const textCache = new Map<string, Uint8Array>();
function utf8(s: string): Uint8Array {
  let b = textCache.get(s);
  if (b === undefined) {
    b = textEncoder.encode(s);
    if (s.length <= 64 && textCache.size < 256) textCache.set(s, b);
  }
  return b;
}

/** Size of the head of a byte string of length n. */
function headSize(n: number): number {
  return n < 24 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : n <= 0xffffffff ? 5 : 9;
}

/** Writes a byte string (head + bytes) at `at`; returns the offset after it. */
function putByteString(out: Uint8Array, at: number, b: Uint8Array): number {
  const n = b.length;
  if (n < 24) out[at++] = 0x40 | n;
  else if (n < 0x100) {
    out[at++] = 0x58;
    out[at++] = n;
  } else if (n < 0x10000) {
    out[at++] = 0x59;
    out[at++] = n >> 8;
    out[at++] = n & 0xff;
  } else if (n <= 0xffffffff) {
    out[at++] = 0x5a;
    out[at++] = n >>> 24;
    out[at++] = (n >> 16) & 0xff;
    out[at++] = (n >> 8) & 0xff;
    out[at++] = n & 0xff;
  } else {
    throw new RangeError("byte string too long");
  }
  out.set(b, at);
  return at + n;
}

/**
 * Encodes a fixed-shape sequence: a prefix of constant bytes followed by byte strings, in one allocation.
 * Used for the Sig_structure and the COSE_Sign1 envelope, which are built for every signature.
 */
export function encodePrefixedByteStrings(parts: readonly (Uint8Array | { raw: Uint8Array })[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p instanceof Uint8Array ? headSize(p.length) + p.length : p.raw.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    if (p instanceof Uint8Array) at = putByteString(out, at, p);
    else {
      out.set(p.raw, at);
      at += p.raw.length;
    }
  }
  return out;
}

/** Encodes one value to a fresh Uint8Array. */
export function encodeCbor(value: unknown, capacity?: number): Uint8Array {
  const w = new Writer(capacity);
  w.value(value);
  return w.result();
}

/** Bytewise lexicographic comparison (RFC 8949 §4.2.1 ordering of encoded map keys). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}
