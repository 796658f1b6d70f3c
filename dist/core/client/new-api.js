import { MEMBER_STATUSES, NODE_STATUSES, PROPOSAL_STATES, RECOVERY_ROLES, SERVICE_STATUSES, TRANSACTION_STATUSES, asArray, asCount, asId, asRecord, asString, asTransactionId, asVotes, oneOf, optBoolean, optCount, optString, parseFailure, parseFailures, parseRecoveryMessage, } from "./wire.js";
/**
 * The versioned governance API (`?api-version=2024-07-01` or `2023-06-01-preview`), camelCase JSON.
 * Every reply is checked against the shapes of the protocol reference §3.1 before use.
 */
export function newApiAdapter(flavour) {
    const q = `api-version=${flavour}`;
    const p = (path) => `/gov/${path}${path.includes("?") ? "&" : "?"}${q}`;
    async function list(http, path, item) {
        const items = [];
        let next = p(path);
        for (let page = 0; next && page < 1000; page++) {
            const { value, nextLink } = (await http.get(next)).parse((json) => {
                const body = asRecord(json, "reply");
                return { value: asArray(body.value, "value").map((v, i) => item(v, `value[${i}]`)), nextLink: optString(body.nextLink, "nextLink") };
            });
            items.push(...value);
            next = nextLinkPath(nextLink);
        }
        return items;
    }
    return {
        flavour,
        async listMembers(http) {
            return list(http, "service/members", parseMember);
        },
        async getMember(http, memberId) {
            return (await http.getOptional(p(`service/members/${memberId}`)))?.parse((json) => parseMember(json, "member"));
        },
        async getServiceInfo(http) {
            return (await http.get(p("service/info"))).parse(parseServiceInfo);
        },
        async listProposals(http) {
            return list(http, "members/proposals", parseProposal);
        },
        async getProposal(http, proposalId) {
            return (await http.getOptional(p(`members/proposals/${proposalId}`)))?.parse((json) => parseProposal(json, "proposal"));
        },
        async getProposalActions(http, proposalId) {
            return (await http.getOptional(p(`members/proposals/${proposalId}/actions`)))?.body;
        },
        async getBallot(http, proposalId, memberId) {
            return (await http.getOptional(p(`members/proposals/${proposalId}/ballots/${memberId}`)))?.body.toString("utf8");
        },
        async getStateDigest(http, memberId) {
            return (await http.getOptional(p(`members/state-digests/${memberId}`)))?.parse((json) => parseStateDigest(json, memberId));
        },
        async getEncryptedShare(http, memberId) {
            return (await http.getOptional(p(`recovery/encrypted-shares/${memberId}`)))?.parse((json) => {
                const body = asRecord(json, "reply");
                return { memberId: optString(body.memberId, "memberId") ?? memberId, encryptedShare: asString(body.encryptedShare, "encryptedShare") };
            });
        },
        async getTransactionStatus(http, transactionId) {
            return (await http.get(p(`service/transactions/${transactionId}`))).parse((json) => {
                const body = asRecord(json, "reply");
                return {
                    transactionId: body.transactionId === undefined ? transactionId : asTransactionId(body.transactionId, "transactionId"),
                    status: oneOf(body.status, "status", TRANSACTION_STATUSES),
                };
            });
        },
        async getConstitution(http) {
            return (await http.get(p("service/constitution"))).body.toString("utf8");
        },
        async listNodes(http) {
            return list(http, "service/nodes", parseNode);
        },
        createProposalPath: () => p("members/proposals:create"),
        parseCreatedProposal: (json) => parseProposal(json, "proposal"),
        ballotPath: (proposalId, memberId) => p(`members/proposals/${proposalId}/ballots/${memberId}:submit`),
        parseBallotResult: (json) => parseProposal(json, "proposal"),
        withdrawPath: (proposalId) => p(`members/proposals/${proposalId}:withdraw`),
        parseWithdrawn: (json) => parseProposal(json, "proposal"),
        updateDigestPath: (memberId) => p(`members/state-digests/${memberId}:update`),
        parseUpdatedDigest: (json, memberId) => parseStateDigest(json, memberId),
        ackPath: (memberId) => p(`members/state-digests/${memberId}:ack`),
        ackPayload: (stateDigest) => ({ stateDigest }),
        recoverPath: (memberId) => p(`recovery/members/${memberId}:recover`),
        parseRecoverResult(json) {
            const body = asRecord(json, "reply");
            const parsed = parseRecoveryMessage(asString(body.message, "message"));
            const submittedCount = optCount(body.submittedCount, "submittedCount");
            const recoveryThreshold = optCount(body.recoveryThreshold, "recoveryThreshold");
            const fullKeySubmitted = optBoolean(body.fullKeySubmitted, "fullKeySubmitted");
            return {
                ...parsed,
                ...(submittedCount !== undefined ? { submittedCount } : {}),
                ...(recoveryThreshold !== undefined ? { recoveryThreshold } : {}),
                ...(fullKeySubmitted !== undefined ? { fullKeySubmitted } : {}),
            };
        },
    };
}
function nextLinkPath(link) {
    if (!link)
        return undefined;
    const url = new URL(link, "https://node.invalid");
    return `${url.pathname}${url.search}`;
}
/** `{memberId, stateDigest}` (N3, N4). */
function parseStateDigest(json, memberId) {
    const body = asRecord(json, "reply");
    return { memberId: optString(body.memberId, "memberId") ?? memberId, stateDigest: asString(body.stateDigest, "stateDigest") };
}
/** Member (§3.1): memberId, status, certificate, memberData, publicEncryptionKey?, recoveryRole?. */
function parseMember(json, where) {
    const m = asRecord(json, where);
    const key = optString(m.publicEncryptionKey, `${where}.publicEncryptionKey`);
    return {
        memberId: asId(m.memberId, `${where}.memberId`),
        status: oneOf(m.status, `${where}.status`, MEMBER_STATUSES),
        certificatePem: asString(m.certificate, `${where}.certificate`),
        ...(key ? { encryptionPublicKeyPem: key } : {}),
        memberData: m.memberData ?? null,
        recoveryRole: m.recoveryRole === undefined ? (key ? "Participant" : "NonParticipant") : oneOf(m.recoveryRole, `${where}.recoveryRole`, RECOVERY_ROLES),
    };
}
/** Node (`/gov/service/nodes`): the measurement is `quoteInfo.details.measurement` for Insecure_Virtual. */
function parseNode(json, where) {
    const n = asRecord(json, where);
    const quote = n.quoteInfo === undefined || n.quoteInfo === null ? {} : asRecord(n.quoteInfo, `${where}.quoteInfo`);
    const details = quote.details && typeof quote.details === "object" ? quote.details : {};
    const format = optString(quote.format, `${where}.quoteInfo.format`);
    const measurement = optString(quote.measurement, `${where}.quoteInfo.measurement`) ?? optString(details.measurement, `${where}.quoteInfo.details.measurement`) ?? optString(n.measurement, `${where}.measurement`);
    const certificatePem = optString(n.certificate, `${where}.certificate`);
    const retiredCommitted = optBoolean(n.retiredCommitted, `${where}.retiredCommitted`);
    return {
        nodeId: asId(n.nodeId, `${where}.nodeId`),
        status: oneOf(n.status, `${where}.status`, NODE_STATUSES),
        ...(certificatePem ? { certificatePem } : {}),
        ...("nodeData" in n ? { nodeData: n.nodeData } : {}),
        ...(retiredCommitted !== undefined ? { retiredCommitted } : {}),
        quoteInfo: { ...(format ? { format } : {}), ...(measurement ? { measurement } : {}) },
    };
}
/** Proposal (§3.1): proposalId, proposerId, proposalState, ballotCount, optional submitters/votes/failures. */
function parseProposal(json, where) {
    const p = asRecord(json, where);
    const finalVotes = asVotes(p.finalVotes, `${where}.finalVotes`);
    const voteFailures = parseFailures(p.voteFailures, `${where}.voteFailures`);
    const failure = parseFailure(p.failure, `${where}.failure`);
    return {
        proposalId: asId(p.proposalId, `${where}.proposalId`),
        proposerId: asId(p.proposerId, `${where}.proposerId`),
        state: oneOf(p.proposalState, `${where}.proposalState`, PROPOSAL_STATES),
        ballotCount: asCount(p.ballotCount, `${where}.ballotCount`),
        ...(p.ballotSubmitters !== undefined ? { ballotSubmitters: asArray(p.ballotSubmitters, `${where}.ballotSubmitters`).map((id, i) => asId(id, `${where}.ballotSubmitters[${i}]`)) } : {}),
        ...(finalVotes ? { finalVotes } : {}),
        ...(voteFailures ? { voteFailures } : {}),
        ...(failure ? { failure } : {}),
    };
}
/** ServiceInfo (§3.1): status, certificate, recoveryCount, configuration.recoveryThreshold, ... */
function parseServiceInfo(json) {
    const s = asRecord(json, "reply");
    const config = s.configuration === undefined ? {} : asRecord(s.configuration, "configuration");
    const recoveryThreshold = optCount(config.recoveryThreshold, "configuration.recoveryThreshold");
    const creationTransactionId = optString(s.creationTransactionId, "creationTransactionId");
    const previousServiceCreationTransactionId = optString(s.previousServiceCreationTransactionId, "previousServiceCreationTransactionId");
    return {
        status: oneOf(s.status, "status", SERVICE_STATUSES),
        certificatePem: asString(s.certificate, "certificate"),
        recoveryCount: optCount(s.recoveryCount, "recoveryCount") ?? 0,
        ...(recoveryThreshold !== undefined ? { recoveryThreshold } : {}),
        ...(creationTransactionId ? { creationTransactionId } : {}),
        ...(previousServiceCreationTransactionId ? { previousServiceCreationTransactionId } : {}),
        ...("serviceData" in s ? { serviceData: s.serviceData } : {}),
    };
}
