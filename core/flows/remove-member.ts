import type { GovernanceClient } from "../client/governance-client.js";
import { memberIdOf } from "../identity/index.js";
import { normalizeMemberId } from "../cose/index.js";
import { proposalBody, removeMemberAction } from "../proposals/actions.js";
import { checkMembershipChange } from "./guards.js";
import { readLiveState } from "./live-state.js";
import { passProposal, type VotingOptions } from "./pass-proposal.js";
import { reporter, type ProgressListener } from "./progress.js";

export interface ChangeResult {
  /** A proposal was passed (false: nothing to do, or still Open waiting for ballots). */
  changed: boolean;
  proposalId?: string;
  state?: "Accepted" | "Open";
  transactionId?: string;
}

export interface RemoveMemberOptions extends VotingOptions {
  /** The member to remove: its id, or its certificate. */
  memberId?: string;
  certificatePem?: string;
  onProgress?: ProgressListener;
}

/** Removes a member by proposal and ballots; nothing if it is not a member. */
export async function removeMember(client: GovernanceClient, options: RemoveMemberOptions): Promise<ChangeResult & { memberId: string }> {
  const emit = reporter(options.onProgress);
  const memberId = options.memberId ? normalizeMemberId(options.memberId, "memberId") : memberIdOf(options.certificatePem ?? "", "certificate");
  const live = await readLiveState(client, { proposals: true });
  if (!live.members.some((m) => m.memberId === memberId)) {
    emit({ step: "nothing-to-do", message: `${memberId} is not a member; nothing proposed`, memberId });
    return { memberId, changed: false };
  }
  checkMembershipChange(live.members, live.service, { set: [], remove: [memberId] });
  const passed = await passProposal(client, proposalBody(removeMemberAction(memberId)), { members: live.members, openProposals: live.openProposals, emit }, options);
  return { memberId, ...resultOf(passed) };
}

export function resultOf(passed: { proposalId: string; state: "Accepted" | "Open" | string; transactionId?: string }): ChangeResult {
  return {
    changed: passed.state === "Accepted",
    proposalId: passed.proposalId,
    state: passed.state === "Accepted" ? "Accepted" : "Open",
    ...(passed.transactionId ? { transactionId: passed.transactionId } : {}),
  };
}
