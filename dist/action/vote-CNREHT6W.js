import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  keepReceipts,
  receiptsDirInput
} from "./chunk-JPTGVYE3.js";
import {
  signerFromInputs
} from "./chunk-WE3VJFCN.js";
import {
  APPROVE_BALLOT,
  REJECT_BALLOT,
  withClient
} from "./chunk-RGTSZGGO.js";
import {
  cell,
  code,
  markdownTable,
  writeSummary
} from "./chunk-2MGYFWBN.js";
import {
  memberIdOf
} from "./chunk-7IY7ICS4.js";
import {
  booleanInput,
  info,
  input,
  requiredInput,
  setOutput
} from "./chunk-DVVEQ537.js";
import {
  InputError,
  quoteValue
} from "./chunk-RGBX3ABY.js";
import "./chunk-WL6NGZJP.js";
import "./chunk-NVOPRWJI.js";

// actions/proposal-view.ts
import { X509Certificate } from "node:crypto";
function summarizeArg(key, value) {
  if (typeof value === "string" && value.includes("-----BEGIN CERTIFICATE-----")) {
    try {
      const c = new X509Certificate(value);
      return `${key}: certificate ${c.subject.replace(/\n/g, ", ")} (member id ${memberIdOf(c)})`;
    } catch {
      return `${key}: (unparseable certificate)`;
    }
  }
  if (typeof value === "string" && value.includes("-----BEGIN PUBLIC KEY-----")) return `${key}: RSA public key`;
  return `${key}: ${JSON.stringify(value)}`;
}
function renderActions(body) {
  if (!body) return "_The proposal's actions could not be read._\n";
  const text = Buffer.from(body).toString("utf8");
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "```\n" + text.slice(0, 4e3) + "\n```\n";
  }
  const actions = Array.isArray(parsed.actions) ? parsed.actions : [];
  return markdownTable(
    ["#", "Action", "Arguments"],
    actions.map((a, i) => [
      String(i + 1),
      code(String(a.name)),
      cell(Object.entries(a.args ?? {}).map(([k, v]) => summarizeArg(k, v)).join("\n"))
    ])
  );
}

// actions/commands/vote.ts
var run = async ({ command, run: run2 }) => {
  const proposalId = requiredInput("proposal-id", command).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(proposalId)) throw new InputError("proposal-id", "must be 64 hex characters");
  const choice = (input("ballot") || "accept").toLowerCase();
  if (choice !== "accept" && choice !== "reject") throw new InputError("ballot", `must be 'accept' or 'reject' (got ${quoteValue(choice, 40)})`);
  const waitForCommit = booleanInput("wait-for-commit");
  const signer = signerFromInputs(command, run2.workspace);
  const receiptsDir = receiptsDirInput(run2.workspace);
  await withClient(command, run2, async ({ client, serviceCertificatePem }) => {
    const proposal = await client.getProposal(proposalId);
    if (!proposal) throw new InputError("proposal-id", `proposal ${proposalId} is not on the service (unknown, or completed and cleaned up)`);
    const actions = await client.getProposalActions(proposalId);
    await writeSummary(`### Proposal ${code(proposalId)}

Proposed by ${code(proposal.proposerId)}; state **${proposal.state}**, ${proposal.ballotCount} ballot(s).

${renderActions(actions)}`);
    setOutput("proposal-id", proposalId);
    setOutput("member-id", signer.memberId);
    if (proposal.state !== "Open") {
      setOutput("proposal-state", proposal.state);
      throw new InputError("proposal-id", `proposal ${proposalId} is ${proposal.state}; only Open proposals take ballots`);
    }
    const result = await client.submitBallot(signer, proposalId, choice === "accept" ? APPROVE_BALLOT : REJECT_BALLOT);
    if (waitForCommit && result.transactionId) await client.waitForCommit(result.transactionId);
    setOutput("proposal-state", result.value.state);
    info(`Member ${signer.memberId} voted ${choice} on ${proposalId}: now ${result.value.state} (${result.value.ballotCount} ballot(s))`);
    await writeSummary(`Voted **${choice}** as ${code(signer.memberId)}: the proposal is now **${result.value.state}** with ${result.value.ballotCount} ballot(s).
`);
    await writeSummary(await keepReceipts(client, serviceCertificatePem, receiptsDir, [result.transactionId], run2.workspace));
  });
};
export {
  run
};
