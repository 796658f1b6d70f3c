import type { Signer } from "../cose/index.js";
import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, Proposal, ProposalBody } from "../client/model.js";
import { type Outcome } from "./outcome.js";
import type { ProgressEvent } from "./progress.js";
export interface VotingOptions {
    /** Signs the proposal (an Active member). */
    proposer: Signer;
    /** Members who vote for it (in parallel, as many as needed to pass). */
    voters: Signer[];
    /** Wait until the accepting transaction is Committed. */
    waitForCommit?: boolean;
    commitTimeoutMs?: number;
    /**
     * While the proposal stays Open after the voters' ballots, poll it for up to this long (other members
     * voting from elsewhere) until it is decided; then the outcome is still `pending`, not an error. Default 0.
     */
    waitMs?: number;
    /** Poll interval while waiting (default 2 s). */
    pollMs?: number;
}
/** What passProposal did: the outcome, and how (an identical Open proposal reused, ballots this call sent). */
export type PassedProposal = Outcome & {
    proposalId: string;
    /** An identical Open proposal was found and voted on instead of proposing again. */
    reused: boolean;
    /** Ballots this call submitted. */
    ballotsSubmitted: number;
};
/**
 * Gets `body` accepted: reuses an identical Open proposal when there is one (else proposes it, never
 * twice), then submits ballots in parallel — only as many as the default constitution needs
 * (more than half the Active members), more only if it is still Open — and stops when Accepted.
 * Still Open after the voters given: waits up to `waitMs` for other members' ballots, then reports
 * `pending` (who has not voted, ballots still needed). Rejected/Failed/Dropped/Withdrawn throw
 * ProposalFailedError.
 */
export declare function passProposal(client: GovernanceClient, body: ProposalBody, context: {
    members: Member[];
    openProposals: Proposal[];
    emit: (e: ProgressEvent) => void;
    /** Told of the proposal as soon as it exists (created, adopted or reused) and of every state it reaches. */
    onProposal?: (proposal: Proposal) => void;
    /** Told when the proposal's creation failed: whether it exists is unknown. */
    onCreateFailed?: () => void;
    /** Whether the change is in place (asked when a waited-for proposal is no longer on the node). */
    isDone?: () => Promise<boolean>;
}, options: VotingOptions): Promise<PassedProposal>;
/** The proposal by `proposerId` if there is one among `found`, else the first. */
export declare function preferProposer(found: Proposal[], proposerId: string): Proposal | undefined;
