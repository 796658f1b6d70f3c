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
import { ApiError, errorResponse } from "./http.js";
import type { RequestContext, Route } from "./router.js";
import type { SandboxService } from "./service.js";
import { authenticate } from "./auth.js";
import { checkApiVersion } from "./api-version.js";

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
export function frontendMethod(path: string): string {
  const m = /^\/(gov|node|app)(\/.*|)$/.exec(path);
  if (!m) return path;
  return m[2] === "" ? "/" : m[2]!;
}

export interface HandleOptions {
  nodeIndex: number;
  raw?: RawExchange;
  /** Member id of a TLS client certificate presented on the connection, if any. */
  clientCertMemberId?: string;
}

/** Runs a request through routing, hooks, auth, api-version and the handler. "drop" = destroy the connection. */
export async function handleRequest(service: SandboxService, req: SandboxRequest, options: HandleOptions): Promise<SandboxResponse | "drop"> {
  const started = process.hrtime.bigint();
  service.metrics.requests += 1;
  try {
    const match = service.router.match(req.method, req.path);
    const pctx: PipelineContext = { req, nodeIndex: options.nodeIndex, raw: options.raw, service };
    if (match.kind === "found") {
      pctx.route = match.route;
      pctx.params = match.params;
    }
    for (const hook of service.pipeline.before) {
      const outcome = await hook(pctx);
      if (outcome) return outcome;
    }
    let response: SandboxResponse;
    if (match.kind === "not-found") {
      response = errorResponse(404, "ResourceNotFound", `Unknown path: ${frontendMethod(req.path)}.`);
    } else if (match.kind === "method-not-allowed") {
      const allow = ["OPTIONS", ...match.allowed].join(", ");
      response =
        req.method === "OPTIONS"
          ? { status: 204, headers: { allow }, body: Buffer.alloc(0) }
          : errorResponse(405, "UnsupportedHttpVerb", `Allowed methods for '${frontendMethod(req.path)}' are: ${allow}.`, undefined, { allow });
    } else {
      response = await runRoute(service, req, match.route, match.params, options);
    }
    for (const hook of service.pipeline.after) {
      const outcome = await hook(pctx, response);
      if (outcome) return outcome;
    }
    return response;
  } finally {
    service.metrics.handleNs += process.hrtime.bigint() - started;
  }
}

/**
 * CCF sets `x-ms-ccf-transaction-id` on every successful response of an endpoint that ran in a KV
 * transaction: the new transaction's id for a write, else the read version's (frontend.h: "Only
 * transactions that acquired one or more map handles have a TxID"). Command endpoints (transaction
 * status, commit) run without one; error responses commit nothing and carry none.
 */
function withReadTxId(service: SandboxService, route: Route, response: SandboxResponse): SandboxResponse {
  if (route.command || route.api === "control" || response.status >= 400) return response;
  if (response.headers["x-ms-ccf-transaction-id"] !== undefined) return response;
  const ledger = service.state.ledger;
  return { ...response, headers: { ...response.headers, "x-ms-ccf-transaction-id": `${ledger.view}.${ledger.seqno}` } };
}

async function runRoute(
  service: SandboxService,
  req: SandboxRequest,
  route: Route,
  params: Record<string, string>,
  options: HandleOptions,
): Promise<SandboxResponse> {
  const ctx: RequestContext = { req, params, service, nodeIndex: options.nodeIndex, route, raw: options.raw };
  try {
    if (route.auth) ctx.caller = authenticate(service, req, route.auth, options.clientCertMemberId);
    if (route.api === "new") ctx.apiVersion = checkApiVersion(service.profile, req.query, route.minApiVersion);
    const response = await route.handler(ctx);
    return withReadTxId(service, route, response);
  } catch (err) {
    if (err instanceof ApiError) return err.toResponse();
    const message = err instanceof Error ? err.message : String(err);
    return errorResponse(500, "InternalError", message);
  }
}
