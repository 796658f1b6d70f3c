/**
 * The "native" node behaviour recovery needs, installed with `service.setHooks(recoveryHooks())`:
 * share issuance on every trigger of reference §6, the 255 active-recovery-member cap at activation,
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
import { effectiveRecoveryRole } from "../state.js";
import { isFullKey, issueRecoveryShares, recoverLedgerSecret, recoveryKeyHolders, LEDGER_SECRET_BYTES } from "./shares.js";
/** The seed's cap: CCF `max_active_recovery_members` (limit of its secret-sharing library). */
export const MAX_ACTIVE_RECOVERY_MEMBERS = 255;
/** `activate_member` refused (the 255 cap). Message is the inner text CCF wraps. */
export class MemberActivationError extends Error {
    constructor(message) {
        super(message);
        this.name = "MemberActivationError";
    }
}
/** Share issuance failed during an ack. Message is the ShareManager text CCF wraps. */
export class ShareIssuanceError extends Error {
    constructor(message) {
        super(message);
        this.name = "ShareIssuanceError";
    }
}
/** A member holding a share: encryption key and role Participant or Owner (CCF `is_recovery_participant_or_owner`). */
export function holdsShare(state, memberId) {
    const m = state.members[memberId];
    if (!m || m.encryptionPublicKeyPem === undefined)
        return false;
    return effectiveRecoveryRole(m) !== "NonParticipant";
}
function samePem(a, b) {
    const norm = (s) => s.replace(/\r/g, "").trim();
    return norm(a) === norm(b);
}
function activeShareHolders(state, except) {
    let n = 0;
    for (const [id, m] of Object.entries(state.members)) {
        if (id !== except && m.status === "Active" && holdsShare(state, id))
            n++;
    }
    return n;
}
export function recoveryHooks(options = {}) {
    const random = options.random ?? randomBytes;
    const issue = (tx) => issueRecoveryShares(tx.state, random);
    return {
        onMemberActivated(tx, memberId, wasActive) {
            if (wasActive || !holdsShare(tx.state, memberId))
                return;
            // ≤3.x InternalTablesAccess/GenesisGenerator::activate_member text; counted before this member.
            if (activeShareHolders(tx.state, memberId) >= MAX_ACTIVE_RECOVERY_MEMBERS) {
                throw new MemberActivationError(`Cannot activate new recovery member ${memberId}: no more than ${MAX_ACTIVE_RECOVERY_MEMBERS} active recovery members are allowed`);
            }
            if (tx.state.service.status !== "Open")
                return;
            // A CCF service opens only once enough recovery members are Active, and keeps that invariant
            // (remove_member and set_recovery_threshold guard it). The sandbox may start Open with its genesis
            // members still Accepted: until `threshold` of them are Active there is nothing to split yet.
            const { participants, owners } = recoveryKeyHolders(tx.state);
            if (owners.length === 0 && participants.length < tx.state.service.config.recoveryThreshold)
                return;
            try {
                issue(tx);
            }
            catch (err) {
                throw new ShareIssuanceError(err.message);
            }
        },
        onRecoveryMembersChanged(tx, reason) {
            const status = tx.state.service.status;
            if (reason === "service_opened") {
                // Sandbox leniency: a service without any recovery member opens without shares (CCF needs one).
                const holders = recoveryKeyHolders(tx.state);
                if (holders.participants.length + holders.owners.length === 0)
                    return;
                try {
                    issue(tx);
                }
                catch (err) {
                    throw new Error(`Failed to issue recovery shares: ${err.message}`);
                }
                return;
            }
            // CCF does not rekey (and a refresh would overwrite the shares the recovery needs) unless Open.
            if (status !== "Open")
                return;
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
            const fullKeySubmitted = tx.service.profile.recoveryRole && isFullKey(share);
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
                .map((id) => Buffer.from(submitted[id], "base64"));
            const secret = recoverLedgerSecret(shares, state.service.config.recoveryThreshold, wrapped);
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
            if (service.status === "WaitingForRecoveryShares" || service.status === "Open")
                return;
            if (service.status === "Recovering") {
                const recorded = service.previousServiceIdentityPem;
                if (recorded === undefined || previousIdentityPem === undefined) {
                    throw new Error("Recovery with service certificates requires both, a previous service identity written to the KV during recovery genesis and a transition_service_to_open proposal that contains previous and next service certificates");
                }
                if (!samePem(recorded, previousIdentityPem)) {
                    throw new Error(`Previous service identity does not match.\nActual:\n${recorded}\nIn proposal:\n${previousIdentityPem}`);
                }
            }
            if (!samePem(nextIdentityPem, service.certificatePem)) {
                throw new Error(`Service identity mismatch: the next service identity in the transition_service_to_open proposal does not match the current service identity:\nNext:\n${nextIdentityPem}\nCurrent:\n${service.certificatePem}`);
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
