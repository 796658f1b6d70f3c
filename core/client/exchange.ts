/**
 * One HTTP/1.1 exchange with a node over a TLS connection of our own (node:tls, verified against the pinned
 * service certificate only), read by core/client/http1.ts, bounded in time and size. No HTTP library and
 * not Node's http client: a command sends three requests, and their machinery cost more to start than the
 * requests take.
 */
import type { IncomingHttpHeaders } from "node:http";
import { connect as tlsConnect, type SecureContext, type TLSSocket } from "node:tls";
import { formatSeconds, NodeReplyError, printable, TransportError, type TransportFailure } from "./errors.js";
import { BodyTooLargeError, ClosedBeforeReplyError, HttpFramingError, ResponseReader, type Http1Response } from "./http1.js";

/** Largest status line + headers accepted from a node. */
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * An origin's connection: kept open between requests (read, update and ack share one TLS connection),
 * dropped when the node closes it, when a reply says so or is not cleanly framed, or on any failure.
 */
export class NodePool {
  private idle: TLSSocket | undefined;
  /** A connection opened ahead of the first request (`preconnect`), possibly still in its handshake. */
  private warm: TLSSocket | undefined;
  private readonly host: string;
  private readonly port: number;
  private readonly hostHeader: string;

  constructor(
    origin: string,
    private readonly secureContext: SecureContext,
    private readonly servername: string | undefined,
  ) {
    const url = new URL(origin);
    this.host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    this.port = Number(url.port || 443);
    this.hostHeader = url.host;
  }

  /** `Host` header value for this origin. */
  get authority(): string {
    return this.hostHeader;
  }

  /**
   * Opens the connection the next request will use, now: its TLS handshake runs while the caller does its
   * own work. Nothing is written on it before a request (and then only once the node is verified); it keeps
   * no process alive, and a failure shows on that request, which connects again.
   */
  preconnect(): void {
    if (this.idle || this.warm) return;
    const socket = this.connect();
    socket.on("error", () => undefined);
    socket.unref();
    this.warm = socket;
  }

  /** The kept connection if it is still open, else a new one (TLS verified before any byte is written). */
  acquire(): { socket: TLSSocket; reused: boolean } {
    const idle = this.idle;
    this.idle = undefined;
    if (idle && !idle.destroyed && idle.writable && idle.readable) {
      this.warm?.destroy();
      this.warm = undefined;
      idle.removeAllListeners("data").removeAllListeners("end").removeAllListeners("close");
      return { socket: idle.ref(), reused: true };
    }
    idle?.destroy();
    const warm = this.warm;
    this.warm = undefined;
    if (warm && !warm.destroyed) return { socket: warm.removeAllListeners("error").ref(), reused: false };
    return { socket: this.connect(), reused: false };
  }

  private connect(): TLSSocket {
    // rejectUnauthorized: the pinned service certificate is the only root and no switch turns this off.
    const socket = tlsConnect({ host: this.host, port: this.port, secureContext: this.secureContext, rejectUnauthorized: true, ...(this.servername ? { servername: this.servername } : {}) });
    socket.setNoDelay(true);
    return socket;
  }

  /** Keeps `socket` for the next request; it keeps no process alive and is dropped if the node closes it. */
  release(socket: TLSSocket): void {
    this.idle?.destroy();
    this.idle = socket;
    const drop = () => {
      if (this.idle === socket) this.idle = undefined;
      socket.destroy();
    };
    // Anything from the node between requests (bytes, an end, an error) ends the connection.
    socket.removeAllListeners("data").removeAllListeners("end").removeAllListeners("error").removeAllListeners("close");
    socket.on("data", drop).on("end", drop).on("error", drop).on("close", drop);
    socket.unref();
  }

