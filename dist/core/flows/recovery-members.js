/** CCF's secret-sharing limit on recovery participants (reference §4.2). */
export const MAX_RECOVERY_MEMBERS = 255;
/** Holds a share of the split key: an encryption key and a role that is not Owner or NonParticipant. */
export function isRecoveryParticipant(m) {
    const hasKey = "hasEncryptionKey" in m ? m.hasEncryptionKey : Boolean(m.encryptionPublicKeyPem);
    return hasKey && m.recoveryRole === "Participant";
}
export function shapeOf(m) {
    return { memberId: m.memberId, status: m.status, hasEncryptionKey: Boolean(m.encryptionPublicKeyPem), recoveryRole: m.recoveryRole };
}
