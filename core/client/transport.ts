import { createSecureContext, type SecureContext } from "node:tls";
import { exchange, NodePool } from "./exchange.js";
import { InputError } from "../errors.js";
import { nodeOrigin } from "./connection-inputs.js";
import { formatSeconds, NodeReplyError, TransportError } from "./errors.js";
import { backoffDelay, parseRetryAfter, type RetryPolicy } from "./retry.js";

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
  /** Why: the error code (`HEADERS_TIMEOUT`, `ECONNRESET`, `ECONNREFUSED`, ...) or `HTTP 503`. */
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

export const DEFAULT_LIMITS: TransportLimits = {
  maxResponseBytes: 16 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  operationTimeoutMs: 60_000,
};

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
  onRequest?: (info: { method: string; path: string; node: string }) => void;
  /** Called before each retry (progress: "retry 2/6 in 4 s after HEADERS_TIMEOUT"). */
  onRetry?: (event: RetryEvent) => void;
}

/** Redirect hops followed per request (a backup names its primary: one hop is the normal case). */
const MAX_REDIRECTS = 3;

/**
 * HTTPS to CCF nodes with the service certificate as the only trust root (never the system store; no
 * switch turns verification off), failover across nodes, manual 307/308 following that keeps method and
 * body, and retries with backoff for what is safe to repeat.
 */
export class Transport {
  readonly nodes: readonly NodeEndpoint[];
  private readonly pools = new Map<string, NodePool>();
  readonly limits: TransportLimits;
  private readonly options: TransportOptions;
  private preferred = 0;
  /** One TLS context for every connection: the pinned CA is parsed once, not per connection. */
  private secureContext: SecureContext | undefined;
  private readonly counts: RequestCounter = { total: 0, byMethod: {} };

  constructor(options: TransportOptions) {
    if (options.nodes.length === 0) throw new InputError("nodes", "at least one node URL is required");
    if (!/-----BEGIN CERTIFICATE-----/.test(options.serviceCertificatePem)) {
      throw new InputError("service certificate", "is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block)");
    }
    this.options = options;
    this.limits = { ...DEFAULT_LIMITS, ...definedOnly(options.limits) };
    for (const [name, value] of Object.entries(this.limits)) {
      if (!Number.isFinite(value) || value <= 0) throw new InputError(name, `must be a positive number (got ${String(value)})`);
    }
    this.nodes = options.nodes.map((n, i) => ({ url: nodeOrigin(n.url, `nodes[${i}]`), servername: n.servername ?? options.servername }));
  }

  get requests(): RequestCounter {
    return { total: this.counts.total, byMethod: { ...this.counts.byMethod } };
  }

  resetRequestCount(): void {
    this.counts.total = 0;
    this.counts.byMethod = {};
  }

  /**
   * Opens the connection to the node requests go to first, without sending anything, so that its TLS
   * handshake overlaps the caller's own work (reading and checking keys); the first request uses it.
   */
  preconnect(): void {
    this.poolFor(this.nodes[this.preferred]!.url).preconnect();
  }

  /** Closes every pooled connection (requests are awaited one by one: none is in flight but abandoned ones). */
  async close(): Promise<void> {
    for (const pool of this.pools.values()) pool.destroy();
    this.pools.clear();
  }

  /**
   * Sends `request`, failing over to the next node on connection errors and retrying with backoff (503
   * honouring Retry-After; transport errors once every node was tried). Non-idempotent requests are only
   * re-sent when they certainly never reached a node. Every attempt has the request deadline, the whole
   * operation the operation deadline: a retry that would start after it is not made.
   */
  async send(request: HttpRequest): Promise<HttpResponse> {
    const { retry } = this.options;
    const started = retry.now();
    const deadline = started + this.limits.operationTimeoutMs;
    let attempt = 0;
    let sent = 0;
    let triedThisRound = 0;
    let index = this.preferred;
    const giveUp = (err: TransportError, note?: string) => err.after(sent, retry.now() - started, note);
    for (;;) {
      const node = this.nodes[index % this.nodes.length]!;
      const timeoutMs = Math.min(this.limits.requestTimeoutMs, deadline - retry.now());
      let response: HttpResponse;
      try {
        sent++;
        response = await this.sendFollowingRedirects(node, request, Math.max(1, timeoutMs));
      } catch (err) {
        if (!(err instanceof TransportError)) throw err;
        if (err.failure === "tls" || (err.failure === "maybe-sent" && !request.idempotent)) throw giveUp(err);
        triedThisRound++;
        index = (index + 1) % this.nodes.length;
        const left = deadline - retry.now();
        if (left <= 0) throw giveUp(err, `the ${formatSeconds(this.limits.operationTimeoutMs)} deadline passed`);
        if (triedThisRound < this.nodes.length) continue;
        if (attempt >= retry.retries) throw giveUp(err);
        const delay = backoffDelay(retry, attempt);
        if (delay >= left) throw giveUp(err, `the next retry, in ${formatSeconds(delay)}, would pass the ${formatSeconds(this.limits.operationTimeoutMs)} deadline`);
        this.options.onRetry?.({ attempt: attempt + 2, attempts: retry.retries + 1, delayMs: delay, reason: err.causeCode ?? "error", method: request.method, path: request.path, node: err.node });
        await retry.sleep(delay);
        attempt++;
        triedThisRound = 0;
        continue;
      }
      // Stick to the node that answered (the primary, after a redirect to a node we know).
      const answered = this.nodes.findIndex((n) => n.url === response.node);
      this.preferred = answered >= 0 ? answered : index % this.nodes.length;
      if (response.status === 503 && (request.resendOn503 ?? request.idempotent) && attempt < retry.retries) {
        const after = parseRetryAfter(response.headers["retry-after"], retry.now());
        const delay = Math.min(retry.maxDelayMs, after ?? backoffDelay(retry, attempt));
        if (delay < deadline - retry.now()) {
          this.options.onRetry?.({ attempt: attempt + 2, attempts: retry.retries + 1, delayMs: delay, reason: "HTTP 503", method: request.method, path: request.path, node: response.node });
          await retry.sleep(delay);
          attempt++;
          triedThisRound = 0;
          continue;
        }
      }
      response.attempts = sent;
      response.elapsedMs = retry.now() - started;
      return response;
    }
  }

