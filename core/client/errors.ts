import { CcfConsortiumError } from "../errors.js";
import { safeText } from "../text/safe-text.js";

/**
 * The node answered with an error. Carries CCF's OData code and message and the request that failed
 * (method, path, node) — never the request body, which may hold key material or recovery shares.
 */
export class GovernanceError extends CcfConsortiumError {
  readonly status: number;
  readonly ccfCode: string | undefined;
  readonly ccfMessage: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly node: string;
  /** From `Retry-After` (503), when the node sent one. */
  readonly retryAfterMs: number | undefined;
  /** Requests sent for this operation (retries and failover included) and the time they took. */
  readonly attempts: number | undefined;
  readonly elapsedMs: number | undefined;
  constructor(init: { status: number; ccfCode?: string; ccfMessage?: string; method: string; path: string; node: string; retryAfterMs?: number; attempts?: number; elapsedMs?: number }) {
    const ccfCode = init.ccfCode === undefined ? undefined : printable(init.ccfCode, 100);
    const ccfMessage = init.ccfMessage === undefined ? undefined : printable(init.ccfMessage);
    const what = ccfCode ? `${ccfCode}: ${ccfMessage ?? ""}`.trim() : (ccfMessage ?? "no error body");
    const tried = init.attempts !== undefined && init.attempts > 1 ? `; gave up ${triedFor(init.attempts, init.elapsedMs ?? 0)}` : "";
    super("CCF_ERROR", `${init.method} ${init.path} on ${init.node} failed with ${init.status} ${what}${tried}`);
    this.status = init.status;
    this.ccfCode = ccfCode;
    this.ccfMessage = ccfMessage;
    this.method = init.method;
    this.path = init.path;
    this.node = init.node;
    this.retryAfterMs = init.retryAfterMs;
    this.attempts = init.attempts;
    this.elapsedMs = init.elapsedMs;
  }
}

/**
 * How far a failed request got: "not-sent" (connection refused, TLS or connect failure: safe to send
 * elsewhere), "maybe-sent" (the connection dropped after the request went out: a write may have
 * happened), "tls" (the node's certificate did not verify against the pinned service certificate).
 */
export type TransportFailure = "not-sent" | "maybe-sent" | "tls";

/** Connection, TLS or timeout failure talking to the node(s). */
export class TransportError extends CcfConsortiumError {
  readonly method: string;
  readonly path: string;
  readonly node: string;
  readonly failure: TransportFailure;
  readonly causeCode: string | undefined;
  readonly detail: string;
  /** Requests sent for this operation (retries and failover included) and the time they took, once known. */
  readonly attempts: number | undefined;
  readonly elapsedMs: number | undefined;
  constructor(init: { method: string; path: string; node: string; failure: TransportFailure; causeCode?: string; detail: string; cause?: unknown; attempts?: number; elapsedMs?: number; note?: string }) {
    const tried = init.attempts !== undefined ? `; gave up ${triedFor(init.attempts, init.elapsedMs ?? 0)}${init.note ? ` (${init.note})` : ""}` : "";
    super("TRANSPORT", `${init.method} ${init.path} on ${init.node}: ${init.detail}${tried}`, { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
    this.node = init.node;
    this.failure = init.failure;
    this.causeCode = init.causeCode;
    this.detail = init.detail;
    this.attempts = init.attempts;
    this.elapsedMs = init.elapsedMs;
  }

  /** The same failure, saying how many requests the operation sent, how long it took in all, and why it stopped there. */
  after(attempts: number, elapsedMs: number, note?: string): TransportError {
    const { method, path, node, failure, causeCode, detail } = this;
    return new TransportError({ method, path, node, failure, causeCode, detail, cause: this.cause, attempts, elapsedMs, note });
  }
}

/**
 * A node's reply that is not what the protocol reference gives for its endpoint: not JSON, a missing or
 * mistyped field, larger than the response cap, or a redirect that leaves the service. Names the node
 * and the request once known (the validators raise it without them; the reply adds them).
 */
export class NodeReplyError extends CcfConsortiumError {
  readonly problem: string;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly node: string | undefined;
  constructor(init: { problem: string; method?: string; path?: string; node?: string }) {
    const problem = printable(init.problem);
    super("NODE_REPLY", init.node ? `${init.method} ${init.path} on ${init.node}: invalid reply: ${problem}` : `invalid reply from the node: ${problem}`);
    this.problem = problem;
    this.method = init.method;
    this.path = init.path;
    this.node = init.node;
  }

  /** This error naming the request whose reply it is about. */
  at(method: string, path: string, node: string): NodeReplyError {
    return this.node ? this : new NodeReplyError({ problem: this.problem, method, path, node });
  }
}

/** "after 3 attempts in 6.2 s" */
function triedFor(attempts: number, elapsedMs: number): string {
  return `after ${attempts} attempt${attempts === 1 ? "" : "s"} in ${formatSeconds(elapsedMs)}`;
}

/** Milliseconds as people read them: "0.4 s", "6.2 s", "60 s". */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 || Number.isInteger(s) ? Math.round(s) : s.toFixed(1)} s`;
}

/** Text from a node as it may appear in an error: escape sequences and controls replaced, bidi dropped, capped (core/text). */
export function printable(text: string, max = 500): string {
  return safeText(text, { max, keepNewlines: true });
}

/** Extracts `{"error": {"code", "message"}}` from a CCF error body; tolerant of anything else. */
export function parseErrorBody(body: Buffer): { ccfCode?: string; ccfMessage?: string } {
  const text = body.toString("utf8");
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof parsed?.error?.code === "string" ? parsed.error.code : undefined;
    const message = typeof parsed?.error?.message === "string" ? parsed.error.message : undefined;
    if (code || message) return { ...(code ? { ccfCode: printable(code, 100) } : {}), ...(message ? { ccfMessage: printable(message) } : {}) };
  } catch {
    // not JSON: fall through
  }
  const trimmed = text.trim();
  return trimmed ? { ccfMessage: printable(trimmed) } : {};
}
