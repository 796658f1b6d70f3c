import { recoveryHooks } from "./hooks.js";
import { completePrivateRecovery, simulateDisaster } from "./disaster.js";
export { recoveryHooks, MemberActivationError, ShareIssuanceError, MAX_ACTIVE_RECOVERY_MEMBERS, holdsShare } from "./hooks.js";
export { simulateDisaster, completePrivateRecovery } from "./disaster.js";
export { computeRecoveryShares, issueRecoveryShares, recoverLedgerSecret, recoveryKeyHolders, checkIssuable, isFullKey, RecoveryShareError, } from "./shares.js";
export function installRecovery(service, options = {}) {
    const delay = options.privateRecoveryMs ?? 20;
    let pending;
    const schedule = () => {
        if (pending)
            return;
        pending = new Promise((resolve) => {
            setTimeout(() => {
                try {
                    completePrivateRecovery(service);
                }
                catch {
                    // The sandbox closed meanwhile: the flag stays set and a restart resumes the recovery.
                }
                finally {
                    pending = undefined;
                    resolve();
                }
            }, delay);
        });
    };
    // The recovery endpoints are the core's (routes/recovery-flow.ts); they call these hooks.
    service.setHooks(recoveryHooks({ random: service.random, onPrivateRecoveryStarted: schedule }));
    // A restart in the middle of a private recovery resumes it.
    if (service.state.recovery.privateRecoveryInProgress === true)
        schedule();
    return {
        simulateDisaster: () => simulateDisaster(service, { refreshCertificates: options.refreshCertificates }),
        privateRecoveryDone: async () => {
            while (pending)
                await pending;
        },
    };
}
