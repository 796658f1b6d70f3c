/**
 * The sandbox's own control API under `/control` (not part of CCF; served only on the loopback
 * listeners). Other modules (faults) add their routes with `api: "control"`.
 */
import { jsonResponse } from "../http.js";
const metrics = (ctx) => {
    const m = ctx.service.metrics;
    const verifyMs = Number(m.verifyNs) / 1e6;
    const handleMs = Number(m.handleNs) / 1e6;
    return jsonResponse(200, { requests: m.requests, verifyCount: m.verifyCount, verifyMs, handleMs, verifyShare: handleMs > 0 ? verifyMs / handleMs : 0 });
};
const signature = (ctx) => jsonResponse(200, { transactionId: ctx.service.emitSignature(), root: ctx.service.state.ledger.root });
export function controlRoutes() {
    return [
        { method: "GET", path: "/control/metrics", api: "control", handler: metrics },
        { method: "POST", path: "/control/signature", api: "control", handler: signature },
    ];
}
