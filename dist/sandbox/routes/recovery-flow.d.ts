import type { SandboxService } from "../service.js";
export interface RecoveryShareOutcome {
    message: string;
    submittedCount: number;
    recoveryThreshold: number;
    fullKeySubmitted: boolean;
    txId: string;
}
/**
 * `memberIdOf` runs after the two 403 checks (the new API parses and, 6.x+, checks the path member id
 * there, as recovery.h does) and names the member whose share is recorded.
 */
export declare function submitRecoveryShareFlow(service: SandboxService, memberIdOf: () => string, body: () => unknown): RecoveryShareOutcome;
