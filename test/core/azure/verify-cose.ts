/** Checks a COSE_Sign1 two ways: our verifier, and openssl over the Sig_structure (an independent check). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import { decodeSign1, verifySign1, type DecodedSign1 } from "../../../core/cose/index.js";
import { openssl, rawToDer, referenceSigStructure } from "../cose/helpers.js";

const DGST: Record<number, string> = { 64: "-sha256", 96: "-sha384", 132: "-sha512" };

export function verifyBothWays(cose: Uint8Array, certificatePem: string, dir: string): { decoded: DecodedSign1; ours: boolean; openssl: boolean } {
  const decoded = decodeSign1(cose);
  const ours = verifySign1(decoded, certificatePem);
  const tbs = join(dir, "tbs.bin");
  const sig = join(dir, "sig.der");
  const pub = join(dir, "pub.pem");
  writeFileSync(tbs, referenceSigStructure(decoded.protectedBytes, decoded.payload));
  writeFileSync(sig, rawToDer(decoded.signature));
  writeFileSync(pub, new X509Certificate(certificatePem).publicKey.export({ type: "spki", format: "pem" }));
  let viaOpenssl = false;
  try {
    viaOpenssl = /Verified OK/.test(openssl(["dgst", DGST[decoded.signature.length]!, "-verify", pub, "-signature", sig, tbs]).toString());
  } catch {
    viaOpenssl = false;
  }
  return { decoded, ours, openssl: viaOpenssl };
}
