import { CcfConsortiumError } from "../errors.js";
import { safeText } from "../text/safe-text.js";
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
    /** Requests sent for this operation (retries and failover included) and the time they took. */
    attempts;
    elapsedMs;
    constructor(init) {
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
/** Connection, TLS or timeout failure talking to the node(s). */
export class TransportError extends CcfConsortiumError {
    method;
    path;
    node;
    failure;
    causeCode;
    detail;
    /** Requests sent for this operation (retries and failover included) and the time they took, once known. */
    attempts;
    elapsedMs;
    constructor(init) {
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
    after(attempts, elapsedMs, note) {
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
    problem;
    method;
    path;
    node;
    constructor(init) {
        const problem = printable(init.problem);
        super("NODE_REPLY", init.node ? `${init.method} ${init.path} on ${init.node}: invalid reply: ${problem}` : `invalid reply from the node: ${problem}`);
        this.problem = problem;
        this.method = init.method;
        this.path = init.path;
        this.node = init.node;
    }
    /** This error naming the request whose reply it is about. */
    at(method, path, node) {
        return this.node ? this : new NodeReplyError({ problem: this.problem, method, path, node });
    }
}
/** "after 3 attempts in 6.2 s" */
function triedFor(attempts, elapsedMs) {
    return `after ${attempts} attempt${attempts === 1 ? "" : "s"} in ${formatSeconds(elapsedMs)}`;
}
/** Milliseconds as people read them: "0.4 s", "6.2 s", "60 s". */
export function formatSeconds(ms) {
    const s = ms / 1000;
    return `${s >= 10 || Number.isInteger(s) ? Math.round(s) : s.toFixed(1)} s`;
}
/** Text from a node as it may appear in an error: escape sequences and controls replaced, bidi dropped, capped (core/text). */
export function printable(text, max = 500) {
    return safeText(text, { max, keepNewlines: true });
}
/** Extracts `{"error": {"code", "message"}}` from a CCF error body; tolerant of anything else. */
export function parseErrorBody(body) {
    const text = body.toString("utf8");
    try {
        const parsed = JSON.parse(text);
        const code = typeof parsed?.error?.code === "string" ? parsed.error.code : undefined;
        const message = typeof parsed?.error?.message === "string" ? parsed.error.message : undefined;
        if (code || message)
            return { ...(code ? { ccfCode: printable(code, 100) } : {}), ...(message ? { ccfMessage: printable(message) } : {}) };
    }
    catch {
        // not JSON: fall through
    }
    const trimmed = text.trim();
    return trimmed ? { ccfMessage: printable(trimmed) } : {};
}
