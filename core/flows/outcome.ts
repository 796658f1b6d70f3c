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
import { memberName } from "./member-name.js";

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
export function ballotsToPass(activeMembers: number): number {
  return Math.floor(activeMembers / 2) + 1;
}

export function ruleText(activeMembers: number): string {
  return `the default constitution accepts with more than half of the ${activeMembers} Active member${activeMembers === 1 ? "" : "s"} (${ballotsToPass(activeMembers)} accepting ballot${ballotsToPass(activeMembers) === 1 ? "" : "s"})`;
}

/**
 * Who has voted on `proposal`: the node's `ballotSubmitters` (or classic ballots map) when it reports
 * them, else one ballot read per Active member (older versioned APIs).
 */
export async function ballotSubmitters(client: GovernanceClient, proposal: Proposal, members: Member[]): Promise<Set<string>> {
  if (proposal.ballotSubmitters) return new Set(proposal.ballotSubmitters);
  if (proposal.ballotCount === 0) return new Set();
  const active = members.filter((m) => m.status === "Active");
  const found = await Promise.all(active.map(async (m) => ((await client.getBallot(proposal.proposalId, m.memberId)) !== undefined ? m.memberId : undefined)));
  return new Set(found.filter((id): id is string => id !== undefined));
}

/** The pending outcome of an Open proposal: ballots still needed and the Active members yet to vote. */
export async function pendingOutcome(client: GovernanceClient, proposal: Proposal, members: Member[]): Promise<PendingOutcome> {
  const voted = await ballotSubmitters(client, proposal, members);
  const active = members.filter((m) => m.status === "Active");
  const ballots = Math.max(proposal.ballotCount, voted.size);
  const pendingVoters = active
    .filter((m) => !voted.has(m.memberId))
    .map((m) => ({ memberId: m.memberId, ...(memberName(m.memberData) ? { name: memberName(m.memberData)! } : {}) }));
  return {
    state: "pending",
    changed: false,
    proposalId: proposal.proposalId,
    ballotsNeeded: Math.max(1, ballotsToPass(active.length) - ballots),
    ballots,
    pendingVoters,
    rule: ruleText(active.length),
  };
}

/** `3f2a9c1b0d4e… (alice)`: how a voter is named in messages. */
export function voterLabel(v: PendingVoter): string {
  return `${v.memberId.slice(0, 12)}…${v.name ? ` (${v.name})` : ""}`;
}

/** "waiting for 1 more ballot; not yet voted: 3f2a9c1b0d4e… (alice), 77aa01c2d3e4… (bob)". */
export function waitingMessage(p: Pick<PendingOutcome, "ballotsNeeded" | "pendingVoters">): string {
  const who = p.pendingVoters.length ? p.pendingVoters.map(voterLabel).join(", ") : "(every Active member has voted)";
  return `waiting for ${p.ballotsNeeded} more ballot${p.ballotsNeeded === 1 ? "" : "s"}; not yet voted: ${who}`;
}
