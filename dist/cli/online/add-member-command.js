import { InputError } from "../../core/errors.js";
import { addMember } from "../../core/flows/add-member.js";
import { parseFlags } from "../args.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "./connection.js";
import { certificateFlag, encryptionKeyFlag, memberDataFlag, recoveryRoleFlag } from "./inputs.js";
import { outputFor } from "./output.js";
import { withClient } from "./run.js";
import { SIGNER_FLAGS, SIGNER_USAGE, VOTING_FLAGS, VOTING_USAGE, signerFromFlags, votersFromFlags } from "./signers.js";
import { RECEIPTS_FLAGS, RECEIPTS_USAGE, keepReceiptsFromFlags, receiptsDirFromFlags } from "./receipts.js";
const MEMBER_FLAGS = {
    cert: { type: "string" },
    "enc-pubk": { type: "string" },
    "member-data": { type: "string" },
    "recovery-role": { type: "string" },
};
const MEMBER_USAGE = `New member:
  --cert CERT              the new member's certificate (PEM)
  --enc-pubk PEM           its RSA encryption public key: makes it a recovery member
  --member-data JSON|@FILE member_data, a JSON object (e.g. '{"name": "bob"}')
  --recovery-role ROLE     NonParticipant, Participant or Owner (CCF 6.x+; needs --enc-pubk)`;
export function addMemberUsage(vote) {
    const name = vote ? "add-member" : "propose-member";
    const what = vote
        ? `Registers a member: proposes set_member (or reuses an identical Open proposal), submits the voters'
ballots in parallel until the proposal is Accepted, and reports the member's status. Nothing is
proposed when the member is already registered with this certificate. The new member then activates
itself with 'ccf-consortium ack'.`
        : `Proposes set_member for a certificate, signed by the signing member, and prints the proposal id for
the other members to 'vote' on. Nothing is proposed when the member is already registered, or when an
identical proposal is already Open (its id is printed).`;
    const indent = " ".repeat(`Usage: ccf-consortium ${name} `.length);
    return `Usage: ccf-consortium ${name} --node URL --service-cert PEM --signing-key KEY --signing-cert CERT
${indent}--cert CERT [--enc-pubk PEM] [--member-data JSON|@FILE] [--recovery-role ROLE]
${indent}${vote ? "[--voter KEY,CERT ...] [--wait-for-commit] " : ""}[--json]

${what}

${MEMBER_USAGE}

${SIGNER_USAGE}
${vote ? `\n${VOTING_USAGE}\n` : ""}
${RECEIPTS_USAGE}
${CONNECTION_USAGE}`;
}
/** propose-member (vote = false: no ballots) and add-member (vote = true). */
export async function runAddMember(argv, io, vote) {
    const spec = vote ? { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, ...MEMBER_FLAGS, ...VOTING_FLAGS, ...RECEIPTS_FLAGS } : { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, ...MEMBER_FLAGS, ...RECEIPTS_FLAGS };
    const { values } = parseFlags(argv, spec);
    const out = outputFor(values, io);
    const receipts = receiptsDirFromFlags(values, io);
    const certificatePem = certificateFlag(values, "cert", io);
    if (!certificatePem)
        throw new InputError("--cert", "is required (the new member's certificate, PEM)");
    const encryptionPublicKeyPem = encryptionKeyFlag(values, "enc-pubk", io);
    const memberData = memberDataFlag(values, io);
    const recoveryRole = recoveryRoleFlag(values);
    if (recoveryRole && !encryptionPublicKeyPem)
        throw new InputError("--recovery-role", "needs --enc-pubk (only members with an encryption key take part in recovery)");
    const proposer = signerFromFlags(values, io);
    const voters = vote ? votersFromFlags(values, io, proposer) : [];
    const client = await clientFromFlags(values, io);
    const result = await withClient(client, (c) => addMember(c, {
        certificatePem,
        ...(encryptionPublicKeyPem ? { encryptionPublicKeyPem } : {}),
        ...(memberData ? { memberData } : {}),
        ...(recoveryRole ? { recoveryRole } : {}),
        proposer,
        voters,
        waitForCommit: values["wait-for-commit"] === true,
        onProgress: out.progress,
    }));
    out.document(result);
    if (!result.proposalId) {
        out.line(`Member ${result.memberId} is already registered (${result.status}); nothing proposed.`);
    }
    else if (result.status === "Proposed") {
        out.line(`Proposal ${result.proposalId} is Open: it needs ballots ('ccf-consortium vote --proposal-id ${result.proposalId}').`);
        out.line(`Member ${result.memberId} will be Accepted when it passes.`);
    }
    else {
        out.line(`Member ${result.memberId} is ${result.status} (proposal ${result.proposalId}).`);
        out.line("It becomes Active when it acks the state digest: 'ccf-consortium ack' with its own key.");
    }
    await keepReceiptsFromFlags(receipts, values, io, out, [result.transactionId]);
    return 0;
}
