import { type RetryPolicy } from "./retry.js";
/** A node to talk to; `servername` overrides the name checked against its certificate (nodes reached by IP). */
export interface NodeEndpoint {
    url: string;
    servername?: string;
}
export interface HttpRequest {
    method: "GET" | "POST";
    /** Path and query, e.g. `/gov/service/members?api-version=2024-07-01`. */
    path: string;
    body?: Uint8Array;
    contentType?: string;
    /**
     * Safe to send again after an ambiguous failure (reads, digest update, ack, identical ballot). When
     * false, only requests that certainly never reached a node are re-sent; a 503 is returned as is.
     */
    idempotent: boolean;
    /**
     * A 503 (the node executed nothing) may be answered by re-sending these same bytes after Retry-After.
     * Defaults to `idempotent`; proposal creation turns it off (it signs afresh instead).
     */
    resendOn503?: boolean;
}
export interface HttpResponse {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
    /** Origin of the node that answered (after redirects). */
    node: string;
    /** Requests sent for this operation (retries and failover included) and the time they took. */
    attempts?: number;
    elapsedMs?: number;
}
/** A retry about to happen: `attempt` of `attempts` (the first retry is attempt 2), after `delayMs`. */
export interface RetryEvent {
    attempt: number;
    attempts: number;
    delayMs: number;
    /** Why: the error code (`UND_ERR_HEADERS_TIMEOUT`, `ECONNREFUSED`, ...) or `HTTP 503`. */
    reason: string;
    method: string;
    path: string;
    node: string;
}
/** The bounds on every exchange with a node; see `DEFAULT_LIMITS`. */
export interface TransportLimits {
    /** Largest reply body accepted, in bytes; a larger one is abandoned while streaming. */
    maxResponseBytes: number;
    /** One request (connect, headers and the whole body), in ms. */
    requestTimeoutMs: number;
    /** One operation: a request with all its retries, failover and redirects, in ms. */
    operationTimeoutMs: number;
}
export declare const DEFAULT_LIMITS: TransportLimits;
/** Requests actually sent on the wire (redirect hops and retries included), by method. */
export interface RequestCounter {
    total: number;
    byMethod: Record<string, number>;
}
export interface TransportOptions {
    nodes: NodeEndpoint[];
    serviceCertificatePem: string;
    servername?: string;
    retry: RetryPolicy;
    /** Response cap and deadlines (defaults: DEFAULT_LIMITS). */
    limits?: Partial<TransportLimits>;
    /** Called for every request sent (tests, benchmarks, progress). */
    onRequest?: (info: {
        method: string;
        path: string;
        node: string;
    }) => void;
    /** Called before each retry (progress: "retry 2/6 in 4 s after UND_ERR_HEADERS_TIMEOUT"). */
    onRetry?: (event: RetryEvent) => void;
}
/**
 * HTTPS to CCF nodes with the service certificate as the only trust root (never the system store; no
 * switch turns verification off), failover across nodes, manual 307/308 following that keeps method and
 * body, and retries with backoff for what is safe to repeat.
 */
export declare class Transport {
    readonly nodes: readonly NodeEndpoint[];
    private readonly agents;
    readonly limits: TransportLimits;
    private readonly options;
    private preferred;
    /** One TLS context for every connection: the pinned CA is parsed once, not per connection. */
    private secureContext;
    private readonly counts;
    /** Agents with an attempt given up while still connecting: destroyed (not drained) on close. */
    private readonly abandoned;
    constructor(options: TransportOptions);
    get requests(): RequestCounter;
    resetRequestCount(): void;
    close(): Promise<void>;
    /**
     * Sends `request`, failing over to the next node on connection errors and retrying with backoff (503
     * honouring Retry-After; transport errors once every node was tried). Non-idempotent requests are only
     * re-sent when they certainly never reached a node. Every attempt has the request deadline, the whole
     * operation the operation deadline: a retry that would start after it is not made.
     */
    send(request: HttpRequest): Promise<HttpResponse>;
    /**
     * One attempt, following 307/308 (method and body kept) within MAX_REDIRECTS hops, only to https,
     * never in a loop; a hop to an origin that is not a configured node must verify against the pinned
     * service certificate like any node (else it is not part of this service: a NodeReplyError).
     */
    private sendFollowingRedirects;
    /**
     * One HTTP exchange within `timeoutMs` (a timer across connect, headers and the whole body: undici's
     * own body timeout restarts on every byte), reading at most `maxResponseBytes` while streaming.
     */
    private sendOnce;
    private agentFor;
}
