import { typeName } from "../text/input-value.js";
import { createHash, X509Certificate } from "node:crypto";
import { InputError } from "../errors.js";
import { loadCertificate } from "./certificate.js";

/**
 * A member's id: lowercase hex SHA-256 of the certificate's DER (CCF: `ccf.pemToId`; the same as
 * `openssl x509 -noout -fingerprint -sha256` without colons, lowercased). PEM text is parsed with
 * `loadCertificate` (first certificate of a bundle); a Buffer that is not PEM is taken as DER.
 */
export function memberIdOf(cert: string | Buffer | X509Certificate, input = "certificate"): string {
  let der: Buffer;
  if (cert instanceof X509Certificate) der = cert.raw;
  else if (typeof cert !== "string" && !(cert instanceof Uint8Array)) throw new InputError(input, `must be a PEM or DER certificate (got ${typeName(cert)})`);
  else if (typeof cert === "string" || looksLikePem(cert)) der = loadCertificate(cert, input).raw;
  else {
    try {
      der = new X509Certificate(cert).raw;
    } catch {
      throw new InputError(input, "is neither a PEM certificate nor a DER-encoded X.509 certificate");
    }
  }
  return createHash("sha256").update(der).digest("hex");
}

function looksLikePem(buf: Uint8Array): boolean {
  return Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 4096)).toString("latin1").includes("-----BEGIN ");
}
