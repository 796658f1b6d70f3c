import { ApiError, errorResponse } from "./http.js";
import { authenticate } from "./auth.js";
import { checkApiVersion } from "./api-version.js";
/** CCF's `get_method()`: the path with the frontend prefix (`/gov`, `/node`, `/app`) removed. */
export function frontendMethod(path) {
    const m = /^\/(gov|node|app)(\/.*|)$/.exec(path);
    if (!m)
        return path;
    return m[2] === "" ? "/" : m[2];
}
/** Runs a request through routing, hooks, auth, api-version and the handler. "drop" = destroy the connection. */
export async function handleRequest(service, req, options) {
    const started = process.hrtime.bigint();
    service.metrics.requests += 1;
    try {
        const match = service.router.match(req.method, req.path);
        const pctx = { req, nodeIndex: options.nodeIndex, raw: options.raw, service };
        if (match.kind === "found") {
            pctx.route = match.route;
            pctx.params = match.params;
        }
        for (const hook of service.pipeline.before) {
            const outcome = await hook(pctx);
            if (outcome)
                return outcome;
        }
        let response;
        if (match.kind === "not-found") {
            response = errorResponse(404, "ResourceNotFound", `Unknown path: ${frontendMethod(req.path)}.`);
        }
        else if (match.kind === "method-not-allowed") {
            const allow = ["OPTIONS", ...match.allowed].join(", ");
            response =
                req.method === "OPTIONS"
                    ? { status: 204, headers: { allow }, body: Buffer.alloc(0) }
                    : errorResponse(405, "UnsupportedHttpVerb", `Allowed methods for '${frontendMethod(req.path)}' are: ${allow}.`, undefined, { allow });
        }
        else {
            response = await runRoute(service, req, match.route, match.params, options);
        }
        for (const hook of service.pipeline.after) {
            const outcome = await hook(pctx, response);
            if (outcome)
                return outcome;
        }
        return response;
    }
    finally {
        service.metrics.handleNs += process.hrtime.bigint() - started;
    }
}
/**
 * CCF sets `x-ms-ccf-transaction-id` on every successful response of an endpoint that ran in a KV
 * transaction: the new transaction's id for a write, else the read version's (frontend.h: "Only
 * transactions that acquired one or more map handles have a TxID"). Command endpoints (transaction
 * status, commit) run without one; error responses commit nothing and carry none.
 */
function withReadTxId(service, route, response) {
    if (route.command || route.api === "control" || response.status >= 400)
        return response;
    if (response.headers["x-ms-ccf-transaction-id"] !== undefined)
        return response;
    const ledger = service.state.ledger;
    return { ...response, headers: { ...response.headers, "x-ms-ccf-transaction-id": `${ledger.view}.${ledger.seqno}` } };
}
async function runRoute(service, req, route, params, options) {
    const ctx = { req, params, service, nodeIndex: options.nodeIndex, route, raw: options.raw };
    try {
        if (route.auth)
            ctx.caller = authenticate(service, req, route.auth, options.clientCertMemberId);
        if (route.api === "new")
            ctx.apiVersion = checkApiVersion(service.profile, req.query, route.minApiVersion);
        const response = await route.handler(ctx);
        return withReadTxId(service, route, response);
    }
    catch (err) {
        if (err instanceof ApiError)
            return err.toResponse();
        const message = err instanceof Error ? err.message : String(err);
        return errorResponse(500, "InternalError", message);
    }
}
