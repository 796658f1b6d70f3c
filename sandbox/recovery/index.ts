/**
 * Recovery for the sandbox: share issuance hooks, the recovery share endpoints, disaster simulation.
 * `installRecovery(service, options)` wires it all into a SandboxService.
 */
import type { SandboxService } from "../service.js";
import { recoveryHooks } from "./hooks.js";
import { completePrivateRecovery, simulateDisaster, type DisasterResult } from "./disaster.js";

export { recoveryHooks, MemberActivationError, ShareIssuanceError, holdsShare } from "./hooks.js";
export { simulateDisaster, completePrivateRecovery, type DisasterResult, type DisasterOptions } from "./disaster.js";
export {
  computeRecoveryShares,
  issueRecoveryShares,
  recoverLedgerSecret,
  recoveryKeyHolders,
  checkIssuable,
  isFullKey,
  shareSchemeOf,
  GF256_SCHEME,
  PRIME_SCHEME,
  RecoveryShareError,
  type ShareScheme,
  type IssuedShares,
  type RecoveryKeyHolder,
} from "./shares.js";

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

export function installRecovery(service: SandboxService, options: RecoveryOptions = {}): RecoveryControl {
  const delay = options.privateRecoveryMs ?? 20;
  let pending: Promise<void> | undefined;
  const schedule = () => {
    if (pending) return;
    pending = new Promise<void>((resolve) => {
      setTimeout(() => {
        try {
          completePrivateRecovery(service);
        } catch {
          // The sandbox closed meanwhile: the flag stays set and a restart resumes the recovery.
        } finally {
          pending = undefined;
          resolve();
        }
      }, delay);
    });
  };
  // The recovery endpoints are the core's (routes/recovery-flow.ts); they call these hooks.
  service.setHooks(recoveryHooks({ random: service.random, onPrivateRecoveryStarted: schedule }));
  // A restart in the middle of a private recovery resumes it.
  if (service.state.recovery.privateRecoveryInProgress === true) schedule();
  return {
    simulateDisaster: () => simulateDisaster(service, { refreshCertificates: options.refreshCertificates }),
    privateRecoveryDone: async () => {
      while (pending) await pending;
    },
  };
}
