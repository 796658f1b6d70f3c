import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  certificateSha256,
  listMembersWithShares,
  memberName,
  sha256Hex
} from "./chunk-I6SG5PVT.js";
import {
  withClient
} from "./chunk-RGTSZGGO.js";
import {
  cell,
  code,
  markdownTable,
  shortId,
  writeSummary
} from "./chunk-2MGYFWBN.js";
import "./chunk-7IY7ICS4.js";
import {
  info,
  setOutput
} from "./chunk-DVVEQ537.js";
import "./chunk-RGBX3ABY.js";
import "./chunk-WL6NGZJP.js";
import "./chunk-NVOPRWJI.js";

// actions/commands/status.ts
var run = async ({ command, run: run2 }) => withClient(command, run2, async ({ client }) => {
  const [info2, members, proposals, api] = await Promise.all([client.getServiceInfo(), listMembersWithShares(client), client.listProposals(), client.api()]);
  const constitution = await client.getConstitution().then(sha256Hex, () => void 0);
  const open = proposals.filter((p) => p.state === "Open");
  setOutput("service-status", info2.status);
  setOutput(
    "members",
    JSON.stringify(
      members.map((m) => ({ memberId: m.memberId, status: m.status, recoveryRole: m.recoveryRole, recovery: Boolean(m.encryptionPublicKeyPem), recoveryShare: m.recoveryShare, memberData: m.memberData ?? null }))
    )
  );
  if (constitution) setOutput("constitution-sha256", constitution);
  info(`Service ${info2.status}; ${members.length} member(s) (${members.filter((m) => m.status === "Active").length} Active); ${open.length} open proposal(s)`);
  const fingerprint = certificateSha256(info2.certificatePem);
  await writeSummary(
    `### CCF service

` + markdownTable(
      ["", ""],
      [
        ["Status", cell(info2.status)],
        ["Service certificate SHA-256", code(fingerprint)],
        ["Recovery threshold", cell(info2.recoveryThreshold ?? "")],
        ["Recovery count", cell(info2.recoveryCount)],
        ["Governance API", cell(api)],
        ...constitution ? [["Constitution SHA-256", code(constitution)]] : []
      ]
    ) + `
### Members (${members.length})

` + markdownTable(
      ["Name", "Member id", "Status", "Recovery", "Recovery share"],
      members.map((m) => [
        cell(memberName(m.memberData) ?? ""),
        code(m.memberId),
        cell(m.status),
        cell(m.encryptionPublicKeyPem ? m.recoveryRole : "no"),
        cell(m.recoveryShare === "n/a" ? "" : m.recoveryShare)
      ])
    ) + (open.length ? `
### Open proposals (${open.length})

` + markdownTable(
      ["Proposal", "Proposer", "Ballots"],
      open.map((p) => [code(p.proposalId), code(shortId(p.proposerId)), cell(p.ballotCount)])
    ) : "")
  );
});
export {
  run
};
