import { CcfConsortiumError } from "../errors.js";
import { asRecord, parseFailure, parseFailures, parseRecoveryMessage, str } from "./wire.js";
/** The classic API (CCF 4.x–6.x, removed in 7.0): `/gov/proposals`, `/gov/ack`, snake_case maps. */
export function classicAdapter() {
    return {
        flavour: "classic",
        async listMembers(http) {
            const body = asRecord((await http.get("/gov/members")).json(), "members");
            return Object.entries(body).map(([id, m]) => parseMember(id, m));
        },
        async getMember(http, memberId) {
            return (await this.listMembers(http)).find((m) => m.memberId === memberId);
        },
        async getServiceInfo(http) {
            const [info, config] = await Promise.all([http.get("/gov/kv/service/info"), http.getOptional("/gov/kv/service/config")]);
            const s = asRecord(info.json(), "service info");
            const c = config ? asRecord(config.json(), "service config") : {};
            const result = {
                status: String(s.status),
                certificatePem: String(s.cert ?? ""),
                recoveryCount: typeof s.recovery_count === "number" ? s.recovery_count : 0,
                ...(typeof c.recovery_threshold === "number" ? { recoveryThreshold: c.recovery_threshold } : {}),
                ...(str(s.current_service_create_txid) ? { creationTransactionId: str(s.current_service_create_txid) } : {}),
                ...("service_data" in s ? { serviceData: s.service_data } : {}),
            };
            return result;
        },
        async listProposals(http) {
            const body = asRecord((await http.get("/gov/proposals")).json(), "proposals");
            return Object.entries(body).map(([id, p]) => parseProposalInfo(id, p));
        },
        async getProposal(http, proposalId) {
            const reply = await http.getOptional(`/gov/proposals/${proposalId}`);
            return reply ? parseProposalInfo(proposalId, reply.json()) : undefined;
        },
        async getProposalActions(http, proposalId) {
            return (await http.getOptional(`/gov/proposals/${proposalId}/actions`))?.body;
        },
        async getBallot(http, proposalId, memberId) {
            const reply = await http.getOptional(`/gov/proposals/${proposalId}/ballots/${memberId}`);
            if (!reply)
                return undefined;
            return str(asRecord(reply.json(), "ballot").ballot);
        },
        async getStateDigest(http, memberId) {
            const body = asRecord((await http.get("/gov/kv/members/acks")).json(), "acks");
            const ack = body[memberId];
            if (!ack || typeof ack !== "object")
                return undefined;
            return { memberId, stateDigest: String(ack.state_digest) };
        },
        async getEncryptedShare(http, memberId) {
            const reply = await http.getOptional(`/gov/encrypted_recovery_share/${memberId}`);
            if (!reply)
                return undefined;
            return { memberId, encryptedShare: String(asRecord(reply.json(), "encrypted share").encrypted_share) };
        },
        async getTransactionStatus(http, transactionId) {
            const body = asRecord((await http.get(`/gov/tx?transaction_id=${encodeURIComponent(transactionId)}`)).json(), "transaction status");
            return { transactionId: str(body.transaction_id) ?? transactionId, status: String(body.status) };
        },
        async getConstitution(http) {
            const value = (await http.get("/gov/kv/constitution")).json();
            if (typeof value !== "string")
                throw new CcfConsortiumError("CCF_ERROR", "unexpected /gov/kv/constitution: not a JSON string");
            return value;
        },
        async listNodes(http) {
            // nodes/info's own `cert` is empty since 2.x: the endorsed certificate has its own table.
            const [info, endorsed] = await Promise.all([http.get("/gov/kv/nodes/info"), http.getOptional("/gov/kv/nodes/endorsed_certificates")]);
            const certs = endorsed ? asRecord(endorsed.json(), "endorsed node certificates") : {};
            return Object.entries(asRecord(info.json(), "nodes")).map(([id, n]) => parseNodeInfo(id, n, str(certs[id])));
        },
        createProposalPath: () => "/gov/proposals",
        parseCreatedProposal: (json) => parseSummary(json),
        ballotPath: (proposalId) => `/gov/proposals/${proposalId}/ballots`,
        parseBallotResult: (json, proposalId) => parseSummary(json, proposalId),
        withdrawPath: (proposalId) => `/gov/proposals/${proposalId}/withdraw`,
        parseWithdrawn: (json, proposalId) => parseProposalInfo(proposalId, json),
        updateDigestPath: () => "/gov/ack/update_state_digest",
        parseUpdatedDigest: (json, memberId) => ({ memberId, stateDigest: String(asRecord(json, "state digest").state_digest) }),
        ackPath: () => "/gov/ack",
        ackPayload: (stateDigest) => ({ state_digest: stateDigest }),
        recoverPath: () => "/gov/recovery_share",
        parseRecoverResult: (json) => parseRecoveryMessage(str(asRecord(json, "recovery share result").message) ?? ""),
    };
}
function parseMember(memberId, json) {
    const m = asRecord(json, "member");
    const key = str(m.public_encryption_key);
    return {
        memberId,
        status: String(m.status),
        certificatePem: String(m.cert),
        ...(key ? { encryptionPublicKeyPem: key } : {}),
        memberData: m.member_data ?? null,
        recoveryRole: str(m.recovery_role) ?? (key ? "Participant" : "NonParticipant"),
    };
}
/** NodeInfo (`/gov/kv/nodes/info`): `{status, cert, quote_info: {format, ...}, node_data, retired_committed}`. */
function parseNodeInfo(nodeId, json, endorsedCertificatePem) {
    const n = asRecord(json, "node");
    const quote = n.quote_info && typeof n.quote_info === "object" ? n.quote_info : {};
    const certificatePem = endorsedCertificatePem || str(n.cert) || undefined;
    return {
        nodeId,
        status: String(n.status),
        ...(certificatePem ? { certificatePem } : {}),
        ...("node_data" in n ? { nodeData: n.node_data } : {}),
        ...(typeof n.retired_committed === "boolean" ? { retiredCommitted: n.retired_committed } : {}),
        quoteInfo: { ...(str(quote.format) ? { format: str(quote.format) } : {}), ...(str(quote.measurement) ? { measurement: str(quote.measurement) } : {}) },
    };
}
/** ProposalInfo (GET /gov/proposals[/{id}], withdraw): `{proposer_id, state, ballots, final_votes?, ...}`. */
function parseProposalInfo(proposalId, json) {
    const p = asRecord(json, "proposal");
    const ballots = p.ballots && typeof p.ballots === "object" ? Object.keys(p.ballots) : [];
    return {
        proposalId,
        proposerId: String(p.proposer_id),
        state: String(p.state),
        ballotCount: ballots.length,
        ballotSubmitters: ballots,
        ...(p.final_votes && typeof p.final_votes === "object" ? { finalVotes: p.final_votes } : {}),
        ...(parseFailures(p.vote_failures) ? { voteFailures: parseFailures(p.vote_failures) } : {}),
        ...(parseFailure(p.failure) ? { failure: parseFailure(p.failure) } : {}),
    };
}
/** ProposalInfoSummary (create, ballot): `{proposal_id, proposer_id, state, ballot_count, votes?, ...}`. */
function parseSummary(json, proposalId) {
    const p = asRecord(json, "proposal");
    return {
        proposalId: str(p.proposal_id) ?? proposalId ?? "",
        proposerId: String(p.proposer_id),
        state: String(p.state),
        ballotCount: typeof p.ballot_count === "number" ? p.ballot_count : 0,
        ...(p.votes && typeof p.votes === "object" ? { finalVotes: p.votes } : {}),
        ...(parseFailures(p.vote_failures) ? { voteFailures: parseFailures(p.vote_failures) } : {}),
        ...(parseFailure(p.failure) ? { failure: parseFailure(p.failure) } : {}),
    };
}
