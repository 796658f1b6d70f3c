import { createSecureContext, type SecureContext } from "node:tls";
import { Agent } from "./undici.js";
import { InputError } from "../errors.js";
import { nodeOrigin } from "./connection-inputs.js";
import { TransportError, type TransportFailure } from "./errors.js";
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
  onRequest?: (info: { method: string; path: string; node: string }) => void;
}

const MAX_REDIRECTS = 5;
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
    await Promise.all(agents.map((a) => a.close().catch(() => undefined)));
  }

  /**
   * Sends `request`, failing over to the next node on connection errors and retrying with backoff (503
   * honouring Retry-After; transport errors once every node was tried). Non-idempotent requests are only
   * re-sent when they certainly never reached a node.
   */
  async send(request: HttpRequest): Promise<HttpResponse> {
    const { retry } = this.options;
    let attempt = 0;
    let triedThisRound = 0;
    let index = this.preferred;
    for (;;) {
      const node = this.nodes[index % this.nodes.length]!;
      let response: HttpResponse;
      try {
        response = await this.sendFollowingRedirects(node, request);
      } catch (err) {
        if (!(err instanceof TransportError) || err.failure === "tls") throw err;
        if (err.failure === "maybe-sent" && !request.idempotent) throw err;
        triedThisRound++;
        index = (index + 1) % this.nodes.length;
        if (triedThisRound < this.nodes.length) continue;
        if (attempt >= retry.retries) throw err;
        await retry.sleep(backoffDelay(retry, attempt));
        attempt++;
        triedThisRound = 0;
        continue;
      }
      // Stick to the node that answered (the primary, after a redirect to a node we know).
      const answered = this.nodes.findIndex((n) => n.url === response.node);
      this.preferred = answered >= 0 ? answered : index % this.nodes.length;
      if (response.status === 503 && (request.resendOn503 ?? request.idempotent) && attempt < retry.retries) {
        const after = parseRetryAfter(response.headers["retry-after"], retry.now());
        await retry.sleep(Math.min(retry.maxDelayMs, after ?? backoffDelay(retry, attempt)));
        attempt++;
        triedThisRound = 0;
        continue;
      }
      return response;
    }
  }

  private async sendFollowingRedirects(node: NodeEndpoint, request: HttpRequest): Promise<HttpResponse> {
    let origin = node.url;
    let path = request.path;
    for (let hop = 0; ; hop++) {
      const response = await this.sendOnce(origin, path, request);
      if ((response.status !== 307 && response.status !== 308) || hop >= MAX_REDIRECTS) return response;
      const location = response.headers["location"];
      const target = Array.isArray(location) ? location[0] : location;
      if (!target) return response;
      const next = new URL(target, `${origin}${path}`);
      if (next.protocol !== "https:") {
        throw new TransportError({ method: request.method, path, node: origin, failure: "not-sent", detail: `refusing to follow a redirect to non-HTTPS ${next.origin}` });
      }
      origin = next.origin;
      path = `${next.pathname}${next.search}`;
    }
  }

  private async sendOnce(origin: string, path: string, request: HttpRequest): Promise<HttpResponse> {
    const agent = this.agentFor(origin);
    this.counts.total++;
    this.counts.byMethod[request.method] = (this.counts.byMethod[request.method] ?? 0) + 1;
    this.options.onRequest?.({ method: request.method, path, node: origin });
    const headers: Record<string, string> = { accept: "application/json" };
    if (request.body) headers["content-type"] = request.contentType ?? "application/cose";
    try {
      const res = await agent.request({ origin, path, method: request.method, headers, body: request.body ? Buffer.from(request.body) : undefined });
      const body = Buffer.from(await res.body.arrayBuffer());
      return { status: res.statusCode, headers: res.headers, body, node: origin };
    } catch (err) {
      throw classify(err, request.method, path, origin);
    }
  }

  private agentFor(origin: string): Agent {
    let agent = this.agents.get(origin);
    if (!agent) {
      const servername = this.nodes.find((n) => n.url === origin)?.servername ?? this.options.servername;
      const timeout = this.options.timeoutMs ?? 30_000;
      this.secureContext ??= createSecureContext({ ca: this.options.serviceCertificatePem });
      agent = new Agent({
        connect: {
          // The pinned service certificate is the ONLY root: the context holds no system CAs.
          secureContext: this.secureContext,
          rejectUnauthorized: true,
          timeout,
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
  const message = err instanceof Error ? err.message : String(err);
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
