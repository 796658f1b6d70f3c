/**
 * The outcome of every flow that proposes: `done` (the service is as asked: nothing was needed, or the
 * proposal was Accepted), `pending` (a proposal made or adopted by the flow is Open and waits for other
 * members' ballots) — or a thrown failure (ProposalFailedError: Rejected, Failed, Dropped, Withdrawn).
 *
 * A consortium is several parties: pending is a normal state, neither success nor failure. Re-running the
 * flow adopts the Open proposal (never a second one) and reports the same pending state until it resolves.
 */
import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, Proposal } from "../client/model.js";
/** An Active member whose ballot the proposal still waits for. */
export interface PendingVoter {
    memberId: string;
    /** `member_data.name`, when the member has one. */
    name?: string;
}
export interface DoneOutcome {
    state: "done";
    /** A proposal was passed by this call (false: nothing to do, the change was already in place). */
    changed: boolean;
    proposalId?: string;
    /** Of the transaction that accepted it, when this call's ballot decided it. */
    transactionId?: string;
}
export interface PendingOutcome {
    state: "pending";
    changed: false;
    proposalId: string;
    /** Of the proposal's creation, when this call created it. */
    transactionId?: string;
    /** Accepting ballots still needed (the default constitution's rule, counting the ballots so far as accepting). */
    ballotsNeeded: number;
    /** Ballots the proposal has so far. */
    ballots: number;
    /** Active members who have not voted, with their names. */
    pendingVoters: PendingVoter[];
    /** The rule `ballotsNeeded` follows, in words. */
    rule: string;
}
export type Outcome = DoneOutcome | PendingOutcome;
/**
 * Accepting ballots the live constitution's default rule needs: more than half of the Active members
 * (`yes > floor(active / 2)`, CCF's samples/constitutions/default/resolve.js).
 */
export declare function ballotsToPass(activeMembers: number): number;
export declare function ruleText(activeMembers: number): string;
/**
 * Who has voted on `proposal`: the node's `ballotSubmitters` (or classic ballots map) when it reports
 * them, else one ballot read per Active member (older versioned APIs).
 */
export declare function ballotSubmitters(client: GovernanceClient, proposal: Proposal, members: Member[]): Promise<Set<string>>;
/** The pending outcome of an Open proposal: ballots still needed and the Active members yet to vote. */
export declare function pendingOutcome(client: GovernanceClient, proposal: Proposal, members: Member[]): Promise<PendingOutcome>;
/** `3f2a9c1b0d4e… (alice)`: how a voter is named in messages. */
export declare function voterLabel(v: PendingVoter): string;
/** "waiting for 1 more ballot; not yet voted: 3f2a9c1b0d4e… (alice), 77aa01c2d3e4… (bob)". */
export declare function waitingMessage(p: Pick<PendingOutcome, "ballotsNeeded" | "pendingVoters">): string;
