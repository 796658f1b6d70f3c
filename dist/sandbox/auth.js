import { decodeSign1, verifySign1 } from "../core/cose/index.js";
import { loadCertificate } from "../core/identity/index.js";
import { ApiError } from "./http.js";
export const WWW_AUTHENTICATE_COSE = 'COSE-SIGN1 realm="Signed request access"';
export const COSE_CONTENT_TYPE = "application/cose";
const ECDSA_ALGS = new Set([-7, -35, -36]);
/** The public key of a member certificate, parsed once per certificate text (first of a bundle). */
function verificationKey(service, certificatePem) {
    let key = service.verificationKeys.get(certificatePem);
    if (!key) {
        key = loadCertificate(certificatePem, "member certificate").publicKey;
        if (service.verificationKeys.size > 10_000)
            service.verificationKeys.clear();
        service.verificationKeys.set(certificatePem, key);
    }
    return key;
}
function toText(kid) {
    if (typeof kid === "string")
        return kid;
    if (kid instanceof Uint8Array)
        return Buffer.from(kid).toString("latin1");
    return String(kid);
}
/** The COSE part of the member policies (steps 1–6). */
export function memberCosePolicy(service, req, msgType) {
    const contentType = req.headers["content-type"];
    if (contentType === undefined)
        return { ok: false, reason: "Missing content-type header" };
    if (contentType !== COSE_CONTENT_TYPE)
        return { ok: false, reason: `Content type is not set to ${COSE_CONTENT_TYPE}` };
    const decoded = decodeSign1(new Uint8Array(req.body.buffer, req.body.byteOffset, req.body.byteLength));
    const headers = decoded.headers;
    if (!ECDSA_ALGS.has(Number(headers.alg)))
        return { ok: false, reason: `Unsupported algorithm: ${String(headers.alg)}` };
    const kid = toText(headers.kid);
    const member = Object.prototype.hasOwnProperty.call(service.state.members, kid) ? service.state.members[kid] : undefined;
    if (!member)
        return { ok: false, reason: "Signer is not a known member" };
    const t0 = process.hrtime.bigint();
    let valid;
    try {
        valid = verifySign1(decoded, verificationKey(service, member.certificatePem));
    }
    catch {
        // A key/alg CCF's verifier refuses (e.g. curve↔alg pairing) — reported as a failed validation.
        valid = false;
    }
    finally {
        service.metrics.verifyNs += process.hrtime.bigint() - t0;
        service.metrics.verifyCount += 1;
    }
    if (!valid)
        return { ok: false, reason: "Failed to validate COSE Sign1" };
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
export function authenticate(service, req, auth, clientCertMemberId) {
    const details = [];
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
function unauthenticated(details) {
    return new ApiError(401, "InvalidAuthenticationInfo", "Invalid authentication credentials.", {
        details,
        headers: { "www-authenticate": WWW_AUTHENTICATE_COSE },
    });
}
