/**
 * JSON shapes per API flavour: new API camelCase (src/node/gov/handlers/*.h), classic snake_case
 * (include/ccf/service/tables/proposals.h, member_frontend.h). Optional fields are omitted, not null.
 */
import { type MemberRecord, type NodeRecord, type ProposalRecord, type SandboxState } from "./state.js";
export declare function memberNew(memberId: string, m: MemberRecord): Record<string, unknown>;
export declare function proposalNew(proposalId: string, p: ProposalRecord): Record<string, unknown>;
export declare function serviceInfoNew(state: SandboxState): Record<string, unknown>;
export declare function publishedAddress(node: NodeRecord): string;
/** The sandbox's nodes attest as CCF's virtual (non-TEE) nodes do. */
export declare const QUOTE_INFO: Readonly<{
    format: "Insecure_Virtual";
    quote: "";
    endorsements: "";
}>;
export declare function nodeNew(node: NodeRecord): Record<string, unknown>;
export declare function memberClassic(m: MemberRecord): Record<string, unknown>;
/** ProposalInfo: `{proposer_id, state, ballots, final_votes?, vote_failures?, failure?}`. */
export declare function proposalInfoClassic(p: ProposalRecord): Record<string, unknown>;
/** ProposalInfoSummary: `{proposal_id, proposer_id, state, ballot_count, votes?, vote_failures?, failure?}`. */
export declare function proposalSummaryClassic(proposalId: string, p: ProposalRecord): Record<string, unknown>;
/** `public:ccf.gov.service.info` as the classic KV wrapper serves it. */
export declare function serviceInfoKv(state: SandboxState): Record<string, unknown>;
export declare function serviceConfigKv(state: SandboxState): Record<string, unknown>;
