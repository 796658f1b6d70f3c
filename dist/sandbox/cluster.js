/**
 * Several nodes over one shared governance state (start.ts runs one TLS listener per node, each with
 * its own node certificate issued by the service identity). This module decides where a request goes:
 *
 * Writes (routes marked `write`) received by a backup go to the primary as the CCF release line does
 * (reference §2.8, §8 "Backup write handling"):
 *   - profiles 4 and 5 forward them transparently: the primary executes the request (with the caller's
 *     TLS identity) and the backup relays its answer;
 *   - profiles 6 and 7 answer `307 Temporary Redirect` with `Location` = the primary's URL for the same
 *     path and query (clients follow it, preserving method and body).
 * Reads are served locally by whichever node receives them.
 *
 * Stopping the primary triggers an "election" (`ensureRunningPrimary`) when a majority of the nodes is
 * still running (Raft needs one): the next running node (by index, wrapping) becomes primary and the
 * ledger moves to the next view, as after a CCF view change; pending transactions are committed first,
 * so no acknowledged write is lost. A restarted former primary rejoins as a backup. Without a majority
 * there is no primary: a backup answers writes as CCF does when it knows no primary —
 *   redirect profiles: 503 PrimaryNotFound "Request should be redirected to primary, but receiving node
 *   does not know current primary address"; forwarding profiles: 503 InternalError "RPC could not be
 *   forwarded to unknown primary." (microsoft/CCF src/node/rpc/frontend.h `check_redirect`, `forward`) —
 * until enough nodes are back for an election.
 */
import { createCertificate } from "../core/identity/index.js";
import { errorResponse } from "./http.js";
import { handleRequest } from "./pipeline.js";
import { clientCertMemberId } from "./server.js";
import { isFaultsHook } from "./faults.js";
/** Requests a backup handed to the primary in-process → index of the backup that received them. */
const forwardedRequests = new WeakMap();
export function isForwarded(req) {
    return forwardedRequests.has(req);
}
/** The backup that received a forwarded request (undefined when the request was not forwarded). */
export function receivingNodeOf(req) {
    return forwardedRequests.get(req);
}
export const NODE_SANS = { ip: ["127.0.0.1"], dns: ["localhost"] };
/** A node certificate ("CCF Node", SANs 127.0.0.1/localhost) for the node's key, issued by the service identity. */
export async function issueNodeCertificate(nodePrivateKeyPem, service, days = 365) {
    return createCertificate({
        subject: "CN=CCF Node",
        publicKey: nodePrivateKeyPem,
        issuer: { privateKey: service.privateKeyPem, certificatePem: service.certificatePem },
        days,
        sans: NODE_SANS,
    });
}
/** URL of node `index` as recorded in the state (the port its listener last bound). */
export function nodeUrl(state, index, host = "127.0.0.1") {
    const port = state.nodes[index]?.port;
    return port === undefined ? undefined : `https://${host}:${port}`;
}
async function routeToPrimary(ctx, host, isRunning) {
    if (!ctx.route?.write || ctx.route.api === "control")
        return undefined;
    const service = ctx.service;
    const primary = service.state.primaryNodeIndex;
    if (ctx.nodeIndex === primary || forwardedRequests.has(ctx.req))
        return undefined;
    const redirect = service.profile.backupWrites === "redirect";
    if (!isRunning(primary)) {
        return redirect
            ? errorResponse(503, "PrimaryNotFound", "Request should be redirected to primary, but receiving node does not know current primary address")
            : errorResponse(503, "InternalError", "RPC could not be forwarded to unknown primary.");
    }
    if (redirect) {
        const base = nodeUrl(service.state, primary, host);
        if (base === undefined)
            return undefined; // primary never listened: serve locally
        return { status: 307, headers: { location: `${base}${ctx.req.url}` }, body: Buffer.alloc(0) };
    }
    const forwarded = { ...ctx.req };
    forwardedRequests.set(forwarded, ctx.nodeIndex);
    return handleRequest(service, forwarded, { nodeIndex: primary, raw: ctx.raw, clientCertMemberId: ctx.raw ? clientCertMemberId(ctx.raw.req) : undefined });
}
const ROUTING_HOOK = Symbol.for("ccf-consortium.sandbox.backup-routing-hook");
/**
 * Installs the backup-write routing in the service's pipeline, right after the fault hook (faults act
 * at the node that receives a request) and before anything else. Idempotent.
 */
export function installBackupRouting(service, options = {}) {
    const before = service.pipeline.before;
    if (before.some((h) => h[ROUTING_HOOK] === true))
        return;
    const host = options.host ?? "127.0.0.1";
    const isRunning = options.isRunning ?? (() => true);
    const hook = (ctx) => routeToPrimary(ctx, host, isRunning);
    Object.defineProperty(hook, ROUTING_HOOK, { value: true });
    const faultsAt = before.findIndex((h) => isFaultsHook(h));
    before.splice(faultsAt + 1, 0, hook);
}
/**
 * Keeps a running primary when a majority can elect one: if the primary's listener is down and more than
 * half of the nodes are running, the next running node after it (by index, wrapping) becomes primary in
 * a new view. Returns the new primary's index, or undefined when nothing changed (primary running, or no
 * majority: the service has no primary until more nodes are back).
 */
export async function ensureRunningPrimary(service, isRunning) {
    const n = service.state.nodes.length;
    const current = service.state.primaryNodeIndex;
    if (isRunning(current))
        return undefined;
    let running = 0;
    for (let i = 0; i < n; i++)
        if (isRunning(i))
            running++;
    if (running * 2 <= n)
        return undefined;
    for (let step = 1; step < n; step++) {
        const candidate = (current + step) % n;
        if (!isRunning(candidate))
            continue;
        await service.flush();
        const next = structuredClone(service.state);
        next.primaryNodeIndex = candidate;
        next.ledger.viewHistory.push({ view: next.ledger.view, lastSeqno: next.ledger.seqno });
        next.ledger.view += 1;
        service.replaceState(next);
        service.emitSignature();
        return candidate;
    }
    return undefined;
}
/** Makes each running listener present its node's current key and certificate to new connections. */
export function refreshCertificates(servers, state) {
    servers.forEach((server, i) => {
        const node = state.nodes[i];
        if (!server || !node || !server.server.listening)
            return;
        server.server.setSecureContext({ key: node.privateKeyPem, cert: node.certificatePem });
    });
}
