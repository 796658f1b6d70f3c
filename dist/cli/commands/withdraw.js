import { parseFlags } from "../args.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { proposalIdFlag } from "../online/inputs.js";
import { outputFor } from "../online/output.js";
import { proposalView } from "../online/proposals-view.js";
import { withClient } from "../online/run.js";
import { SIGNER_FLAGS, SIGNER_USAGE, signerFromFlags } from "../online/signers.js";
export const usage = `Usage: ccf-consortium withdraw --proposal-id ID --node URL --service-cert PEM
                               --signing-key KEY --signing-cert CERT [--json]

Withdraws an Open proposal. Only its proposer may withdraw it; withdrawing it again is safe.

  --proposal-id ID         the proposal (64 hex)

${SIGNER_USAGE}

${CONNECTION_USAGE}`;
export async function run(argv, io) {
    const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, "proposal-id": { type: "string" } });
    const out = outputFor(values, io);
    const proposalId = proposalIdFlag(values);
    const signer = signerFromFlags(values, io);
    const client = await clientFromFlags(values, io);
    const written = await withClient(client, (c) => c.withdrawProposal(signer, proposalId));
    const view = written.value ? proposalView(written.value) : undefined;
    out.document({ proposalId, state: view?.state ?? "Withdrawn", ...(view ? { proposal: view } : {}), ...(written.transactionId ? { transactionId: written.transactionId } : {}) });
    out.line(view ? `Proposal ${proposalId} is ${view.state}.` : `Proposal ${proposalId} is withdrawn (the node no longer lists it).`);
    return 0;
}
