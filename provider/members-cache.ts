// One members list per service per provider-host process, shared for a few seconds: a refresh (or an
// update) of hundreds of members asks the node once instead of once per member. Concurrent callers share
// the request in flight; a write through this process drops the entry.
import type { GovernanceClient, Member } from "../core/index.js";

export class MembersCache {
  private readonly entries = new Map<string, { at: number; members: Promise<Member[]> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  list(key: string, client: GovernanceClient): Promise<Member[]> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at <= this.ttlMs) return hit.members;
    const members = client.listMembers();
    const entry = { at: this.now(), members };
    this.entries.set(key, entry);
    members.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return members;
  }

  async find(key: string, client: GovernanceClient, memberId: string): Promise<Member | undefined> {
    return (await this.list(key, client)).find((m) => m.memberId === memberId);
  }

  invalidate(key: string): void {
    this.entries.delete(key);
  }
}
