/**
 * An independent receipt verifier for the tests, written from CCF's documented algorithm
 * (doc/use_apps/verify_tx.rst "Receipt Verification" and python/src/ccf/receipt.py), sharing no code with
 * core/receipts: node:crypto for digests and certificate signatures, and the `openssl` command for the
 * prehashed ECDSA check over the root (node:crypto hashes whatever it signs or verifies, so it cannot check
 * a signature over a bare digest; `openssl pkeyutl -verify` does exactly that, like
 * `ECDSA(Prehashed(SHA256()))`).
 *
 * Returns the recomputed root, or throws an Error naming the step that failed.
 */
import { createHash, X509Certificate } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function digest(...chunks: Buffer[]): Buffer {
  const h = createHash("sha256");
  chunks.forEach((c) => h.update(c));
  return h.digest();
}

function opensslVerifiesPrehashed(certPem: string, message: Buffer, signatureDer: Buffer): boolean {
  const dir = mkdtempSync(join(tmpdir(), "indep-verify-"));
  try {
    const pub = new X509Certificate(certPem).publicKey.export({ type: "spki", format: "pem" }) as string;
    writeFileSync(join(dir, "pub.pem"), pub);
    writeFileSync(join(dir, "msg.bin"), message);
    writeFileSync(join(dir, "sig.der"), signatureDer);
    const r = spawnSync("openssl", ["pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-in", "msg.bin", "-sigfile", "sig.der"], { cwd: dir, encoding: "utf8" });
    return r.status === 0 && /Signature Verified Successfully/.test(r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function independentlyVerify(receipt: Json, serviceCertPem: string): string {
  // Steps 1-2: the leaf.
  let leaf: Buffer;
  if (receipt.leaf_components) {
    const lc = receipt.leaf_components;
    const claims = lc.claims_digest ? Buffer.from(lc.claims_digest, "hex") : Buffer.alloc(32, 0);
    const wsd = Buffer.from(lc.write_set_digest, "hex");
    if (wsd.length !== 32 || claims.length !== 32) throw new Error("leaf components: digests must be 32 bytes");
    leaf = digest(wsd, digest(Buffer.from(lc.commit_evidence)), claims);
  } else {
    leaf = Buffer.from(receipt.leaf, "hex");
  }
  // Step 3: fold the proof.
  let root = leaf;
  for (const element of receipt.proof) {
    const left = element.left !== undefined;
    const sibling = Buffer.from(left ? element.left : element.right, "hex");
    if (sibling.length !== 32) throw new Error("proof: element is not a 32-byte digest");
    root = left ? digest(sibling, root) : digest(root, sibling);
  }
  // Step 4: the signature over the root, with the node certificate.
  if (!opensslVerifiesPrehashed(receipt.cert, root, Buffer.from(receipt.signature, "base64"))) throw new Error("signature: does not verify over the root");
  // Step 5: the endorsement chain node cert → service_endorsements… → service cert (check_endorsements).
  let endorsee = new X509Certificate(receipt.cert);
  for (const pem of [...(receipt.service_endorsements ?? []), serviceCertPem]) {
    const endorser = new X509Certificate(pem);
    if (!endorsee.verify(endorser.publicKey)) throw new Error("endorsement: certificate not signed by its endorser");
    endorsee = endorser;
  }
  return root.toString("hex");
}
