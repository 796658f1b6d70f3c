/**
 * One HTTPS exchange with a node over Node's own `https` (its HTTP parser is built into the runtime: no
 * HTTP library to load and compile on every command start), bounded in time and size.
 */
import { Agent, request as httpsRequest } from "node:https";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { SecureContext } from "node:tls";
import { formatSeconds, NodeReplyError, printable, TransportError, type TransportFailure } from "./errors.js";

/** An origin's connection pool: keep-alive, so sequential requests (read, update, ack) share one TLS connection. */
export interface NodePool {
  agent: Agent;
  hostname: string;
  port: number;
}

/** A keep-alive pool for `origin` trusting only `secureContext` (the pinned service certificate). */
export function nodePool(origin: string, secureContext: SecureContext, servername: string | undefined): NodePool {
  const url = new URL(origin);
  return {
    // rejectUnauthorized: the pinned service certificate is the only root and no switch turns this off.
    agent: new Agent({ keepAlive: true, secureContext, rejectUnauthorized: true, ...(servername ? { servername } : {}) }),
    hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: Number(url.port || 443),
  };
}

export interface ExchangeRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface ExchangeReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"]);
const TLS_CODES = /^(ERR_TLS_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_SSL_|HOSTNAME_MISMATCH)/;

/**
 * Sends `request` to `origin` and reads the reply whole, within `timeoutMs` (one timer across connect, TLS,
 * headers and the whole body) and at most `maxBytes` of body (a declared larger length is refused before
 * reading; an undeclared one is counted as it streams). Failures are typed: TransportError says how far the
 * request got (nothing can have been sent before the TLS handshake completed), NodeReplyError a reply over
 * the cap.
 */
export function exchange(pool: NodePool, origin: string, request: ExchangeRequest, timeoutMs: number, maxBytes: number): Promise<ExchangeReply> {
  const { method, path } = request;
  return new Promise((resolve, reject) => {
    let phase: "connect" | "headers" | "body" = "connect";
    let settled = false;
    const settle = (err: Error | undefined, reply?: ExchangeReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(reply!);
    };
    const transportError = (failure: TransportFailure, code: string, detail: string, cause?: unknown) =>
      new TransportError({ method, path, node: origin, failure, causeCode: code, detail, cause });

    const timer = setTimeout(() => {
      const within = formatSeconds(timeoutMs);
      if (phase === "connect") settle(transportError("not-sent", "CONNECT_TIMEOUT", `no TLS connection within ${within} (CONNECT_TIMEOUT)`));
      else if (phase === "headers") settle(transportError("maybe-sent", "HEADERS_TIMEOUT", `no reply within ${within} (HEADERS_TIMEOUT)`));
      else settle(transportError("maybe-sent", "BODY_TIMEOUT", `the reply body did not complete within ${within} (BODY_TIMEOUT)`));
    }, timeoutMs);

    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body) headers["content-length"] = request.body.length;
    const req = httpsRequest({ agent: pool.agent, host: pool.hostname, port: pool.port, method, path, headers });
    req.on("socket", (socket) => {
      // A pooled socket is connected already; a new one once its TLS handshake verified the node.
      if (req.reusedSocket) phase = "headers";
      else socket.once("secureConnect", () => void (phase = phase === "connect" ? "headers" : phase));
    });
    req.on("error", (err) => settle(classify(err, phase, method, path, origin)));
    req.on("response", (res: IncomingMessage) => {
      phase = "body";
      const length = res.headers["content-length"];
      const declared = typeof length === "string" && /^\d{1,15}$/.test(length) ? Number(length) : -1;
      const tooLarge = (problem: string) => new NodeReplyError({ problem, method, path, node: origin });
      if (declared > maxBytes) return settle(tooLarge(`the reply declares ${declared} bytes, over the ${maxBytes}-byte response cap`));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return settle(tooLarge(`the reply is larger than the ${maxBytes}-byte response cap (abandoned after ${size} bytes)`));
        chunks.push(chunk);
      });
      res.on("end", () => settle(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) }));
      res.on("error", (err) => settle(classify(err, phase, method, path, origin)));
      res.on("close", () => {
        if (!res.complete) settle(transportError("maybe-sent", "ECONNRESET", "connection failed (ECONNRESET: the connection closed before the reply body completed)"));
      });
    });
    req.end(request.body);
  });
}

function classify(err: unknown, phase: "connect" | "headers" | "body", method: string, path: string, node: string): TransportError {
  const codes = errorCodes(err);
  const tls = codes.find((c) => TLS_CODES.test(c));
  // Before the TLS handshake completed nothing of the request can have reached the node.
  const notSent = phase === "connect" || codes.some((c) => NOT_SENT.has(c));
  const failure: TransportFailure = tls ? "tls" : notSent ? "not-sent" : "maybe-sent";
  const code = tls ?? codes.find((c) => NOT_SENT.has(c)) ?? codes[0] ?? "error";
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
