/**
 * Reads what a flow decides on, in as few round trips as possible: the API flavour (its detection
 * answer is the members list), then service info, Open proposals and the version in parallel.
 */
export async function readLiveState(client, needs = {}) {
    // Asked first, so that on an auto client it is answered by the detection reply itself.
    const membersRead = client.listMembers();
    try {
        await client.api();
    }
    catch (err) {
        await membersRead.catch(() => undefined);
        throw err;
    }
    const [members, service, proposals, ccfVersion] = await Promise.all([
        membersRead,
        client.getServiceInfo(),
        needs.proposals ? client.listProposals() : Promise.resolve([]),
        needs.version ? client.ccfVersion() : Promise.resolve(undefined),
    ]);
    return { members, service, openProposals: proposals.filter((p) => p.state === "Open"), ...(ccfVersion !== undefined ? { ccfVersion } : {}) };
}
