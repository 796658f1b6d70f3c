import { parseFlags } from "../args.js";
import { removeMember } from "../../core/flows/remove-member.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { memberFlags } from "../online/inputs.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { changeLines } from "../online/change-result.js";
import { SIGNER_FLAGS, SIGNER_USAGE, VOTING_FLAGS, VOTING_USAGE, signerFromFlags, votersFromFlags } from "../online/signers.js";
import { RECEIPTS_FLAGS, RECEIPTS_USAGE, keepReceiptsFromFlags, receiptsDirFromFlags } from "../online/receipts.js";
export const usage = `Usage: ccf-consortium remove-member (--member-id ID | --cert CERT) --node URL --service-cert PEM
                                    --signing-key KEY --signing-cert CERT [--voter KEY,CERT ...]
                                    [--wait-for-commit] [--json]

Proposes remove_member (or reuses an identical Open proposal) and collects ballots until it is Accepted.
Nothing is proposed when it is not a member. Refused before signing when removing it would leave fewer
active recovery members than the recovery threshold.

  --member-id ID           the member to remove (64 hex)
  --cert CERT              or its certificate (PEM)

${SIGNER_USAGE}

${VOTING_USAGE}

${RECEIPTS_USAGE}
${CONNECTION_USAGE}`;
export async function run(argv, io) {
    const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, ...VOTING_FLAGS, ...RECEIPTS_FLAGS, "member-id": { type: "string" }, cert: { type: "string" } });
    const out = outputFor(values, io);
    const receipts = receiptsDirFromFlags(values, io);
    const member = memberFlags(values, io, "the member to remove");
    const proposer = signerFromFlags(values, io);
    const voters = votersFromFlags(values, io, proposer);
    const client = await clientFromFlags(values, io);
    const result = await withClient(client, (c) => removeMember(c, { ...member, proposer, voters, waitForCommit: values["wait-for-commit"] === true, onProgress: out.progress }));
    out.document(result);
    for (const line of changeLines(result, { done: `Member ${result.memberId} is removed`, nothing: `${result.memberId} is not a member; nothing proposed.` }))
        out.line(line);
    await keepReceiptsFromFlags(receipts, values, io, out, [result.transactionId]);
    return 0;
}
