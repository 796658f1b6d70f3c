/** Small helpers shared by the route tables. */
import { jsonResponse, noContent, parseJsonBody, type SandboxResponse } from "../http.js";
import type { AuthenticatedMember } from "../auth.js";
import type { RequestContext } from "../router.js";

export const TX_ID_HEADER = "x-ms-ccf-transaction-id";

/** A JSON response to a write, with `x-ms-ccf-transaction-id` when the write committed a transaction. */
export function writeJson(status: number, value: unknown, txId: string | undefined): SandboxResponse {
  return jsonResponse(status, value, txId ? { [TX_ID_HEADER]: txId } : {});
}

export function writeNoContent(txId: string | undefined): SandboxResponse {
  return noContent(txId ? { [TX_ID_HEADER]: txId } : {});
}

export function callerOf(ctx: RequestContext): AuthenticatedMember {
  if (!ctx.caller) throw new Error("Unexpected: route has no authenticated caller");
  return ctx.caller;
}

/** The signed payload parsed as JSON (400 InvalidInput with the parser's message when it is not JSON). */
export function signedJson(ctx: RequestContext): () => unknown {
  return () => parseJsonBody(callerOf(ctx).payload);
}

export function has<T>(map: Record<string, T>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}
