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

interface CompiledRoute {
  route: Route;
  regex: RegExp;
  names: string[];
}

export type MatchResult =
  | { kind: "found"; route: Route; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  let source = "";
  const re = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
  let last = 0;
  for (let m = re.exec(route.path); m; m = re.exec(route.path)) {
    source += escapeRegex(route.path.slice(last, m.index)) + "([^/]+)";
    names.push(m[1]!);
    last = m.index + m[0].length;
  }
  source += escapeRegex(route.path.slice(last));
  return { route, regex: new RegExp(`^${source}$`), names };
}

export class Router {
  private readonly compiled: CompiledRoute[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) {
      const existing = this.compiled.findIndex((c) => c.route.method === route.method && c.route.path === route.path);
      const entry = compile(route);
      // A later table may replace a route (e.g. recovery replacing a placeholder), never duplicate it.
      if (existing >= 0) this.compiled[existing] = entry;
      else this.compiled.push(entry);
    }
    return this;
  }

  remove(method: string, path: string): void {
    const i = this.compiled.findIndex((c) => c.route.method === method && c.route.path === path);
    if (i >= 0) this.compiled.splice(i, 1);
  }

  routes(): Route[] {
    return this.compiled.map((c) => c.route);
  }

  match(method: string, path: string): MatchResult {
    const allowed: string[] = [];
    let best: { route: Route; params: Record<string, string>; literal: number } | undefined;
    for (const c of this.compiled) {
      const m = c.regex.exec(path);
      if (!m) continue;
      if (c.route.method !== method) {
        if (!allowed.includes(c.route.method)) allowed.push(c.route.method);
        continue;
      }
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => (params[n] = m[i + 1]!));
      // Prefer the most literal template when several match (CCF tries exact paths first).
      const literal = c.names.length === 0 ? Number.MAX_SAFE_INTEGER : -c.names.length;
      if (!best || literal > best.literal) best = { route: c.route, params, literal };
    }
    if (best) return { kind: "found", route: best.route, params: best.params };
    if (allowed.length > 0) return { kind: "method-not-allowed", allowed };
    return { kind: "not-found" };
  }
}
