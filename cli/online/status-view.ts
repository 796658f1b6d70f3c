import type { GovernanceClient } from "../../core/client/governance-client.js";
import type { Member } from "../../core/client/model.js";
import { certificateSha256, sha256Hex } from "../../core/flows/audit.js";
import { memberName } from "../../core/flows/member-name.js";
import { pendingOutcome, type PendingVoter } from "../../core/flows/outcome.js";
import { readMembersView, renderMembers, type MembersView } from "./members-view.js";
import { renderTable } from "./table.js";

/** An Open proposal as `status` shows it: ballots so far, and who has not voted. */
export interface OpenProposalView {
  proposalId: string;
  proposerId: string;
  proposerName?: string;
  ballots: number;
  ballotsNeeded: number;
  pendingVoters: PendingVoter[];
}

export interface StatusView extends MembersView {
  service: MembersView["service"] & { certificateSha256: string };
  /** SHA-256 of the live constitution (what `ack --expected-constitution-sha256` takes). */
  constitutionSha256: string;
  /** The rule `ballotsNeeded` follows. */
  votingRule: string;
  openProposals: OpenProposalView[];
}

/** Service (status, certificate fingerprint), constitution SHA-256, members, Open proposals with their ballots. */
export async function readStatusView(client: GovernanceClient): Promise<StatusView> {
  const [members, info, constitution, proposals] = await Promise.all([readMembersView(client), client.getServiceInfo(), client.getConstitution(), client.listProposals()]);
  const live: Member[] = members.members;
  const open = await Promise.all(proposals.filter((p) => p.state === "Open").map((p) => pendingOutcome(client, p, live).then((o) => ({ p, o }))));
  const nameOf = (id: string) => memberName(live.find((m) => m.memberId === id)?.memberData);
  const active = live.filter((m) => m.status === "Active").length;
  return {
    ...members,
    service: { ...members.service, certificateSha256: certificateSha256(info.certificatePem) },
    constitutionSha256: sha256Hex(constitution),
    votingRule: `the default constitution accepts a proposal with more than half of the ${active} Active members (${Math.floor(active / 2) + 1} accepting ballots)`,
    openProposals: open.map(({ p, o }) => ({
      proposalId: p.proposalId,
      proposerId: p.proposerId,
      ...(nameOf(p.proposerId) ? { proposerName: nameOf(p.proposerId)! } : {}),
      ballots: o.ballots,
      ballotsNeeded: o.ballotsNeeded,
      pendingVoters: o.pendingVoters,
    })),
  };
}

export function renderStatus(view: StatusView): string {
  const lines = [
    renderMembers(view),
    "",
    `Service certificate SHA-256  ${view.service.certificateSha256}`,
    `Constitution SHA-256         ${view.constitutionSha256}`,
    `Voting                       ${view.votingRule}`,
    "",
  ];
  if (view.openProposals.length === 0) lines.push("No Open proposals.");
  else {
    lines.push(`Open proposals (${view.openProposals.length}):`);
    lines.push(
      renderTable(
        ["PROPOSAL ID", "PROPOSER", "BALLOTS", "STILL NEEDED", "NOT YET VOTED"],
        view.openProposals.map((p) => [
          p.proposalId,
          p.proposerName ?? `${p.proposerId.slice(0, 12)}…`,
          String(p.ballots),
          String(p.ballotsNeeded),
          p.pendingVoters.map((v) => v.name ?? `${v.memberId.slice(0, 12)}…`).join(", ") || "-",
        ]),
      ),
    );
  }
  return lines.join("\n");
}
