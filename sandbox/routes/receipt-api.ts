/**
 * `GET /{node,gov,app}/receipt?transaction_id=V.S` — CCF registers `/receipt` on every frontend
 * (microsoft/CCF src/endpoints/common_endpoint_registry.cpp) as a historical query
 * (src/node/historical_queries_adapter.cpp), no authentication:
 *   - no or malformed transaction_id: the extractor fails and the adapter answers
 *     404 TransactionInvalid "Could not extract Transaction Id";
 *   - not committed: 404 TransactionPendingOrUnknown "Only committed transactions can be queried.
 *     Transaction V.S is Pending" (Cache-Control: no-cache); rolled back: 404 TransactionInvalid;
 *   - service not Open and the transaction from before the current service: 404 TransactionInvalid
 *     "Historical transaction V.S is not signed by the current service identity key and cannot be
 *     retrieved until recovery is complete.";
 *   - historical state not yet fetched: 202, Retry-After: 3, text/plain "Historical transaction V.S is
 *     not currently available." (the sandbox "fetches" on the first request);
 *   - then 200 with the JSON receipt (`describe_receipt_v1`).
 */
import { errorResponse, jsonResponse, textResponse, type SandboxResponse } from "../http.js";
import { parseTxId } from "../ledger.js";
import type { RequestContext, Route } from "../router.js";

const receipt = async (ctx: RequestContext): Promise<SandboxResponse> => {
  const raw = ctx.req.query.get("transaction_id");
  const id = raw === null ? undefined : parseTxId(raw);
  if (!id) return errorResponse(404, "TransactionInvalid", "Could not extract Transaction Id");
  const txid = `${id.view}.${id.seqno}`;
  const service = ctx.service;
  const status = service.txStatus(id.view, id.seqno);
  const notCommitted = `Only committed transactions can be queried. Transaction ${txid} is ${status}`;
  if (status === "Pending" || status === "Unknown") {
    return errorResponse(404, "TransactionPendingOrUnknown", notCommitted, undefined, { "cache-control": "no-cache" });
  }
  if (status === "Invalid") return errorResponse(404, "TransactionInvalid", notCommitted);
  const state = service.state;
  const created = state.service.creationTransactionId ? parseTxId(state.service.creationTransactionId) : undefined;
  if (state.service.status !== "Open" && created && id.view < created.view) {
    return errorResponse(404, "TransactionInvalid", `Historical transaction ${txid} is not signed by the current service identity key and cannot be retrieved until recovery is complete.`);
  }
  if (!service.history.markFetched(id.seqno)) {
    return textResponse(202, `Historical transaction ${txid} is not currently available.`, "text/plain", { "retry-after": "3" });
  }
  const body = await service.history.receipt(state, id.view, id.seqno);
  if (!body) return errorResponse(404, "TransactionInvalid", notCommitted.replace(/is \w+$/, "is Invalid"));
  return jsonResponse(200, body);
};

export function receiptRoutes(): Route[] {
  return ["/node/receipt", "/gov/receipt", "/app/receipt"].map((path) => ({ method: "GET", path, api: "node", handler: receipt }));
}
