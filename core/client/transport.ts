import { createSecureContext, type SecureContext } from "node:tls";
import { Agent } from "./undici.js";
import { InputError } from "../errors.js";
import { nodeOrigin } from "./connection-inputs.js";
import { formatSeconds, NodeReplyError, printable, TransportError, type TransportFailure } from "./errors.js";
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
  /** Called before each retry (progress: "retry 2/6 in 4 s after UND_ERR_HEADERS_TIMEOUT"). */
  onRetry?: (event: RetryEvent) => void;
}

/** Redirect hops followed per request (a backup names its primary: one hop is the normal case). */
const MAX_REDIRECTS = 3;
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_DESTROYED"]);
const TLS_CODES = /^(ERR_TLS_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_SSL_|HOSTNAME_MISMATCH)/;

/**
 * HTTPS to CCF nodes with the service certificate as the only trust root (never the system store; no
 * switch turns verification off), failover across nodes, manual 307/308 following that keeps method and
 * body, and retries with backoff for what is safe to repeat.
 */
export class Transport {
  readonly nodes: readonly NodeEndpoint[];
  private readonly agents = new Map<string, Agent>();
  readonly limits: TransportLimits;
  private readonly options: TransportOptions;
  private preferred = 0;
  /** One TLS context for every connection: the pinned CA is parsed once, not per connection. */
  private secureContext: SecureContext | undefined;
  private readonly counts: RequestCounter = { total: 0, byMethod: {} };
  /** Agents with an attempt given up while still connecting: destroyed (not drained) on close. */
  private readonly abandoned = new Set<Agent>();

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

  async close(): Promise<void> {
    const agents = [...this.agents.values()];
    this.agents.clear();
    await Promise.all(agents.map((a) => (this.abandoned.has(a) ? a.destroy() : a.close()).catch(() => undefined)));
    this.abandoned.clear();
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

  /**
   * One HTTP exchange within `timeoutMs` (a timer across connect, headers and the whole body: undici's
   * own body timeout restarts on every byte), reading at most `maxResponseBytes` while streaming.
   */
  private async sendOnce(origin: string, path: string, request: HttpRequest, timeoutMs: number): Promise<HttpResponse> {
    const agent = this.agentFor(origin);
    this.counts.total++;
    this.counts.byMethod[request.method] = (this.counts.byMethod[request.method] ?? 0) + 1;
    this.options.onRequest?.({ method: request.method, path, node: origin });
    const headers: Record<string, string> = { accept: "application/json" };
    if (request.body) headers["content-type"] = request.contentType ?? "application/cose";
    const max = this.limits.maxResponseBytes;
    // The deadline races the request (undici would only time out the headers per its own timer, and a
    // connect in progress not at all) and then destroys the body mid-stream (undici's body timeout restarts
    // on every byte). An attempt given up early is cleaned up whenever it settles. No AbortSignal: it
    // costs undici more per request than this.
    let timedOut = false;
    let streaming: { destroy(err?: Error): unknown } | undefined;
    let expire!: () => void;
    const expired = new Promise<never>((_, reject) => (expire = () => reject(new Error("deadline"))));
    const timer = setTimeout(() => {
      timedOut = true;
      streaming?.destroy(new Error("deadline"));
      expire();
    }, timeoutMs);
    let phase: "headers" | "body" = "headers";
    try {
      const pending = agent.request({ origin, path, method: request.method, headers, body: request.body ? Buffer.from(request.body) : undefined });
      expired.catch(() => {
        if (phase === "body") return;
        this.abandoned.add(agent);
        pending.then((late) => late.body.destroy(), () => undefined);
      });
      const res = await Promise.race([pending, expired]);
      phase = "body";
      streaming = res.body;
      const length = res.headers["content-length"];
      const declared = typeof length === "string" && /^\d{1,15}$/.test(length) ? Number(length) : -1;
      if (declared > max) {
        res.body.destroy();
        throw new NodeReplyError({ problem: `the reply declares ${declared} bytes, over the ${max}-byte response cap`, method: request.method, path, node: origin });
      }
      // A declared length within the cap bounds the body already (undici reads exactly that many bytes);
      // otherwise (chunked) the bytes are counted as they stream and the reply abandoned past the cap.
      const body = declared >= 0 ? Buffer.from(await res.body.arrayBuffer()) : await readCapped(res.body, max, (size) => new NodeReplyError({ problem: `the reply is larger than the ${max}-byte response cap (abandoned after ${size} bytes)`, method: request.method, path, node: origin }));
      return { status: res.statusCode, headers: res.headers, body, node: origin };
    } catch (err) {
      if (err instanceof NodeReplyError) throw err;
      if (timedOut) {
        const code = phase === "headers" ? "UND_ERR_HEADERS_TIMEOUT" : "UND_ERR_BODY_TIMEOUT";
        const what = phase === "headers" ? "no reply" : "the reply body did not complete";
        throw new TransportError({ method: request.method, path, node: origin, failure: "maybe-sent", causeCode: code, detail: `${what} within ${formatSeconds(timeoutMs)} (${code})`, cause: err });
      }
      throw classify(err, request.method, path, origin);
    } finally {
      clearTimeout(timer);
    }
  }

  private agentFor(origin: string): Agent {
    let agent = this.agents.get(origin);
    if (!agent) {
      const servername = this.nodes.find((n) => n.url === origin)?.servername ?? this.options.servername;
      const timeout = this.limits.requestTimeoutMs;
      this.secureContext ??= createSecureContext({ ca: this.options.serviceCertificatePem });
      agent = new Agent({
        connect: {
          // The pinned service certificate is the ONLY root: the context holds no system CAs.
          secureContext: this.secureContext,
          rejectUnauthorized: true,
          timeout: Math.min(timeout, this.limits.operationTimeoutMs),
          ...(servername ? { servername } : {}),
        },
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      this.agents.set(origin, agent);
    }
    return agent;
  }
}

function classify(err: unknown, method: string, path: string, node: string): TransportError {
  // undici wraps socket errors (`cause`); look at every code in the chain.
  const codes = errorCodes(err);
  const tls = codes.find((c) => TLS_CODES.test(c));
  const notSent = codes.find((c) => NOT_SENT.has(c));
  const failure: TransportFailure = tls ? "tls" : notSent ? "not-sent" : "maybe-sent";
  const code = tls ?? notSent ?? codes[0] ?? "error";
  const message = printable(err instanceof Error ? err.message : String(err), 200);
  const detail =
    failure === "tls"
      ? `TLS verification against the pinned service certificate failed (${code}: ${message})`
      : `${failure === "not-sent" ? "could not connect" : "connection failed"} (${code}: ${message})`;
  return new TransportError({ method, path, node, failure, causeCode: code, detail, cause: err });
}

function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes;
}

/** Reads `body` whole, destroying it and throwing `tooLarge()` as soon as more than `max` bytes arrived. */
function readCapped(body: NodeJS.ReadableStream & { destroy(): void }, max: number, tooLarge: (size: number) => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        body.destroy();
        return reject(tooLarge(size));
      }
      chunks.push(chunk);
    });
    body.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    body.on("error", reject);
  });
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
