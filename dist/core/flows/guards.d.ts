import type { Member, RecoveryRole, ServiceInfo } from "../client/model.js";
/** What a membership change does: members (re)registered with set_member, and members removed. */
export interface MembershipChange {
    set: {
        memberId: string;
        label: string;
        hasEncryptionKey: boolean;
        recoveryRole?: RecoveryRole;
    }[];
    remove: string[];
    /** New recovery threshold, when the change sets one. */
    recoveryThreshold?: number;
}
/**
 * Refuses, before anything is signed, what the service would reject (or what would leave it unable to
 * recover): changes while it is recovering, recovery_role without an encryption key, more than 255
 * recovery members, fewer active recovery members than the recovery threshold.
 */
export declare function checkMembershipChange(members: Member[], service: ServiceInfo, change: MembershipChange): void;
/** The recovery threshold must be an integer in [1, 254] (the default constitution's bounds). */
export declare function checkThresholdBounds(threshold: number, input: string): void;
