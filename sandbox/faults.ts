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
import { errorResponse } from "./http.js";
import type { PipelineContext, PipelineHooks } from "./pipeline.js";

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

interface Counted {
  remaining?: number; // undefined = unlimited
  until?: number; // epoch ms
}

type LatencyRule = LatencyFault & Counted;
type UnavailableRule = UnavailableFault & Counted;
type DropRule = DropFault & Counted;

export interface FaultSnapshot {
  latency: LatencyFault[];
  unavailable: (UnavailableFault & { until?: string })[];
  drops: DropFault[];
  /** Counters of what was injected since the sandbox started (or the last `clear`). */
  injected: { delayed: number; unavailable: number; droppedBeforeWrite: number; droppedAfterCommit: number };
}

/** CCF's text for backpressure (src/node/rpc/frontend.h). */
export const TOO_MANY_PENDING_MESSAGE = "Too many transactions pending commit on the service.";

function matches(rule: FaultMatch, nodeIndex: number, req: Pick<SandboxRequest, "method" | "path">): boolean {
  if (rule.nodeIndex !== undefined && rule.nodeIndex !== nodeIndex) return false;
  if (rule.method !== undefined && rule.method.toUpperCase() !== req.method.toUpperCase()) return false;
  if (rule.path !== undefined && !req.path.startsWith(rule.path)) return false;
  return true;
}

