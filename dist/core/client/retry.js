export function retryPolicy(options = {}) {
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
export function backoffDelay(policy, attempt) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + (ceiling / 2) * policy.random());
}
/** `Retry-After` as ms: delta-seconds or an HTTP date; undefined when absent or unparsable. */
export function parseRetryAfter(value, now) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (raw === undefined)
        return undefined;
    const text = raw.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
