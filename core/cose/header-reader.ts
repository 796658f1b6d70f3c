/**
 * A strict reader for a governance COSE_Sign1 — the outer tagged array and the protected-header map
 * (RFC 8949 items, read by hand).
 *
 * Why not cbor-x: a CCF node reads `alg` and `created_at` as CBOR integers (major types 0 and 1) and
 * nothing else, but a general decoder hands back a JS number for a float64 -35.0 and a bigint for a
 * tag-2 bignum, which then look like integers. Here every value keeps its CBOR kind, so the caller can
 * refuse a float (half, single or double precision, integral or not), a bignum (tag 2/3) and a label
 * that appears twice, as the node does.
 *
 * Bounded and linear: one pass over the bytes, every length checked against what is left before use,
 * nesting limited to `MAX_DEPTH`, indefinite-length items only where RFC 8949 allows them (map/array).
 * Indefinite-length strings are refused (CCF's decoders run without a string allocator).
 */

/** One decoded protected-header value, with its CBOR kind kept. */
export type HeaderValue =
  | { kind: "int"; value: number | bigint } // major type 0 or 1 (a number when it is a safe integer)
  | { kind: "bytes"; value: Uint8Array } // major type 2, definite length
  | { kind: "text"; value: string } // major type 3, definite length, valid UTF-8
  | { kind: "float"; bits: 16 | 32 | 64 } // major type 7, additional info 25/26/27
  | { kind: "tag"; tag: number | bigint } // major type 6 (e.g. 2/3 bignums)
  | { kind: "other"; what: string }; // arrays, maps, simple values (false/true/null/undefined)

/** A label: an integer or a text string (COSE labels, RFC 9052 §3). Integers beyond 2^53 as bigint. */
export type HeaderLabel = number | bigint | string;

export class HeaderReadError extends Error {}

const MAX_DEPTH = 16;
const utf8 = new TextDecoder("utf-8", { fatal: true });

class Reader {
  private at = 0;
  /** The same bytes as a Buffer (a view, no copy), for latin1 slices. */
  private readonly buf: Buffer;

  constructor(private readonly bytes: Uint8Array) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The head byte about to be read, without consuming it. */
  headAt(): number | undefined {
    return this.bytes[this.at];
  }

  /** Consumes a head of major type `major` and returns its argument (indefinite: -1). */
  expectHead(major: number, why: string): number {
    const head = this.byte();
    if (head >> 5 !== major) this.fail(why);
    const info = head & 0x1f;
    if (info === 31) return -1;
    const n = this.argument(info);
    if (typeof n === "bigint") this.fail(why);
    return n as number;
  }

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  private fail(why: string): never {
    throw new HeaderReadError(why);
  }

  byte(): number {
    const b = this.bytes[this.at];
    if (b === undefined) this.fail("the map ends early");
    this.at++;
    return b;
  }

  peek(): number | undefined {
    return this.bytes[this.at];
  }

  /**
   * The argument of a head (RFC 8949 §3): `info` < 24 inline, 24..27 in 1/2/4/8 following bytes. A
   * number when it is below 2^53 (every length and count that can fit the input), else a bigint.
   */
  argument(info: number): number | bigint {
    if (info < 24) return info;
    const b = this.bytes;
    const at = this.at;
    switch (info) {
      case 24:
        if (at + 1 > b.length) break;
        this.at = at + 1;
        return b[at]!;
      case 25:
        if (at + 2 > b.length) break;
        this.at = at + 2;
        return (b[at]! << 8) | b[at + 1]!;
      case 26:
        if (at + 4 > b.length) break;
        this.at = at + 4;
        return ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
      case 27: {
        if (at + 8 > b.length) break;
        this.at = at + 8;
        const hi = ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
        const lo = ((b[at + 4]! << 24) >>> 0) + ((b[at + 5]! << 16) | (b[at + 6]! << 8) | b[at + 7]!);
        return hi < 0x200000 ? hi * 0x100000000 + lo : (BigInt(hi) << 32n) | BigInt(lo);
      }
      default:
        this.fail(`reserved additional information ${info}`);
    }
    return this.fail("the map ends early");
  }

  /** A definite length that fits in what is left of the input. */
  length(info: number): number {
    if (info === 31) this.fail("indefinite-length strings are not accepted");
    const n = this.argument(info);
    if (typeof n === "bigint" || n > this.bytes.length - this.at) this.fail("a string is longer than the header");
    return n as number;
  }

