import { InputError, typedError } from "../errors.js";
import { normalizeMemberId } from "../cose/protected-header.js";
import { typeName } from "../text/input-value.js";
import type { ProposalAction, ProposalBody, RecoveryRole } from "../client/model.js";

/**
 * Builders for the default constitution's actions (reference §4.2–4.3). Arguments are named as CCF
 * names them; optional fields are left out rather than sent as null.
 */
export interface SetMemberArgs {
  certificatePem: string;
  encryptionPublicKeyPem?: string;
  memberData?: unknown;
  /** 6.x+ only; requires an encryption key. */
  recoveryRole?: RecoveryRole;
}

export function setMemberAction(args: SetMemberArgs): ProposalAction {
  if (!args || typeof args !== "object") throw new InputError("set_member", `arguments must be an object (got ${typeName(args)})`);
  if (typeof args.certificatePem !== "string") throw new InputError("certificatePem", `must be PEM text (got ${typeName(args.certificatePem)})`);
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

export function removeMemberAction(memberId: string): ProposalAction {
  return { name: "remove_member", args: { member_id: normalizeMemberId(memberId, "member_id") } };
}

export function setMemberDataAction(memberId: string, memberData: unknown): ProposalAction {
  return { name: "set_member_data", args: { member_id: normalizeMemberId(memberId, "member_id"), member_data: memberData } };
}

export function setRecoveryThresholdAction(recoveryThreshold: number): ProposalAction {
  return { name: "set_recovery_threshold", args: { recovery_threshold: recoveryThreshold } };
}

export function triggerRecoverySharesRefreshAction(): ProposalAction {
  return { name: "trigger_recovery_shares_refresh" };
}

export function transitionServiceToOpenAction(args: { nextServiceIdentityPem: string; previousServiceIdentityPem?: string }): ProposalAction {
  if (!args || typeof args !== "object") throw new InputError("transition_service_to_open", `arguments must be an object (got ${typeName(args)})`);
  return {
    name: "transition_service_to_open",
    args: {
      next_service_identity: args.nextServiceIdentityPem,
      ...(args.previousServiceIdentityPem ? { previous_service_identity: args.previousServiceIdentityPem } : {}),
    },
  };
}

/** `{"actions": [...]}`: the actions run in order, in one transaction, all or nothing. */
export function proposalBody(...actions: ProposalAction[]): ProposalBody {
  return { actions };
}

/** The JSON text sent as the proposal payload. */
export function proposalJson(body: ProposalBody): string {
  try {
    return JSON.stringify(body);
  } catch (err) {
    throw typedError(err, "proposal", "cannot be written as JSON (a value JSON cannot hold, a cycle, or nesting too deep)");
  }
}
