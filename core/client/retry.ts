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

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    retries: options.retries ?? 5,
    baseDelayMs: options.baseDelayMs ?? 100,
    maxDelayMs: options.maxDelayMs ?? 10_000,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
}

/** Delay before retry number `attempt` (0-based): base·2^attempt, capped, "equal jitter" (½ fixed + ½ random). */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * policy.random());
}

/** `Retry-After` as ms: delta-seconds or an HTTP date; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length > 100) return undefined;
  const text = raw.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
