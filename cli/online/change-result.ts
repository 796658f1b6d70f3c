import type { ChangeResult } from "../../core/flows/remove-member.js";
import type { PendingOutcome } from "../../core/flows/outcome.js";

/** Exit code of a command that proposes: 0 done, 3 pending (its proposal waits for other members' ballots). */
export const EXIT_PENDING = 3;

export function exitCodeOf(result: { state: "done" | "pending" }): number {
  return result.state === "pending" ? EXIT_PENDING : 0;
}

/** How the pending lines name the connection for the `vote` line to copy. */
export interface VoteLineContext {
  nodes: string[];
  serviceCertPath: string;
}

export function voteLineContext(values: Record<string, unknown>): VoteLineContext {
  const nodes = (values.node as string[] | undefined) ?? [];
  return { nodes, serviceCertPath: typeof values["service-cert"] === "string" ? values["service-cert"] : "PEM" };
}

/** The human lines for a flow's ChangeResult: done, still Open (who must vote, and how), or nothing to do. */
export function changeLines(result: ChangeResult, text: { done: string; nothing: string }, how?: VoteLineContext): string[] {
  if (result.state === "pending") return pendingLines(result, how);
  if (!result.proposalId) return [text.nothing];
  return [`${text.done} (proposal ${result.proposalId} Accepted${result.transactionId ? `, transaction ${result.transactionId}` : ""}).`];
}

/** A pending proposal: ballots still needed, each Active member who has not voted, and the line they run. */
export function pendingLines(p: PendingOutcome, how?: VoteLineContext): string[] {
  const lines = [
    `Proposal ${p.proposalId} is Open, waiting for other members' ballots: ${p.ballotsNeeded} more accepting ballot${p.ballotsNeeded === 1 ? "" : "s"} needed (${p.rule}; ${p.ballots} so far).`,
  ];
  if (p.pendingVoters.length) {
    lines.push("Not yet voted:");
    for (const v of p.pendingVoters) lines.push(`  ${v.memberId}${v.name ? `  ${v.name}` : ""}`);
  }
  const conn = how ? `${how.nodes.map((n) => `--node ${n}`).join(" ")} --service-cert ${how.serviceCertPath}` : "--node URL --service-cert PEM";
  lines.push("Each of them votes with their own key:");
  lines.push(`  ccf-consortium vote --proposal-id ${p.proposalId} ${conn} --signing-key KEY --signing-cert CERT`);
  lines.push("Run this command again to see where it stands (it adopts the proposal, never proposes twice), or add --wait 10m.");
  return lines;
}
