/**
 * The points where governance writes call into "native" node behaviour that other sandbox modules
 * own (recovery shares, the service-opening sequence). Each hook runs INSIDE the write transaction on
 * the draft state: throwing aborts the transaction (CCF: apply failure → 500, nothing stored).
 *
 * The core installs `defaultHooks` (no share issuance). sandbox/recovery/** replaces individual hooks
 * with `service.setHooks({...})` to issue/encrypt shares and to run the recovery transitions.
 */
import type { WriteTx } from "./service.js";
export type RecoveryChangeReason = 
/** set_recovery_threshold changed the threshold (CCF: triggerRecoverySharesRefresh). */
"threshold"
/** trigger_recovery_shares_refresh. */
 | "refresh"
/** remove_member of an Active recovery member, or trigger_ledger_rekey (CCF: triggerLedgerRekey). */
 | "rekey"
/** The service opened (genesis transition_service_to_open or end of recovery). */
 | "service_opened";
export interface GovernanceHooks {
    /**
     * A member's ack succeeded (§5 step 4). `wasActive` tells whether it already was Active (idempotent
     * re-ack). CCF re-issues shares here when a recovery member becomes newly Active while the service is
     * Open; the 255 active-recovery-member cap is also enforced here.
     */
    onMemberActivated(tx: WriteTx, memberId: string, wasActive: boolean): void;
    /** Shares must be (re)issued for the current set of Active recovery members (see reasons). */
    onRecoveryMembersChanged(tx: WriteTx, reason: RecoveryChangeReason): void;
    /**
     * Native `ccf.node.transitionServiceToOpen(previous, next)`, called by the transition_service_to_open
     * action's apply. Default: Opening → Open (next must be the current service identity).
     */
    transitionServiceToOpen(tx: WriteTx, previousIdentityPem: string | undefined, nextIdentityPem: string): void;
    /**
     * Records a decrypted share submitted by `memberId` (N14 / C13, service WaitingForRecoveryShares).
     * Returns how many shares are now submitted and whether this one was an owner's full key. Throwing
     * answers 500 "Error submitting recovery shares.".
     */
    submitRecoveryShare(tx: WriteTx, memberId: string, share: Uint8Array): {
        submittedCount: number;
        fullKeySubmitted: boolean;
    };
    /**
     * Called once the threshold is reached (or a full key was submitted): reassemble the secret and move on
     * towards Open. Throwing answers 500 "Failed to initiate private recovery." and the submitted shares
     * are cleared (that clearing is committed, as in CCF) by this hook's caller via `clearSubmittedShares`.
     */
    initiatePrivateRecovery(tx: WriteTx): void;
    /** True while the node is "reading the private ledger" (403 NodeAlreadyRecovering). */
    isRecoveringPrivateLedger(state: WriteTx["state"]): boolean;
}
export declare const defaultHooks: GovernanceHooks;
