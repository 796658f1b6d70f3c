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
}
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
    /** Per request: connect, headers and body timeouts in ms (default 30 000). */
    timeoutMs?: number;
    /** Called for every request sent (tests, benchmarks, progress). */
    onRequest?: (info: {
        method: string;
        path: string;
        node: string;
    }) => void;
}
/**
 * HTTPS to CCF nodes with the service certificate as the only trust root (never the system store; no
 * switch turns verification off), failover across nodes, manual 307/308 following that keeps method and
 * body, and retries with backoff for what is safe to repeat.
 */
export declare class Transport {
    readonly nodes: readonly NodeEndpoint[];
    private readonly agents;
    private readonly options;
    private preferred;
    /** One TLS context for every connection: the pinned CA is parsed once, not per connection. */
    private secureContext;
    private readonly counts;
    constructor(options: TransportOptions);
    get requests(): RequestCounter;
    resetRequestCount(): void;
    close(): Promise<void>;
    /**
     * Sends `request`, failing over to the next node on connection errors and retrying with backoff (503
     * honouring Retry-After; transport errors once every node was tried). Non-idempotent requests are only
     * re-sent when they certainly never reached a node.
     */
    send(request: HttpRequest): Promise<HttpResponse>;
    private sendFollowingRedirects;
    private sendOnce;
    private agentFor;
}
