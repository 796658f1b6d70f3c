import { parseFlags } from "../args.js";
import { ballotSource } from "../../core/proposals/ballots.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { proposalIdFlag } from "../online/inputs.js";
import { outputFor } from "../online/output.js";
import { proposalView } from "../online/proposals-view.js";
import { withClient } from "../online/run.js";
import { SIGNER_FLAGS, SIGNER_USAGE, signerFromFlags } from "../online/signers.js";
import { RECEIPTS_FLAGS, RECEIPTS_USAGE, keepReceiptsFromFlags, receiptsDirFromFlags } from "../online/receipts.js";
export const usage = `Usage: ccf-consortium vote --proposal-id ID [--reject] --node URL --service-cert PEM
                           --signing-key KEY --signing-cert CERT [--json]

Submits the signing member's ballot for a proposal: the standard ballot that accepts it
('export function vote (proposal, proposerId) { return true }'), or with --reject the one that
votes against it. Prints the proposal's state after the ballot. Sending the same ballot again is safe.

  --proposal-id ID         the proposal (64 hex)
  --reject                 vote against the proposal

${RECEIPTS_USAGE}
${SIGNER_USAGE}

${CONNECTION_USAGE}`;
export async function run(argv, io) {
    const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, "proposal-id": { type: "string" }, reject: { type: "boolean" }, ...RECEIPTS_FLAGS });
    const out = outputFor(values, io);
    const receipts = receiptsDirFromFlags(values, io);
    const proposalId = proposalIdFlag(values);
    const approve = values.reject !== true;
    const signer = signerFromFlags(values, io);
    const client = await clientFromFlags(values, io);
    const written = await withClient(client, (c) => c.submitBallot(signer, proposalId, ballotSource(approve)));
    const view = proposalView(written.value);
    out.document({ ballot: approve ? "accept" : "reject", voterId: signer.memberId, proposal: view, ...(written.transactionId ? { transactionId: written.transactionId } : {}) });
    out.line(`Voted ${approve ? "for" : "against"} proposal ${proposalId}: it is ${view.state} (${view.ballotCount} ballot${view.ballotCount === 1 ? "" : "s"}).`);
    if (view.failure)
        out.line(`Failure: ${view.failure.reason}`);
    await keepReceiptsFromFlags(receipts, values, io, out, [written.transactionId]);
    return 0;
}
