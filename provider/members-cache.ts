// One members list per service per provider-host process, shared for a few seconds: a refresh (or an
// update) of hundreds of members asks the node once instead of once per member. Concurrent callers share
// the request in flight. What this process itself just wrote (a member added, activated, changed,
// removed) is noted and wins over a list fetched before the write, so other members keep using the list.
import type { GovernanceClient, Member } from "../core/index.js";

interface Entry {
  at: number;
  members: Promise<Member[]>;
}

export class MembersCache {
  private readonly entries = new Map<string, Entry>();
  private readonly notes = new Map<string, { at: number; member: Member | undefined }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  list(key: string, client: GovernanceClient): Promise<Member[]> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at <= this.ttlMs) return hit.members;
    const entry: Entry = { at: this.now(), members: client.listMembers() };
    this.entries.set(key, entry);
    entry.members.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.members;
  }

  async find(key: string, client: GovernanceClient, memberId: string): Promise<Member | undefined> {
    const list = this.list(key, client);
    const fetchedAt = this.entries.get(key)?.at ?? 0;
    const note = this.notes.get(`${key}\n${memberId}`);
    if (note && note.at >= fetchedAt) return note.member;
    return (await list).find((m) => m.memberId === memberId);
  }

  /** Records what this process wrote: the member as it now is, or undefined when removed. */
  note(key: string, memberId: string, member: Member | undefined): void {
    this.notes.set(`${key}\n${memberId}`, { at: this.now(), member });
  }
}
