/** The standard ballots (reference §4.4): a JS module exporting `vote(proposal, proposerId)`. */
export declare const APPROVE_BALLOT = "export function vote (proposal, proposerId) { return true }";
export declare const REJECT_BALLOT = "export function vote (proposal, proposerId) { return false }";
export declare function ballotSource(approve: boolean): string;