  destroy(): void {
    this.idle?.destroy();
    this.warm?.destroy();
    this.idle = this.warm = undefined;
  }
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
const SAFE_TARGET = /^\/[\x21-\x7e]*$/;
const SAFE_HEADER = /^[\x20-\x7e]*$/;

/**
 * Sends `request` to `origin` and reads the reply whole, within `timeoutMs` (one timer across connect, TLS,
 * headers and the whole body) and at most `maxBytes` of body (a declared larger length is refused before
 * reading; an undeclared one is counted as it streams). Failures are typed: TransportError says how far the
 * request got (nothing can have been sent before the TLS handshake completed), NodeReplyError a reply over
 * the cap or one that is not well-formed HTTP/1.1.
 */
export function exchange(pool: NodePool, origin: string, request: ExchangeRequest, timeoutMs: number, maxBytes: number): Promise<ExchangeReply> {
  const { method, path } = request;
  if (!SAFE_TARGET.test(path)) return Promise.reject(new TypeError("request path has characters HTTP does not allow"));
  const lines = [`${method} ${path} HTTP/1.1`, `host: ${pool.authority}`];
  for (const [name, value] of Object.entries(request.headers)) {
    if (!SAFE_HEADER.test(value)) return Promise.reject(new TypeError(`header ${name} has characters HTTP does not allow`));
    lines.push(`${name}: ${value}`);
  }
  if (request.body) lines.push(`content-length: ${request.body.length}`);
  const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");

  return new Promise((resolve, reject) => {
    const { socket, reused } = pool.acquire();
    // A kept connection, or a preconnected one whose handshake is done, is verified already.
    let phase: "connect" | "headers" | "body" = reused || socket.authorized ? "headers" : "connect";
    const reader = new ResponseReader({ maxHeaderBytes: MAX_HEADER_BYTES, maxBodyBytes: maxBytes });
    let settled = false;
    /** The whole request has been handed to the connection (the write completed). */
    let written = false;
    const transportError = (failure: TransportFailure, code: string, detail: string, cause?: unknown) =>
      new TransportError({ method, path, node: origin, failure, causeCode: code, detail, cause });
    const replyError = (problem: string) => new NodeReplyError({ problem, method, path, node: origin });

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      reject(err);
    };
    const done = (reply: Http1Response) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.off("secureConnect", onSecure).off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      // Kept only when the reply is cleanly framed and the whole request went out (a node may answer early).
      if (reply.reusable && written) pool.release(socket);
      else socket.destroy();
      resolve({ status: reply.status, headers: reply.headers, body: reply.body });
    };
    /** What the reader threw: a reply over the cap or malformed (NodeReplyError); anything else is ours. */
    const readerError = (err: unknown) => {
      if (err instanceof BodyTooLargeError) return fail(replyError(err.message));
      // A node that closed the connection without a word: the socket's failure, not a malformed reply.
      if (err instanceof ClosedBeforeReplyError) return fail(transportError("maybe-sent", "ECONNRESET", "connection failed (ECONNRESET: the node closed the connection without replying)"));
      if (err instanceof HttpFramingError) return fail(replyError(`not a well-formed HTTP/1.1 reply: ${err.message}`));
      fail(err as Error);
    };

    const timer = setTimeout(() => {
      const within = formatSeconds(timeoutMs);
      if (phase === "connect") fail(transportError("not-sent", "CONNECT_TIMEOUT", `no TLS connection within ${within} (CONNECT_TIMEOUT)`));
      else if (phase === "headers") fail(transportError("maybe-sent", "HEADERS_TIMEOUT", `no reply within ${within} (HEADERS_TIMEOUT)`));
      else fail(transportError("maybe-sent", "BODY_TIMEOUT", `the reply body did not complete within ${within} (BODY_TIMEOUT)`));
    }, timeoutMs);

    const onSecure = () => {
      if (phase === "connect") phase = "headers";
    };
    const onData = (chunk: Buffer) => {
      try {
        const reply = reader.push(chunk);
        if (reader.inBody) phase = "body";
        if (reply) done(reply);
      } catch (err) {
        readerError(err);
      }
    };
    const onEnd = () => {
      try {
        done(reader.end());
      } catch (err) {
        readerError(err);
      }
    };
    const onError = (err: Error) => fail(classify(err, phase, method, path, origin));
    const onClose = () => onEnd();

    socket.once("secureConnect", onSecure).on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    // Written now, sent once the handshake has verified the node (a TLS socket holds writes until then).
    socket.write(request.body ? Buffer.concat([head, request.body]) : head, () => void (written = true));
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
