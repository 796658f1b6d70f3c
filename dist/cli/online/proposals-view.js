import { renderTable } from "./table.js";
export function proposalView(p, actions) {
    return {
        proposalId: p.proposalId,
        proposerId: p.proposerId,
        state: p.state,
        ballotCount: p.ballotCount,
        ...(p.ballotSubmitters ? { ballotSubmitters: p.ballotSubmitters } : {}),
        ...(p.finalVotes ? { finalVotes: p.finalVotes } : {}),
        ...(p.failure ? { failure: { reason: p.failure.reason } } : {}),
        ...(actions !== undefined ? { actions } : {}),
    };
}
export function renderProposals(proposals) {
    if (proposals.length === 0)
        return "No proposals.";
    return renderTable(["PROPOSAL ID", "STATE", "BALLOTS", "PROPOSER"], proposals.map((p) => [p.proposalId, p.state, String(p.ballotCount), p.proposerId]));
}
