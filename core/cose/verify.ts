import { createPublicKey, KeyObject, verify as cryptoVerify, X509Certificate } from "node:crypto";
import { InputError } from "../errors.js";
import { typeName } from "../text/input-value.js";
import { loadCertificate } from "../identity/certificate.js";
import { memberIdOf } from "../identity/member-id.js";
import { algorithmFromCoseId, algorithmInfo } from "./algorithms.js";
import { decodeSign1, type DecodedSign1 } from "./decode.js";
import { isGovMessageType, requiresProposalId, type GovMessageType } from "./message-types.js";
import { HEADER_MSG_TYPE } from "./protected-header.js";
import { sigStructure } from "./sig-structure.js";

/** A member certificate (PEM, first of a bundle), a parsed one, or its public key. */
export type VerificationKey = string | Buffer | X509Certificate | KeyObject;

const NAMED_CURVE_ALG: Record<string, string> = { prime256v1: "ES256", secp384r1: "ES384", secp521r1: "ES512" };

function publicKeyOf(key: VerificationKey): KeyObject {
  if (typeof key === "string" || key instanceof Uint8Array) return loadCertificate(key as string, "certificate").publicKey;
  if (key instanceof X509Certificate) return key.publicKey;
  if (!(key instanceof KeyObject)) throw new InputError("certificate", `must be a PEM certificate, an X509Certificate or a KeyObject (got ${typeName(key)})`);
  return key.type === "private" ? createPublicKey(key) : key;
}

/**
 * Checks the signature of a decoded message against a member's certificate (or public key), as a CCF node
 * does: alg must be ES256/ES384/ES512 and match the key's curve (P-256/P-384/P-521), the signature must be
 * raw r||s of the right length (DER fails), over the Sig_structure of the protected bytes as sent, hashed
 * with the alg's hash. Returns false for any of those failing; throws only for an unreadable certificate.
 */
export function verifySign1(decoded: DecodedSign1, certificate: VerificationKey): boolean {
  const algorithm = algorithmFromCoseId(decoded.headers.alg);
  if (!algorithm) return false;
  const key = publicKeyOf(certificate);
  if (key.asymmetricKeyType !== "ec") return false;
  if (NAMED_CURVE_ALG[key.asymmetricKeyDetails?.namedCurve ?? ""] !== algorithm) return false;
  const info = algorithmInfo(algorithm);
  if (decoded.signature.length !== info.signatureBytes) return false;
  try {
    return cryptoVerify(info.hash, sigStructure(decoded.protectedBytes, decoded.payload), { key, dsaEncoding: "ieee-p1363" }, decoded.signature);
  } catch {
    return false;
  }
}

export interface VerifyGovernanceOptions {
  /** The type the receiving endpoint expects (checked with CCF's messages). */
  expectedType?: GovMessageType;
  /** The proposal id in the endpoint's URL, for ballots and withdrawals. */
  expectedProposalId?: string;
}

export interface GovernanceVerification {
  /** True when every check passed. */
  valid: boolean;
  /** The first failed check, in a CCF node's order and words where CCF has words for it. */
  reason?: string;
  decoded: DecodedSign1;
  /** The member id of the certificate checked against. */
  memberId?: string;
}

/**
 * Decodes and checks a governance message against one member certificate, in a node's order
 * (reference §2.4): alg supported, kid is this member, signature, message type, proposal id.
 * Throws `COSE_MALFORMED` (from `decodeSign1`) for what does not decode; everything else is a result.
 */
export function verifyGovernanceMessage(bytes: Uint8Array, certificate: VerificationKey, options: VerifyGovernanceOptions = {}): GovernanceVerification {
  const decoded = decodeSign1(bytes);
  const h = decoded.headers;
  const fail = (reason: string, memberId?: string): GovernanceVerification => ({ valid: false, reason, decoded, ...(memberId ? { memberId } : {}) });
  const algorithm = algorithmFromCoseId(h.alg);
  if (!algorithm) return fail(`Unsupported algorithm: ${h.alg}`);
  let memberId: string | undefined;
  if (typeof certificate === "string" || Buffer.isBuffer(certificate) || certificate instanceof X509Certificate) {
    const cert = certificate instanceof X509Certificate ? certificate : loadCertificate(certificate, "certificate");
    memberId = memberIdOf(cert);
    if (h.kid !== memberId) return fail(`Signer is not a known member: kid ${JSON.stringify(h.kid)} is not the certificate's member id ${memberId}`, memberId);
    const keyAlg = safeAlgorithmOf(cert);
    if (keyAlg && keyAlg !== algorithm) return fail(`Failed to validate COSE Sign1: alg ${algorithm} does not match the certificate's key (${keyAlg})`, memberId);
  }
  if (!verifySign1(decoded, certificate)) return fail("Failed to validate COSE Sign1", memberId);
  const t = options.expectedType;
  if (t !== undefined) {
    if (h.msgType === undefined) return fail(`Missing ${HEADER_MSG_TYPE}, expected ${HEADER_MSG_TYPE} to be ${t}`, memberId);
    if (h.msgType !== t) return fail(`Found ${HEADER_MSG_TYPE} set to ${h.msgType}, expected ${HEADER_MSG_TYPE} to be ${t}`, memberId);
  }
  if (h.msgType !== undefined && isGovMessageType(h.msgType) && requiresProposalId(h.msgType) && h.proposalId === undefined) {
    return fail(`Missing ccf.gov.msg.proposal_id in a ${h.msgType} message`, memberId);
  }
  if (options.expectedProposalId !== undefined && h.proposalId !== options.expectedProposalId) {
    return fail(`Authenticated proposal id (${h.proposalId ?? "none"}) does not match URL (${options.expectedProposalId})`, memberId);
  }
  return { valid: true, decoded, ...(memberId ? { memberId } : {}) };
}

function safeAlgorithmOf(cert: X509Certificate): string | undefined {
  return NAMED_CURVE_ALG[cert.publicKey.asymmetricKeyDetails?.namedCurve ?? ""];
}
