import type { GovernanceClient } from "../client/governance-client.js";
import { type VotingOptions } from "./pass-proposal.js";
import { type ProgressListener } from "./progress.js";
import { type ChangeResult } from "./remove-member.js";
export interface SetRecoveryThresholdOptions extends VotingOptions {
    recoveryThreshold: number;
    onProgress?: ProgressListener;
}
/** Sets the recovery threshold by proposal; nothing if it already has that value. */
export declare function setRecoveryThreshold(client: GovernanceClient, options: SetRecoveryThresholdOptions): Promise<ChangeResult>;
