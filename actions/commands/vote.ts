/** `vote`: a ballot for `proposal-id`, after showing the proposal's actions in the job summary. */
import { quoteValue } from "../../core/text/input-value.js";
import * as core from "../toolkit.js";
import { InputError } from "../../core/errors.js";
import { booleanInput, input, requiredInput } from "../inputs.js";
import { signerFromInputs } from "../signer.js";
import { withClient } from "../client.js";
import { APPROVE_BALLOT, REJECT_BALLOT } from "../../core/proposals/index.js";
import { renderActions } from "../proposal-view.js";
import { code, writeSummary } from "../render.js";
import { keepReceipts, receiptsDirInput } from "../receipts.js";
import type { Command } from "./command.js";

export const run: Command = async ({ command, run }) => {
  const proposalId = requiredInput("proposal-id", command).toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(proposalId)) throw new InputError("proposal-id", "must be 64 hex characters");
  const choice = (input("ballot") || "accept").toLowerCase();
  if (choice !== "accept" && choice !== "reject") throw new InputError("ballot", `must be 'accept' or 'reject' (got ${quoteValue(choice, 40)})`);
  const waitForCommit = booleanInput("wait-for-commit");
  const signer = signerFromInputs(command, run.workspace);
  const receiptsDir = receiptsDirInput(run.workspace);

  await withClient(command, run, async ({ client, serviceCertificatePem }) => {
    const proposal = await client.getProposal(proposalId);
    if (!proposal) throw new InputError("proposal-id", `proposal ${proposalId} is not on the service (unknown, or completed and cleaned up)`);
    const actions = await client.getProposalActions(proposalId);
    // The summary shows what is being voted on before anything is signed.
    await writeSummary(`### Proposal ${code(proposalId)}\n\nProposed by ${code(proposal.proposerId)}; state **${proposal.state}**, ${proposal.ballotCount} ballot(s).\n\n${renderActions(actions)}`);
    core.setOutput("proposal-id", proposalId);
    core.setOutput("member-id", signer.memberId);
    if (proposal.state !== "Open") {
      core.setOutput("proposal-state", proposal.state);
      throw new InputError("proposal-id", `proposal ${proposalId} is ${proposal.state}; only Open proposals take ballots`);
    }
    const result = await client.submitBallot(signer, proposalId, choice === "accept" ? APPROVE_BALLOT : REJECT_BALLOT);
    if (waitForCommit && result.transactionId) await client.waitForCommit(result.transactionId);
    core.setOutput("proposal-state", result.value.state);
    core.info(`Member ${signer.memberId} voted ${choice} on ${proposalId}: now ${result.value.state} (${result.value.ballotCount} ballot(s))`);
    await writeSummary(`Voted **${choice}** as ${code(signer.memberId)}: the proposal is now **${result.value.state}** with ${result.value.ballotCount} ballot(s).\n`);
    await writeSummary(await keepReceipts(client, serviceCertificatePem, receiptsDir, [result.transactionId], run.workspace));
  });
};
