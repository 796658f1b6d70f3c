import { createSecureContext } from "node:tls";
import { Agent } from "undici";
import { InputError } from "../errors.js";
import { nodeOrigin } from "./connection-inputs.js";
import { formatSeconds, NodeReplyError, printable, TransportError } from "./errors.js";
import { backoffDelay, parseRetryAfter } from "./retry.js";
export const DEFAULT_LIMITS = {
    maxResponseBytes: 16 * 1024 * 1024,
    requestTimeoutMs: 30_000,
    operationTimeoutMs: 60_000,
};
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
    nodes;
    agents = new Map();
    limits;
    options;
    preferred = 0;
    /** One TLS context for every connection: the pinned CA is parsed once, not per connection. */
    secureContext;
    counts = { total: 0, byMethod: {} };
    /** Agents with an attempt given up while still connecting: destroyed (not drained) on close. */
    abandoned = new Set();
    constructor(options) {
        if (options.nodes.length === 0)
            throw new InputError("nodes", "at least one node URL is required");
        if (!/-----BEGIN CERTIFICATE-----/.test(options.serviceCertificatePem)) {
            throw new InputError("service certificate", "is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block)");
        }
        this.options = options;
        this.limits = { ...DEFAULT_LIMITS, ...definedOnly(options.limits) };
        for (const [name, value] of Object.entries(this.limits)) {
            if (!Number.isFinite(value) || value <= 0)
                throw new InputError(name, `must be a positive number (got ${String(value)})`);
        }
        this.nodes = options.nodes.map((n, i) => ({ url: nodeOrigin(n.url, `nodes[${i}]`), servername: n.servername ?? options.servername }));
    }
    get requests() {
        return { total: this.counts.total, byMethod: { ...this.counts.byMethod } };
    }
    resetRequestCount() {
        this.counts.total = 0;
        this.counts.byMethod = {};
    }
    async close() {
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
    async send(request) {
        const { retry } = this.options;
        const started = retry.now();
        const deadline = started + this.limits.operationTimeoutMs;
        let attempt = 0;
        let sent = 0;
        let triedThisRound = 0;
        let index = this.preferred;
        const giveUp = (err, note) => err.after(sent, retry.now() - started, note);
        for (;;) {
            const node = this.nodes[index % this.nodes.length];
            const timeoutMs = Math.min(this.limits.requestTimeoutMs, deadline - retry.now());
            let response;
            try {
                sent++;
                response = await this.sendFollowingRedirects(node, request, Math.max(1, timeoutMs));
            }
            catch (err) {
                if (!(err instanceof TransportError))
                    throw err;
                if (err.failure === "tls" || (err.failure === "maybe-sent" && !request.idempotent))
                    throw giveUp(err);
                triedThisRound++;
                index = (index + 1) % this.nodes.length;
                const left = deadline - retry.now();
                if (left <= 0)
                    throw giveUp(err, `the ${formatSeconds(this.limits.operationTimeoutMs)} deadline passed`);
                if (triedThisRound < this.nodes.length)
                    continue;
                if (attempt >= retry.retries)
                    throw giveUp(err);
                const delay = backoffDelay(retry, attempt);
                if (delay >= left)
                    throw giveUp(err, `the next retry, in ${formatSeconds(delay)}, would pass the ${formatSeconds(this.limits.operationTimeoutMs)} deadline`);
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
    async sendFollowingRedirects(node, request, timeoutMs) {
        const expires = Date.now() + timeoutMs;
        let origin = node.url;
        let path = request.path;
        const visited = new Set([`${origin}${path}`]);
        for (let hop = 0;; hop++) {
            let response;
            try {
                response = await this.sendOnce(origin, path, request, Math.max(1, expires - Date.now()));
            }
            catch (err) {
                const foreign = hop > 0 && !this.nodes.some((n) => n.url === origin);
                if (foreign && err instanceof TransportError && err.failure !== "maybe-sent") {
                    throw new NodeReplyError({ problem: `redirected to ${origin}, which is not a configured node and is not a node of this service (${err.causeCode ?? err.failure})`, method: request.method, path: request.path, node: node.url });
                }
                throw err;
            }
            if (response.status !== 307 && response.status !== 308)
                return response;
            const redirectError = (problem) => new NodeReplyError({ problem, method: request.method, path, node: origin });
            const location = response.headers["location"];
            const target = Array.isArray(location) ? location[0] : location;
            if (!target)
                throw redirectError(`${response.status} redirect without a Location header`);
            if (hop >= MAX_REDIRECTS)
                throw redirectError(`more than ${MAX_REDIRECTS} redirects (a redirect loop?)`);
            let next;
            try {
                next = new URL(target, `${origin}${path}`);
            }
            catch {
                throw redirectError(`${response.status} redirect to an unparsable Location`);
            }
            if (next.protocol !== "https:")
                throw redirectError(`refusing to follow a redirect to non-HTTPS ${next.protocol}//${next.host}`);
            if (next.username || next.password)
                throw redirectError(`refusing to follow a redirect carrying credentials`);
            origin = next.origin;
            path = `${next.pathname}${next.search}`;
            const key = `${origin}${path}`;
            if (visited.has(key))
                throw redirectError(`redirect loop (back to ${key})`);
            visited.add(key);
        }
    }
    /**
     * One HTTP exchange within `timeoutMs` (a timer across connect, headers and the whole body: undici's
     * own body timeout restarts on every byte), reading at most `maxResponseBytes` while streaming.
     */
    async sendOnce(origin, path, request, timeoutMs) {
        const agent = this.agentFor(origin);
        this.counts.total++;
        this.counts.byMethod[request.method] = (this.counts.byMethod[request.method] ?? 0) + 1;
        this.options.onRequest?.({ method: request.method, path, node: origin });
        const headers = { accept: "application/json" };
        if (request.body)
            headers["content-type"] = request.contentType ?? "application/cose";
        const max = this.limits.maxResponseBytes;
        const abort = new AbortController();
        // undici defers an abort until the connection is up: the deadline also races the request itself, and
        // an attempt abandoned while connecting is cleaned up whenever it settles.
        let expire;
        const expired = new Promise((_, reject) => (expire = () => reject(new Error("deadline"))));
        const timer = setTimeout(() => {
            abort.abort();
            expire();
        }, timeoutMs);
        let phase = "headers";
        try {
            const pending = agent.request({ origin, path, method: request.method, headers, body: request.body ? Buffer.from(request.body) : undefined, signal: abort.signal });
            expired.catch(() => {
                this.abandoned.add(agent);
                pending.then((late) => late.body.destroy(), () => undefined);
            });
            const res = await Promise.race([pending, expired]);
            phase = "body";
            const declared = Number(res.headers["content-length"]);
            if (declared > max) {
                res.body.destroy();
                throw new NodeReplyError({ problem: `the reply declares ${declared} bytes, over the ${max}-byte response cap`, method: request.method, path, node: origin });
            }
            const chunks = [];
            let size = 0;
            for await (const chunk of res.body) {
                size += chunk.length;
                if (size > max) {
                    res.body.destroy();
                    throw new NodeReplyError({ problem: `the reply is larger than the ${max}-byte response cap (abandoned after ${size} bytes)`, method: request.method, path, node: origin });
                }
                chunks.push(chunk);
            }
            const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
            return { status: res.statusCode, headers: res.headers, body, node: origin };
        }
        catch (err) {
            if (err instanceof NodeReplyError)
                throw err;
            if (abort.signal.aborted) {
                const code = phase === "headers" ? "UND_ERR_HEADERS_TIMEOUT" : "UND_ERR_BODY_TIMEOUT";
                const what = phase === "headers" ? "no reply" : "the reply body did not complete";
                throw new TransportError({ method: request.method, path, node: origin, failure: "maybe-sent", causeCode: code, detail: `${what} within ${formatSeconds(timeoutMs)} (${code})`, cause: err });
            }
            throw classify(err, request.method, path, origin);
        }
        finally {
            clearTimeout(timer);
        }
    }
    agentFor(origin) {
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
function classify(err, method, path, node) {
    // undici wraps socket errors (`cause`); look at every code in the chain.
    const codes = errorCodes(err);
    const tls = codes.find((c) => TLS_CODES.test(c));
    const notSent = codes.find((c) => NOT_SENT.has(c));
    const failure = tls ? "tls" : notSent ? "not-sent" : "maybe-sent";
    const code = tls ?? notSent ?? codes[0] ?? "error";
    const message = printable(err instanceof Error ? err.message : String(err), 200);
    const detail = failure === "tls"
        ? `TLS verification against the pinned service certificate failed (${code}: ${message})`
        : `${failure === "not-sent" ? "could not connect" : "connection failed"} (${code}: ${message})`;
    return new TransportError({ method, path, node, failure, causeCode: code, detail, cause: err });
}
function errorCodes(err) {
    const codes = [];
    let e = err;
    for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
        const code = e.code;
        if (typeof code === "string")
            codes.push(code);
        e = e.cause;
    }
    return codes;
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined));
}
