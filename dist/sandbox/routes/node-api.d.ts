/**
 * The node frontend helpers (`/node/...`), classic-style on every release (reference §3.3). Field sets are
 * the commonly used subset (UNCONFIRMED beyond `service_certificate` and `service_status`).
 */
import { type SandboxResponse } from "../http.js";
import type { RequestContext, Route } from "../router.js";
export declare const nodeCommit: (ctx: RequestContext) => SandboxResponse;
export declare const nodeTx: (ctx: RequestContext) => SandboxResponse;
export declare function nodeApiRoutes(): Route[];