function checkInteger(name: string, value: unknown, min: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min} (got ${JSON.stringify(value)})`);
  }
}

function checkMatch(m: FaultMatch): void {
  checkInteger("nodeIndex", m.nodeIndex, 0);
  if (m.method !== undefined && typeof m.method !== "string") throw new RangeError("method must be a string");
  if (m.path !== undefined && (typeof m.path !== "string" || !m.path.startsWith("/"))) {
    throw new RangeError(`path must be a string starting with "/" (got ${JSON.stringify(m.path)})`);
  }
}

function strip<T extends object>(rule: T & Counted): T {
  const { remaining, until, ...rest } = rule;
  void until;
  return (remaining === undefined ? rest : { ...rest, count: remaining }) as unknown as T;
}

export class FaultInjector {
  private latency: LatencyRule[] = [];
  private unavailable: UnavailableRule[] = [];
  private drops: DropRule[] = [];
  private counters = { delayed: 0, unavailable: 0, droppedBeforeWrite: 0, droppedAfterCommit: 0 };
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: { now?: () => number; sleep?: (ms: number) => Promise<void> } = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Add `ms` of latency to every matching request (or the next `count`). Rules add up. */
  addLatency(fault: LatencyFault): void {
    checkMatch(fault);
    checkInteger("ms", fault.ms, 0);
    checkInteger("count", fault.count, 1);
    this.latency.push({ ...fault, remaining: fault.count });
  }

  /** Answer matching requests with 503 TooManyPendingTransactions + Retry-After. */
  failWithUnavailable(fault: UnavailableFault = {}): void {
    checkMatch(fault);
    checkInteger("count", fault.count, 1);
    checkInteger("durationMs", fault.durationMs, 1);
    checkInteger("retryAfterSeconds", fault.retryAfterSeconds, 0);
    const count = fault.count ?? (fault.durationMs === undefined ? 1 : undefined);
    const until = fault.durationMs === undefined ? undefined : this.now() + fault.durationMs;
    this.unavailable.push({ ...fault, count, remaining: count, until });
  }

  /** Drop the connection of the next `count` matching writes, before applying or after committing. */
  dropConnection(fault: DropFault): void {
    checkMatch(fault);
    if (fault.when !== "before-write" && fault.when !== "after-commit") {
      throw new RangeError(`when must be "before-write" or "after-commit" (got ${JSON.stringify(fault.when)})`);
    }
    checkInteger("count", fault.count, 1);
    this.drops.push({ ...fault, remaining: fault.count ?? 1 });
  }

  /** Remove every fault and reset the counters. */
  clear(): void {
    this.latency = [];
    this.unavailable = [];
    this.drops = [];
    this.counters = { delayed: 0, unavailable: 0, droppedBeforeWrite: 0, droppedAfterCommit: 0 };
  }

  snapshot(): FaultSnapshot {
    this.expire();
    return {
      latency: this.latency.map((r) => strip<LatencyFault>(r)),
      unavailable: this.unavailable.map((r) => ({
        ...strip<UnavailableFault>(r),
        ...(r.until !== undefined ? { until: new Date(r.until).toISOString() } : {}),
      })),
      drops: this.drops.map((r) => strip<DropFault>(r)),
      injected: { ...this.counters },
    };
  }

  private expire(): void {
    const now = this.now();
    this.unavailable = this.unavailable.filter((r) => (r.until === undefined || r.until > now) && r.remaining !== 0);
    this.latency = this.latency.filter((r) => r.remaining !== 0);
    this.drops = this.drops.filter((r) => r.remaining !== 0);
  }

  /**
   * Called when a (non-control) request arrives: waits the matching latency, then returns a 503
   * response if an "unavailable" rule matches, else undefined.
   */
  async onRequest(nodeIndex: number, req: Pick<SandboxRequest, "method" | "path">): Promise<SandboxResponse | undefined> {
    this.expire();
    let delay = 0;
    for (const rule of this.latency) {
      if (!matches(rule, nodeIndex, req)) continue;
      delay += rule.ms;
      if (rule.remaining !== undefined) rule.remaining--;
    }
    if (delay > 0) {
      this.counters.delayed++;
      await this.sleep(delay);
    }
    this.expire();
    const rule = this.unavailable.find((r) => matches(r, nodeIndex, req));
    if (!rule) return undefined;
    if (rule.remaining !== undefined) rule.remaining--;
    this.counters.unavailable++;
    return errorResponse(503, "TooManyPendingTransactions", TOO_MANY_PENDING_MESSAGE, undefined, {
      "retry-after": String(rule.retryAfterSeconds ?? 1),
    });
  }

  /** True (and consumes the rule) when the connection of this write must be dropped at `when`. */
  takeDrop(nodeIndex: number, req: Pick<SandboxRequest, "method" | "path">, when: DropPoint): boolean {
    this.expire();
    const rule = this.drops.find((r) => r.when === when && matches(r, nodeIndex, req));
    if (!rule) return false;
    if (rule.remaining !== undefined) rule.remaining--;
    if (when === "before-write") this.counters.droppedBeforeWrite++;
    else this.counters.droppedAfterCommit++;
    return true;
  }
}

/** Marks the fault hook in `service.pipeline.before` (the cluster hook places itself right after it). */
export const FAULTS_HOOK = Symbol.for("ccf-consortium.sandbox.faults-hook");

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
export function installFaults(pipeline: PipelineHooks, faults: FaultInjector, options: FaultHookOptions = {}): void {
  const receiving = (ctx: PipelineContext) => options.receivingNode?.(ctx.req) ?? ctx.nodeIndex;
  const before = async (ctx: PipelineContext): Promise<SandboxResponse | "drop" | undefined> => {
    if (ctx.route?.api === "control") return undefined;
    if (options.alreadySeen?.(ctx.req)) return undefined;
    const early = await faults.onRequest(ctx.nodeIndex, ctx.req);
    if (early) return early;
    if (ctx.route?.write && faults.takeDrop(ctx.nodeIndex, ctx.req, "before-write")) return "drop";
    return undefined;
  };
  Object.defineProperty(before, FAULTS_HOOK, { value: true });
  const after = async (ctx: PipelineContext, response: SandboxResponse): Promise<"drop" | undefined> => {
    if (ctx.route?.api === "control" || !ctx.route?.write || response.status >= 400) return undefined;
    if (!faults.takeDrop(receiving(ctx), ctx.req, "after-commit")) return undefined;
    await ctx.service.flush();
    return "drop";
  };
  pipeline.before.unshift(before);
  pipeline.after.push(after);
}

export function isFaultsHook(hook: unknown): boolean {
  return typeof hook === "function" && (hook as unknown as Record<symbol, unknown>)[FAULTS_HOOK] === true;
}
