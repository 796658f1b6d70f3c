import type { Signer } from "../cose/index.js";
import type { GovernanceClient } from "../client/governance-client.js";
import { type ProgressListener } from "./progress.js";
export interface ActivateMemberResult {
    memberId: string;
    status: "Active";
    /** False when the member was already Active (nothing sent). */
    changed: boolean;
    transactionId?: string;
}
/**
 * Activates the signer's member: nothing if already Active; else refreshes the state digest, then acks
 * exactly that digest. One retry of the pair if the digest moved in between (StateDigestMismatch).
 */
export declare function activateMember(client: GovernanceClient, signer: Signer, options?: {
    onProgress?: ProgressListener;
}): Promise<ActivateMemberResult>;