  /** A definite-length text string: plain ASCII decoded directly (labels and type names), else strict UTF-8. */
  text(n: number): string {
    const b = this.bytes;
    const start = this.at;
    const end = start + n;
    this.at = end;
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (b[i]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return this.buf.toString("latin1", start, end);
    try {
      return utf8.decode(b.subarray(start, end));
    } catch {
      return this.fail("a text string is not valid UTF-8");
    }
  }

  take(n: number): Uint8Array {
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** One complete data item, keeping its kind. Nested arrays and maps are walked (and bounded), not built. */
  item(depth: number): HeaderValue {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    const head = this.byte();
    const major = head >> 5;
    const info = head & 0x1f;
    switch (major) {
      case 0:
        return { kind: "int", value: this.argument(info) };
      case 1: {
        const n = this.argument(info);
        return { kind: "int", value: typeof n === "number" ? -1 - n : -1n - n };
      }
      case 2:
        return { kind: "bytes", value: this.take(this.length(info)) };
      case 3:
        return { kind: "text", value: this.text(this.length(info)) };
      case 4:
      case 5: {
        const perEntry = major === 5 ? 2 : 1;
        if (info === 31) {
          for (;;) {
            if (this.peek() === 0xff) {
              this.at++;
              break;
            }
            for (let k = 0; k < perEntry; k++) this.item(depth + 1);
          }
        } else {
          const n = this.argument(info);
          // every entry takes at least one byte: a count beyond what is left cannot be honest
          if (typeof n === "bigint" || n * perEntry > this.bytes.length - this.at) this.fail("the map ends early");
          for (let i = 0; i < (n as number); i++) for (let k = 0; k < perEntry; k++) this.item(depth + 1);
        }
        return { kind: "other", what: major === 5 ? "a map" : "an array" };
      }
      case 6: {
        const tag = this.argument(info);
        this.item(depth + 1);
        return { kind: "tag", tag };
      }
      default: {
        if (info === 25 || info === 26 || info === 27) {
          const size = info === 25 ? 2 : info === 26 ? 4 : 8;
          if (this.at + size > this.bytes.length) this.fail("the map ends early");
          this.at += size;
          return { kind: "float", bits: info === 25 ? 16 : info === 26 ? 32 : 64 };
        }
        if (info === 24) {
          this.byte();
          return { kind: "other", what: "a simple value" };
        }
        if (info === 31) this.fail("an unexpected break");
        if (info > 24) this.fail(`reserved additional information ${info}`);
        return { kind: "other", what: info === 20 || info === 21 ? "a boolean" : info === 22 ? "null" : "a simple value" };
      }
    }
  }
}

/**
 * Reads `bytes` as exactly one CBOR map whose labels are integers or text strings, refusing duplicate
 * labels. Returns the entries in order. Throws `HeaderReadError` (message: why) for anything else.
 */
export function readHeaderMap(bytes: Uint8Array): Map<HeaderLabel, HeaderValue> {
  const r = new Reader(bytes);
  const head = r.byte();
  if (head >> 5 !== 5) throw new HeaderReadError("it is not a map");
  const info = head & 0x1f;
  const out = new Map<HeaderLabel, HeaderValue>();
  const entry = () => {
    const label = r.item(1);
    let key: HeaderLabel;
    if (label.kind === "int") key = label.value;
    else if (label.kind === "text") key = label.value;
    else throw new HeaderReadError(`a label is ${describe(label)}, not an integer or a text string`);
    const value = r.item(1);
    if (out.has(key)) throw new HeaderReadError(`duplicate label ${typeof key === "string" ? JSON.stringify(key) : String(key)}`);
    out.set(key, value);
  };
  if (info === 31) {
    for (;;) {
      if (r.peek() === 0xff) {
        r.byte();
        break;
      }
      entry();
    }
  } else {
    const n = r.argument(info);
    if (typeof n === "bigint" || n * 2 > bytes.length) throw new HeaderReadError("the map ends early");
    for (let i = 0; i < n; i++) entry();
  }
  if (!r.done) throw new HeaderReadError("bytes follow the map");
  return out;
}

/** What a value is, in words ("a float64", "tag 2", ...), for error messages. */
function describe(v: HeaderValue): string {
  switch (v.kind) {
    case "int":
      return "an integer";
    case "bytes":
      return "a byte string";
    case "text":
      return "a text string";
    case "float":
      return `a float${v.bits}`;
    case "tag":
      return v.tag === 2 || v.tag === 3 ? `a bignum (tag ${v.tag})` : `tag ${v.tag}`;
    default:
      return v.what;
  }
}

/** The outer structure of a COSE_Sign1: its leading tag (if any) and its array items, kinds kept. */
export interface EnvelopeItems {
  tag?: number | bigint;
  items: HeaderValue[];
}

/**
 * Reads `bytes` as one (optionally tagged) CBOR array and nothing after it. Throws `HeaderReadError`
 * for anything else; the caller words it ("Failed to parse COSE_Sign1 outer array").
 */
export function readEnvelope(bytes: Uint8Array): EnvelopeItems {
  const r = new Reader(bytes);
  const out: EnvelopeItems = { items: [] };
  if ((r.headAt() ?? 0) >> 5 === 6) {
    const head = r.byte();
    out.tag = r.argument(head & 0x1f);
  }
  const n = r.expectHead(4, "it is not an array");
  if (n === -1) {
    while (r.headAt() !== 0xff) out.items.push(r.item(1));
    r.byte();
  } else {
    if (n > bytes.length) throw new HeaderReadError("the array ends early");
    for (let i = 0; i < n; i++) out.items.push(r.item(1));
  }
  if (!r.done) throw new HeaderReadError("bytes follow the array");
  return out;
}
