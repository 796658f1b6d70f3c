import type { GovernanceClient } from "../client/governance-client.js";
import { memberIdOf } from "../identity/index.js";
import { normalizeMemberId } from "../cose/index.js";
import { proposalBody, removeMemberAction } from "../proposals/actions.js";
import { checkMembershipChange } from "./guards.js";
import { readLiveState } from "./live-state.js";
import type { Outcome } from "./outcome.js";
import { passProposal, type PassedProposal, type VotingOptions } from "./pass-proposal.js";
import { reporter, type ProgressListener } from "./progress.js";

/**
 * What a proposing flow reports: `done` (changed: a proposal passed; unchanged: nothing to do) or
 * `pending` (its proposal is Open, waiting for other members' ballots). `reused`: an identical Open
 * proposal was adopted instead of proposing again.
 */
export type ChangeResult = Outcome & { reused?: boolean };

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
    return { memberId, state: "done", changed: false };
  }
  checkMembershipChange(live.members, live.service, { set: [], remove: [memberId] });
  const isDone = async () => !(await client.getMember(memberId));
  const passed = await passProposal(client, proposalBody(removeMemberAction(memberId)), { members: live.members, openProposals: live.openProposals, emit, isDone }, options);
  return { memberId, ...resultOf(passed) };
}

/** The outcome part of what passProposal reports (without the ballots this call sent). */
export function resultOf(passed: PassedProposal): ChangeResult {
  const { ballotsSubmitted: _sent, ...outcome } = passed;
  return outcome;
}
