/**
 * CCF 6.x/7.x secret sharing (microsoft/CCF src/crypto/sharing.{h,cpp}, "Remove deprecated SSS
 * dependency", #6574): Shamir over the prime field F_p, p = 2^31 - 1, on 10 independent 31-bit limbs.
 *
 * - A share is `{ x: uint32, y: uint32[10] }`, serialized as 44 bytes (x then the limbs, each a
 *   little-endian uint32 as `serialized::write` lays them out on x86). x = 0 is the unsplit secret
 *   (the "full key" recovery owners receive), x = 1..n the partial shares. x is 32 bits wide: unlike
 *   the old sss library (GF(2^8), at most 255 shares) there is no practical limit on the number of
 *   shares, which is why 6.0 dropped `max_active_recovery_members`.
 * - `sample_secret_and_shares` refuses `shares.size() < 1` ("insufficient number of shares") and
 *   `threshold < 1 || threshold > shares.size()` ("invalid threshold").
 * - The wrapping key is HKDF-SHA256 over the 40 limb bytes (ikm = label = y, no salt), 32 bytes
 *   (`Share::key`, GCM_DEFAULT_KEY_SIZE).
 *
 * Arithmetic uses plain numbers: products are split so every intermediate stays below 2^53.
 */
import { hkdfSync, randomBytes } from "node:crypto";
import { CcfConsortiumError } from "../core/errors.js";

export const PRIME = 2 ** 31 - 1;
export const LIMBS = 10;
export const PRIME_SHARE_BYTES = 4 + 4 * LIMBS;
const KEY_BYTES = 32;

export interface PrimeShare {
  readonly x: number;
  readonly y: Uint32Array; // LIMBS elements, each < PRIME
}

export type RandomSource = (length: number) => Uint8Array;

function mul(a: number, b: number): number {
  // a, b < 2^31: a * (b >> 16) < 2^46, then * 2^16 after reduction < 2^47, plus a * (b & 0xffff) < 2^47
  return (((a * Math.floor(b / 65536)) % PRIME) * 65536 + a * (b % 65536)) % PRIME;
}

function add(a: number, b: number): number {
  return (a + b) % PRIME;
}

function sub(a: number, b: number): number {
  return (a - b + PRIME) % PRIME;
}

function inv(a: number): number {
  if (a === 0) throw new CcfConsortiumError("INTERNAL", "division by zero");
  let result = 1;
  let base = a;
  let e = PRIME - 2;
  while (e > 0) {
    if (e % 2 === 1) result = mul(result, base);
    base = mul(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}

/** A uniform element of F_p: 31 random bits, retried when all are set (as CCF's `sample`). */
function sample(random: RandomSource): number {
  for (;;) {
    const b = random(4);
    const v = ((b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0) & PRIME;
    if (v !== PRIME) return v;
  }
}

/** A fresh secret (x = 0) and `n` shares of it, any `threshold` of which rebuild it. */
export function sampleSecretAndShares(n: number, threshold: number, random: RandomSource = randomBytes): { secret: PrimeShare; shares: PrimeShare[] } {
  if (!Number.isInteger(n) || n < 1) throw new CcfConsortiumError("INVALID_INPUT", "insufficient number of shares");
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > n) throw new CcfConsortiumError("INVALID_INPUT", "invalid threshold");
  const secret = { x: 0, y: new Uint32Array(LIMBS) };
  const shares = Array.from({ length: n }, (_, s) => ({ x: s + 1, y: new Uint32Array(LIMBS) }));
  const p = new Array<number>(threshold);
  for (let limb = 0; limb < LIMBS; limb++) {
    for (let i = 0; i < threshold; i++) p[i] = sample(random);
    secret.y[limb] = p[0]!;
    for (const share of shares) {
      // Horner from the highest coefficient
      let y = 0;
      for (let i = threshold - 1; i >= 0; i--) y = add(mul(y, share.x), p[i]!);
      share.y[limb] = y;
    }
    p.fill(0);
  }
  return { secret, shares };
}

/** Lagrange interpolation at 0 over the first `threshold` shares (extra shares are ignored, as CCF). */
export function recoverSecret(shares: readonly PrimeShare[], threshold: number): PrimeShare {
  if (shares.length < threshold) throw new CcfConsortiumError("INVALID_INPUT", "insufficient input shares");
  const used = shares.slice(0, threshold);
  const lagrange = used.map((si, i) => {
    let num = 1;
    let den = 1;
    used.forEach((sj, j) => {
      if (i === j) return;
      num = mul(num, sj.x % PRIME);
      den = mul(den, sub(sj.x % PRIME, si.x % PRIME));
    });
    if (den === 0) throw new CcfConsortiumError("INVALID_INPUT", "duplicate input share");
    return mul(num, inv(den));
  });
  const out = { x: 0, y: new Uint32Array(LIMBS) };
  for (let limb = 0; limb < LIMBS; limb++) {
    let y = 0;
    used.forEach((s, i) => {
      y = add(y, mul(lagrange[i]!, s.y[limb]! % PRIME));
    });
    out.y[limb] = y;
  }
  return out;
}

export function serializePrimeShare(s: PrimeShare): Uint8Array {
  const out = Buffer.alloc(PRIME_SHARE_BYTES);
  out.writeUInt32LE(s.x >>> 0, 0);
  for (let i = 0; i < LIMBS; i++) out.writeUInt32LE(s.y[i]! >>> 0, 4 + 4 * i);
  return out;
}

/** Throws CCF's "Invalid serialised share size" for any other length. */
export function deserializePrimeShare(bytes: Uint8Array): PrimeShare {
  if (bytes.length !== PRIME_SHARE_BYTES) throw new CcfConsortiumError("INVALID_INPUT", "Invalid serialised share size");
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const y = new Uint32Array(LIMBS);
  for (let i = 0; i < LIMBS; i++) y[i] = b.readUInt32LE(4 + 4 * i);
  return { x: b.readUInt32LE(0), y };
}

/** `Share::key`: HKDF-SHA256(ikm = y bytes, salt = none, info = y bytes), 32 bytes. Only for x = 0. */
export function keyOf(secret: PrimeShare): Uint8Array {
  if (secret.x !== 0) throw new CcfConsortiumError("INVALID_INPUT", "Cannot derive a key from a partial share");
  const y = serializePrimeShare(secret).subarray(4);
  return new Uint8Array(hkdfSync("sha256", y, new Uint8Array(0), y, KEY_BYTES));
}
