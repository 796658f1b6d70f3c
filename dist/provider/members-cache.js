// The provider host's view of each service: one core `StateReader` per service per process, shared by
// every resource operation for a few seconds, so a refresh (or a create) of hundreds of members asks the
// node a handful of times instead of once per member. The reader is the core's: concurrent callers share
// the read in flight, and what this process wrote (a member added, activated, changed, removed) is noted
// in it and wins over a list fetched before the write.
import { StateReader } from "../core/index.js";
export class MembersCache {
    ttlMs;
    maxStaleMs;
    now;
    readers = new Map();
    constructor(ttlMs, maxStaleMs, now = Date.now) {
        this.ttlMs = ttlMs;
        this.maxStaleMs = maxStaleMs;
        this.now = now;
    }
    /** The shared view of the service `key` (created on first use). */
    reader(key, client) {
        let reader = this.readers.get(key);
        if (!reader) {
            reader = new StateReader(client, { ttlMs: this.ttlMs, maxStaleMs: this.maxStaleMs, now: this.now });
            this.readers.set(key, reader);
        }
        return reader;
    }
    async find(key, client, memberId) {
        return (await this.reader(key, client).members()).find((m) => m.memberId === memberId);
    }
    /** Records what this process wrote: the member as it now is, or undefined when removed. */
    note(key, memberId, member) {
        this.readers.get(key)?.noteMember(memberId, member);
    }
}
