/**
 * Sandbox operations: fault injection, node stop/start, restart from DIR, disaster simulation — in
 * process (merged into `startSandbox(...).control`) and over HTTPS under `/control/...` on every node.
 * Control routes answer only loopback peers (403 otherwise), are never subject to faults and never
 * forwarded: they act on the whole sandbox whichever node receives them.
 *
 *   GET  /control/faults                    current fault rules and counters
 *   POST /control/faults/latency            {"ms", "count"?, "nodeIndex"?, "method"?, "path"?}
 *   POST /control/faults/unavailable        {"count"? | "durationMs"?, "retryAfterSeconds"?, "nodeIndex"?, "method"?, "path"?}
 *   POST /control/faults/drop               {"when": "before-write"|"after-commit", "count"?, "nodeIndex"?, "method"?, "path"?}
 *   POST /control/faults/clear
 *   GET  /control/nodes                     [{"index","nodeId","url","running","primary"}]
 *   POST /control/nodes/{index}/stop | /control/nodes/{index}/start
 *   POST /control/restart                   202, then every node stops and starts again from DIR
 *   POST /control/disaster                  {"serviceCertificate","previousServiceCertificate"}
 */
import { isIP } from "node:net";
import { ApiError, jsonResponse } from "./http.js";
import { safeText } from "../core/text/safe-text.js";
import { FaultInjector, installFaults } from "./faults.js";
import { installBackupRouting, isForwarded, nodeUrl, receivingNodeOf, refreshCertificates } from "./cluster.js";
import { installRecovery } from "./recovery/index.js";
/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export function isLoopbackAddress(address) {
    if (!address)
        return false;
    const a = address.startsWith("::ffff:") ? address.slice(7) : address;
    if (isIP(a) === 4)
        return a.startsWith("127.");
    return a === "::1";
}
function requireLoopback(ctx) {
    if (!isLoopbackAddress(ctx.raw?.req.socket.remoteAddress)) {
        throw new ApiError(403, "Forbidden", "The sandbox control API only answers loopback clients.");
    }
}
function objectBody(ctx) {
    if (ctx.req.body.length === 0)
        return {};
    let value;
    try {
        value = JSON.parse(ctx.req.body.toString("utf8"));
    }
    catch (err) {
        throw new ApiError(400, "InvalidInput", `request body: ${err.message}`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new ApiError(400, "InvalidInput", "request body: must be a JSON object");
    }
    return value;
}
const MATCH_FIELDS = ["nodeIndex", "method", "path"];
/** The fields each fault rule takes (faults.ts); anything else is refused, not ignored. */
const FAULT_FIELDS = {
    latency: [...MATCH_FIELDS, "ms", "count"],
    unavailable: [...MATCH_FIELDS, "count", "durationMs", "retryAfterSeconds"],
    drop: [...MATCH_FIELDS, "when", "count"],
};
/** A body with a field the rule does not take (a typo such as `stateDigest`) is a 400 naming the field. */
function onlyFields(body, allowed) {
    for (const key of Object.keys(body)) {
        if (!allowed.includes(key)) {
            throw new ApiError(400, "InvalidInput", `request body: unknown field '${safeText(key, { max: 60 })}' (expected: ${allowed.join(", ")})`);
        }
    }
    return body;
}
function invalid(err) {
    return new ApiError(400, "InvalidInput", err instanceof Error ? err.message : String(err));
}
function nodeIndexParam(ctx, size) {
    const text = ctx.params["index"] ?? "";
    if (!/^\d+$/.test(text) || Number(text) >= size) {
        throw new ApiError(400, "InvalidInput", `node index must be an integer from 0 to ${size - 1} (got '${text}')`);
    }
    return Number(text);
}
function controlRoute(method, path, handler) {
    return { method, path, api: "control", handler: async (ctx) => (requireLoopback(ctx), handler(ctx)) };
}
export function operationsRoutes(control, nodes) {
    const configure = (fields, apply) => (ctx) => {
        const b = onlyFields(objectBody(ctx), fields);
        try {
            apply(b);
        }
        catch (err) {
            throw invalid(err);
        }
        return jsonResponse(200, control.faultSnapshot());
    };
    const afterAnswer = (ctx, action) => {
        // The listener carrying this answer may close: act once the answer is written.
        const res = ctx.raw?.res;
        const go = () => void action().catch(() => undefined);
        if (res)
            res.once("finish", go);
        else
            setImmediate(go);
    };
    return [
        controlRoute("GET", "/control/faults", () => jsonResponse(200, control.faultSnapshot())),
        controlRoute("POST", "/control/faults/latency", configure(FAULT_FIELDS.latency, (b) => control.addLatency(b))),
        controlRoute("POST", "/control/faults/unavailable", configure(FAULT_FIELDS.unavailable, (b) => control.failWithUnavailable(b))),
        controlRoute("POST", "/control/faults/drop", configure(FAULT_FIELDS.drop, (b) => control.dropConnection(b))),
        controlRoute("POST", "/control/faults/clear", () => {
            control.clearFaults();
            return jsonResponse(200, control.faultSnapshot());
        }),
        controlRoute("GET", "/control/nodes", () => jsonResponse(200, control.nodes())),
        controlRoute("POST", "/control/nodes/{index}/stop", (ctx) => {
            const index = nodeIndexParam(ctx, control.nodes().length);
            afterAnswer(ctx, () => nodes.stopNode(index));
            return jsonResponse(202, { index, stopping: true });
        }),
        controlRoute("POST", "/control/nodes/{index}/start", async (ctx) => {
            const index = nodeIndexParam(ctx, control.nodes().length);
            await nodes.startNode(index);
            return jsonResponse(200, control.nodes());
        }),
        controlRoute("POST", "/control/restart", (ctx) => {
            afterAnswer(ctx, () => nodes.restart());
            return jsonResponse(202, { restarting: true });
        }),
        controlRoute("POST", "/control/disaster", async () => {
            try {
                const r = await control.simulateDisaster();
                return jsonResponse(200, { serviceCertificate: r.serviceCertificatePem, previousServiceCertificate: r.previousServiceCertificatePem });
            }
            catch (err) {
                throw new ApiError(409, "InvalidState", err instanceof Error ? err.message : String(err));
            }
        }),
    ];
}
/**
 * One set of operations per sandbox. `install(service)` wires recovery, faults, backup routing and the
 * control routes into a (new) service — call it for every service start.ts creates (restart creates one).
 */
export function createOperations(nodes) {
    const faults = new FaultInjector();
    let recovery;
    const control = {
        faults,
        addLatency: (f) => faults.addLatency(f),
        failWithUnavailable: (f) => faults.failWithUnavailable(f),
        dropConnection: (f) => faults.dropConnection(f),
        clearFaults: () => faults.clear(),
        faultSnapshot: () => faults.snapshot(),
        nodes: () => {
            const state = nodes.service().state;
            const servers = nodes.servers();
            return state.nodes.map((n, i) => ({
                index: i,
                nodeId: n.nodeId,
                url: nodeUrl(state, i),
                running: servers[i]?.server.listening === true,
                primary: i === state.primaryNodeIndex,
            }));
        },
        simulateDisaster: () => {
            if (!recovery)
                throw new Error("recovery is not installed");
            return recovery.simulateDisaster();
        },
        privateRecoveryDone: () => recovery?.privateRecoveryDone() ?? Promise.resolve(),
    };
    const install = (service) => {
        recovery = installRecovery(service, { refreshCertificates: () => refreshCertificates(nodes.servers(), service.state) });
        installFaults(service.pipeline, faults, { alreadySeen: isForwarded, receivingNode: receivingNodeOf });
        installBackupRouting(service, { isRunning: (i) => nodes.servers()[i]?.server.listening === true });
        service.router.add(...operationsRoutes(control, nodes));
    };
    return { control, install };
}
