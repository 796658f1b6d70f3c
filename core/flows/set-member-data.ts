import type { GovernanceClient } from "../client/governance-client.js";
import { normalizeMemberId } from "../cose/index.js";
import { InputError } from "../errors.js";
import { proposalBody, setMemberDataAction } from "../proposals/actions.js";
import { sameJson } from "../proposals/compare.js";
import { RefusedError } from "./errors.js";
import { readLiveState } from "./live-state.js";
import { passProposal, type VotingOptions } from "./pass-proposal.js";
import { reporter, type ProgressListener } from "./progress.js";
import { resultOf, type ChangeResult } from "./remove-member.js";

export interface SetMemberDataOptions extends VotingOptions {
  memberId: string;
  /** A JSON object (CCF's set_member_data refuses null). */
  memberData: Record<string, unknown>;
  onProgress?: ProgressListener;
}

/** Replaces a member's member_data by proposal; nothing if it already has exactly that data. */
export async function setMemberData(client: GovernanceClient, options: SetMemberDataOptions): Promise<ChangeResult & { memberId: string }> {
  const emit = reporter(options.onProgress);
  const memberId = normalizeMemberId(options.memberId, "memberId");
  if (!options.memberData || typeof options.memberData !== "object" || Array.isArray(options.memberData)) {
    throw new InputError("member data", "must be a JSON object");
  }
  const live = await readLiveState(client, { proposals: true });
  const member = live.members.find((m) => m.memberId === memberId);
  if (!member) throw new RefusedError(`member ${memberId} does not exist (CCF's set_member_data would fail: "Member ${memberId} does not exist")`);
  if (sameJson(member.memberData, options.memberData)) {
    emit({ step: "nothing-to-do", message: `member ${memberId} already has this member_data; nothing proposed`, memberId });
    return { memberId, state: "done", changed: false };
  }
  if (live.service.status === "Recovering" || live.service.status === "WaitingForRecoveryShares") {
    throw new RefusedError(`the service is ${live.service.status}: membership changes are refused until recovery completes (the service reopens)`);
  }
  const isDone = async () => sameJson((await client.getMember(memberId))?.memberData, options.memberData);
  const passed = await passProposal(client, proposalBody(setMemberDataAction(memberId, options.memberData)), { members: live.members, openProposals: live.openProposals, emit, isDone }, options);
  return { memberId, ...resultOf(passed) };
}
