/**
 * Retry policy: exponential backoff with jitter, Retry-After honoured. Clock, randomness and sleep are
 * injected so tests run instantly and deterministically.
 */
export interface RetryOptions {
    /** Retries after the first attempt (default 5). */
    retries?: number;
    /** First backoff delay in ms (default 100). */
    baseDelayMs?: number;
    /** Cap on one delay in ms, Retry-After included (default 10 000). */
    maxDelayMs?: number;
    /** Waits `ms` (default setTimeout). */
    sleep?: (ms: number) => Promise<void>;
    /** Uniform [0, 1) (default Math.random). */
    random?: () => number;
    /** Current time in ms since the epoch (default Date.now), used for HTTP-date Retry-After. */
    now?: () => number;
}
export interface RetryPolicy {
    retries: number;
    baseDelayMs: number;
    maxDelayMs: number;
    sleep: (ms: number) => Promise<void>;
    random: () => number;
    now: () => number;
}
export declare function retryPolicy(options?: RetryOptions): RetryPolicy;
/** Delay before retry number `attempt` (0-based): base·2^attempt, capped, "equal jitter" (½ fixed + ½ random). */
export declare function backoffDelay(policy: RetryPolicy, attempt: number): number;
/** `Retry-After` as ms: delta-seconds or an HTTP date; undefined when absent or unparsable. */
export declare function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined;
