import { proposalBody, setRecoveryThresholdAction } from "../proposals/actions.js";
import { checkMembershipChange, checkThresholdBounds } from "./guards.js";
import { readLiveState } from "./live-state.js";
import { passProposal } from "./pass-proposal.js";
import { reporter } from "./progress.js";
import { resultOf } from "./remove-member.js";
/** Sets the recovery threshold by proposal; nothing if it already has that value. */
export async function setRecoveryThreshold(client, options) {
    const emit = reporter(options.onProgress);
    checkThresholdBounds(options.recoveryThreshold, "recovery threshold");
    const live = await readLiveState(client, { proposals: true });
    if (live.service.recoveryThreshold === options.recoveryThreshold) {
        emit({ step: "nothing-to-do", message: `recovery threshold is already ${options.recoveryThreshold}; nothing proposed` });
        return { state: "done", changed: false };
    }
    checkMembershipChange(live.members, live.service, { set: [], remove: [], recoveryThreshold: options.recoveryThreshold });
    const isDone = async () => (await client.getServiceInfo()).recoveryThreshold === options.recoveryThreshold;
    const passed = await passProposal(client, proposalBody(setRecoveryThresholdAction(options.recoveryThreshold)), { members: live.members, openProposals: live.openProposals, emit, isDone }, options);
    return resultOf(passed);
}
