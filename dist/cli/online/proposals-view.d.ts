import type { Proposal } from "../../core/client/model.js";
/** A proposal as the commands print it (JSON): the typed model, fields left out when unknown. */
export interface ProposalView {
    proposalId: string;
    proposerId: string;
    state: Proposal["state"];
    ballotCount: number;
    ballotSubmitters?: string[];
    finalVotes?: Record<string, boolean>;
    failure?: {
        reason: string;
    };
    actions?: unknown;
}
export declare function proposalView(p: Proposal, actions?: unknown): ProposalView;
export declare function renderProposals(proposals: Proposal[]): string;
