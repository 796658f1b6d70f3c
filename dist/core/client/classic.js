import { MEMBER_STATUSES, NODE_STATUSES, PROPOSAL_STATES, RECOVERY_ROLES, SERVICE_STATUSES, TRANSACTION_STATUSES, asCount, asId, asMap, asRecord, asString, asTransactionId, asVotes, oneOf, optBoolean, optCount, optString, parseFailure, parseFailures, parseRecoveryMessage, } from "./wire.js";
/**
 * The classic API (CCF 4.x–6.x, removed in 7.0): `/gov/proposals`, `/gov/ack`, snake_case maps. Every
 * reply is checked against the shapes of the protocol reference §3.2 before use.
 */
export function classicAdapter() {
    return {
        flavour: "classic",
        async listMembers(http) {
            return (await http.get("/gov/members")).parse((json) => Object.entries(asRecord(json, "reply")).map(([id, m]) => parseMember(id, m)));
        },
        async getMember(http, memberId) {
            return (await this.listMembers(http)).find((m) => m.memberId === memberId);
        },
        async getServiceInfo(http) {
            const [info, config] = await Promise.all([http.get("/gov/kv/service/info"), http.getOptional("/gov/kv/service/config")]);
            const recoveryThreshold = config?.parse((json) => optCount(asRecord(json, "reply").recovery_threshold, "recovery_threshold"));
            return info.parse((json) => {
                const s = asRecord(json, "reply");
                const creationTransactionId = optString(s.current_service_create_txid, "current_service_create_txid");
                return {
                    status: oneOf(s.status, "status", SERVICE_STATUSES),
                    certificatePem: asString(s.cert, "cert"),
                    recoveryCount: optCount(s.recovery_count, "recovery_count") ?? 0,
                    ...(recoveryThreshold !== undefined ? { recoveryThreshold } : {}),
                    ...(creationTransactionId ? { creationTransactionId } : {}),
                    ...("service_data" in s ? { serviceData: s.service_data } : {}),
                };
            });
        },
        async listProposals(http) {
            return (await http.get("/gov/proposals")).parse((json) => Object.entries(asRecord(json, "reply")).map(([id, p]) => parseProposalInfo(asId(id, "proposal id key"), p, `["${id}"]`)));
        },
        async getProposal(http, proposalId) {
            return (await http.getOptional(`/gov/proposals/${proposalId}`))?.parse((json) => parseProposalInfo(proposalId, json, "reply"));
        },
        async getProposalActions(http, proposalId) {
            return (await http.getOptional(`/gov/proposals/${proposalId}/actions`))?.body;
        },
        async getBallot(http, proposalId, memberId) {
            return (await http.getOptional(`/gov/proposals/${proposalId}/ballots/${memberId}`))?.parse((json) => asString(asRecord(json, "reply").ballot, "ballot"));
        },
        async getStateDigest(http, memberId) {
            return (await http.get("/gov/kv/members/acks")).parse((json) => {
                const ack = asRecord(json, "reply")[memberId];
                if (ack === undefined)
                    return undefined;
                return { memberId, stateDigest: asString(asRecord(ack, `["${memberId}"]`).state_digest, `["${memberId}"].state_digest`) };
            });
        },
        async getEncryptedShare(http, memberId) {
            return (await http.getOptional(`/gov/encrypted_recovery_share/${memberId}`))?.parse((json) => ({ memberId, encryptedShare: asString(asRecord(json, "reply").encrypted_share, "encrypted_share") }));
        },
        async getTransactionStatus(http, transactionId) {
            return (await http.get(`/gov/tx?transaction_id=${encodeURIComponent(transactionId)}`)).parse((json) => {
                const body = asRecord(json, "reply");
                return {
                    transactionId: body.transaction_id === undefined ? transactionId : asTransactionId(body.transaction_id, "transaction_id"),
                    status: oneOf(body.status, "status", TRANSACTION_STATUSES),
                };
            });
        },
        async getConstitution(http) {
            return (await http.get("/gov/kv/constitution")).parse((json) => asString(json, "reply"));
        },
        async listNodes(http) {
            // nodes/info's own `cert` is empty since 2.x: the endorsed certificate has its own table.
            const [info, endorsed] = await Promise.all([http.get("/gov/kv/nodes/info"), http.getOptional("/gov/kv/nodes/endorsed_certificates")]);
            const certs = endorsed?.parse((json) => asMap(json, "reply", asString)) ?? {};
            return info.parse((json) => Object.entries(asRecord(json, "reply")).map(([id, n]) => parseNodeInfo(id, n, certs[id])));
        },
        createProposalPath: () => "/gov/proposals",
        parseCreatedProposal: (json) => parseSummary(json),
        ballotPath: (proposalId) => `/gov/proposals/${proposalId}/ballots`,
        parseBallotResult: (json, proposalId) => parseSummary(json, proposalId),
        withdrawPath: (proposalId) => `/gov/proposals/${proposalId}/withdraw`,
        parseWithdrawn: (json, proposalId) => parseProposalInfo(proposalId, json, "reply"),
        updateDigestPath: () => "/gov/ack/update_state_digest",
        parseUpdatedDigest: (json, memberId) => ({ memberId, stateDigest: asString(asRecord(json, "reply").state_digest, "state_digest") }),
        ackPath: () => "/gov/ack",
        ackPayload: (stateDigest) => ({ state_digest: stateDigest }),
        recoverPath: () => "/gov/recovery_share",
        parseRecoverResult: (json) => parseRecoveryMessage(asString(asRecord(json, "reply").message, "message")),
    };
}
/** C1: `{"<member_id>": {status, member_data, cert, public_encryption_key (null if absent), recovery_role?}}`. */
function parseMember(memberId, json) {
    const where = `["${memberId.slice(0, 70)}"]`;
    const m = asRecord(json, where);
    const key = optString(m.public_encryption_key, `${where}.public_encryption_key`);
    return {
        memberId: asId(memberId, "member id key"),
        status: oneOf(m.status, `${where}.status`, MEMBER_STATUSES),
        certificatePem: asString(m.cert, `${where}.cert`),
        ...(key ? { encryptionPublicKeyPem: key } : {}),
        memberData: m.member_data ?? null,
        recoveryRole: m.recovery_role === undefined || m.recovery_role === null ? (key ? "Participant" : "NonParticipant") : oneOf(m.recovery_role, `${where}.recovery_role`, RECOVERY_ROLES),
    };
}
/** NodeInfo (`/gov/kv/nodes/info`): `{status, cert, quote_info: {format, ...}, node_data, retired_committed}`. */
function parseNodeInfo(nodeId, json, endorsedCertificatePem) {
    const where = `["${nodeId.slice(0, 70)}"]`;
    const n = asRecord(json, where);
    const quote = n.quote_info === undefined || n.quote_info === null ? {} : asRecord(n.quote_info, `${where}.quote_info`);
    const format = optString(quote.format, `${where}.quote_info.format`);
    const measurement = optString(quote.measurement, `${where}.quote_info.measurement`);
    const certificatePem = endorsedCertificatePem || optString(n.cert, `${where}.cert`) || undefined;
    const retiredCommitted = optBoolean(n.retired_committed, `${where}.retired_committed`);
    return {
        nodeId: asId(nodeId, "node id key"),
        status: oneOf(n.status, `${where}.status`, NODE_STATUSES),
        ...(certificatePem ? { certificatePem } : {}),
        ...("node_data" in n ? { nodeData: n.node_data } : {}),
        ...(retiredCommitted !== undefined ? { retiredCommitted } : {}),
        quoteInfo: { ...(format ? { format } : {}), ...(measurement ? { measurement } : {}) },
    };
}
/** ProposalInfo (GET /gov/proposals[/{id}], withdraw): `{proposer_id, state, ballots, final_votes?, ...}`. */
function parseProposalInfo(proposalId, json, where) {
    const p = asRecord(json, where);
    const ballots = p.ballots === undefined || p.ballots === null ? [] : Object.keys(asMap(p.ballots, `${where}.ballots`, asString));
    const finalVotes = asVotes(p.final_votes, `${where}.final_votes`);
    const voteFailures = parseFailures(p.vote_failures, `${where}.vote_failures`);
    const failure = parseFailure(p.failure, `${where}.failure`);
    return {
        proposalId,
        proposerId: asId(p.proposer_id, `${where}.proposer_id`),
        state: oneOf(p.state, `${where}.state`, PROPOSAL_STATES),
        ballotCount: ballots.length,
        ballotSubmitters: ballots,
        ...(finalVotes ? { finalVotes } : {}),
        ...(voteFailures ? { voteFailures } : {}),
        ...(failure ? { failure } : {}),
    };
}
/** ProposalInfoSummary (create, ballot): `{proposal_id, proposer_id, state, ballot_count, votes?, ...}`. */
function parseSummary(json, proposalId) {
    const p = asRecord(json, "reply");
    const finalVotes = asVotes(p.votes, "votes");
    const voteFailures = parseFailures(p.vote_failures, "vote_failures");
    const failure = parseFailure(p.failure, "failure");
    return {
        proposalId: p.proposal_id === undefined && proposalId !== undefined ? proposalId : asId(p.proposal_id, "proposal_id"),
        proposerId: asId(p.proposer_id, "proposer_id"),
        state: oneOf(p.state, "state", PROPOSAL_STATES),
        ballotCount: asCount(p.ballot_count, "ballot_count"),
        ...(finalVotes ? { finalVotes } : {}),
        ...(voteFailures ? { voteFailures } : {}),
        ...(failure ? { failure } : {}),
    };
}
