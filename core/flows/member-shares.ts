/**
 * Whether each member's recovery share is issued: a member with an encryption key has one once the
 * service holds an encrypted share for it (issued when it became Active, re-issued on membership changes).
 */
import type { GovernanceClient } from "../client/index.js";
import type { Member } from "../client/model.js";

/** `n/a` for a member without an encryption key (never given a share). */
export type RecoveryShareState = "issued" | "none" | "n/a";

export interface MemberWithShare extends Member {
  recoveryShare: RecoveryShareState;
}

const SHARE_READS_IN_FLIGHT = 16;

/**
 * The members (or `options.members`, already read) with their recovery share state: one GET per member
 * with an encryption key, at most 16 in flight.
 */
export async function listMembersWithShares(
  client: Pick<GovernanceClient, "listMembers" | "getEncryptedShare">,
  options: { members?: Member[] } = {},
): Promise<MemberWithShare[]> {
  const members = options.members ?? (await client.listMembers());
  const withKey = members.filter((m) => m.encryptionPublicKeyPem);
  const issued = new Set<string>();
  for (let i = 0; i < withKey.length; i += SHARE_READS_IN_FLIGHT) {
    const batch = withKey.slice(i, i + SHARE_READS_IN_FLIGHT);
    const shares = await Promise.all(batch.map((m) => client.getEncryptedShare(m.memberId)));
    shares.forEach((s, j) => s && issued.add(batch[j]!.memberId));
  }
  return members.map((m) => ({ ...m, recoveryShare: m.encryptionPublicKeyPem ? (issued.has(m.memberId) ? "issued" : "none") : "n/a" }));
}
