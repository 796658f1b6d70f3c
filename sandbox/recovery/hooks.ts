/**
 * The "native" node behaviour recovery needs, installed with `service.setHooks(recoveryHooks())`:
 * share issuance on every trigger of reference §6, the 255 active-recovery-member cap at activation
 * (4.x/5.x profiles only: `profile.maxActiveRecoveryMembers`),
 * and `transition_service_to_open` for a new and for a recovering service
 * (microsoft/CCF src/node/node_state.h `transition_service_to_open`, share_manager.h).
 *
 * Errors thrown here abort the write transaction. The ack handler (governance.ts `ackStateDigest`) turns
 * a `MemberActivationError` into CCF's per-flavour answer — new API 500 InternalError "Error activating
 * member: <e>", classic 403 AuthorizationFailed "Error activating new member: <e>" — and any other error
 * (`ShareIssuanceError`) into 500 InternalError "Error issuing new recovery shares: <e>" (acks.h,
 * member_frontend.h).
 */
import { randomBytes } from "node:crypto";
import type { GovernanceHooks, RecoveryChangeReason } from "../hooks.js";
import type { WriteTx } from "../service.js";
import { effectiveRecoveryRole, type SandboxState } from "../state.js";
import { isFullKey, issueRecoveryShares, recoverLedgerSecret, recoveryKeyHolders, shareSchemeOf, LEDGER_SECRET_BYTES } from "./shares.js";

/** `activate_member` refused (the 255 cap of 4.x/5.x). Message is the inner text CCF wraps. */
export class MemberActivationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MemberActivationError";
  }
}

/** Share issuance failed during an ack. Message is the ShareManager text CCF wraps. */
export class ShareIssuanceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ShareIssuanceError";
  }
}

/** A member holding a share: encryption key and role Participant or Owner (CCF `is_recovery_participant_or_owner`). */
export function holdsShare(state: SandboxState, memberId: string): boolean {
  const m = state.members[memberId];
  if (!m || m.encryptionPublicKeyPem === undefined) return false;
  return effectiveRecoveryRole(m) !== "NonParticipant";
}

function samePem(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r/g, "").trim();
  return norm(a) === norm(b);
}

function activeShareHolders(state: SandboxState, except?: string): number {
  let n = 0;
  for (const [id, m] of Object.entries(state.members)) {
    if (id !== except && m.status === "Active" && holdsShare(state, id)) n++;
  }
  return n;
}

export interface RecoveryHookOptions {
  random?: (n: number) => Uint8Array;
  /** Called when a submission started the private recovery (the service opens when it completes). */
  onPrivateRecoveryStarted?: () => void;
}

type RecoveryHookNames =
  | "onMemberActivated"
  | "onRecoveryMembersChanged"
  | "transitionServiceToOpen"
  | "submitRecoveryShare"
  | "initiatePrivateRecovery"
  | "isRecoveringPrivateLedger";

