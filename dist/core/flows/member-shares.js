const SHARE_READS_IN_FLIGHT = 16;
/**
 * The members (or `options.members`, already read) with their recovery share state: one GET per member
 * with an encryption key, at most 16 in flight.
 */
export async function listMembersWithShares(client, options = {}) {
    const members = options.members ?? (await client.listMembers());
    const withKey = members.filter((m) => m.encryptionPublicKeyPem);
    const issued = new Set();
    for (let i = 0; i < withKey.length; i += SHARE_READS_IN_FLIGHT) {
        const batch = withKey.slice(i, i + SHARE_READS_IN_FLIGHT);
        const shares = await Promise.all(batch.map((m) => client.getEncryptedShare(m.memberId)));
        shares.forEach((s, j) => s && issued.add(batch[j].memberId));
    }
    return members.map((m) => ({ ...m, recoveryShare: m.encryptionPublicKeyPem ? (issued.has(m.memberId) ? "issued" : "none") : "n/a" }));
}
