/**
 * `apply` (on push to the default branch): the merged manifest's plan, proposed as ONE proposal signed by
 * the CI member (local key or Key Vault), with an optional accepting ballot from the same member. A
 * consortium is several parties: when that is not enough, the proposal stays Open (`state=Open`, not a
 * failure) and the outcome names who still has to vote and exactly how; `wait-for-acceptance` waits for
 * their ballots. A re-run proposes nothing new: core/flows adopts the identical Open proposal, or finds
 * nothing left to do (the outcome already in the merged pull request's comment is kept).
 */
import * as core from "../toolkit.js";
import { CcfConsortiumError } from "../../core/errors.js";
import { apply as applyFlow, parseWaitDuration, plan as planFlow, type PendingOutcome, type ProgressEvent } from "../../core/flows/index.js";
import { booleanInput, input } from "../inputs.js";
import { signerFromInputs } from "../signer.js";
import { withClient } from "../client.js";
import { gitHubApi, type GitHubApi } from "../github.js";
import { manifestFromInputs } from "../manifest.js";
import { APPLY_MARKER, changeCount, planJson, renderPlanTables } from "../plan-view.js";
import { redact } from "../secrets.js";
import { safeText } from "../../core/text/safe-text.js";
import { cell, code, markdownTable, safeBody, text, writeSummary } from "../render.js";
import { keepReceipts, receiptsDirInput } from "../receipts.js";
import type { Command, CommandContext } from "./command.js";

/** Marks the re-run note appended to a kept outcome (replaced, not piled up, by the next re-run). */
const RERUN_MARKER = "<!-- ccf-consortium:apply-rerun -->";

export const run: Command = async (ctx) => {
  const { command, run } = ctx;
  const { manifest, path } = manifestFromInputs(command, run.workspace);
  const signer = signerFromInputs(command, run.workspace);
  const selfVote = booleanInput("vote-after-propose");
  const waitForCommit = booleanInput("wait-for-commit");
  const waitMs = parseWaitDuration(input("wait-for-acceptance") || "0", "wait-for-acceptance");
  const localValidation = input("local-validation") === "" || booleanInput("local-validation");
  const receiptsDir = receiptsDirInput(run.workspace);
  core.setOutput("member-id", signer.memberId);

  let body = `${APPLY_MARKER}\n### CCF membership apply\n\nManifest ${code(path)} at ${code(run.sha.slice(0, 12))}, signed by member ${code(signer.memberId)}.\n\n`;
  let failure: unknown;
  let nothingToDo = false;
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
        waitMs,
        localValidation,
        onProgress: (e) => {
          steps.push(e);
          core.info(e.message);
        },
      });
      if (!result.changed && !result.proposalId) {
        nothingToDo = true;
        body += "**Nothing to do:** the service already matches the manifest; nothing was proposed.\n";
        setState("none", "", []);
        return;
      }
      const state = result.state === "pending" ? "Open" : "Accepted";
      setState(state, result.proposalId ?? "", result.state === "pending" ? result.pendingVoters : []);
      body +=
        `${result.reused ? "An identical proposal was already open; it was **adopted** (nothing proposed twice)." : "Proposed as **one** proposal."}\n\n` +
        `- Proposal: ${code(result.proposalId ?? "")}\n` +
        `- State: **${state}**${result.state === "pending" ? `, waiting for other members' ballots: **${result.ballotsNeeded}** more accepting ballot${result.ballotsNeeded === 1 ? "" : "s"} needed (${result.rule}; ${result.ballots} so far)` : ""}\n` +
        (selfVote ? `- Ballot: accepted by ${code(signer.memberId)}\n` : "") +
        (result.state === "done" && result.transactionId ? `- Transaction: ${code(result.transactionId)}\n` : "") +
        "\n" +
        (result.state === "pending" ? howToVote(ctx, result) : "") +
        renderPlanTables(result.plan, []);
      body += await keepReceipts(client, serviceCertificatePem, receiptsDir, [result.transactionId], run.workspace);
      if (result.state === "pending") {
        const who = result.pendingVoters.map((v) => safeText(v.name ?? v.memberId, { max: 64 })).join(", ");
        core.notice(`Proposal ${result.proposalId} is Open: waiting for ${result.ballotsNeeded} more accepting ballot(s); not yet voted: ${who}`, { title: "ccf-consortium apply: waiting for other members' ballots" });
      }
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
  await commentOnMergedPullRequest(ctx, body, nothingToDo).catch((err: unknown) => core.warning(redact(`could not comment on the pull request: ${(err as Error).message}`), { title: "ccf-consortium apply: no comment" }));
  if (failure) throw failure;
};