export function recoveryHooks(options: RecoveryHookOptions = {}): Pick<GovernanceHooks, RecoveryHookNames> {
  const random = options.random ?? randomBytes;

  const issue = (tx: WriteTx) => issueRecoveryShares(tx.state, random, shareSchemeOf(tx.service.profile.sharing));

  return {
    onMemberActivated(tx, memberId, wasActive) {
      if (wasActive || !holdsShare(tx.state, memberId)) return;
      // 4.x/5.x InternalTablesAccess::activate_member (max_active_recovery_members, include/ccf/service/
      // tables/members.h); counted before this member. Gone in 6.0 (#6574): no cap on 6/7 profiles.
      const cap = tx.service.profile.maxActiveRecoveryMembers;
      if (cap !== undefined && activeShareHolders(tx.state, memberId) >= cap) {
        throw new MemberActivationError(`Cannot activate new recovery member ${memberId}: no more than ${cap} active recovery members are allowed`);
      }
      if (tx.state.service.status !== "Open") return;
      // A CCF service opens only once enough recovery members are Active, and keeps that invariant
      // (remove_member and set_recovery_threshold guard it). The sandbox may start Open with its genesis
      // members still Accepted: until `threshold` of them are Active there is nothing to split yet.
      const { participants, owners } = recoveryKeyHolders(tx.state);
      if (owners.length === 0 && participants.length < tx.state.service.config.recoveryThreshold) return;
      try {
        issue(tx);
      } catch (err) {
        throw new ShareIssuanceError((err as Error).message);
      }
    },

    onRecoveryMembersChanged(tx, reason: RecoveryChangeReason) {
      const status = tx.state.service.status;
      if (reason === "service_opened") {
        // node_state.h transition_service_to_open: shares first, errors prefixed as CCF prefixes them
        // (no recovery member, threshold 0 or above the active participants all refuse the opening).
        try {
          issue(tx);
        } catch (err) {
          throw new Error(`Failed to issue recovery shares: ${(err as Error).message}`);
        }
        return;
      }
      // CCF does not rekey (and a refresh would overwrite the shares the recovery needs) unless Open.
      if (status !== "Open") return;
      if (reason === "rekey") {
        tx.state.recovery.ledgerSecret = Buffer.from(random(LEDGER_SECRET_BYTES)).toString("base64");
      }
      issue(tx);
    },

    /** ShareManager::submit_recovery_share: stored per member (the last one counts), counted. */
    submitRecoveryShare(tx, memberId, share) {
      const submitted = { ...(tx.state.recovery.submittedShares ?? {}) };
      submitted[memberId] = Buffer.from(share).toString("base64");
      tx.state.recovery.submittedShares = submitted;
      // Full keys (x = 0, owners) exist from 6.x; earlier profiles treat every share as partial.
      const fullKeySubmitted = tx.service.profile.recoveryRole && isFullKey(share, shareSchemeOf(tx.service.profile.sharing));
      return { submittedCount: Object.keys(submitted).length, fullKeySubmitted };
    },

    /**
     * NodeState::initiate_private_recovery: reassemble the wrapping key from the submitted shares (in
     * member id order; shares beyond the threshold are ignored) and unwrap the ledger secret. Throws
     * when the shares do not reconstruct it (the caller answers "Failed to initiate private recovery.").
     */
    initiatePrivateRecovery(tx) {
      const state = tx.state;
      const submitted = state.recovery.submittedShares ?? {};
      const wrapped = Buffer.from(String(state.recovery.wrappedLedgerSecret ?? ""), "base64");
      const shares = Object.keys(submitted)
        .sort()
        .map((id) => Buffer.from(submitted[id]!, "base64"));
      const secret = recoverLedgerSecret(shares, state.service.config.recoveryThreshold, wrapped, shareSchemeOf(tx.service.profile.sharing));
      state.recovery.ledgerSecret = secret.toString("base64");
      secret.fill(0);
      state.recovery.privateRecoveryInProgress = true;
      options.onPrivateRecoveryStarted?.();
    },

    isRecoveringPrivateLedger(state) {
      return state.recovery.privateRecoveryInProgress === true;
    },

    transitionServiceToOpen(tx, previousIdentityPem, nextIdentityPem) {
      const service = tx.state.service;
      // Idempotence, as CCF: already open or waiting for shares → no effect.
      if (service.status === "WaitingForRecoveryShares" || service.status === "Open") return;
      if (service.status === "Recovering") {
        const recorded = service.previousServiceIdentityPem;
        if (recorded === undefined || previousIdentityPem === undefined) {
          throw new Error(
            "Recovery with service certificates requires both, a previous service identity written to the KV during recovery genesis and a transition_service_to_open proposal that contains previous and next service certificates",
          );
        }
        if (!samePem(recorded, previousIdentityPem)) {
          throw new Error(`Previous service identity does not match.\nActual:\n${recorded}\nIn proposal:\n${previousIdentityPem}`);
        }
      }
      if (!samePem(nextIdentityPem, service.certificatePem)) {
        throw new Error(
          `Service identity mismatch: the next service identity in the transition_service_to_open proposal does not match the current service identity:\nNext:\n${nextIdentityPem}\nCurrent:\n${service.certificatePem}`,
        );
      }
      if (service.status === "Recovering") {
        tx.state.recovery.submittedShares = {};
        service.status = "WaitingForRecoveryShares";
        return;
      }
      // Opening → Open, recovery shares allocated to each recovery member.
      tx.service.hooks.onRecoveryMembersChanged(tx, "service_opened");
      service.status = "Open";
    },
  };
}
