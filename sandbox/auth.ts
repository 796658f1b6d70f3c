/**
 * Member COSE Sign1 authentication, in CCF's order (reference §2.4; microsoft/CCF
 * src/endpoints/authentication/cose_auth.cpp `MemberCOSESign1AuthnPolicy::authenticate` and
 * `ActiveMemberCOSESign1AuthnPolicy`):
 *
 *   1. content-type present and exactly `application/cose`
 *   2. decode envelope + protected header (throws → the pipeline answers 500 InternalError with the text)
 *   3. alg ∈ {-7, -35, -36}
 *   4. kid names a member certificate
 *   5. signature verifies with that certificate
 *   6. ccf.gov.msg.type present and equal to the endpoint's
 *   7. (active policy) member status Active
 *
 * Decoding and verification are core/cose's (`decodeSign1`, `verifySign1`); this file only orders the
 * checks and produces CCF's reason strings and 401 envelope.
 */
import type { KeyObject } from "node:crypto";
import { decodeSign1, verifySign1, type GovMessageType } from "../core/cose/index.js";
import { loadCertificate } from "../core/identity/index.js";
import { ApiError, type ErrorDetail } from "./http.js";
import type { RouteAuth } from "./router.js";
import type { SandboxRequest } from "./http.js";
import type { SandboxService } from "./service.js";

/** The `ccf.gov.msg.type` values (core's list: one definition for client and sandbox). */
export type GovMessageTypeName = GovMessageType;

export const WWW_AUTHENTICATE_COSE = 'COSE-SIGN1 realm="Signed request access"';
export const COSE_CONTENT_TYPE = "application/cose";

/** What a handler learns about an authenticated caller. */
export interface AuthenticatedMember {
  memberId: string;
  /** The signed payload (the request's content for handlers). */
  payload: Uint8Array;
  /** The raw COSE_Sign1 bytes (stored for acks). */
  envelope: Uint8Array;
  /** The COSE signature bytes (proposal id and replay key derive from it). */
  signature: Uint8Array;
  createdAt: number;
  proposalId?: string;
  msgType?: string;
  /** How the caller authenticated: COSE or (classic cert-or-COSE endpoints) a TLS client certificate. */
  method: "cose" | "member_cert";
}

const ECDSA_ALGS = new Set([-7, -35, -36]);

/** The public key of a member certificate, parsed once per certificate text (first of a bundle). */
function verificationKey(service: SandboxService, certificatePem: string): KeyObject {
  let key = service.verificationKeys.get(certificatePem);
  if (!key) {
    key = loadCertificate(certificatePem, "member certificate").publicKey;
    if (service.verificationKeys.size > 10_000) service.verificationKeys.clear();
    service.verificationKeys.set(certificatePem, key);
  }
  return key;
}

/** Outcome of one auth policy: an identity or a reason. Exceptions (malformed envelopes) propagate. */
type PolicyResult = { ok: true; member: AuthenticatedMember } | { ok: false; reason: string };

function toText(kid: unknown): string {
  if (typeof kid === "string") return kid;
  if (kid instanceof Uint8Array) return Buffer.from(kid).toString("latin1");
  return String(kid);
}

/** The COSE part of the member policies (steps 1–6). */
export function memberCosePolicy(service: SandboxService, req: SandboxRequest, msgType: string): PolicyResult {
  const contentType = req.headers["content-type"];
  if (contentType === undefined) return { ok: false, reason: "Missing content-type header" };
  if (contentType !== COSE_CONTENT_TYPE) return { ok: false, reason: `Content type is not set to ${COSE_CONTENT_TYPE}` };

  const decoded = decodeSign1(new Uint8Array(req.body.buffer, req.body.byteOffset, req.body.byteLength));
  const headers = decoded.headers as { alg: number; kid: unknown; msgType?: string; createdAt: number; proposalId?: string };
  if (!ECDSA_ALGS.has(Number(headers.alg))) return { ok: false, reason: `Unsupported algorithm: ${String(headers.alg)}` };

  const kid = toText(headers.kid);
  const member = Object.prototype.hasOwnProperty.call(service.state.members, kid) ? service.state.members[kid] : undefined;
  if (!member) return { ok: false, reason: "Signer is not a known member" };

  const t0 = process.hrtime.bigint();
  let valid: boolean;
  try {
    valid = verifySign1(decoded, verificationKey(service, member.certificatePem));
  } catch {
    // A key/alg CCF's verifier refuses (e.g. curve↔alg pairing) — reported as a failed validation.
    valid = false;
  } finally {
    service.metrics.verifyNs += process.hrtime.bigint() - t0;
    service.metrics.verifyCount += 1;
  }
  if (!valid) return { ok: false, reason: "Failed to validate COSE Sign1" };

  if (headers.msgType === undefined) {
    return { ok: false, reason: `Missing ccf.gov.msg.type, expected ccf.gov.msg.type to be ${msgType}` };
  }
  if (headers.msgType !== msgType) {
    return { ok: false, reason: `Found ccf.gov.msg.type set to ${headers.msgType}, expected ccf.gov.msg.type to be ${msgType}` };
  }
  return {
    ok: true,
    member: {
      memberId: kid,
      payload: decoded.payload ?? new Uint8Array(0),
      envelope: new Uint8Array(req.body),
      signature: decoded.signature,
      createdAt: headers.createdAt,
      proposalId: headers.proposalId,
      msgType: headers.msgType,
      method: "cose",
    },
  };
}

/**
 * Runs the route's policies; on failure throws the 401 CCF sends: code InvalidAuthenticationInfo,
 * message "Invalid authentication credentials.", one `details` entry per policy tried, and
 * `WWW-Authenticate: COSE-SIGN1 realm="Signed request access"` (set by the last policy tried).
 */
export function authenticate(
  service: SandboxService,
  req: SandboxRequest,
  auth: RouteAuth,
  clientCertMemberId?: string,
): AuthenticatedMember {
  const details: ErrorDetail[] = [];
  // Classic cert-or-COSE endpoints list the TLS member-cert policy first.
  if (auth.allowMemberCert) {
    if (clientCertMemberId && Object.prototype.hasOwnProperty.call(service.state.members, clientCertMemberId)) {
      return { memberId: clientCertMemberId, payload: req.body, envelope: new Uint8Array(0), signature: new Uint8Array(0), createdAt: 0, method: "member_cert" };
    }
    // UNCONFIRMED scheme name and reason for the classic member TLS-certificate policy.
    details.push({ auth_policy: "member_cert", code: "InvalidAuthenticationInfo", message: "No caller member certificate" });
  }
  const result = memberCosePolicy(service, req, auth.msgType);
  if (result.ok) {
    if (auth.policy === "active_member_cose_sign1") {
      const member = service.state.members[result.member.memberId];
      if (!member || member.status !== "Active") {
        details.push({ auth_policy: auth.policy, code: "InvalidAuthenticationInfo", message: "Signer is not an ACTIVE member" });
        throw unauthenticated(details);
      }
    }
    return result.member;
  }
  details.push({ auth_policy: auth.policy, code: "InvalidAuthenticationInfo", message: result.reason });
  throw unauthenticated(details);
}

function unauthenticated(details: ErrorDetail[]): ApiError {
  return new ApiError(401, "InvalidAuthenticationInfo", "Invalid authentication credentials.", {
    details,
    headers: { "www-authenticate": WWW_AUTHENTICATE_COSE },
  });
}
