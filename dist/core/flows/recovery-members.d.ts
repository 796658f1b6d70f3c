import type { Member, RecoveryRole } from "../client/model.js";
/** CCF's secret-sharing limit on recovery participants (reference §4.2). */
export declare const MAX_RECOVERY_MEMBERS = 255;
/** A member as it will be after a change (status Accepted for anything set again). */
export interface MemberShape {
    memberId: string;
    status: Member["status"];
    hasEncryptionKey: boolean;
    recoveryRole: RecoveryRole;
}
/** Holds a share of the split key: an encryption key and a role that is not Owner or NonParticipant. */
export declare function isRecoveryParticipant(m: MemberShape | Member): boolean;
export declare function shapeOf(m: Member): MemberShape;
