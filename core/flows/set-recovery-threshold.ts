import type { GovernanceClient } from "../client/governance-client.js";
import { proposalBody, setRecoveryThresholdAction } from "../proposals/actions.js";
import { checkMembershipChange, checkThresholdBounds } from "./guards.js";
import { readLiveState } from "./live-state.js";
import { passProposal, type VotingOptions } from "./pass-proposal.js";
import { reporter, type ProgressListener } from "./progress.js";
import { resultOf, type ChangeResult } from "./remove-member.js";

export interface SetRecoveryThresholdOptions extends VotingOptions {
  recoveryThreshold: number;
  onProgress?: ProgressListener;
}

/** Sets the recovery threshold by proposal; nothing if it already has that value. */
export async function setRecoveryThreshold(client: GovernanceClient, options: SetRecoveryThresholdOptions): Promise<ChangeResult> {
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
