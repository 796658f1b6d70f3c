import { execFileSync } from "node:child_process";
import { generateMemberIdentity, type Curve } from "../../../core/identity/index.js";

export const CURVES: Curve[] = ["secp256r1", "secp384r1", "secp521r1"];
export const ALG_OF: Record<Curve, "ES256" | "ES384" | "ES512"> = { secp256r1: "ES256", secp384r1: "ES384", secp521r1: "ES512" };
export const HASH_OF: Record<Curve, "sha256" | "sha384" | "sha512"> = { secp256r1: "sha256", secp384r1: "sha384", secp521r1: "sha512" };

export interface TestIdentity {
  curve: Curve;
  privateKeyPem: string;
  certificatePem: string;
  memberId: string;
}

/** One fresh member identity per curve (keys generated at run time, never stored in the repo). */
export async function identities(): Promise<Record<Curve, TestIdentity>> {
  const out = {} as Record<Curve, TestIdentity>;
  for (const curve of CURVES) {
    const id = await generateMemberIdentity({ name: `member-${curve}`, curve });
    out[curve] = { curve, privateKeyPem: id.privateKeyPem, certificatePem: id.certificatePem, memberId: id.memberId };
  }
  return out;
}

export function openssl(args: string[], input?: Buffer): Buffer {
  return execFileSync("openssl", args, { input, stdio: ["pipe", "pipe", "pipe"] });
}

/** DER length header. */
function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x100) return Buffer.from([0x81, n]);
  return Buffer.from([0x82, n >> 8, n & 0xff]);
}

function derInteger(bytes: Uint8Array): Buffer {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  let v = Buffer.from(bytes.subarray(i));
  if (v[0]! & 0x80) v = Buffer.concat([Buffer.from([0]), v]);
  return Buffer.concat([Buffer.from([0x02]), derLength(v.length), v]);
}

/** Raw r||s (IEEE P1363) → DER ECDSA-Sig-Value, for openssl. Written here, independent of the code under test. */
export function rawToDer(raw: Uint8Array): Buffer {
  const half = raw.length / 2;
  const body = Buffer.concat([derInteger(raw.subarray(0, half)), derInteger(raw.subarray(half))]);
  return Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]);
}

/** DER ECDSA-Sig-Value → raw r||s with each integer left-padded to `size` bytes. */
export function derToRaw(der: Uint8Array, size: number): Buffer {
  let p = 0;
  const readLen = (): number => {
    const b = der[p++]!;
    if (b < 0x80) return b;
    let n = 0;
    for (let k = 0; k < (b & 0x7f); k++) n = (n << 8) | der[p++]!;
    return n;
  };
  if (der[p++] !== 0x30) throw new Error("not a DER SEQUENCE");
  readLen();
  const ints: Buffer[] = [];
  for (let k = 0; k < 2; k++) {
    if (der[p++] !== 0x02) throw new Error("not a DER INTEGER");
    const len = readLen();
    let v = Buffer.from(der.subarray(p, p + len));
    p += len;
    while (v.length > size && v[0] === 0) v = v.subarray(1);
    ints.push(Buffer.concat([Buffer.alloc(size - v.length), v]));
  }
  return Buffer.concat(ints);
}

/** Independent Sig_structure per RFC 9052 §4.4, built byte by byte (no CBOR library). */
export function referenceSigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Buffer {
  const bstrHeader = (n: number): Buffer =>
    n < 24 ? Buffer.from([0x40 + n]) : n < 256 ? Buffer.from([0x58, n]) : n < 65536 ? Buffer.from([0x59, n >> 8, n & 0xff]) : Buffer.from([0x5a, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
  return Buffer.concat([
    Buffer.from("846a5369676e617475726531", "hex"), // array(4), "Signature1"
    bstrHeader(protectedBytes.length),
    Buffer.from(protectedBytes),
    Buffer.from([0x40]), // external_aad h''
    bstrHeader(payload.length),
    Buffer.from(payload),
  ]);
}
