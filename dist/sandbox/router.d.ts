/**
 * Route tables. Each feature module (new API, classic API, node frontend, recovery, control) builds a
 * `Route[]` and adds it with `router.add(...)`; the server asks `router.match(method, path)`.
 *
 * Path templates use CCF's `{name}` syntax; a parameter matches one path segment (`[^/]+`), so
 * `/gov/members/state-digests/{memberId}:update` works as in CCF. Literal parts match exactly.
 */
import type { SandboxRequest, SandboxResponse, RawExchange } from "./http.js";
import type { GovMessageTypeName } from "./auth.js";
import type { SandboxService } from "./service.js";
import type { AuthenticatedMember } from "./auth.js";
/** Which frontend a route belongs to; decides api-version handling and JSON casing. */
export type RouteApi = "new" | "classic" | "node" | "control";
export type AuthPolicyName = "member_cose_sign1" | "active_member_cose_sign1";
export interface RouteAuth {
    /** Expected `ccf.gov.msg.type` (checked by the policy, §2.4 step 6). */
    msgType: GovMessageTypeName;
    /** `active_member_cose_sign1` adds the Active check (step 7). */
    policy: AuthPolicyName;
    /** Classic cert-or-COSE endpoints also accept a TLS member client certificate (`member_cert`). */
    allowMemberCert?: boolean;
}
export interface RequestContext {
    req: SandboxRequest;
    params: Record<string, string>;
    service: SandboxService;
    /** Index of the node (listener) that received the request. */
    nodeIndex: number;
    route: Route;
    /** Set by the auth stage for routes with `auth`. */
    caller?: AuthenticatedMember;
    /** The api-version the request named (new API only). */
    apiVersion?: string;
    raw?: RawExchange;
}
export type Handler = (ctx: RequestContext) => SandboxResponse | Promise<SandboxResponse>;
export interface Route {
    method: string;
    path: string;
    api: RouteApi;
    handler: Handler;
    auth?: RouteAuth;
    /** True for writes (go to the primary: forwarded or redirected by a backup). */
    write?: boolean;
    /** Minimum api-version (new API), e.g. "2024-07-01" for /gov/service/javascript-app. */
    minApiVersion?: string;
    /** A CCF command endpoint (no KV transaction): its responses carry no x-ms-ccf-transaction-id. */
    command?: boolean;
}
export type MatchResult = {
    kind: "found";
    route: Route;
    params: Record<string, string>;
} | {
    kind: "method-not-allowed";
    allowed: string[];
} | {
    kind: "not-found";
};
export declare class Router {
    private readonly compiled;
    add(...routes: Route[]): this;
    remove(method: string, path: string): void;
    routes(): Route[];
    match(method: string, path: string): MatchResult;
}