function setState(state: "Open" | "Accepted" | "none", proposalId: string, pendingVoters: PendingOutcome["pendingVoters"]): void {
  core.setOutput("state", state);
  core.setOutput("proposal-state", state);
  if (proposalId) core.setOutput("proposal-id", proposalId);
  core.setOutput("pending-voters", JSON.stringify(pendingVoters));
}

/** Who still has to vote, and exactly how: the vote workflow to dispatch with the proposal id, and the CLI line. */
function howToVote({ run }: CommandContext, p: PendingOutcome): string {
  const workflow = input("vote-workflow") || "member-vote.yml";
  const nodes = input("node-url").split(/[\s,]+/).filter(Boolean);
  const certInput = input("service-cert");
  const cert = certInput && !certInput.includes("-----BEGIN") ? certInput : "service_cert.pem";
  const repo = run.owner && run.repo ? ` --repo ${run.owner}/${run.repo}` : "";
  return (
    `#### Still to vote (${p.pendingVoters.length})\n\n` +
    markdownTable(
      ["Member", "Member id"],
      p.pendingVoters.map((v) => [v.name ? cell(v.name) : "_(no name in member data)_", code(v.memberId)]),
    ) +
    `\nEach of them votes with their own key, either way:\n\n` +
    `- the vote workflow \`${workflow}\`, dispatched with this proposal id:\n\n` +
    "  ```sh\n" +
    `  gh workflow run ${workflow}${repo} -f proposal-id=${p.proposalId}\n` +
    "  ```\n\n" +
    `- or the CLI:\n\n` +
    "  ```sh\n" +
    `  ccf-consortium vote --proposal-id ${p.proposalId} ${nodes.map((n) => `--node ${n}`).join(" ")} --service-cert ${cert} --signing-key KEY --signing-cert CERT\n` +
    "  ```\n\n" +
    `Re-running this workflow adopts the same proposal (nothing is proposed twice) and reports where it stands.\n\n`
  );
}

async function commentOnMergedPullRequest({ run }: CommandContext, body: string, nothingToDo: boolean): Promise<void> {
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
  const kept = nothingToDo ? await keptOutcome(gh, pr.number, run) : undefined;
  const { id, action } = await gh.upsertComment(pr.number, APPLY_MARKER, safeBody(kept ?? body));
  core.setOutput("comment-id", String(id));
  core.info(`Outcome comment ${action} on pull request #${pr.number} (comment ${id}).`);
}

/**
 * A re-run with nothing to do keeps the outcome already commented (the proposal id and its state) and
 * adds "re-run: nothing to do"; undefined when there is no earlier outcome to keep.
 */
async function keptOutcome(gh: GitHubApi, prNumber: number, run: CommandContext["run"]): Promise<string | undefined> {
  const previous = await gh.commentBody(prNumber, APPLY_MARKER);
  if (!previous || !previous.includes("- Proposal: ")) return undefined;
  const kept = previous.split(RERUN_MARKER)[0]!.trimEnd();
  const link = run.runUrl ? ` ([workflow run](${run.runUrl}))` : "";
  return `${kept}\n\n${RERUN_MARKER}\n---\n**re-run: nothing to do**${link}: the service already matches the manifest; nothing was proposed. The outcome above is kept.\n`;
}
