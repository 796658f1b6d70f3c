/**
 * The host side of `ccf.crypto.*` and `ccf.pemToId` (CCF src/js/extensions/ccf/crypto.cpp and
 * converters.cpp): certificate bundle/chain checks, SHA-256 digests, signature verification and public
 * key PEM↔JWK conversions. Key generation, signing and key wrapping are not offered to constitutions
 * here (the `ccf` prelude throws naming them).
 */
import { X509Certificate, constants, createHash, createPublicKey, verify, type JsonWebKey, type KeyObject } from "node:crypto";
import { pemBlocks } from "../identity/pem.js";
import { memberIdOf } from "../identity/member-id.js";

function certificates(pem: string): X509Certificate[] {
  return pemBlocks(pem)
    .filter((b) => b.label === "CERTIFICATE")
    .map((b) => new X509Certificate(b.pem));
}

/** `ccf.crypto.isValidX509CertBundle(pem)`: at least one certificate, and every certificate parses. */
export function isValidX509CertBundle(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return certificates(value).length > 0;
  } catch {
    return false;
  }
}

/**
 * `ccf.crypto.isValidX509CertChain(chain, trusted)`: the first certificate of `chain` verifies up to one
 * of `trusted` through the rest of `chain`, every certificate within its validity period.
 */
export function isValidX509CertChain(chain: string, trusted: string): boolean {
  let target: X509Certificate;
  let intermediates: X509Certificate[];
  let roots: X509Certificate[];
  try {
    [target, ...intermediates] = certificates(chain) as [X509Certificate, ...X509Certificate[]];
    roots = certificates(trusted);
  } catch {
    return false;
  }
  if (!target || roots.length === 0) return false;
  const now = Date.now();
  const current = (c: X509Certificate) => Date.parse(c.validFrom) <= now && now <= Date.parse(c.validTo);
  let cert = target;
  const seen = new Set<X509Certificate>();
  for (let depth = 0; depth <= intermediates.length; depth++) {
    if (!current(cert)) return false;
    const root = roots.find((r) => cert.checkIssued(r) && cert.verify(r.publicKey) && current(r));
    if (root) return true;
    const next = intermediates.find((c) => !seen.has(c) && cert.checkIssued(c) && cert.verify(c.publicKey));
    if (!next) return false;
    seen.add(next);
    cert = next;
  }
  return false;
}

/** `ccf.crypto.isValidX509RootCACert(pem)`: one certificate, a CA (basicConstraints CA:TRUE), self-signed. */
export function isValidX509RootCACert(pem: string): boolean {
  try {
    const certs = certificates(pem);
    if (certs.length !== 1) return false;
    const cert = certs[0]!;
    return cert.ca && cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

/** `ccf.pemToId(pem)`: hex SHA-256 of the certificate's DER. */
export function pemToId(pem: string): string {
  try {
    return memberIdOf(pem);
  } catch (err) {
    throw new Error(`Failed to parse PEM: ${(err as Error).message}`);
  }
}

/** `ccf.crypto.digest("SHA-256", data)`. */
export function digest(algorithm: string, data: Uint8Array): Uint8Array {
  if (algorithm !== "SHA-256") throw new RangeError("unsupported digest algorithm, supported: SHA-256");
  return new Uint8Array(createHash("sha256").update(data).digest());
}

interface SigningAlgorithm {
  name?: unknown;
  hash?: unknown;
  saltLength?: unknown;
}

function publicKeyOf(pem: string): KeyObject {
  return pem.startsWith("-----BEGIN CERTIFICATE") ? new X509Certificate(pem).publicKey : createPublicKey(pem);
}

/** `ccf.crypto.verifySignature(algorithm, key, signature, data)`: ECDSA (IEEE P1363 r‖s), RSA-PSS, EdDSA. */
export function verifySignature(algorithm: SigningAlgorithm, keyPem: string, signature: Uint8Array, data: Uint8Array): boolean {
  const name = algorithm?.name;
  if (name === "EdDSA") {
    try {
      return verify(null, data, publicKeyOf(keyPem), signature);
    } catch (err) {
      throw new RangeError(`Failed to verify EdDSA signature: ${(err as Error).message}`);
    }
  }
  if (algorithm?.hash !== "SHA-256") throw new RangeError("Unsupported hash algorithm, supported: SHA-256");
  if (name !== "RSA-PSS" && name !== "ECDSA") throw new RangeError("Unsupported signing algorithm, supported: RSA-PSS, ECDSA, EdDSA");
  try {
    const key = publicKeyOf(keyPem);
    if (name === "ECDSA") return verify("sha256", data, { key, dsaEncoding: "ieee-p1363" }, signature);
    const saltLength = typeof algorithm.saltLength === "number" ? algorithm.saltLength : 0;
    return verify("sha256", data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature);
  } catch (err) {
    throw new Error(`Failed to verify signature: ${(err as Error).message}`);
  }
}

/** An error the script sees as CCF's `JS_ThrowInternalError`. */
function internalError(message: string): Error {
  const e = new Error(message);
  e.name = "InternalError";
  return e;
}

/**
 * `ccf.crypto.pub{,Rsa,Eddsa}PemToJwk(pem, kid?)`. A PEM without a public key of that type throws
 * InternalError "Failed to convert pem to jwk: invalid <RSA|EC|EdDSA> key" (CCF: make_*_public_key fails).
 */
export function publicPemToJwk(kind: "ec" | "rsa" | "ed", pem: string, kid?: string): JsonWebKey {
  const label = kind === "ec" ? "EC" : kind === "rsa" ? "RSA" : "EdDSA";
  let key: KeyObject;
  try {
    const block = pemBlocks(pem).find((b) => b.label === "PUBLIC KEY" || b.label === "CERTIFICATE");
    if (!block) throw new Error("no public key");
    key = publicKeyOf(block.pem);
  } catch {
    throw internalError(`Failed to convert pem to jwk: invalid ${label} key`);
  }
  const type = key.asymmetricKeyType;
  const ok = kind === "ec" ? type === "ec" : kind === "rsa" ? type === "rsa" : type === "ed25519" || type === "x25519";
  if (!ok) throw internalError(`Failed to convert pem to jwk: invalid ${label} key`);
  const jwk = key.export({ format: "jwk" });
  return kid === undefined ? jwk : { ...jwk, kid };
}

/** `ccf.crypto.pub{,Rsa,Eddsa}JwkToPem(jwk)`. */
export function publicJwkToPem(jwk: JsonWebKey): string {
  try {
    const { kid: _kid, ...key } = jwk as JsonWebKey & { kid?: unknown };
    return createPublicKey({ key, format: "jwk" }).export({ type: "spki", format: "pem" }).toString();
  } catch (err) {
    throw new Error(`Failed to convert jwk to pem: ${(err as Error).message}`);
  }
}
