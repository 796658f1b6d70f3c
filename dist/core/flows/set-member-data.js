import { normalizeMemberId } from "../cose/index.js";
import { InputError } from "../errors.js";
import { proposalBody, setMemberDataAction } from "../proposals/actions.js";
import { sameJson } from "../proposals/compare.js";
import { RefusedError } from "./errors.js";
import { readLiveState } from "./live-state.js";
import { passProposal } from "./pass-proposal.js";
import { reporter } from "./progress.js";
import { resultOf } from "./remove-member.js";
/** Replaces a member's member_data by proposal; nothing if it already has exactly that data. */
export async function setMemberData(client, options) {
    const emit = reporter(options.onProgress);
    const memberId = normalizeMemberId(options.memberId, "memberId");
    if (!options.memberData || typeof options.memberData !== "object" || Array.isArray(options.memberData)) {
        throw new InputError("member data", "must be a JSON object");
    }
    const live = await readLiveState(client, { proposals: true });
    const member = live.members.find((m) => m.memberId === memberId);
    if (!member)
        throw new RefusedError(`member ${memberId} does not exist (CCF's set_member_data would fail: "Member ${memberId} does not exist")`);
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
