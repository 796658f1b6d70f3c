import { CcfConsortiumError } from "../errors.js";
/**
 * The node answered with an error. Carries CCF's OData code and message and the request that failed
 * (method, path, node) — never the request body, which may hold key material or recovery shares.
 */
export declare class GovernanceError extends CcfConsortiumError {
    readonly status: number;
    readonly ccfCode: string | undefined;
    readonly ccfMessage: string | undefined;
    readonly method: string;
    readonly path: string;
    readonly node: string;
    /** From `Retry-After` (503), when the node sent one. */
    readonly retryAfterMs: number | undefined;
    constructor(init: {
        status: number;
        ccfCode?: string;
        ccfMessage?: string;
        method: string;
        path: string;
        node: string;
        retryAfterMs?: number;
    });
}
/**
 * How far a failed request got: "not-sent" (connection refused, TLS or connect failure: safe to send
 * elsewhere), "maybe-sent" (the connection dropped after the request went out: a write may have
 * happened), "tls" (the node's certificate did not verify against the pinned service certificate).
 */
export type TransportFailure = "not-sent" | "maybe-sent" | "tls";
/** Connection, TLS or timeout failure talking to the node(s). */
export declare class TransportError extends CcfConsortiumError {
    readonly method: string;
    readonly path: string;
    readonly node: string;
    readonly failure: TransportFailure;
    readonly causeCode: string | undefined;
    constructor(init: {
        method: string;
        path: string;
        node: string;
        failure: TransportFailure;
        causeCode?: string;
        detail: string;
        cause?: unknown;
    });
}
/** Extracts `{"error": {"code", "message"}}` from a CCF error body; tolerant of anything else. */
export declare function parseErrorBody(body: Buffer): {
    ccfCode?: string;
    ccfMessage?: string;
};
