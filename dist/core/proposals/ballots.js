/** The standard ballots (reference §4.4): a JS module exporting `vote(proposal, proposerId)`. */
export const APPROVE_BALLOT = "export function vote (proposal, proposerId) { return true }";
export const REJECT_BALLOT = "export function vote (proposal, proposerId) { return false }";
export function ballotSource(approve) {
    return approve ? APPROVE_BALLOT : REJECT_BALLOT;
}
