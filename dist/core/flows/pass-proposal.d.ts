import type { Signer } from "../cose/index.js";
import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, Proposal, ProposalBody, ProposalState } from "../client/model.js";
import type { ProgressEvent } from "./progress.js";
export interface VotingOptions {
    /** Signs the proposal (an Active member). */
    proposer: Signer;
    /** Members who vote for it (in parallel, as many as needed to pass). */
    voters: Signer[];
    /** Wait until the accepting transaction is Committed. */
    waitForCommit?: boolean;
    commitTimeoutMs?: number;
}
export interface PassedProposal {
    proposalId: string;
    state: ProposalState;
    /** Of the transaction that accepted it (the deciding ballot), when known. */
    transactionId?: string;
    /** An identical Open proposal was found and voted on instead of proposing again. */
    reused: boolean;
    ballots: number;
}
/**
 * Gets `body` accepted: reuses an identical Open proposal when there is one (else proposes it, never
 * twice), then submits ballots in parallel — only as many as the default constitution needs
 * (more than half the Active members), more only if it is still Open — and stops when Accepted.
 */
export declare function passProposal(client: GovernanceClient, body: ProposalBody, context: {
    members: Member[];
    openProposals: Proposal[];
    emit: (e: ProgressEvent) => void;
    /** Told of the proposal as soon as it exists (created, adopted or reused) and of every state it reaches. */
    onProposal?: (proposal: Proposal) => void;
    /** Told when the proposal's creation failed: whether it exists is unknown. */
    onCreateFailed?: () => void;
}, options: VotingOptions): Promise<PassedProposal>;
/** The proposal by `proposerId` if there is one among `found`, else the first. */
export declare function preferProposer(found: Proposal[], proposerId: string): Proposal | undefined;
