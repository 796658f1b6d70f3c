import { InputError } from "../errors.js";
import { RefusedError } from "./errors.js";
import { MAX_RECOVERY_MEMBERS, isRecoveryParticipant, shapeOf } from "./recovery-members.js";
/**
 * Refuses, before anything is signed, what the service would reject (or what would leave it unable to
 * recover): changes while it is recovering, recovery_role without an encryption key, more than 255
 * recovery members, fewer active recovery members than the recovery threshold.
 */
export function checkMembershipChange(members, service, change) {
    if (service.status === "Recovering" || service.status === "WaitingForRecoveryShares") {
        throw new RefusedError(`the service is ${service.status}: membership changes are refused until recovery completes (the service reopens)`);
    }
    for (const s of change.set) {
        if (s.recoveryRole && !s.hasEncryptionKey) {
            throw new RefusedError(`${s.label}: recovery_role ${s.recoveryRole} needs an encryption public key (CCF: "Cannot specify a recovery_role value when encryption_pub_key is not specified")`);
        }
    }
    const after = new Map(members.map((m) => [m.memberId, shapeOf(m)]));
    for (const id of change.remove)
        after.delete(id);
    for (const s of change.set) {
        // set_member (re)registers: status back to Accepted until the member acks again.
        after.set(s.memberId, { memberId: s.memberId, status: "Accepted", hasEncryptionKey: s.hasEncryptionKey, recoveryRole: s.recoveryRole ?? (s.hasEncryptionKey ? "Participant" : "NonParticipant") });
    }
    const participants = [...after.values()].filter(isRecoveryParticipant);
    if (participants.length > MAX_RECOVERY_MEMBERS) {
        throw new RefusedError(`the change would make ${participants.length} recovery members; CCF allows at most ${MAX_RECOVERY_MEMBERS} active recovery members (secret-sharing limit)`);
    }
    // CCF checks the threshold when an active recovery member is removed (remove_member) and when the
    // threshold is set; members set again keep counting until then (their status changes at apply).
    const threshold = change.recoveryThreshold ?? service.recoveryThreshold;
    const removed = new Set(change.remove);
    const activeNow = members.filter((m) => m.status === "Active" && isRecoveryParticipant(m));
    const activeAfter = activeNow.filter((m) => !removed.has(m.memberId)).length;
    const checks = activeAfter < activeNow.length || change.recoveryThreshold !== undefined;
    if (threshold !== undefined && checks && service.status === "Open" && activeAfter < threshold) {
        throw new RefusedError(change.recoveryThreshold !== undefined && activeAfter === activeNow.length
            ? `recovery threshold ${threshold} is more than the ${activeAfter} active recovery member(s); add and activate recovery members first`
            : `the change would leave ${activeAfter} active recovery member(s), fewer than the recovery threshold ${threshold} (CCF: "Number of active recovery members (${activeNow.length}) would be less than recovery threshold (${threshold})"); lower the threshold or add and activate recovery members first`);
    }
}
/** The recovery threshold must be an integer in [1, 254] (the default constitution's bounds). */
export function checkThresholdBounds(threshold, input) {
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > 254) {
        throw new InputError(input, `must be an integer from 1 to 254 (got ${threshold})`);
    }
}
