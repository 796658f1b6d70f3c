/**
 * The node frontend helpers (`/node/...`), classic-style on every release (reference §3.3). Field sets are
 * the commonly used subset (UNCONFIRMED beyond `service_certificate` and `service_status`).
 */
import { badRequest, jsonResponse } from "../http.js";
import { parseTxId } from "../ledger.js";
import { publishedAddress } from "../format.js";
function primaryId(ctx) {
    const s = ctx.service.state;
    return s.nodes[s.primaryNodeIndex]?.nodeId;
}
const network = (ctx) => {
    const s = ctx.service.state;
    return jsonResponse(200, {
        service_certificate: s.service.certificatePem,
        service_status: s.service.status,
        current_view: s.ledger.view,
        primary_id: primaryId(ctx),
        recovery_target_seqno: null,
        last_recovered_seqno: null,
        current_service_create_txid: s.service.creationTransactionId ?? null,
    });
};
const networkNodes = (ctx) => {
    const s = ctx.service.state;
    return jsonResponse(200, {
        nodes: s.nodes.map((n, i) => ({
            node_id: n.nodeId,
            status: n.status,
            primary: i === s.primaryNodeIndex,
            rpc_interfaces: { primary_rpc_interface: { bind_address: publishedAddress(n), published_address: publishedAddress(n), protocol: "https" } },
            node_data: n.nodeData ?? null,
            last_written: s.ledger.seqno,
        })),
    });
};
const nodeState = (ctx) => {
    const s = ctx.service.state;
    const node = s.nodes[ctx.nodeIndex];
    return jsonResponse(200, {
        node_id: node?.nodeId,
        state: "PartOfNetwork",
        last_signed_seqno: s.ledger.lastSignatureSeqno,
        startup_seqno: 0,
    });
};
export const nodeCommit = (ctx) => jsonResponse(200, { transaction_id: `${ctx.service.state.ledger.view}.${ctx.service.durableSeqno}` });
export const nodeTx = (ctx) => {
    const raw = ctx.req.query.get("transaction_id");
    if (raw === null)
        throw badRequest("InvalidQueryParameterValue", "Query parameter 'transaction_id' is required.");
    const id = parseTxId(raw);
    if (!id) {
        throw badRequest("InvalidQueryParameterValue", `The value '${raw}' passed as query parameter 'transaction_id' could not be converted to a valid Transaction ID.`);
    }
    return jsonResponse(200, { status: ctx.service.txStatus(id.view, id.seqno), transaction_id: `${id.view}.${id.seqno}` });
};
const nodeVersion = (ctx) => jsonResponse(200, { ccf_version: `ccf-${ctx.service.profile.ccfVersion}.0.0`, quickjs_version: "sandbox", unsafe: false });
export function nodeApiRoutes() {
    const r = (path, handler, command = false) => ({ method: "GET", path, api: "node", handler, command });
    return [
        r("/node/network", network),
        r("/node/network/nodes", networkNodes),
        r("/node/state", nodeState),
        r("/node/commit", nodeCommit, true),
        r("/node/tx", nodeTx, true),
        r("/node/version", nodeVersion, true),
    ];
}
