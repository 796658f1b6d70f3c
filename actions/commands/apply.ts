/**
 * `apply` (on push to the default branch): the merged manifest's plan, proposed as ONE proposal signed by
 * the CI member (local key or Key Vault), with an optional accepting ballot from the same member. A re-run
 * proposes nothing new: core/flows reuses an identical Open proposal, or finds nothing left to do. The
 * outcome is commented on the merged pull request.
 */
import * as core from "../toolkit.js";
import { CcfConsortiumError } from "../../core/errors.js";
import { apply as applyFlow, plan as planFlow, type ProgressEvent } from "../../core/flows/index.js";
import { booleanInput, input } from "../inputs.js";
import { signerFromInputs } from "../signer.js";
import { withClient } from "../client.js";
import { gitHubApi } from "../github.js";
import { manifestFromInputs } from "../manifest.js";
import { APPLY_MARKER, changeCount, planJson, renderPlanTables } from "../plan-view.js";
import { redact } from "../secrets.js";
import { code, safeBody, text, writeSummary } from "../render.js";
import { keepReceipts, receiptsDirInput } from "../receipts.js";
import type { Command, CommandContext } from "./command.js";

export const run: Command = async (ctx) => {
  const { command, run } = ctx;
  const { manifest, path } = manifestFromInputs(command, run.workspace);
  const signer = signerFromInputs(command, run.workspace);
  const selfVote = booleanInput("vote-after-propose");
  const waitForCommit = booleanInput("wait-for-commit");
  const localValidation = input("local-validation") === "" || booleanInput("local-validation");
  const receiptsDir = receiptsDirInput(run.workspace);
  core.setOutput("member-id", signer.memberId);

  let body = `${APPLY_MARKER}\n### CCF membership apply\n\nManifest ${code(path)} at ${code(run.sha.slice(0, 12))}, signed by member ${code(signer.memberId)}.\n\n`;
  let failure: unknown;
  try {
    await withClient(command, run, async ({ client, serviceCertificatePem }) => {
      const planned = await planFlow(client, manifest);
      core.setOutput("plan", JSON.stringify(planJson(planned, [])));
      core.setOutput("changes", String(changeCount(planned)));
      const steps: ProgressEvent[] = [];
      const result = await applyFlow(client, planned, {
        proposer: signer,
        voters: selfVote ? [signer] : [],
        waitForCommit,
        localValidation,
        onProgress: (e) => {
          steps.push(e);
          core.info(e.message);
        },
      });
      const reused = steps.some((s) => s.step === "proposal-reused");
      if (!result.changed && !result.proposalId) {
        body += "**Nothing to do:** the service already matches the manifest; nothing was proposed.\n";
        core.setOutput("proposal-state", "none");
        return;
      }
      core.setOutput("proposal-id", result.proposalId ?? "");
      const proposalState = result.state === "pending" ? "Open" : "Accepted";
      core.setOutput("proposal-state", proposalState);
      body +=
        `${reused ? "An identical proposal was already open; it was **reused** (nothing proposed twice)." : "Proposed as **one** proposal."}\n\n` +
        `- Proposal: ${code(result.proposalId ?? "")}\n- State: **${proposalState}**${result.state === "pending" ? " (waiting for ballots: other members run the `vote` workflow)" : ""}\n` +
        (selfVote ? `- Ballot: accepted by ${code(signer.memberId)}\n` : "") +
        (result.state === "done" && result.transactionId ? `- Transaction: ${code(result.transactionId)}\n` : "") +
        "\n" +
        renderPlanTables(result.plan, []);
      body += await keepReceipts(client, serviceCertificatePem, receiptsDir, [result.transactionId], run.workspace);
    });
  } catch (err) {
    failure = err;
    const reason = text(err instanceof Error ? err.message : String(err));
    const refused = err instanceof CcfConsortiumError && err.code === "REFUSED";
    body += `❌ **${refused ? "Refused" : "Apply failed"}:** ${reason}\n`;
  }
  if (run.runUrl) body += `\n[Workflow run](${run.runUrl})\n`;
  await writeSummary(body);
  // A comment that cannot be written (e.g. a fork's read-only token) is a warning, not the check's result.
  await commentOnMergedPullRequest(ctx, safeBody(body)).catch((err: unknown) => core.warning(redact(`could not comment on the pull request: ${(err as Error).message}`), { title: "ccf-consortium apply: no comment" }));
  if (failure) throw failure;
};

async function commentOnMergedPullRequest({ run }: CommandContext, body: string): Promise<void> {
  if (!booleanInput("comment")) return;
  if (run.eventName !== "push" || !run.sha) {
    core.info(`Not a push event (${run.eventName || "none"}): no pull request comment.`);
    return;
  }
  const gh = await gitHubApi(input("github-token"), run.owner, run.repo);
  const pulls = await gh.pullRequestsForCommit(run.sha);
  const pr = pulls.find((p) => p.merged) ?? pulls[0];
  if (!pr) {
    core.info(`Commit ${run.sha.slice(0, 12)} belongs to no pull request: no comment.`);
    return;
  }
  const { id, action } = await gh.upsertComment(pr.number, APPLY_MARKER, body);
  core.setOutput("comment-id", String(id));
  core.info(`Outcome comment ${action} on pull request #${pr.number} (comment ${id}).`);
}
