import { X509Certificate } from "node:crypto";
import { InputError } from "../errors.js";
import { describeBlocks, pemBlocks, pemText } from "./pem.js";

/**
 * Parses the first certificate of a PEM file or bundle. `input` names where it came from (a path, a flag,
 * a field) and is what errors name: a file without a `CERTIFICATE` block, or one that does not parse.
 */
export function loadCertificate(pem: string | Buffer, input: string): X509Certificate {
  const blocks = pemBlocks(pemText(pem, input));
  const first = blocks.find((b) => b.label === "CERTIFICATE");
  if (!first) {
    throw new InputError(
      input,
      `is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block, found ${describeBlocks(blocks)})`,
    );
  }
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(first.pem);
  } catch {
    throw new InputError(input, "holds a CERTIFICATE block that is not a valid X.509 certificate");
  }
  try {
    // Decoded lazily by node: a certificate whose key does not decode fails here, naming the input,
    // rather than later with openssl's "digital envelope routines::decode error".
    void cert.publicKey;
  } catch {
    throw new InputError(input, "holds a certificate whose public key cannot be decoded (an unsupported or malformed key)", "UNSUPPORTED_KEY");
  }
  return cert;
}

/** The certificate as PEM (normalized: one block, LF line endings). */
export function certificatePem(cert: X509Certificate): string {
  return cert.toString().replace(/\r/g, "");
}
