/**
 * JSON shapes per API flavour: new API camelCase (src/node/gov/handlers/*.h), classic snake_case
 * (include/ccf/service/tables/proposals.h, member_frontend.h). Optional fields are omitted, not null.
 */
import { effectiveRecoveryRole, type MemberRecord, type NodeRecord, type ProposalRecord, type SandboxState } from "./state.js";

// --- new API --------------------------------------------------------------------------------------------

export function memberNew(memberId: string, m: MemberRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    memberId,
    status: m.status,
    memberData: m.memberData ?? null,
    certificate: m.certificatePem,
  };
  if (m.encryptionPublicKeyPem !== undefined) out.publicEncryptionKey = m.encryptionPublicKeyPem;
  out.recoveryRole = effectiveRecoveryRole(m);
  return out;
}

/**
 * `ballotSubmitters` (7.0.2+, #7840: "the governance proposal endpoints now include a ballotSubmitters
 * field in their responses, containing the list of member IDs that have submitted a ballot") follows
 * ballotCount, as in CCF's Proposal schema; ids sorted (CCF's ballots map order, UNCONFIRMED).
 */
export function proposalNew(proposalId: string, p: ProposalRecord, withBallotSubmitters = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    proposalId,
    proposerId: p.proposerId,
    proposalState: p.state,
    ballotCount: Object.keys(p.ballots).length,
  };
  if (withBallotSubmitters) out.ballotSubmitters = Object.keys(p.ballots).sort();
  if (p.finalVotes !== undefined) out.finalVotes = p.finalVotes;
  if (p.voteFailures !== undefined) out.voteFailures = p.voteFailures;
  if (p.failure !== undefined) out.failure = p.failure;
  return out;
}

export function serviceInfoNew(state: SandboxState): Record<string, unknown> {
  const s = state.service;
  const out: Record<string, unknown> = {
    status: s.status,
    certificate: s.certificatePem,
    recoveryCount: s.recoveryCount,
  };
  if (s.creationTransactionId) out.creationTransactionId = s.creationTransactionId;
  if (s.previousServiceCreationTransactionId) out.previousServiceCreationTransactionId = s.previousServiceCreationTransactionId;
  out.serviceData = s.serviceData ?? null;
  out.configuration = {
    recoveryThreshold: s.config.recoveryThreshold,
    maximumNodeCertificateValidityDays: s.config.maximumNodeCertificateValidityDays,
    maximumServiceCertificateValidityDays: s.config.maximumServiceCertificateValidityDays,
    recentCoseProposalsWindowSize: s.config.recentCoseProposalsWindowSize,
  };
  return out;
}

export function publishedAddress(node: NodeRecord): string {
  return `127.0.0.1:${node.port ?? 0}`;
}

/** The sandbox's nodes attest as CCF's virtual (non-TEE) nodes do. */
export const QUOTE_INFO = Object.freeze({ format: "Insecure_Virtual", quote: "", endorsements: "" });

export function nodeNew(node: NodeRecord): Record<string, unknown> {
  return {
    nodeId: node.nodeId,
    status: node.status,
    nodeData: node.nodeData ?? null,
    certificate: node.certificatePem,
    retiredCommitted: node.retiredCommitted,
    quoteInfo: QUOTE_INFO,
    rpcInterfaces: { primary_rpc_interface: { publishedAddress: publishedAddress(node), protocol: "https" } },
  };
}

// --- classic API ----------------------------------------------------------------------------------------

export function memberClassic(m: MemberRecord): Record<string, unknown> {
  return {
    status: m.status,
    member_data: m.memberData ?? null,
    cert: m.certificatePem,
    public_encryption_key: m.encryptionPublicKeyPem ?? null,
  };
}

/** ProposalInfo: `{proposer_id, state, ballots, final_votes?, vote_failures?, failure?}`. */
export function proposalInfoClassic(p: ProposalRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { proposer_id: p.proposerId, state: p.state, ballots: { ...p.ballots } };
  if (p.finalVotes !== undefined) out.final_votes = p.finalVotes;
  if (p.voteFailures !== undefined) out.vote_failures = p.voteFailures;
  if (p.failure !== undefined) out.failure = p.failure;
  return out;
}

/** ProposalInfoSummary: `{proposal_id, proposer_id, state, ballot_count, votes?, vote_failures?, failure?}`. */
export function proposalSummaryClassic(proposalId: string, p: ProposalRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    proposal_id: proposalId,
    proposer_id: p.proposerId,
    state: p.state,
    ballot_count: Object.keys(p.ballots).length,
  };
  if (p.finalVotes !== undefined) out.votes = p.finalVotes;
  if (p.voteFailures !== undefined) out.vote_failures = p.voteFailures;
  if (p.failure !== undefined) out.failure = p.failure;
  return out;
}

/** `public:ccf.gov.service.info` as the classic KV wrapper serves it. */
export function serviceInfoKv(state: SandboxState): Record<string, unknown> {
  const s = state.service;
  const out: Record<string, unknown> = { cert: s.certificatePem, status: s.status };
  if (s.recoveryCount > 0) out.recovery_count = s.recoveryCount;
  out.service_data = s.serviceData ?? null;
  if (s.creationTransactionId) out.current_service_create_txid = s.creationTransactionId;
  return out;
}

export function serviceConfigKv(state: SandboxState): Record<string, unknown> {
  const c = state.service.config;
  return {
    recovery_threshold: c.recoveryThreshold,
    consensus: "CFT",
    maximum_node_certificate_validity_days: c.maximumNodeCertificateValidityDays,
    maximum_service_certificate_validity_days: c.maximumServiceCertificateValidityDays,
    recent_cose_proposals_window_size: c.recentCoseProposalsWindowSize,
  };
}
