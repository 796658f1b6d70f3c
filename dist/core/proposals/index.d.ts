export { setMemberAction, removeMemberAction, setMemberDataAction, setRecoveryThresholdAction, triggerRecoverySharesRefreshAction, transitionServiceToOpenAction, proposalBody, proposalJson, type SetMemberArgs, } from "./actions.js";
export { APPROVE_BALLOT, REJECT_BALLOT, ballotSource } from "./ballots.js";
export { canonicalProposal, sameProposal, sameJson, normalizePem } from "./compare.js";
