import type { ChangeResult } from "../../core/flows/remove-member.js";

/** The human lines for a flow's ChangeResult: done, still Open (needs ballots), or nothing to do. */
export function changeLines(result: ChangeResult, text: { done: string; nothing: string }): string[] {
  if (!result.proposalId) return [text.nothing];
  if (result.state === "pending") {
    return [`Proposal ${result.proposalId} is Open: it needs more ballots ('ccf-consortium vote --proposal-id ${result.proposalId}').`];
  }
  return [`${text.done} (proposal ${result.proposalId} Accepted${result.transactionId ? `, transaction ${result.transactionId}` : ""}).`];
}
