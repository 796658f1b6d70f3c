/**
 * The sandbox's governance state: the KV tables a CCF node keeps for governance, as one plain JSON
 * object (persisted whole in DIR/state.json). Field names are ours (camelCase); the API flavours map
 * them to CCF's wire names in `format-new.ts` / `format-classic.ts`.
 *
 * Room is left for recovery (service status, threshold, shares, identities, recoveryCount) and
 * multi-node (nodes[]) so the modules owning those features extend this model, not replace it.
 */
export const DEFAULT_SERVICE_CONFIG = {
    recoveryThreshold: 0,
    maximumNodeCertificateValidityDays: 365,
    maximumServiceCertificateValidityDays: 365,
    recentCoseProposalsWindowSize: 100,
};
/** `recoveryRole` as CCF reports it: stored role, else Participant with an encryption key, else NonParticipant. */
export function effectiveRecoveryRole(member) {
    if (member.recoveryRole)
        return member.recoveryRole;
    return member.encryptionPublicKeyPem ? "Participant" : "NonParticipant";
}
/** A recovery member = has an encryption key (CCF counts `members.encryption_public_keys`). */
export function isRecoveryMember(member) {
    return member.encryptionPublicKeyPem !== undefined;
}
/** Number of Active members with an encryption key (the default constitution's `getActiveRecoveryMembersCount`). */
export function activeRecoveryMemberCount(state) {
    let n = 0;
    for (const m of Object.values(state.members))
        if (m.status === "Active" && isRecoveryMember(m))
            n++;
    return n;
}
export function activeMemberCount(state) {
    let n = 0;
    for (const m of Object.values(state.members))
        if (m.status === "Active")
            n++;
    return n;
}
export function txId(view, seqno) {
    return `${view}.${seqno}`;
}
