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
        return { memberId, changed: false };
    }
    checkMembershipChange(live.members, live.service, { set: [], remove: [memberId] });
    const passed = await passProposal(client, proposalBody(removeMemberAction(memberId)), { members: live.members, openProposals: live.openProposals, emit }, options);
    return { memberId, ...resultOf(passed) };
}
export function resultOf(passed) {
    return {
        changed: passed.state === "Accepted",
        proposalId: passed.proposalId,
        state: passed.state === "Accepted" ? "Accepted" : "Open",
        ...(passed.transactionId ? { transactionId: passed.transactionId } : {}),
    };
}
