import { CcfConsortiumError } from "../errors.js";

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
  constructor(init: { status: number; ccfCode?: string; ccfMessage?: string; method: string; path: string; node: string; retryAfterMs?: number }) {
    const what = init.ccfCode ? `${init.ccfCode}: ${init.ccfMessage ?? ""}`.trim() : (init.ccfMessage ?? "no error body");
    super("CCF_ERROR", `${init.method} ${init.path} on ${init.node} failed with ${init.status} ${what}`);
    this.status = init.status;
    this.ccfCode = init.ccfCode;
    this.ccfMessage = init.ccfMessage;
    this.method = init.method;
    this.path = init.path;
    this.node = init.node;
    this.retryAfterMs = init.retryAfterMs;
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
  constructor(init: { method: string; path: string; node: string; failure: TransportFailure; causeCode?: string; detail: string; cause?: unknown }) {
    super("TRANSPORT", `${init.method} ${init.path} on ${init.node}: ${init.detail}`, { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
    this.node = init.node;
    this.failure = init.failure;
    this.causeCode = init.causeCode;
  }
}

/** Extracts `{"error": {"code", "message"}}` from a CCF error body; tolerant of anything else. */
export function parseErrorBody(body: Buffer): { ccfCode?: string; ccfMessage?: string } {
  const text = body.toString("utf8");
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const code = typeof parsed?.error?.code === "string" ? parsed.error.code : undefined;
    let message = typeof parsed?.error?.message === "string" ? parsed.error.message : undefined;
    // A 401 says why in `details[].message` (one per authentication policy tried): keep the reasons.
    const reasons = errorDetails(parsed?.error?.details).filter((r) => r !== message);
    if (reasons.length) message = `${message ?? ""} (${reasons.join("; ")})`.trim();
    if (code || message) return { ccfCode: code, ccfMessage: message };
  } catch {
    // not JSON: fall through
  }
  const trimmed = text.trim();
  return trimmed ? { ccfMessage: trimmed.length > 500 ? `${trimmed.slice(0, 500)}…` : trimmed } : {};
}

/** The distinct `details[].message` strings of a CCF error body (at most 8, each at most 200 characters). */
function errorDetails(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  const out: string[] = [];
  for (const d of details.slice(0, 8)) {
    const m = (d as { message?: unknown })?.message;
    if (typeof m === "string" && m && !out.includes(m)) out.push(m.length > 200 ? `${m.slice(0, 200)}…` : m);
  }
  return out;
}
