import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { combine, decodeShare, encodeShare, fullKeyShare, MAX_SHARES, split, type Share } from "../../sandbox/shamir.js";

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [head!, ...s]), ...subsets(rest, size)];
}

/** A deterministic byte stream (counter bytes), to show the injected source is what is used. */
function counterRandom(seed = 1): (n: number) => Uint8Array {
  let v = seed;
  return (n) => Uint8Array.from({ length: n }, () => (v = (v * 37 + 11) & 0xff));
}

describe("shamir over GF(256)", () => {
  it("any k of n shares reconstruct the secret and k-1 do not (3 of 5, every subset)", () => {
    const secret = randomBytes(32);
    const shares = split(secret, 3, 5);
    expect(shares.map((s) => s.x)).toEqual([1, 2, 3, 4, 5]);
    for (const subset of subsets(shares, 3)) expect(Buffer.from(combine(subset))).toEqual(secret);
    for (const subset of subsets(shares, 4)) expect(Buffer.from(combine(subset))).toEqual(secret);
    for (const subset of subsets(shares, 2)) expect(Buffer.from(combine(subset))).not.toEqual(secret);
  });

  it("reconstructs with shares given in any order", () => {
    const secret = randomBytes(32);
    const shares = split(secret, 4, 7);
    const picked = [shares[6]!, shares[1]!, shares[4]!, shares[2]!];
    expect(Buffer.from(combine(picked))).toEqual(secret);
  });

  it("1 of n: every share alone is the secret", () => {
    const secret = randomBytes(16);
    for (const s of split(secret, 1, 4)) expect(Buffer.from(s.y)).toEqual(secret);
  });

  it("n of n at the cap of 255 shares", () => {
    const secret = randomBytes(32);
    const shares = split(secret, 255, MAX_SHARES);
    expect(shares).toHaveLength(255);
    expect(Buffer.from(combine(shares))).toEqual(secret);
    expect(Buffer.from(combine(shares.slice(1)))).not.toEqual(secret);
  });

  it("is deterministic with injected randomness, and the source is actually used", () => {
    const secret = Uint8Array.from({ length: 8 }, (_, i) => i * 17);
    const a = split(secret, 3, 4, counterRandom(5)).map((s) => Buffer.from(encodeShare(s)).toString("hex"));
    const b = split(secret, 3, 4, counterRandom(5)).map((s) => Buffer.from(encodeShare(s)).toString("hex"));
    const c = split(secret, 3, 4, counterRandom(6)).map((s) => Buffer.from(encodeShare(s)).toString("hex"));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    // constant polynomial when the random source returns zeros: every y equals the secret
    const zero = split(secret, 3, 3, (n) => new Uint8Array(n));
    for (const s of zero) expect(Array.from(s.y)).toEqual(Array.from(secret));
  });

  it("a known vector: k = 2 with coefficient bytes 0x01 gives y = secret xor x", () => {
    // f(x) = s + 1*x in GF(2^8): addition is xor
    const secret = Uint8Array.from([0x00, 0xff, 0x53]);
    const shares = split(secret, 2, 3, (n) => new Uint8Array(n).fill(1));
    expect(shares.map((s) => Array.from(s.y))).toEqual([
      [0x01, 0xfe, 0x52],
      [0x02, 0xfd, 0x51],
      [0x03, 0xfc, 0x50],
    ]);
  });

  it("refuses n > 255, n < 1, k < 1, k > n with CCF's texts", () => {
    const s = randomBytes(32);
    expect(() => split(s, 2, 256)).toThrow("Share creation failed: n (256) not in 1-255 range");
    expect(() => split(s, 1, 0)).toThrow("Share creation failed: n (0) not in 1-255 range");
    expect(() => split(s, 0, 3)).toThrow("Share creation failed: k not in 1-n range (k: 0, n: 3)");
    expect(() => split(s, 4, 3)).toThrow("Share creation failed: k not in 1-n range (k: 4, n: 3)");
    expect(() => split(s, 1.5, 3)).toThrow("k not in 1-n range");
    expect(() => split(new Uint8Array(0), 1, 1)).toThrow("the secret is empty");
  });

  it("combine refuses duplicates, mixed lengths and an empty list", () => {
    const shares = split(randomBytes(32), 2, 3);
    expect(() => combine([])).toThrow("no shares");
    expect(() => combine([shares[0]!, shares[0]!])).toThrow("two shares have index 1");
    const short: Share = { x: 9, y: new Uint8Array(3) };
    expect(() => combine([shares[0]!, short])).toThrow("different lengths");
  });

  it("a full-key share (x = 0) is the secret, alone or among partial shares", () => {
    const secret = randomBytes(32);
    const full = fullKeyShare(secret);
    expect(full.x).toBe(0);
    expect(Buffer.from(combine([full]))).toEqual(secret);
    const [one] = split(secret, 3, 3);
    expect(Buffer.from(combine([one!, full]))).toEqual(secret);
  });

  it("serializes as x byte + y bytes and parses back", () => {
    const secret = randomBytes(32);
    const [s] = split(secret, 2, 2);
    const bytes = encodeShare(s!);
    expect(bytes).toHaveLength(33);
    expect(bytes[0]).toBe(1);
    const back = decodeShare(bytes, 32);
    expect(back.x).toBe(1);
    expect(Buffer.from(back.y)).toEqual(Buffer.from(s!.y));
    expect(() => decodeShare(bytes, 31)).toThrow("decrypted share of 33 bytes is not a 32-byte share");
    expect(() => decodeShare(new Uint8Array(1))).toThrow("too short");
  });
});
