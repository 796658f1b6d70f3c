/**
 * The share-submission handler body shared by N14 (`:recover`) and C13 (`POST /gov/recovery_share`),
 * in CCF's order (member_frontend.h / recovery.h): service must be WaitingForRecoveryShares (403), the
 * node must not already be reading the private ledger (403), the share is recorded (500 on error), and
 * once the threshold is reached (or a full key arrives) private recovery starts (500 on failure, with the
 * clearing of submitted shares committed). The actual share bookkeeping is the recovery module's, through
 * the `submitRecoveryShare` / `initiatePrivateRecovery` hooks.
 */
import { forbidden, internalError, badRequest } from "../http.js";
/**
 * `memberIdOf` runs after the two 403 checks (the new API parses and, 6.x+, checks the path member id
 * there, as recovery.h does) and names the member whose share is recorded.
 */
export function submitRecoveryShareFlow(service, memberIdOf, body) {
    const state0 = service.state;
    if (state0.service.status !== "WaitingForRecoveryShares") {
        throw forbidden("ServiceNotWaitingForRecoveryShares", "Service is not waiting for recovery shares.");
    }
    if (service.hooks.isRecoveringPrivateLedger(state0)) {
        throw forbidden("NodeAlreadyRecovering", "Node is already recovering private ledger.");
    }
    const memberId = memberIdOf();
    const params = body();
    const share = params !== null && typeof params === "object" ? params.share : undefined;
    if (typeof share !== "string")
        throw badRequest("InvalidInput", 'Signed request body is not a JSON object containing required string field "share"');
    const raw = Buffer.from(share, "base64");
    const { result, txId } = service.transact((tx) => {
        let submitted;
        try {
            submitted = service.hooks.submitRecoveryShare(tx, memberId, raw);
        }
        catch {
            throw internalError("Error submitting recovery shares.");
        }
        finally {
            raw.fill(0);
        }
        const threshold = tx.state.service.config.recoveryThreshold;
        let message = submitted.fullKeySubmitted
            ? "Full recovery key successfully submitted"
            : `${submitted.submittedCount}/${threshold} recovery shares successfully submitted`;
        if (submitted.submittedCount >= threshold || submitted.fullKeySubmitted) {
            message += "\nEnd of recovery procedure initiated";
            try {
                service.hooks.initiatePrivateRecovery(tx);
            }
            catch {
                // CCF clears the submitted shares and commits that, then answers 500.
                tx.state.recovery.submittedShares = {};
                tx.commitOnError = true;
                throw internalError("Failed to initiate private recovery.");
            }
        }
        return { message, submittedCount: submitted.submittedCount, recoveryThreshold: threshold, fullKeySubmitted: submitted.fullKeySubmitted };
    });
    return { ...result, txId };
}
