import { type GovMessageType } from "../core/cose/index.js";
import type { RouteAuth } from "./router.js";
import type { SandboxRequest } from "./http.js";
import type { SandboxService } from "./service.js";
/** The `ccf.gov.msg.type` values (core's list: one definition for client and sandbox). */
export type GovMessageTypeName = GovMessageType;
export declare const WWW_AUTHENTICATE_COSE = "COSE-SIGN1 realm=\"Signed request access\"";
export declare const COSE_CONTENT_TYPE = "application/cose";
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
/** Outcome of one auth policy: an identity or a reason. Exceptions (malformed envelopes) propagate. */
type PolicyResult = {
    ok: true;
    member: AuthenticatedMember;
} | {
    ok: false;
    reason: string;
};
/** The COSE part of the member policies (steps 1–6). */
export declare function memberCosePolicy(service: SandboxService, req: SandboxRequest, msgType: string): PolicyResult;
/**
 * Runs the route's policies; on failure throws the 401 CCF sends: code InvalidAuthenticationInfo,
 * message "Invalid authentication credentials.", one `details` entry per policy tried, and
 * `WWW-Authenticate: COSE-SIGN1 realm="Signed request access"` (set by the last policy tried).
 */
export declare function authenticate(service: SandboxService, req: SandboxRequest, auth: RouteAuth, clientCertMemberId?: string): AuthenticatedMember;
export {};
