import { InputError } from "../errors.js";
import type { Member, RecoveryRole, ServiceInfo } from "../client/model.js";
import { RefusedError } from "./errors.js";
import { MAX_RECOVERY_MEMBERS, isRecoveryParticipant, shapeOf, type MemberShape } from "./recovery-members.js";

/** What a membership change does: members (re)registered with set_member, and members removed. */
export interface MembershipChange {
  set: { memberId: string; label: string; hasEncryptionKey: boolean; recoveryRole?: RecoveryRole }[];
  remove: string[];
  /** New recovery threshold, when the change sets one. */
  recoveryThreshold?: number;
}

/**
 * Refuses, before anything is signed, what the service would reject (or what would leave it unable to
 * recover): changes while it is recovering, recovery_role without an encryption key, more than 255
 * recovery members, fewer active recovery members than the recovery threshold. Throws the first refusal.
 */
export function checkMembershipChange(members: Member[], service: ServiceInfo, change: MembershipChange): void {
  const [first] = membershipRefusals(members, service, change);
  if (first) throw new RefusedError(first);
}

/** Every reason the service would refuse `change` (empty: none), each a sentence saying what to do. */
export function membershipRefusals(members: Member[], service: ServiceInfo, change: MembershipChange): string[] {
  if (service.status === "Recovering" || service.status === "WaitingForRecoveryShares") {
    return [`the service is ${service.status}: membership changes are refused until recovery completes (the service reopens)`];
  }
  const refusals: string[] = [];
  for (const s of change.set) {
    if (s.recoveryRole && !s.hasEncryptionKey) {
      refusals.push(`${s.label}: recovery_role ${s.recoveryRole} needs an encryption public key (CCF: "Cannot specify a recovery_role value when encryption_pub_key is not specified")`);
    }
  }
  const after = new Map<string, MemberShape>(members.map((m) => [m.memberId, shapeOf(m)]));
  for (const id of change.remove) after.delete(id);
  for (const s of change.set) {
    // set_member (re)registers: status back to Accepted until the member acks again.
    after.set(s.memberId, { memberId: s.memberId, status: "Accepted", hasEncryptionKey: s.hasEncryptionKey, recoveryRole: s.recoveryRole ?? (s.hasEncryptionKey ? "Participant" : "NonParticipant") });
  }
  const participants = [...after.values()].filter(isRecoveryParticipant);
  if (participants.length > MAX_RECOVERY_MEMBERS) {
    refusals.push(`the change would make ${participants.length} recovery members; CCF allows at most ${MAX_RECOVERY_MEMBERS} active recovery members (secret-sharing limit)`);
  }
  // CCF checks the threshold when an active recovery member is removed (remove_member) and when the
  // threshold is set; members set again keep counting until then (their status changes at apply).
  const threshold = change.recoveryThreshold ?? service.recoveryThreshold;
  const removed = new Set(change.remove);
  const activeNow = members.filter((m) => m.status === "Active" && isRecoveryParticipant(m));
  const activeAfter = activeNow.filter((m) => !removed.has(m.memberId)).length;
  const checks = activeAfter < activeNow.length || change.recoveryThreshold !== undefined;
  if (threshold !== undefined && checks && service.status === "Open" && activeAfter < threshold) {
    const lost = activeNow.length - activeAfter;
    refusals.push(
      change.recoveryThreshold !== undefined && lost === 0
        ? `recovery threshold ${threshold} is more than the ${activeAfter} active recovery member(s); add and activate recovery members first`
        : `removing ${lost} of the ${activeNow.length} active recovery members would leave ${activeAfter}, fewer than the recovery threshold ${threshold} (CCF refuses remove_member then); lower the recovery threshold first, or add and activate recovery members first`,
    );
  }
  return refusals;
}

/** The recovery threshold must be an integer in [1, 254] (the default constitution's bounds). */
export function checkThresholdBounds(threshold: number, input: string): void {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 254) {
    throw new InputError(input, `must be an integer from 1 to 254 (got ${threshold})`);
  }
}
