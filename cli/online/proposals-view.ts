import type { Proposal } from "../../core/client/model.js";
import { renderTable } from "./table.js";

/** A proposal as the commands print it (JSON): the typed model, fields left out when unknown. */
export interface ProposalView {
  proposalId: string;
  proposerId: string;
  state: Proposal["state"];
  ballotCount: number;
  ballotSubmitters?: string[];
  finalVotes?: Record<string, boolean>;
  failure?: { reason: string };
  actions?: unknown;
}

export function proposalView(p: Proposal, actions?: unknown): ProposalView {
  return {
    proposalId: p.proposalId,
    proposerId: p.proposerId,
    state: p.state,
    ballotCount: p.ballotCount,
    ...(p.ballotSubmitters ? { ballotSubmitters: p.ballotSubmitters } : {}),
    ...(p.finalVotes ? { finalVotes: p.finalVotes } : {}),
    ...(p.failure ? { failure: { reason: p.failure.reason } } : {}),
    ...(actions !== undefined ? { actions } : {}),
  };
}

export function renderProposals(proposals: Proposal[]): string {
  if (proposals.length === 0) return "No proposals.";
  return renderTable(
    ["PROPOSAL ID", "STATE", "BALLOTS", "PROPOSER"],
    proposals.map((p) => [p.proposalId, p.state, String(p.ballotCount), p.proposerId]),
  );
}
