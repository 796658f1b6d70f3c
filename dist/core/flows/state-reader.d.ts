import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, Proposal } from "../client/model.js";
import type { LiveState } from "./live-state.js";
/** A snapshot of the live state, with when its reads began (ms, the reader's clock). */
export interface Snapshot extends LiveState {
    readAt: number;
}
export interface StateReaderOptions {
    /** How long one read of members/info/proposals serves every caller (default 15 s). */
    ttlMs?: number;
    /**
     * How much older than a flow's start the read it decides to PROPOSE on may be (default 0: begun after
     * the flow started, as a flow reading afresh). Own writes are always seen; this only bounds how late
     * another process's identical proposal or member can appear and still be found.
     */
    maxStaleMs?: number;
    now?: () => number;
}
/**
 * One short-lived, shared view of a service's members, service info and Open proposals for every flow
 * of one process: concurrent callers share ONE read in flight (single flight), later ones reuse it for
 * `ttlMs`. What this process itself wrote (a member added, changed or removed, a proposal created or
 * decided) is noted and overlays any read that began before the write, so the view stays exact for our
 * own writes without reading again. `fresh(since)` gives a read that began at or after `since` — what a
 * flow confirms absence with before it proposes — shared by all who ask for it meanwhile.
 */
export declare class StateReader {
    readonly client: GovernanceClient;
    readonly ttlMs: number;
    readonly maxStaleMs: number;
    readonly now: () => number;
    private current;
    private next;
    private readonly memberNotes;
    private readonly proposalNotes;
    constructor(client: GovernanceClient, options?: StateReaderOptions);
    /** Members only (no other GET): the shared read when fresh enough, with this process's writes. */
    members(): Promise<Member[]>;
    /** Members, service info and Open proposals: the shared read when fresh enough, with our writes. */
    snapshot(): Promise<Snapshot>;
    /**
     * A view from a read that began at or after `since`: joins the read in flight if it began late
     * enough, else the single read that starts once the current one is done (shared by all who wait).
     */
    fresh(since: number): Promise<Snapshot>;
    /** Records what this process wrote: the member as it now is, or undefined when removed. */
    noteMember(memberId: string, member: Member | undefined): void;
    /** Records a proposal this process created, voted on or saw decided. */
    noteProposal(proposal: Proposal): void;
    /** Drops the shared read (a write whose outcome is unknown): the next caller reads again. */
    invalidate(): void;
    private reuse;
    private start;
    private complete;
    private overlayMembers;
    private overlayProposals;
}
