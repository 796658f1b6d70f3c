import { StateReader, type GovernanceClient, type Member } from "../core/index.js";
export declare class MembersCache {
    private readonly ttlMs;
    private readonly maxStaleMs;
    private readonly now;
    private readonly readers;
    constructor(ttlMs: number, maxStaleMs: number, now?: () => number);
    /** The shared view of the service `key` (created on first use). */
    reader(key: string, client: GovernanceClient): StateReader;
    find(key: string, client: GovernanceClient, memberId: string): Promise<Member | undefined>;
    /** Records what this process wrote: the member as it now is, or undefined when removed. */
    note(key: string, memberId: string, member: Member | undefined): void;
}