  /**
   * One attempt, following 307/308 (method and body kept) within MAX_REDIRECTS hops, only to https,
   * never in a loop; a hop to an origin that is not a configured node must verify against the pinned
   * service certificate like any node (else it is not part of this service: a NodeReplyError).
   */
  private async sendFollowingRedirects(node: NodeEndpoint, request: HttpRequest, timeoutMs: number): Promise<HttpResponse> {
    const expires = Date.now() + timeoutMs;
    let origin = node.url;
    let path = request.path;
    const visited = new Set([`${origin}${path}`]);
    for (let hop = 0; ; hop++) {
      let response: HttpResponse;
      try {
        response = await this.sendOnce(origin, path, request, Math.max(1, expires - Date.now()));
      } catch (err) {
        const foreign = hop > 0 && !this.nodes.some((n) => n.url === origin);
        if (foreign && err instanceof TransportError && err.failure !== "maybe-sent") {
          throw new NodeReplyError({ problem: `redirected to ${origin}, which is not a configured node and is not a node of this service (${err.causeCode ?? err.failure})`, method: request.method, path: request.path, node: node.url });
        }
        throw err;
      }
      if (response.status !== 307 && response.status !== 308) return response;
      const redirectError = (problem: string) => new NodeReplyError({ problem, method: request.method, path, node: origin });
      const location = response.headers["location"];
      const target = Array.isArray(location) ? location[0] : location;
      if (!target) throw redirectError(`${response.status} redirect without a Location header`);
      if (hop >= MAX_REDIRECTS) throw redirectError(`more than ${MAX_REDIRECTS} redirects (a redirect loop?)`);
      let next: URL;
      try {
        next = new URL(target, `${origin}${path}`);
      } catch {
        throw redirectError(`${response.status} redirect to an unparsable Location`);
      }
      if (next.protocol !== "https:") throw redirectError(`refusing to follow a redirect to non-HTTPS ${next.protocol}//${next.host}`);
      if (next.username || next.password) throw redirectError(`refusing to follow a redirect carrying credentials`);
      origin = next.origin;
      path = `${next.pathname}${next.search}`;
      const key = `${origin}${path}`;
      if (visited.has(key)) throw redirectError(`redirect loop (back to ${key})`);
      visited.add(key);
    }
  }

  /** One HTTP exchange (core/client/exchange.ts: one deadline across connect, headers and body; the body capped). */
  private async sendOnce(origin: string, path: string, request: HttpRequest, timeoutMs: number): Promise<HttpResponse> {
    const pool = this.poolFor(origin);
    this.counts.total++;
    this.counts.byMethod[request.method] = (this.counts.byMethod[request.method] ?? 0) + 1;
    this.options.onRequest?.({ method: request.method, path, node: origin });
    const headers: Record<string, string> = { accept: "application/json" };
    if (request.body) headers["content-type"] = request.contentType ?? "application/cose";
    const body = request.body ? Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength) : undefined;
    const reply = await exchange(pool, origin, { method: request.method, path, headers, ...(body ? { body } : {}) }, timeoutMs, this.limits.maxResponseBytes);
    return { status: reply.status, headers: reply.headers, body: reply.body, node: origin };
  }

  private poolFor(origin: string): NodePool {
    let pool = this.pools.get(origin);
    if (!pool) {
      const servername = this.nodes.find((n) => n.url === origin)?.servername ?? this.options.servername;
      // The pinned service certificate is the ONLY root: the context holds no system CAs.
      this.secureContext ??= createSecureContext({ ca: this.options.serviceCertificatePem });
      pool = new NodePool(origin, this.secureContext, servername);
      this.pools.set(origin, pool);
    }
    return pool;
  }
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
