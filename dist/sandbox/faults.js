import { errorResponse } from "./http.js";
/** CCF's text for backpressure (src/node/rpc/frontend.h). */
export const TOO_MANY_PENDING_MESSAGE = "Too many transactions pending commit on the service.";
function matches(rule, nodeIndex, req) {
    if (rule.nodeIndex !== undefined && rule.nodeIndex !== nodeIndex)
        return false;
    if (rule.method !== undefined && rule.method.toUpperCase() !== req.method.toUpperCase())
        return false;
    if (rule.path !== undefined && !req.path.startsWith(rule.path))
        return false;
    return true;
}
function checkInteger(name, value, min) {
    if (value === undefined)
        return;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
        throw new RangeError(`${name} must be an integer ≥ ${min} (got ${JSON.stringify(value)})`);
    }
}
function checkMatch(m) {
    checkInteger("nodeIndex", m.nodeIndex, 0);
    if (m.method !== undefined && typeof m.method !== "string")
        throw new RangeError("method must be a string");
    if (m.path !== undefined && (typeof m.path !== "string" || !m.path.startsWith("/"))) {
        throw new RangeError(`path must be a string starting with "/" (got ${JSON.stringify(m.path)})`);
    }
}
function strip(rule) {
    const { remaining, until, ...rest } = rule;
    void until;
    return (remaining === undefined ? rest : { ...rest, count: remaining });
}
export class FaultInjector {
    latency = [];
    unavailable = [];
    drops = [];
    counters = { delayed: 0, unavailable: 0, droppedBeforeWrite: 0, droppedAfterCommit: 0 };
    now;
    sleep;
    constructor(options = {}) {
        this.now = options.now ?? Date.now;
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    }
    /** Add `ms` of latency to every matching request (or the next `count`). Rules add up. */
    addLatency(fault) {
        checkMatch(fault);
        checkInteger("ms", fault.ms, 0);
        checkInteger("count", fault.count, 1);
        this.latency.push({ ...fault, remaining: fault.count });
    }
    /** Answer matching requests with 503 TooManyPendingTransactions + Retry-After. */
    failWithUnavailable(fault = {}) {
        checkMatch(fault);
        checkInteger("count", fault.count, 1);
        checkInteger("durationMs", fault.durationMs, 1);
        checkInteger("retryAfterSeconds", fault.retryAfterSeconds, 0);
        const count = fault.count ?? (fault.durationMs === undefined ? 1 : undefined);
        const until = fault.durationMs === undefined ? undefined : this.now() + fault.durationMs;
        this.unavailable.push({ ...fault, count, remaining: count, until });
    }
    /** Drop the connection of the next `count` matching writes, before applying or after committing. */
    dropConnection(fault) {
        checkMatch(fault);
        if (fault.when !== "before-write" && fault.when !== "after-commit") {
            throw new RangeError(`when must be "before-write" or "after-commit" (got ${JSON.stringify(fault.when)})`);
        }
        checkInteger("count", fault.count, 1);
        this.drops.push({ ...fault, remaining: fault.count ?? 1 });
    }
    /** Remove every fault and reset the counters. */
    clear() {
        this.latency = [];
        this.unavailable = [];
        this.drops = [];
        this.counters = { delayed: 0, unavailable: 0, droppedBeforeWrite: 0, droppedAfterCommit: 0 };
    }
    snapshot() {
        this.expire();
        return {
            latency: this.latency.map((r) => strip(r)),
            unavailable: this.unavailable.map((r) => ({
                ...strip(r),
                ...(r.until !== undefined ? { until: new Date(r.until).toISOString() } : {}),
            })),
            drops: this.drops.map((r) => strip(r)),
            injected: { ...this.counters },
        };
    }
    expire() {
        const now = this.now();
        this.unavailable = this.unavailable.filter((r) => (r.until === undefined || r.until > now) && r.remaining !== 0);
        this.latency = this.latency.filter((r) => r.remaining !== 0);
        this.drops = this.drops.filter((r) => r.remaining !== 0);
    }
    /**
     * Called when a (non-control) request arrives: waits the matching latency, then returns a 503
     * response if an "unavailable" rule matches, else undefined.
     */
    async onRequest(nodeIndex, req) {
        this.expire();
        let delay = 0;
        for (const rule of this.latency) {
            if (!matches(rule, nodeIndex, req))
                continue;
            delay += rule.ms;
            if (rule.remaining !== undefined)
                rule.remaining--;
        }
        if (delay > 0) {
            this.counters.delayed++;
            await this.sleep(delay);
        }
        this.expire();
        const rule = this.unavailable.find((r) => matches(r, nodeIndex, req));
        if (!rule)
            return undefined;
        if (rule.remaining !== undefined)
            rule.remaining--;
        this.counters.unavailable++;
        return errorResponse(503, "TooManyPendingTransactions", TOO_MANY_PENDING_MESSAGE, undefined, {
            "retry-after": String(rule.retryAfterSeconds ?? 1),
        });
    }
    /** True (and consumes the rule) when the connection of this write must be dropped at `when`. */
    takeDrop(nodeIndex, req, when) {
        this.expire();
        const rule = this.drops.find((r) => r.when === when && matches(r, nodeIndex, req));
        if (!rule)
            return false;
        if (rule.remaining !== undefined)
            rule.remaining--;
        if (when === "before-write")
            this.counters.droppedBeforeWrite++;
        else
            this.counters.droppedAfterCommit++;
        return true;
    }
}
/** Marks the fault hook in `service.pipeline.before` (the cluster hook places itself right after it). */
export const FAULTS_HOOK = Symbol.for("ccf-consortium.sandbox.faults-hook");
/**
 * Installs the injector in a service's request pipeline: first `before` hook (latency, 503, drop before
 * the write) and an `after` hook (drop after the write committed: the state is flushed to DIR first,
 * so the write is durable and Committed when the client loses the connection).
 */
export function installFaults(pipeline, faults, options = {}) {
    const receiving = (ctx) => options.receivingNode?.(ctx.req) ?? ctx.nodeIndex;
    const before = async (ctx) => {
        if (ctx.route?.api === "control")
            return undefined;
        if (options.alreadySeen?.(ctx.req))
            return undefined;
        const early = await faults.onRequest(ctx.nodeIndex, ctx.req);
        if (early)
            return early;
        if (ctx.route?.write && faults.takeDrop(ctx.nodeIndex, ctx.req, "before-write"))
            return "drop";
        return undefined;
    };
    Object.defineProperty(before, FAULTS_HOOK, { value: true });
    const after = async (ctx, response) => {
        if (ctx.route?.api === "control" || !ctx.route?.write || response.status >= 400)
            return undefined;
        if (!faults.takeDrop(receiving(ctx), ctx.req, "after-commit"))
            return undefined;
        await ctx.service.flush();
        return "drop";
    };
    pipeline.before.unshift(before);
    pipeline.after.push(after);
}
export function isFaultsHook(hook) {
    return typeof hook === "function" && hook[FAULTS_HOOK] === true;
}
