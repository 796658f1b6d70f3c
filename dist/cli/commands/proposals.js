import { parseFlags } from "../args.js";
import { CcfConsortiumError } from "../../core/errors.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { proposalIdFlag } from "../online/inputs.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { proposalView, renderProposals } from "../online/proposals-view.js";
export const usage = `Usage: ccf-consortium proposals --node URL --service-cert PEM [--proposal-id ID] [--json]

Lists the proposals the node knows: the Open ones (and, on the versioned API, the most recently completed
one). With --proposal-id, shows that proposal with its ballots and actions.

  --proposal-id ID         one proposal (64 hex)

${CONNECTION_USAGE}`;
export async function run(argv, io) {
    const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, "proposal-id": { type: "string" } });
    const out = outputFor(values, io);
    const one = values["proposal-id"] !== undefined ? proposalIdFlag(values) : undefined;
    const client = await clientFromFlags(values, io);
    if (one === undefined) {
        const proposals = await withClient(client, (c) => c.listProposals());
        out.document({ proposals: proposals.map((p) => proposalView(p)) });
        out.line(renderProposals(proposals));
        return 0;
    }
    const found = await withClient(client, async (c) => {
        const [proposal, actions] = await Promise.all([c.getProposal(one), c.getProposalActions(one)]);
        return proposal ? { proposal, actions } : undefined;
    });
    if (!found)
        throw new CcfConsortiumError("CCF_ERROR", `ProposalNotFound: the node knows no proposal ${one} (completed proposals are kept only until the next one completes)`);
    const actions = found.actions ? parseActions(found.actions) : undefined;
    const view = proposalView(found.proposal, actions);
    out.document(view);
    out.line(`Proposal ${view.proposalId}`);
    out.line(`  state     ${view.state}${view.failure ? ` (${view.failure.reason})` : ""}`);
    out.line(`  proposer  ${view.proposerId}`);
    out.line(`  ballots   ${view.ballotCount}${view.ballotSubmitters?.length ? `: ${view.ballotSubmitters.join(", ")}` : ""}`);
    if (view.finalVotes)
        out.line(`  votes     ${Object.entries(view.finalVotes).map(([m, v]) => `${m} ${v ? "yes" : "no"}`).join(", ")}`);
    const list = actions?.actions;
    if (Array.isArray(list))
        out.line(`  actions   ${list.map((a) => a?.name ?? "?").join(", ")}`);
    return 0;
}
function parseActions(body) {
    try {
        return JSON.parse(body.toString("utf8"));
    }
    catch {
        return body.toString("utf8");
    }
}
