import { memberName } from "./member-name.js";
/**
 * Accepting ballots the live constitution's default rule needs: more than half of the Active members
 * (`yes > floor(active / 2)`, CCF's samples/constitutions/default/resolve.js).
 */
export function ballotsToPass(activeMembers) {
    return Math.floor(activeMembers / 2) + 1;
}
export function ruleText(activeMembers) {
    return `the default constitution accepts with more than half of the ${activeMembers} Active member${activeMembers === 1 ? "" : "s"} (${ballotsToPass(activeMembers)} accepting ballot${ballotsToPass(activeMembers) === 1 ? "" : "s"})`;
}
/**
 * Who has voted on `proposal`: the node's `ballotSubmitters` (or classic ballots map) when it reports
 * them, else one ballot read per Active member (older versioned APIs).
 */
export async function ballotSubmitters(client, proposal, members) {
    if (proposal.ballotSubmitters)
        return new Set(proposal.ballotSubmitters);
    if (proposal.ballotCount === 0)
        return new Set();
    const active = members.filter((m) => m.status === "Active");
    const found = await Promise.all(active.map(async (m) => ((await client.getBallot(proposal.proposalId, m.memberId)) !== undefined ? m.memberId : undefined)));
    return new Set(found.filter((id) => id !== undefined));
}
/** The pending outcome of an Open proposal: ballots still needed and the Active members yet to vote. */
export async function pendingOutcome(client, proposal, members) {
    const voted = await ballotSubmitters(client, proposal, members);
    const active = members.filter((m) => m.status === "Active");
    const ballots = Math.max(proposal.ballotCount, voted.size);
    const pendingVoters = active
        .filter((m) => !voted.has(m.memberId))
        .map((m) => ({ memberId: m.memberId, ...(memberName(m.memberData) ? { name: memberName(m.memberData) } : {}) }));
    return {
        state: "pending",
        changed: false,
        proposalId: proposal.proposalId,
        ballotsNeeded: Math.max(1, ballotsToPass(active.length) - ballots),
        ballots,
        pendingVoters,
        rule: ruleText(active.length),
    };
}
/** `3f2a9c1b0d4e… (alice)`: how a voter is named in messages. */
export function voterLabel(v) {
    return `${v.memberId.slice(0, 12)}…${v.name ? ` (${v.name})` : ""}`;
}
/** "waiting for 1 more ballot; not yet voted: 3f2a9c1b0d4e… (alice), 77aa01c2d3e4… (bob)". */
export function waitingMessage(p) {
    const who = p.pendingVoters.length ? p.pendingVoters.map(voterLabel).join(", ") : "(every Active member has voted)";
    return `waiting for ${p.ballotsNeeded} more ballot${p.ballotsNeeded === 1 ? "" : "s"}; not yet voted: ${who}`;
}
