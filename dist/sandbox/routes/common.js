/** Small helpers shared by the route tables. */
import { jsonResponse, noContent, parseJsonBody } from "../http.js";
export const TX_ID_HEADER = "x-ms-ccf-transaction-id";
/** A JSON response to a write, with `x-ms-ccf-transaction-id` when the write committed a transaction. */
export function writeJson(status, value, txId) {
    return jsonResponse(status, value, txId ? { [TX_ID_HEADER]: txId } : {});
}
export function writeNoContent(txId) {
    return noContent(txId ? { [TX_ID_HEADER]: txId } : {});
}
export function callerOf(ctx) {
    if (!ctx.caller)
        throw new Error("Unexpected: route has no authenticated caller");
    return ctx.caller;
}
/** The signed payload parsed as JSON (400 InvalidInput with the parser's message when it is not JSON). */
export function signedJson(ctx) {
    return () => parseJsonBody(callerOf(ctx).payload);
}
export function has(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key);
}
