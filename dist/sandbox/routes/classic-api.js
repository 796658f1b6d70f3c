/**
 * The classic governance API (4.x–6.x; removed in 7.0), reference §3.2 (C1–C15). JSON is snake_case.
 * Authentication is COSE with the endpoint's message type (any member status); Active checks are done in
 * the handlers (403 "Member <id> is not active."), per microsoft/CCF src/node/rpc/member_frontend.h.
 * Three endpoints also accept a member TLS client certificate (cert or COSE).
 */
import { forbidden, jsonResponse, notFound, parseJsonBody } from "../http.js";
import { ackStateDigest, createProposal, submitBallot, updateStateDigest, withdrawProposal } from "../governance.js";
import { QUOTE_INFO, memberClassic, proposalInfoClassic, proposalSummaryClassic, serviceConfigKv, serviceInfoKv } from "../format.js";
import { nodeCommit, nodeTx } from "./node-api.js";
import { callerOf, has, writeJson, writeNoContent } from "./common.js";
import { submitRecoveryShareFlow } from "./recovery-flow.js";
/** The request content: the COSE payload, or the raw body for a TLS-client-certificate caller. */
function contentJson(ctx) {
    const caller = callerOf(ctx);
    return () => parseJsonBody(caller.payload);
}
function requireActive(ctx, message) {
    const id = callerOf(ctx).memberId;
    const m = ctx.service.state.members;
    if (!has(m, id) || m[id].status !== "Active")
        throw forbidden("AuthorizationFailed", message ?? `Member ${id} is not active.`);
    return id;
}
const listMembers = (ctx) => {
    const out = {};
    for (const [id, m] of Object.entries(ctx.service.state.members))
        out[id] = memberClassic(m);
    return jsonResponse(200, out);
};
const postUpdate = (ctx) => {
    const { value, txId } = updateStateDigest(ctx.service, callerOf(ctx).memberId, "classic");
    return writeJson(200, { state_digest: value }, txId);
};
const postAck = (ctx) => {
    const caller = callerOf(ctx);
    const { txId } = ackStateDigest(ctx.service, caller, caller.memberId, contentJson(ctx), "classic");
    return writeNoContent(txId);
};
const postProposal = (ctx) => {
    const { value, txId } = createProposal(ctx.service, callerOf(ctx), "classic");
    return writeJson(200, proposalSummaryClassic(value.proposalId, value.record), txId);
};
const listOpenProposals = (ctx) => {
    const out = {};
    for (const [id, p] of Object.entries(ctx.service.state.proposals))
        if (p.state === "Open")
            out[id] = proposalInfoClassic(p);
    return jsonResponse(200, out);
};
const getProposal = (ctx) => {
    const id = ctx.params.proposal_id;
    const p = ctx.service.state.proposals;
    if (!has(p, id))
        throw notFound("ProposalNotFound", `Proposal ${id} does not exist.`);
    return jsonResponse(200, proposalInfoClassic(p[id]));
};
const getActions = (ctx) => {
    const id = ctx.params.proposal_id;
    const p = ctx.service.state.proposals;
    if (!has(p, id))
        throw notFound("ProposalNotFound", `Proposal ${id} does not exist.`);
    return { status: 200, headers: { "content-type": "application/json" }, body: Buffer.from(p[id].proposal, "base64") };
};
const postWithdraw = (ctx) => {
    const id = ctx.params.proposal_id;
    const result = withdrawProposal(ctx.service, callerOf(ctx), id, "classic");
    return writeJson(200, proposalInfoClassic(result.value.record), result.txId);
};
const postBallot = (ctx) => {
    const id = ctx.params.proposal_id;
    const result = submitBallot(ctx.service, callerOf(ctx), id, undefined, contentJson(ctx), "classic");
    return writeJson(200, proposalSummaryClassic(id, result.value.record), result.txId);
};
const getBallot = (ctx) => {
    const proposalId = ctx.params.proposal_id;
    const memberId = ctx.params.member_id;
    const p = ctx.service.state.proposals;
    if (!has(p, proposalId))
        throw notFound("ProposalNotFound", `Proposal ${proposalId} does not exist.`);
    const ballots = p[proposalId].ballots;
    if (!has(ballots, memberId))
        throw notFound("VoteNotFound", `Member ${memberId} has not voted for proposal ${proposalId}.`);
    return jsonResponse(200, { ballot: ballots[memberId] });
};
const getOwnShare = (ctx) => {
    const id = requireActive(ctx, "Only active members are given recovery shares.");
    const shares = ctx.service.state.recovery.encryptedShares;
    if (!has(shares, id))
        throw notFound("ResourceNotFound", `Recovery share not found for member ${id}.`);
    return jsonResponse(200, { encrypted_share: shares[id] });
};
const getMemberShare = (ctx) => {
    const id = ctx.params.member_id;
    const shares = ctx.service.state.recovery.encryptedShares;
    if (!has(shares, id))
        throw notFound("ResourceNotFound", `Recovery share not found for member ${id}.`);
    return jsonResponse(200, { encrypted_share: shares[id] });
};
const postShare = (ctx) => {
    const id = requireActive(ctx, "Member is not active.");
    const outcome = submitRecoveryShareFlow(ctx.service, () => id, contentJson(ctx));
    return writeJson(200, { message: outcome.message }, outcome.txId);
};
function kvMap(entries, f) {
    const out = {};
    for (const [k, v] of Object.entries(entries))
        out[k] = f(v);
    return out;
}
/** Classic route table (registered for ccfVersion 4–6). */
export function classicApiRoutes() {
    const r = (method, path, handler, extra = {}) => ({
        method,
        path,
        api: "classic",
        handler,
        ...extra,
    });
    return [
        r("GET", "/gov/members", listMembers),
        r("POST", "/gov/ack/update_state_digest", postUpdate, { write: true, auth: { msgType: "state_digest", policy: "member_cose_sign1", allowMemberCert: true } }),
        r("POST", "/gov/ack", postAck, { write: true, auth: { msgType: "ack", policy: "member_cose_sign1" } }),
        r("POST", "/gov/proposals", postProposal, { write: true, auth: { msgType: "proposal", policy: "member_cose_sign1" } }),
        r("GET", "/gov/proposals", listOpenProposals),
        r("GET", "/gov/proposals/{proposal_id}", getProposal),
        r("GET", "/gov/proposals/{proposal_id}/actions", getActions),
        r("POST", "/gov/proposals/{proposal_id}/withdraw", postWithdraw, { write: true, auth: { msgType: "withdrawal", policy: "member_cose_sign1" } }),
        r("POST", "/gov/proposals/{proposal_id}/ballots", postBallot, { write: true, auth: { msgType: "ballot", policy: "member_cose_sign1" } }),
        r("GET", "/gov/proposals/{proposal_id}/ballots/{member_id}", getBallot),
        r("GET", "/gov/recovery_share", getOwnShare, { auth: { msgType: "encrypted_recovery_share", policy: "member_cose_sign1", allowMemberCert: true } }),
        r("GET", "/gov/encrypted_recovery_share/{member_id}", getMemberShare),
        r("POST", "/gov/recovery_share", postShare, { write: true, auth: { msgType: "recovery_share", policy: "member_cose_sign1", allowMemberCert: true } }),
        // The classic /gov/tx and /gov/commit answer as the node frontend's /node/tx and /node/commit.
        r("GET", "/gov/tx", nodeTx, { command: true }),
        r("GET", "/gov/commit", nodeCommit, { command: true }),
        r("GET", "/gov/kv/service/info", (ctx) => jsonResponse(200, serviceInfoKv(ctx.service.state))),
        r("GET", "/gov/kv/service/config", (ctx) => jsonResponse(200, serviceConfigKv(ctx.service.state))),
        r("GET", "/gov/kv/constitution", (ctx) => jsonResponse(200, ctx.service.state.constitution)),
        r("GET", "/gov/kv/members/certs", (ctx) => jsonResponse(200, kvMap(ctx.service.state.members, (m) => m.certificatePem))),
        r("GET", "/gov/kv/members/info", (ctx) => jsonResponse(200, kvMap(ctx.service.state.members, (m) => {
            const info = { status: m.status, member_data: m.memberData ?? null };
            if (m.recoveryRole)
                info.recovery_role = m.recoveryRole;
            return info;
        }))),
        r("GET", "/gov/kv/members/encryption_public_keys", (ctx) => {
            const out = {};
            for (const [id, m] of Object.entries(ctx.service.state.members))
                if (m.encryptionPublicKeyPem)
                    out[id] = m.encryptionPublicKeyPem;
            return jsonResponse(200, out);
        }),
        r("GET", "/gov/kv/members/acks", (ctx) => jsonResponse(200, kvMap(ctx.service.state.acks, (a) => (a.coseSign1 ? { state_digest: a.stateDigest ?? "", cose_sign1_req: a.coseSign1 } : { state_digest: a.stateDigest ?? "" })))),
        r("GET", "/gov/kv/nodes/info", (ctx) => {
            const out = {};
            // NodeInfo as CCF stores it (include/ccf/service/tables/nodes.h): quote_info carries the attestation.
            for (const n of ctx.service.state.nodes)
                out[n.nodeId] = { status: n.status, node_data: n.nodeData ?? null, cert: n.certificatePem, quote_info: QUOTE_INFO, retired_committed: n.retiredCommitted };
            return jsonResponse(200, out);
        }),
        r("GET", "/gov/kv/nodes/endorsed_certificates", (ctx) => {
            const out = {};
            for (const n of ctx.service.state.nodes)
                out[n.nodeId] = n.certificatePem;
            return jsonResponse(200, out);
        }),
    ];
}
