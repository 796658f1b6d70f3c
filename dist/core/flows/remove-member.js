import { memberIdOf } from "../identity/index.js";
import { normalizeMemberId } from "../cose/index.js";
import { proposalBody, removeMemberAction } from "../proposals/actions.js";
import { checkMembershipChange } from "./guards.js";
import { readLiveState } from "./live-state.js";
import { passProposal } from "./pass-proposal.js";
import { reporter } from "./progress.js";
/** Removes a member by proposal and ballots; nothing if it is not a member. */
export async function removeMember(client, options) {
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
export function resultOf(passed) {
    const { ballotsSubmitted: _sent, ...outcome } = passed;
    return outcome;
}
