// The core flows the Member resource uses, with the one translation Pulumi needs: a proposal left Open
// (the voters given are not a majority of the Active members) fails the step, so the next `pulumi up`
// resumes it — the flows reuse the identical Open proposal instead of proposing again.
import { CcfConsortiumError, activateMember as activateFlow, addMember as addFlow, removeMember as removeFlow, setMemberData as setDataFlow, } from "../core/index.js";
function passed(what, result) {
    if (result.state === "pending" || result.status === "Proposed") {
        throw new CcfConsortiumError("PROPOSAL_FAILED", `${what}: proposal ${result.proposalId} is still Open, the voters given are not a majority of the Active members; add voters (or let members vote) and run the update again`);
    }
    return { proposalId: result.proposalId, transactionId: result.transactionId };
}
export async function addMember(client, options) {
    const result = await addFlow(client, {
        certificatePem: options.certificate,
        encryptionPublicKeyPem: options.encryptionPublicKey,
        memberData: options.memberData,
        recoveryRole: options.recoveryRole,
        proposer: options.proposer,
        voters: options.voters,
        state: options.state,
    });
    return passed(`adding member ${result.memberId}`, result);
}
export async function setMemberData(client, options) {
    return passed(`setting the data of member ${options.memberId}`, await setDataFlow(client, options));
}
export async function removeMember(client, options) {
    return passed(`removing member ${options.memberId}`, await removeFlow(client, options));
}
export async function activateMember(client, signer) {
    const { transactionId } = await activateFlow(client, signer);
    return { transactionId };
}
/** Polls until the member is Active (acked by itself or out of band). */
export async function waitForActive(client, memberId, timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const member = await client.getMember(memberId);
        if (member?.status === "Active")
            return member;
        if (Date.now() >= deadline) {
            throw new CcfConsortiumError("TIMEOUT", `member ${memberId} is not Active after ${timeoutMs / 1000} s (status ${member?.status ?? "absent"}); it must ack the state digest`);
        }
        await new Promise((r) => setTimeout(r, 500));
    }
}
