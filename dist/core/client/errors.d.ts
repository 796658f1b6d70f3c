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
    /** Requests sent for this operation (retries and failover included) and the time they took. */
    readonly attempts: number | undefined;
    readonly elapsedMs: number | undefined;
    constructor(init: {
        status: number;
        ccfCode?: string;
        ccfMessage?: string;
        method: string;
        path: string;
        node: string;
        retryAfterMs?: number;
        attempts?: number;
        elapsedMs?: number;
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
    readonly detail: string;
    /** Requests sent for this operation (retries and failover included) and the time they took, once known. */
    readonly attempts: number | undefined;
    readonly elapsedMs: number | undefined;
    constructor(init: {
        method: string;
        path: string;
        node: string;
        failure: TransportFailure;
        causeCode?: string;
        detail: string;
        cause?: unknown;
        attempts?: number;
        elapsedMs?: number;
        note?: string;
    });
    /** The same failure, saying how many requests the operation sent, how long it took in all, and why it stopped there. */
    after(attempts: number, elapsedMs: number, note?: string): TransportError;
}
/**
 * A node's reply that is not what the protocol reference gives for its endpoint: not JSON, a missing or
 * mistyped field, larger than the response cap, or a redirect that leaves the service. Names the node
 * and the request once known (the validators raise it without them; the reply adds them).
 */
export declare class NodeReplyError extends CcfConsortiumError {
    readonly problem: string;
    readonly method: string | undefined;
    readonly path: string | undefined;
    readonly node: string | undefined;
    constructor(init: {
        problem: string;
        method?: string;
        path?: string;
        node?: string;
    });
    /** This error naming the request whose reply it is about. */
    at(method: string, path: string, node: string): NodeReplyError;
}
/** Milliseconds as people read them: "0.4 s", "6.2 s", "60 s". */
export declare function formatSeconds(ms: number): string;
/** Text from a node as it may appear in an error: escape sequences and controls replaced, bidi dropped, capped (core/text). */
export declare function printable(text: string, max?: number): string;
/** Extracts `{"error": {"code", "message"}}` from a CCF error body; tolerant of anything else. */
export declare function parseErrorBody(body: Buffer): {
    ccfCode?: string;
    ccfMessage?: string;
};
