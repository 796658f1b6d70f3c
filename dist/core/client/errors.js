import { CcfConsortiumError } from "../errors.js";
/**
 * The node answered with an error. Carries CCF's OData code and message and the request that failed
 * (method, path, node) — never the request body, which may hold key material or recovery shares.
 */
export class GovernanceError extends CcfConsortiumError {
    status;
    ccfCode;
    ccfMessage;
    method;
    path;
    node;
    /** From `Retry-After` (503), when the node sent one. */
    retryAfterMs;
    constructor(init) {
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
/** Connection, TLS or timeout failure talking to the node(s). */
export class TransportError extends CcfConsortiumError {
    method;
    path;
    node;
    failure;
    causeCode;
    constructor(init) {
        super("TRANSPORT", `${init.method} ${init.path} on ${init.node}: ${init.detail}`, { cause: init.cause });
        this.method = init.method;
        this.path = init.path;
        this.node = init.node;
        this.failure = init.failure;
        this.causeCode = init.causeCode;
    }
}
/** Extracts `{"error": {"code", "message"}}` from a CCF error body; tolerant of anything else. */
export function parseErrorBody(body) {
    const text = body.toString("utf8");
    try {
        const parsed = JSON.parse(text);
        const code = typeof parsed?.error?.code === "string" ? parsed.error.code : undefined;
        const message = typeof parsed?.error?.message === "string" ? parsed.error.message : undefined;
        if (code || message)
            return { ccfCode: code, ccfMessage: message };
    }
    catch {
        // not JSON: fall through
    }
    const trimmed = text.trim();
    return trimmed ? { ccfMessage: trimmed.length > 500 ? `${trimmed.slice(0, 500)}…` : trimmed } : {};
}
