/** Small helpers shared by the route tables. */
import { type SandboxResponse } from "../http.js";
import type { AuthenticatedMember } from "../auth.js";
import type { RequestContext } from "../router.js";
export declare const TX_ID_HEADER = "x-ms-ccf-transaction-id";
/** A JSON response to a write, with `x-ms-ccf-transaction-id` when the write committed a transaction. */
export declare function writeJson(status: number, value: unknown, txId: string | undefined): SandboxResponse;
export declare function writeNoContent(txId: string | undefined): SandboxResponse;
export declare function callerOf(ctx: RequestContext): AuthenticatedMember;
/** The signed payload parsed as JSON (400 InvalidInput with the parser's message when it is not JSON). */
export declare function signedJson(ctx: RequestContext): () => unknown;
export declare function has<T>(map: Record<string, T>, key: string): boolean;
