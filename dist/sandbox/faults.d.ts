/**
 * Fault injection for reliability tests: per-request latency, `503 TooManyPendingTransactions` with
 * `Retry-After`, and connections dropped (socket destroyed, no response) either before a write is
 * applied or after it has committed. One injector is shared by every node of a sandbox; rules may be
 * limited to one node, an HTTP method or a path prefix.
 *
 * The server calls `onRequest` when a request arrives (latency, then 503), and `takeDrop` for write
 * routes right before applying ("before-write") and right after the write is committed and persisted
 * ("after-commit"). Control routes (/control/...) are never subject to faults.
 */
import type { SandboxRequest, SandboxResponse } from "./http.js";
import type { PipelineHooks } from "./pipeline.js";
export type DropPoint = "before-write" | "after-commit";
/** Which requests a rule applies to. All given fields must match. */
export interface FaultMatch {
    /** Only requests received by this node (index into the sandbox's nodes). */
    nodeIndex?: number;
    /** Upper-case HTTP method. */
    method?: string;
    /** Path prefix, e.g. "/gov/members/proposals". */
    path?: string;
}
export interface LatencyFault extends FaultMatch {
    /** Delay added before each matching request is handled. */
    ms: number;
    /** Only the next `count` matching requests (default: every request until cleared). */
    count?: number;
}
export interface UnavailableFault extends FaultMatch {
    /** Answer the next `count` matching requests with 503 (default 1 when no `durationMs`). */
    count?: number;
    /** …or every matching request for this many milliseconds from now. */
    durationMs?: number;
    /** `Retry-After` header value in seconds (default 1). */
    retryAfterSeconds?: number;
}
export interface DropFault extends FaultMatch {
    when: DropPoint;
    /** How many matching writes to drop (default 1). */
    count?: number;
}
export interface FaultSnapshot {
    latency: LatencyFault[];
    unavailable: (UnavailableFault & {
        until?: string;
    })[];
    drops: DropFault[];
    /** Counters of what was injected since the sandbox started (or the last `clear`). */
    injected: {
        delayed: number;
        unavailable: number;
        droppedBeforeWrite: number;
        droppedAfterCommit: number;
    };
}
/** CCF's text for backpressure (src/node/rpc/frontend.h). */
export declare const TOO_MANY_PENDING_MESSAGE = "Too many transactions pending commit on the service.";
export declare class FaultInjector {
    private latency;
    private unavailable;
    private drops;
    private counters;
    private readonly now;
    private readonly sleep;
    constructor(options?: {
        now?: () => number;
        sleep?: (ms: number) => Promise<void>;
    });
    /** Add `ms` of latency to every matching request (or the next `count`). Rules add up. */
    addLatency(fault: LatencyFault): void;
    /** Answer matching requests with 503 TooManyPendingTransactions + Retry-After. */
    failWithUnavailable(fault?: UnavailableFault): void;
    /** Drop the connection of the next `count` matching writes, before applying or after committing. */
    dropConnection(fault: DropFault): void;
    /** Remove every fault and reset the counters. */
    clear(): void;
    snapshot(): FaultSnapshot;
    private expire;
    /**
     * Called when a (non-control) request arrives: waits the matching latency, then returns a 503
     * response if an "unavailable" rule matches, else undefined.
     */
    onRequest(nodeIndex: number, req: Pick<SandboxRequest, "method" | "path">): Promise<SandboxResponse | undefined>;
    /** True (and consumes the rule) when the connection of this write must be dropped at `when`. */
    takeDrop(nodeIndex: number, req: Pick<SandboxRequest, "method" | "path">, when: DropPoint): boolean;
}
/** Marks the fault hook in `service.pipeline.before` (the cluster hook places itself right after it). */
export declare const FAULTS_HOOK: unique symbol;
/** What the pipeline hooks need to know about a request; `receivingNode` differs from `nodeIndex` when forwarded. */
export interface FaultHookOptions {
    /** Node that received the request from the client (a backup that forwarded it to the primary). */
    receivingNode?: (req: SandboxRequest) => number | undefined;
    /** True for requests already subject to faults at the node that received them. */
    alreadySeen?: (req: SandboxRequest) => boolean;
}
/**
 * Installs the injector in a service's request pipeline: first `before` hook (latency, 503, drop before
 * the write) and an `after` hook (drop after the write committed: the state is flushed to DIR first,
 * so the write is durable and Committed when the client loses the connection).
 */
export declare function installFaults(pipeline: PipelineHooks, faults: FaultInjector, options?: FaultHookOptions): void;
export declare function isFaultsHook(hook: unknown): boolean;
