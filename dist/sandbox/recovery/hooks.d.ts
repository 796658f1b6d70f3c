import type { GovernanceHooks } from "../hooks.js";
import { type SandboxState } from "../state.js";
/** The seed's cap: CCF `max_active_recovery_members` (limit of its secret-sharing library). */
export declare const MAX_ACTIVE_RECOVERY_MEMBERS = 255;
/** `activate_member` refused (the 255 cap). Message is the inner text CCF wraps. */
export declare class MemberActivationError extends Error {
    constructor(message: string);
}
/** Share issuance failed during an ack. Message is the ShareManager text CCF wraps. */
export declare class ShareIssuanceError extends Error {
    constructor(message: string);
}
/** A member holding a share: encryption key and role Participant or Owner (CCF `is_recovery_participant_or_owner`). */
export declare function holdsShare(state: SandboxState, memberId: string): boolean;
export interface RecoveryHookOptions {
    random?: (n: number) => Uint8Array;
    /** Called when a submission started the private recovery (the service opens when it completes). */
    onPrivateRecoveryStarted?: () => void;
}
type RecoveryHookNames = "onMemberActivated" | "onRecoveryMembersChanged" | "transitionServiceToOpen" | "submitRecoveryShare" | "initiatePrivateRecovery" | "isRecoveringPrivateLedger";
export declare function recoveryHooks(options?: RecoveryHookOptions): Pick<GovernanceHooks, RecoveryHookNames>;
export {};
