/**
 * One short-lived, shared view of a service's members, service info and Open proposals for every flow
 * of one process: concurrent callers share ONE read in flight (single flight), later ones reuse it for
 * `ttlMs`. What this process itself wrote (a member added, changed or removed, a proposal created or
 * decided) is noted and overlays any read that began before the write, so the view stays exact for our
 * own writes without reading again. `fresh(since)` gives a read that began at or after `since` — what a
 * flow confirms absence with before it proposes — shared by all who ask for it meanwhile.
 */
export class StateReader {
    client;
    ttlMs;
    maxStaleMs;
    now;
    current;
    next;
    memberNotes = new Map();
    proposalNotes = new Map();
    constructor(client, options = {}) {
        this.client = client;
        this.ttlMs = options.ttlMs ?? 15_000;
        this.maxStaleMs = Math.min(options.maxStaleMs ?? 0, this.ttlMs);
        this.now = options.now ?? Date.now;
    }
    /** Members only (no other GET): the shared read when fresh enough, with this process's writes. */
    async members() {
        const read = this.reuse();
        return this.overlayMembers(await read.members, read.startedAt);
    }
    /** Members, service info and Open proposals: the shared read when fresh enough, with our writes. */
    async snapshot() {
        return this.complete(this.reuse());
    }
    /**
     * A view from a read that began at or after `since`: joins the read in flight if it began late
     * enough, else the single read that starts once the current one is done (shared by all who wait).
     */
    async fresh(since) {
        const current = this.current;
        if (current && current.startedAt >= since)
            return this.complete(current);
        this.next ??= (async () => {
            // Wait out the read in flight (it may still be what others use), then read once for everyone.
            await (current?.members.catch(() => undefined) ?? Promise.resolve());
            this.next = undefined;
            return this.start();
        })();
        return this.complete(await this.next);
    }
    /** Records what this process wrote: the member as it now is, or undefined when removed. */
    noteMember(memberId, member) {
        this.memberNotes.set(memberId, { at: this.now(), member });
    }
    /** Records a proposal this process created, voted on or saw decided. */
    noteProposal(proposal) {
        this.proposalNotes.set(proposal.proposalId, { at: this.now(), proposal });
    }
    /** Drops the shared read (a write whose outcome is unknown): the next caller reads again. */
    invalidate() {
        this.current = undefined;
    }
    reuse() {
        const current = this.current;
        if (current && this.now() - current.startedAt <= this.ttlMs)
            return current;
        return this.start();
    }
    start() {
        const read = { startedAt: this.now(), members: this.client.listMembers() };
        this.current = read;
        read.members.catch(() => {
            if (this.current === read)
                this.current = undefined;
        });
        return read;
    }
    async complete(read) {
        // Members first: on an auto client its answer is also the API flavour detection.
        const members = await read.members;
        read.service ??= this.client.getServiceInfo();
        read.proposals ??= this.client.listProposals();
        const dropOnError = (p) => p.catch(() => {
            if (this.current === read)
                this.current = undefined;
        });
        dropOnError(read.service);
        dropOnError(read.proposals);
        const [service, proposals] = await Promise.all([read.service, read.proposals]);
        return {
            readAt: read.startedAt,
            members: this.overlayMembers(members, read.startedAt),
            service,
            openProposals: this.overlayProposals(proposals, read.startedAt),
        };
    }
    overlayMembers(members, readAt) {
        const byId = new Map(members.map((m) => [m.memberId, m]));
        for (const [id, note] of this.memberNotes) {
            if (note.at < readAt)
                continue;
            if (note.member)
                byId.set(id, note.member);
            else
                byId.delete(id);
        }
        return [...byId.values()];
    }
    overlayProposals(proposals, readAt) {
        const byId = new Map(proposals.map((p) => [p.proposalId, p]));
        for (const [id, note] of this.proposalNotes)
            if (note.at >= readAt)
                byId.set(id, note.proposal);
        return [...byId.values()].filter((p) => p.state === "Open");
    }
}
