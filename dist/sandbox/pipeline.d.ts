/**
 * One request through the sandbox, in CCF's frontend order:
 *
 *   route lookup (404 "Unknown path: <p>." / 405 UnsupportedHttpVerb)
 *   → `before` hooks (faults: latency, 503, drop; cluster: forward/redirect a backup's writes)
 *   → authentication (route.auth; §2.4) → api-version (new API, §3.1) → handler
 *   → `after` hooks (faults: drop after commit)
 *
 * Any ApiError becomes its CCF error envelope; any other exception becomes 500 InternalError with the
 * exception's text (CCF's catch-all: e.g. a malformed COSE envelope).
 */
import type { RawExchange, SandboxRequest, SandboxResponse } from "./http.js";
import type { Route } from "./router.js";
import type { SandboxService } from "./service.js";
/** What a pipeline hook sees. `route`/`params` are set when the path matched a route. */
export interface PipelineContext {
    req: SandboxRequest;
    nodeIndex: number;
    route?: Route;
    params?: Record<string, string>;
    raw?: RawExchange;
    service: SandboxService;
}
/** A hook may answer instead of the handler (a response), drop the connection ("drop"), or do nothing. */
export type PipelineOutcome = SandboxResponse | "drop" | undefined | void;
export interface PipelineHooks {
    before: ((ctx: PipelineContext) => PipelineOutcome | Promise<PipelineOutcome>)[];
    after: ((ctx: PipelineContext, response: SandboxResponse) => PipelineOutcome | Promise<PipelineOutcome>)[];
}
/** CCF's `get_method()`: the path with the frontend prefix (`/gov`, `/node`, `/app`) removed. */
export declare function frontendMethod(path: string): string;
export interface HandleOptions {
    nodeIndex: number;
    raw?: RawExchange;
    /** Member id of a TLS client certificate presented on the connection, if any. */
    clientCertMemberId?: string;
}
/** Runs a request through routing, hooks, auth, api-version and the handler. "drop" = destroy the connection. */
export declare function handleRequest(service: SandboxService, req: SandboxRequest, options: HandleOptions): Promise<SandboxResponse | "drop">;
