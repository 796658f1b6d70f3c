import type { Signer } from "../cose/index.js";
import type { GovernanceClient } from "../client/governance-client.js";
import { GovernanceError } from "../client/errors.js";
import type { Member, Proposal, ProposalBody } from "../client/model.js";
import { APPROVE_BALLOT } from "../proposals/ballots.js";
import { ProposalFailedError } from "./errors.js";
import { ballotSubmitters, ballotsToPass, pendingOutcome, waitingMessage, type Outcome } from "./outcome.js";
import type { ProgressEvent } from "./progress.js";
import { waitForBallots } from "./wait-for-ballots.js";

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
export async function passProposal(
  client: GovernanceClient,
  body: ProposalBody,
  context: {
    members: Member[];
    openProposals: Proposal[];
    emit: (e: ProgressEvent) => void;
    /** Told of the proposal as soon as it exists (created, adopted or reused) and of every state it reaches. */
    onProposal?: (proposal: Proposal) => void;
    /** Told when the proposal's creation failed: whether it exists is unknown. */
    onCreateFailed?: () => void;
    /** Whether the change is in place (asked when a waited-for proposal is no longer on the node). */
    isDone?: () => Promise<boolean>;
  },
  options: VotingOptions,
): Promise<PassedProposal> {
  const { emit } = context;
  let reused = false;
  let proposal: Proposal;
  let transactionId: string | undefined;
  // Any member's identical Open proposal is voted on rather than proposed again (this proposer's first);
  // the client fetches each proposal's actions once per id.
  const existing = preferProposer(await client.findOpenProposals(body, { among: context.openProposals }), options.proposer.memberId);
  if (existing) {
    proposal = existing;
    reused = true;
    emit({ step: "proposal-reused", message: `reusing identical open proposal ${existing.proposalId}`, proposalId: existing.proposalId });
  } else {
    const created = await client.createProposal(options.proposer, body).catch((err: unknown) => {
      context.onCreateFailed?.();
      throw err;
    });
    proposal = created.proposal;
    transactionId = created.transactionId;
    emit(
      created.adopted
        ? { step: "proposal-adopted", message: `adopted proposal ${proposal.proposalId} created by the interrupted request`, proposalId: proposal.proposalId }
        : { step: "proposal-created", message: `proposed ${proposal.proposalId}`, proposalId: proposal.proposalId, transactionId },
    );
  }

  context.onProposal?.(proposal);
  const active = context.members.filter((m) => m.status === "Active").length;
  const needed = ballotsToPass(active);
  // A reused proposal may hold ballots of the voters given already (never send one twice: classic CCF refuses it).
  const voted = reused ? await ballotSubmitters(client, proposal, context.members) : new Set(proposal.ballotSubmitters ?? []);
  const pending = uniqueVoters(options.voters).filter((v) => !voted.has(v.memberId));
  let ballots = 0;
  let yes = 0;
  while (proposal.state === "Open" && pending.length > 0) {
    const batch = pending.splice(0, Math.max(1, needed - yes - voted.size));
    const results = await Promise.all(batch.map((voter) => vote(client, proposal.proposalId, voter)));
    ballots += batch.length;
    yes += batch.length;
    for (const [i, r] of results.entries()) {
      emit({ step: "ballot-submitted", message: `ballot from ${batch[i]!.memberId.slice(0, 12)}… → ${r.value.state}`, proposalId: proposal.proposalId, voterId: batch[i]!.memberId, transactionId: r.transactionId });
    }
    const decided = results.find((r) => r.value.state !== "Open");
    if (decided) {
      proposal = decided.value;
      transactionId = decided.transactionId ?? transactionId;
    } else {
      proposal = results.reduce((a, r) => (r.value.ballotCount >= a.ballotCount ? r.value : a), proposal);
    }
  }
  if (proposal.state === "Open" && reused && ballots === 0) {
    // Everyone given already voted on the reused proposal: read where it stands now.
    proposal = (await client.getProposal(proposal.proposalId)) ?? proposal;
  }
  context.onProposal?.(proposal);
  if (proposal.state === "Open") {
    const pending = await pendingOutcome(client, proposal, context.members);
    emit({ step: "awaiting-votes", message: `proposal ${proposal.proposalId} is Open: ${waitingMessage(pending)}`, proposalId: proposal.proposalId });
    if (transactionId) pending.transactionId = transactionId;
    if (!options.waitMs || options.waitMs <= 0) return { ...pending, reused, ballotsSubmitted: ballots };
    const waited = await waitForBallots(client, proposal, { members: context.members, waitMs: options.waitMs, pollMs: options.pollMs, emit, isDone: context.isDone });
    if (waited.state === "pending") return { ...waited, ...(transactionId ? { transactionId } : {}), reused, ballotsSubmitted: ballots };
    if (waited.proposal) context.onProposal?.(waited.proposal);
    return { state: "done", changed: true, proposalId: proposal.proposalId, reused, ballotsSubmitted: ballots };
  }
  if (proposal.state !== "Accepted") {
    throw new ProposalFailedError(proposal.proposalId, proposal.state, proposal.failure);
  }
  emit({ step: "proposal-accepted", message: `proposal ${proposal.proposalId} Accepted`, proposalId: proposal.proposalId, transactionId });
  if (options.waitForCommit && transactionId) {
    await client.waitForCommit(transactionId, { timeoutMs: options.commitTimeoutMs });
    emit({ step: "committed", message: `transaction ${transactionId} committed`, proposalId: proposal.proposalId, transactionId });
  }
  return { state: "done", changed: true, proposalId: proposal.proposalId, ...(transactionId ? { transactionId } : {}), reused, ballotsSubmitted: ballots };
}

async function vote(client: GovernanceClient, proposalId: string, voter: Signer): Promise<{ value: Proposal; transactionId?: string }> {
  try {
    return await client.submitBallot(voter, proposalId, APPROVE_BALLOT);
  } catch (err) {
    if (err instanceof GovernanceError && err.ccfCode === "ProposalNotOpen") {
      // Decided meanwhile (another ballot, a withdrawal): report where it ended.
      const now = await client.getProposal(proposalId);
      if (now) return { value: now };
    }
    if (err instanceof GovernanceError && err.status === 500) {
      // The constitution's resolve/apply threw: CCF discards the transaction and returns the failure text.
      throw new ProposalFailedError(proposalId, "Failed", { reason: err.ccfMessage ?? err.message });
    }
    throw err;
  }
}

function uniqueVoters(voters: Signer[]): Signer[] {
  const seen = new Set<string>();
  return voters.filter((v) => !seen.has(v.memberId) && seen.add(v.memberId));
}

/** The proposal by `proposerId` if there is one among `found`, else the first. */
export function preferProposer(found: Proposal[], proposerId: string): Proposal | undefined {
  return found.find((p) => p.proposerId === proposerId) ?? found[0];
}
