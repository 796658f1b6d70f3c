export function setMemberAction(args) {
    return {
        name: "set_member",
        args: {
            cert: args.certificatePem,
            ...(args.encryptionPublicKeyPem ? { encryption_pub_key: args.encryptionPublicKeyPem } : {}),
            ...(args.memberData !== undefined && args.memberData !== null ? { member_data: args.memberData } : {}),
            ...(args.recoveryRole ? { recovery_role: args.recoveryRole } : {}),
        },
    };
}
export function removeMemberAction(memberId) {
    return { name: "remove_member", args: { member_id: memberId.toLowerCase() } };
}
export function setMemberDataAction(memberId, memberData) {
    return { name: "set_member_data", args: { member_id: memberId.toLowerCase(), member_data: memberData } };
}
export function setRecoveryThresholdAction(recoveryThreshold) {
    return { name: "set_recovery_threshold", args: { recovery_threshold: recoveryThreshold } };
}
export function triggerRecoverySharesRefreshAction() {
    return { name: "trigger_recovery_shares_refresh" };
}
export function transitionServiceToOpenAction(args) {
    return {
        name: "transition_service_to_open",
        args: {
            next_service_identity: args.nextServiceIdentityPem,
            ...(args.previousServiceIdentityPem ? { previous_service_identity: args.previousServiceIdentityPem } : {}),
        },
    };
}
/** `{"actions": [...]}`: the actions run in order, in one transaction, all or nothing. */
export function proposalBody(...actions) {
    return { actions };
}
/** The JSON text sent as the proposal payload. */
export function proposalJson(body) {
    return JSON.stringify(body);
}
