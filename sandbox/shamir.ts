/**
 * Shamir secret sharing over GF(2^8), byte-wise (the field of AES: x^8 + x^4 + x^3 + x + 1).
 *
 * Each byte of the secret is the constant term of its own random polynomial of degree k-1; share i
 * holds the evaluations at x = i (1..n). Any k shares rebuild the secret by Lagrange interpolation at
 * x = 0; fewer give a value unrelated to it. x = 0 is reserved for the "full key" (the secret itself),
 * as in CCF's `crypto/sharing.h` where index 0 marks the unsplit key handed to recovery owners.
 *
 * Serialized share: one byte x followed by the y bytes (same length as the secret).
 */
import { randomBytes } from "node:crypto";
import { CcfConsortiumError } from "../core/errors.js";

/** The cap of CCF's secret-sharing library (`MAX_NUMBER_SHARES = 255`). */
export const MAX_SHARES = 255;

export interface Share {
  /** 0 = full key, 1..255 = partial share. */
  readonly x: number;
  readonly y: Uint8Array;
}

export type RandomSource = (length: number) => Uint8Array;

const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
(() => {
  let v = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = v;
    LOG[v] = i;
    // multiply by the generator 3: v*2 xor v, reduced
    let d = v << 1;
    if (d & 0x100) d ^= 0x11b;
    v = d ^ v;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
})();

function mul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return EXP[LOG[a]! + LOG[b]!]!;
}

function div(a: number, b: number): number {
  if (b === 0) throw new CcfConsortiumError("INTERNAL", "division by zero in GF(256)");
  if (a === 0) return 0;
  return EXP[LOG[a]! + 255 - LOG[b]!]!;
}

/** Split `secret` into `n` shares, any `k` of which rebuild it. Texts follow CCF's `SecretSharing::split`. */
export function split(secret: Uint8Array, k: number, n: number, random: RandomSource = randomBytes): Share[] {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARES) {
    throw new CcfConsortiumError("INVALID_INPUT", `Share creation failed: n (${n}) not in 1-${MAX_SHARES} range`);
  }
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new CcfConsortiumError("INVALID_INPUT", `Share creation failed: k not in 1-n range (k: ${k}, n: ${n})`);
  }
  if (secret.length === 0) {
    throw new CcfConsortiumError("INVALID_INPUT", "Share creation failed: the secret is empty");
  }
  const shares = Array.from({ length: n }, (_, i) => ({ x: i + 1, y: new Uint8Array(secret.length) }));
  // coefficients[j] for j = 1..k-1, one random byte per secret byte
  const coefficients: Uint8Array[] = [];
  for (let j = 1; j < k; j++) {
    const c = random(secret.length);
    if (c.length !== secret.length) {
      throw new CcfConsortiumError("INTERNAL", `random source returned ${c.length} bytes, expected ${secret.length}`);
    }
    coefficients.push(c);
  }
  for (let b = 0; b < secret.length; b++) {
    for (const share of shares) {
      // Horner: ((c_{k-1} x + c_{k-2}) x + ...) x + secret
      let acc = 0;
      for (let j = coefficients.length - 1; j >= 0; j--) acc = mul(acc ^ coefficients[j]![b]!, share.x);
      share.y[b] = acc ^ secret[b]!;
    }
  }
  for (const c of coefficients) c.fill(0);
  return shares;
}

/**
 * Rebuild the secret from shares by interpolation at x = 0. A full-key share (x = 0) is returned as is.
 * Fewer than k shares yield a value unrelated to the secret (this cannot be detected here; callers
 * authenticate the result, as CCF does by unwrapping the ledger secret with AES-GCM).
 */
export function combine(shares: readonly Share[]): Uint8Array {
  if (!Array.isArray(shares) || Array.from(shares).some((s) => !s || typeof s !== "object" || !(s.y instanceof Uint8Array))) {
    throw new CcfConsortiumError("INVALID_INPUT", "Share combination failed: shares must be a list of { x, y: bytes }");
  }
  if (shares.length === 0) {
    throw new CcfConsortiumError("INVALID_INPUT", "Share combination failed: no shares");
  }
  const length = shares[0]!.y.length;
  const seen = new Set<number>();
  for (const s of shares) {
    if (!Number.isInteger(s.x) || s.x < 0 || s.x > MAX_SHARES) {
      throw new CcfConsortiumError("INVALID_INPUT", `Share combination failed: share index ${s.x} not in 0-${MAX_SHARES} range`);
    }
    if (s.y.length !== length) {
      throw new CcfConsortiumError("INVALID_INPUT", "Share combination failed: shares have different lengths");
    }
    if (seen.has(s.x)) {
      throw new CcfConsortiumError("INVALID_INPUT", `Share combination failed: two shares have index ${s.x}`);
    }
    seen.add(s.x);
  }
  const full = shares.find((s) => s.x === 0);
  if (full) return Uint8Array.from(full.y);
  // Lagrange basis at 0: l_i = prod_{j != i} x_j / (x_j - x_i); subtraction is xor in GF(2^8)
  const basis = shares.map((si, i) => {
    let num = 1;
    let den = 1;
    shares.forEach((sj, j) => {
      if (i === j) return;
      num = mul(num, sj.x);
      den = mul(den, sj.x ^ si.x);
    });
    return div(num, den);
  });
  const out = new Uint8Array(length);
  for (let b = 0; b < length; b++) {
    let acc = 0;
    shares.forEach((s, i) => {
      acc ^= mul(s.y[b]!, basis[i]!);
    });
    out[b] = acc;
  }
  return out;
}

/** The full-key share of a secret (x = 0), what CCF gives recovery owners. */
export function fullKeyShare(secret: Uint8Array): Share {
  return { x: 0, y: Uint8Array.from(secret) };
}

/** `x` byte followed by the `y` bytes. */
export function encodeShare(share: Share): Uint8Array {
  const out = new Uint8Array(1 + share.y.length);
  out[0] = share.x;
  out.set(share.y, 1);
  return out;
}

/** Inverse of `encodeShare`; `expectedLength` is the secret length (so the serialized length is +1). */
export function decodeShare(bytes: Uint8Array, expectedLength?: number): Share {
  if (!(bytes instanceof Uint8Array)) throw new CcfConsortiumError("INVALID_INPUT", "a serialized share must be bytes");
  if (bytes.length < 2) {
    throw new CcfConsortiumError("INVALID_INPUT", `a serialized share of ${bytes.length} bytes is too short`);
  }
  if (expectedLength !== undefined && bytes.length !== expectedLength + 1) {
    throw new CcfConsortiumError(
      "INVALID_INPUT",
      `decrypted share of ${bytes.length} bytes is not a ${expectedLength + 1}-byte share`,
    );
  }
  return { x: bytes[0]!, y: Uint8Array.from(bytes.subarray(1)) };
}
