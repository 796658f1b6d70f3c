import { KeyObject, sign as cryptoSign, type SignKeyObjectInput } from "node:crypto";
import { InputError } from "../errors.js";
// Each identity module itself, not the identity barrel (which also holds certificate generation).
import { certificatePem as toCertificatePem, loadCertificate } from "../identity/certificate.js";
import { algorithmForCurve, curveOf } from "../identity/curves.js";
import { assertKeyMatchesCertificate } from "../identity/key-match.js";
import { memberIdOf } from "../identity/member-id.js";
import { loadPrivateKey } from "../identity/private-key.js";
import { algorithmInfo } from "./algorithms.js";
import type { Signer } from "./signer.js";

export interface LocalSignerOptions {
  /** How errors name the key (a path or flag); default "private key". Never its content. */
  keyInput?: string;
  /** How errors name the certificate; default "certificate". */
  certInput?: string;
}

/**
 * A signer over a PEM private key held in this process (PKCS#8, SEC1 with or without `EC PARAMETERS`).
 * Refuses keys CCF cannot use (RSA, Ed25519, secp256k1, …) and a key that is not the certificate's. The
 * key is parsed once; each `sign` is one `crypto.sign` with the alg's hash in IEEE P1363 (r||s) form.
 */
export function localSigner(privateKeyPem: string | Buffer | KeyObject, certificatePem: string | Buffer, options: LocalSignerOptions = {}): Signer {
  const keyInput = options.keyInput ?? "private key";
  const certInput = options.certInput ?? "certificate";
  const key = privateKeyPem instanceof KeyObject ? privateKeyPem : loadPrivateKey(privateKeyPem, keyInput);
  if (key.type !== "private") throw new InputError(keyInput, "is not a private key");
  const cert = loadCertificate(certificatePem, certInput);
  const keyCurve = curveOf(key, keyInput);
  curveOf(cert, certInput);
  assertKeyMatchesCertificate(key, cert, { keyInput, certInput });
  const algorithm = algorithmForCurve(keyCurve);
  const { hash } = algorithmInfo(algorithm);
  const signOptions: SignKeyObjectInput = { key, dsaEncoding: "ieee-p1363" };
  return Object.freeze({
    algorithm,
    certificatePem: toCertificatePem(cert),
    memberId: memberIdOf(cert),
    sign(toBeSigned: Uint8Array): Promise<Uint8Array> {
      try {
        return Promise.resolve(cryptoSign(hash, toBeSigned, signOptions));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  });
}
