import { CcfConsortiumError } from "../errors.js";
import { asRecord, parseFailure, parseFailures, parseRecoveryMessage, str } from "./wire.js";
/** The versioned governance API (`?api-version=2024-07-01` or `2023-06-01-preview`), camelCase JSON. */
export function newApiAdapter(flavour) {
    const q = `api-version=${flavour}`;
    const p = (path) => `/gov/${path}${path.includes("?") ? "&" : "?"}${q}`;
    async function list(http, path) {
        const items = [];
        let next = p(path);
        for (let page = 0; next && page < 1000; page++) {
            const body = asRecord((await http.get(next)).json(), path);
            if (!Array.isArray(body.value))
                throw new CcfConsortiumError("INTERNAL", `unexpected ${path} from the node: no 'value' array`);
            items.push(...body.value);
            next = nextLinkPath(str(body.nextLink));
        }
        return items;
    }
    return {
        flavour,
        async listMembers(http) {
            return (await list(http, "service/members")).map(parseMember);
        },
        async getMember(http, memberId) {
            const reply = await http.getOptional(p(`service/members/${memberId}`));
            return reply ? parseMember(reply.json()) : undefined;
        },
        async getServiceInfo(http) {
            return parseServiceInfo((await http.get(p("service/info"))).json());
        },
        async listProposals(http) {
            return (await list(http, "members/proposals")).map(parseProposal);
        },
        async getProposal(http, proposalId) {
            const reply = await http.getOptional(p(`members/proposals/${proposalId}`));
            return reply ? parseProposal(reply.json()) : undefined;
        },
        async getProposalActions(http, proposalId) {
            return (await http.getOptional(p(`members/proposals/${proposalId}/actions`)))?.body;
        },
        async getBallot(http, proposalId, memberId) {
            return (await http.getOptional(p(`members/proposals/${proposalId}/ballots/${memberId}`)))?.body.toString("utf8");
        },
        async getStateDigest(http, memberId) {
            const reply = await http.getOptional(p(`members/state-digests/${memberId}`));
            if (!reply)
                return undefined;
            const body = asRecord(reply.json(), "state digest");
            return { memberId: str(body.memberId) ?? memberId, stateDigest: String(body.stateDigest) };
        },
        async getEncryptedShare(http, memberId) {
            const reply = await http.getOptional(p(`recovery/encrypted-shares/${memberId}`));
            if (!reply)
                return undefined;
            const body = asRecord(reply.json(), "encrypted share");
            return { memberId: str(body.memberId) ?? memberId, encryptedShare: String(body.encryptedShare) };
        },
        async getTransactionStatus(http, transactionId) {
            const body = asRecord((await http.get(p(`service/transactions/${transactionId}`))).json(), "transaction status");
            return { transactionId: str(body.transactionId) ?? transactionId, status: String(body.status) };
        },
        async getConstitution(http) {
            return (await http.get(p("service/constitution"))).body.toString("utf8");
        },
        async listNodes(http) {
            return (await list(http, "service/nodes")).map(parseNode);
        },
        createProposalPath: () => p("members/proposals:create"),
        parseCreatedProposal: (json) => parseProposal(json),
        ballotPath: (proposalId, memberId) => p(`members/proposals/${proposalId}/ballots/${memberId}:submit`),
        parseBallotResult: (json) => parseProposal(json),
        withdrawPath: (proposalId) => p(`members/proposals/${proposalId}:withdraw`),
        parseWithdrawn: (json) => parseProposal(json),
        updateDigestPath: (memberId) => p(`members/state-digests/${memberId}:update`),
        parseUpdatedDigest(json, memberId) {
            const body = asRecord(json, "state digest");
            return { memberId: str(body.memberId) ?? memberId, stateDigest: String(body.stateDigest) };
        },
        ackPath: (memberId) => p(`members/state-digests/${memberId}:ack`),
        ackPayload: (stateDigest) => ({ stateDigest }),
        recoverPath: (memberId) => p(`recovery/members/${memberId}:recover`),
        parseRecoverResult(json) {
            const body = asRecord(json, "recovery share result");
            const parsed = parseRecoveryMessage(str(body.message) ?? "");
            return {
                ...parsed,
                ...(typeof body.submittedCount === "number" ? { submittedCount: body.submittedCount } : {}),
                ...(typeof body.recoveryThreshold === "number" ? { recoveryThreshold: body.recoveryThreshold } : {}),
                ...(typeof body.fullKeySubmitted === "boolean" ? { fullKeySubmitted: body.fullKeySubmitted } : {}),
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
function parseMember(json) {
    const m = asRecord(json, "member");
    const key = str(m.publicEncryptionKey);
    return {
        memberId: String(m.memberId),
        status: String(m.status),
        certificatePem: String(m.certificate),
        ...(key ? { encryptionPublicKeyPem: key } : {}),
        memberData: m.memberData ?? null,
        recoveryRole: str(m.recoveryRole) ?? (key ? "Participant" : "NonParticipant"),
    };
}
/** Node (`/gov/service/nodes`): the measurement is `quoteInfo.details.measurement` for Insecure_Virtual. */
function parseNode(json) {
    const n = asRecord(json, "node");
    const quote = n.quoteInfo && typeof n.quoteInfo === "object" ? n.quoteInfo : {};
    const details = quote.details && typeof quote.details === "object" ? quote.details : {};
    const measurement = str(quote.measurement) ?? str(details.measurement) ?? str(n.measurement);
    return {
        nodeId: String(n.nodeId),
        status: String(n.status),
        ...(str(n.certificate) ? { certificatePem: str(n.certificate) } : {}),
        ...("nodeData" in n ? { nodeData: n.nodeData } : {}),
        ...(typeof n.retiredCommitted === "boolean" ? { retiredCommitted: n.retiredCommitted } : {}),
        quoteInfo: { ...(str(quote.format) ? { format: str(quote.format) } : {}), ...(measurement ? { measurement } : {}) },
    };
}
function parseProposal(json) {
    const p = asRecord(json, "proposal");
    return {
        proposalId: String(p.proposalId),
        proposerId: String(p.proposerId),
        state: String(p.proposalState),
        ballotCount: typeof p.ballotCount === "number" ? p.ballotCount : 0,
        ...(Array.isArray(p.ballotSubmitters) ? { ballotSubmitters: p.ballotSubmitters.map(String) } : {}),
        ...(p.finalVotes && typeof p.finalVotes === "object" ? { finalVotes: p.finalVotes } : {}),
        ...(parseFailures(p.voteFailures) ? { voteFailures: parseFailures(p.voteFailures) } : {}),
        ...(parseFailure(p.failure) ? { failure: parseFailure(p.failure) } : {}),
    };
}
function parseServiceInfo(json) {
    const s = asRecord(json, "service info");
    const config = s.configuration && typeof s.configuration === "object" ? s.configuration : {};
    return {
        status: String(s.status),
        certificatePem: String(s.certificate ?? ""),
        recoveryCount: typeof s.recoveryCount === "number" ? s.recoveryCount : 0,
        ...(typeof config.recoveryThreshold === "number" ? { recoveryThreshold: config.recoveryThreshold } : {}),
        ...(str(s.creationTransactionId) ? { creationTransactionId: str(s.creationTransactionId) } : {}),
        ...(str(s.previousServiceCreationTransactionId) ? { previousServiceCreationTransactionId: str(s.previousServiceCreationTransactionId) } : {}),
        ...("serviceData" in s ? { serviceData: s.serviceData } : {}),
    };
}
