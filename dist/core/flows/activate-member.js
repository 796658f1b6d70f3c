import { GovernanceError } from "../client/errors.js";
import { RefusedError } from "./errors.js";
import { reporter } from "./progress.js";
/**
 * Activates the signer's member: nothing if already Active; else refreshes the state digest, then acks
 * exactly that digest. One retry of the pair if the digest moved in between (StateDigestMismatch).
 */
export async function activateMember(client, signer, options = {}) {
    const emit = reporter(options.onProgress);
    const memberId = signer.memberId;
    const member = await client.getMember(memberId);
    if (!member)
        throw new RefusedError(`member ${memberId} is not registered on the service: propose it (addMember) before activating`);
    if (member.status === "Active") {
        emit({ step: "already-active", message: `member ${memberId} is already Active`, memberId });
        return { memberId, status: "Active", changed: false };
    }
    for (let attempt = 0;; attempt++) {
        const updated = await client.updateStateDigest(signer);
        emit({ step: "digest-updated", message: `state digest ${updated.value.stateDigest.slice(0, 16)}…`, memberId, transactionId: updated.transactionId });
        try {
            const acked = await client.ackStateDigest(signer, updated.value.stateDigest);
            emit({ step: "acked", message: `member ${memberId} acked the state digest and is Active`, memberId, transactionId: acked.transactionId });
            return { memberId, status: "Active", changed: true, ...(acked.transactionId ? { transactionId: acked.transactionId } : {}) };
        }
        catch (err) {
            if (attempt === 0 && err instanceof GovernanceError && err.ccfCode === "StateDigestMismatch") {
                emit({ step: "digest-mismatch-retry", message: "the state digest changed between update and ack; updating again", memberId });
                continue;
            }
            throw err;
        }
    }
}
