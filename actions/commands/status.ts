/** `status`: the service and its members, to the job summary and outputs. Read-only, no key needed. */
import * as core from "../toolkit.js";
import { withClient } from "../client.js";
import { certificateSha256, listMembersWithShares, memberName, sha256Hex } from "../../core/flows/index.js";
import { cell, code, markdownTable, shortId, writeSummary } from "../render.js";
import type { Command } from "./command.js";

export const run: Command = async ({ command, run }) =>
  withClient(command, run, async ({ client }) => {
    const [info, members, proposals, api] = await Promise.all([client.getServiceInfo(), listMembersWithShares(client), client.listProposals(), client.api()]);
    const constitution = await client.getConstitution().then(sha256Hex, () => undefined);
    const open = proposals.filter((p) => p.state === "Open");

    core.setOutput("service-status", info.status);
    core.setOutput(
      "members",
      JSON.stringify(
        members.map((m) => ({ memberId: m.memberId, status: m.status, recoveryRole: m.recoveryRole, recovery: Boolean(m.encryptionPublicKeyPem), recoveryShare: m.recoveryShare, memberData: m.memberData ?? null })),
      ),
    );
    if (constitution) core.setOutput("constitution-sha256", constitution);
    core.info(`Service ${info.status}; ${members.length} member(s) (${members.filter((m) => m.status === "Active").length} Active); ${open.length} open proposal(s)`);

    const fingerprint = certificateSha256(info.certificatePem);
    await writeSummary(
      `### CCF service\n\n` +
        markdownTable(
          ["", ""],
          [
            ["Status", cell(info.status)],
            ["Service certificate SHA-256", code(fingerprint)],
            ["Recovery threshold", cell(info.recoveryThreshold ?? "")],
            ["Recovery count", cell(info.recoveryCount)],
            ["Governance API", cell(api)],
            ...(constitution ? [["Constitution SHA-256", code(constitution)]] : []),
          ],
        ) +
        `\n### Members (${members.length})\n\n` +
        markdownTable(
          ["Name", "Member id", "Status", "Recovery", "Recovery share"],
          members.map((m) => [
            cell(memberName(m.memberData) ?? ""),
            code(m.memberId),
            cell(m.status),
            cell(m.encryptionPublicKeyPem ? m.recoveryRole : "no"),
            cell(m.recoveryShare === "n/a" ? "" : m.recoveryShare),
          ]),
        ) +
        (open.length
          ? `\n### Open proposals (${open.length})\n\n` +
            markdownTable(
              ["Proposal", "Proposer", "Ballots"],
              open.map((p) => [code(p.proposalId), code(shortId(p.proposerId)), cell(p.ballotCount)]),
            )
          : ""),
    );
  });
