import type { AuthenticatedMember } from "./auth.js";
import type { SandboxService, WriteTx } from "./service.js";
import type { ProposalRecord, SandboxState } from "./state.js";
export type Flavour = "new" | "classic";
/** `hex(SHA-256(root ‖ SHA-256(signature)))` (§2.6). */
export declare function proposalIdFor(root: string, signature: Uint8Array): {
    proposalId: string;
    requestDigest: Buffer;
};
/** Deletes every non-Open proposal except `keep` (§4.6). */
export declare function removeAllOtherNonOpenProposals(state: SandboxState, keep: string): void;
/**
 * Re-evaluates every ballot, runs resolve and, once Accepted, apply (CCF `resolve_proposal`). On leaving
 * Open: other completed proposals are deleted, finalVotes/voteFailures are frozen. An apply exception
 * marks the proposal Failed with "Failed to apply(): ..." — the caller turns that into a 500 and discards
 * the transaction.
 */
export declare function resolveProposal(tx: WriteTx, proposalId: string, record: ProposalRecord, flavour: Flavour): void;
export interface WriteResult<T> {
    value: T;
    txId: string;
}
/** N6 / C4. Returns the stored proposal record and its id. */
export declare function createProposal(service: SandboxService, caller: AuthenticatedMember, flavour: Flavour): WriteResult<{
    proposalId: string;
    record: ProposalRecord;
}>;
/** Path-id format check of the new API (`parse_hex_id`: 64 hex chars, either case, kept as sent). */
export declare function parseHexId(value: string, what: "member" | "proposal" | "node" | "user"): string;
export type BallotResult = {
    proposalId: string;
    record: ProposalRecord;
    changed: boolean;
};
/** N11 / C9. `memberIdInPath` is the new API's `{memberId}` (already format-checked); classic has none. */
export declare function submitBallot(service: SandboxService, caller: AuthenticatedMember, proposalId: string, memberIdInPath: string | undefined, ballotBody: () => unknown, flavour: Flavour): WriteResult<BallotResult> | {
    value: BallotResult;
    txId?: undefined;
};
/** N10 / C8. Returns undefined for the new API's 204 (unknown proposal). */
export declare function withdrawProposal(service: SandboxService, caller: AuthenticatedMember, proposalId: string, flavour: Flavour): WriteResult<{
    proposalId: string;
    record: ProposalRecord;
}> | {
    value: {
        proposalId: string;
        record: ProposalRecord;
    } | undefined;
    txId?: undefined;
};
/** N4 / C2: stores the current root as the member's expected digest and returns it. */
export declare function updateStateDigest(service: SandboxService, memberId: string, flavour: Flavour): WriteResult<string>;
/** N5 / C3: compares the signed digest with the stored one, stores the signed ack, activates the member. */
export declare function ackStateDigest(service: SandboxService, caller: AuthenticatedMember, memberId: string, body: () => unknown, flavour: Flavour): WriteResult<void>;
