/**
 * Recovery for the sandbox: share issuance hooks, the recovery share endpoints, disaster simulation.
 * `installRecovery(service, options)` wires it all into a SandboxService.
 */
import type { SandboxService } from "../service.js";
import { type DisasterResult } from "./disaster.js";
export { recoveryHooks, MemberActivationError, ShareIssuanceError, MAX_ACTIVE_RECOVERY_MEMBERS, holdsShare } from "./hooks.js";
export { simulateDisaster, completePrivateRecovery, type DisasterResult, type DisasterOptions } from "./disaster.js";
export { computeRecoveryShares, issueRecoveryShares, recoverLedgerSecret, recoveryKeyHolders, checkIssuable, isFullKey, RecoveryShareError, type IssuedShares, type RecoveryKeyHolder, } from "./shares.js";
export interface RecoveryOptions {
    /** Re-present node certificates on running listeners after a disaster (Cluster.refreshCertificates). */
    refreshCertificates?: () => void;
    /** Time the simulated private recovery takes before the service opens (ms). Default 20. */
    privateRecoveryMs?: number;
}
export interface RecoveryControl {
    /** Service → Recovering under a new identity (see disaster.ts). */
    simulateDisaster(): Promise<DisasterResult>;
    /** Resolves once no private recovery is pending (the service opened, or none was started). */
    privateRecoveryDone(): Promise<void>;
}
export declare function installRecovery(service: SandboxService, options?: RecoveryOptions): RecoveryControl;
