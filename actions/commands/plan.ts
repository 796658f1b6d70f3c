/**
 * `plan` (on pull_request): the manifest at the pull request head against the live service, read-only.
 * One pull request comment (found by a hidden marker, updated in place), the same text in the job summary,
 * the plan JSON as an output. A manifest that does not parse (e.g. an invalid certificate) or a change the
 * service would refuse fails the check, with the reason in the comment.
 */
import * as core from "../toolkit.js";
import { CcfConsortiumError } from "../../core/errors.js";
import { RefusedError, plan as planFlow, readLiveState, type Plan } from "../../core/flows/index.js";
import { booleanInput, input } from "../inputs.js";
import { withClient } from "../client.js";
import { gitHubApi } from "../github.js";
import { manifestFromInputs } from "../manifest.js";
import { PLAN_MARKER, changeCount, planJson, planWarnings, renderPlanTables } from "../plan-view.js";
import { redact } from "../secrets.js";
import { code, safeBody, text, writeSummary } from "../render.js";
import type { Command, CommandContext } from "./command.js";

export const run: Command = async (ctx) => {
  const { command, run } = ctx;
  const manifestInput = input("manifest") || ".ccf/members.yaml";
  let body: string;
  let failure: unknown;
  try {
    const { manifest, path } = manifestFromInputs(command, run.workspace);
    const { plan, warnings } = await withClient(command, run, async ({ client }) => {
      const plan: Plan = await planFlow(client, manifest, { validate: true });
      const live = await readLiveState(client);
      return { plan, warnings: planWarnings(plan, live) };
    });
    core.setOutput("plan", JSON.stringify(planJson(plan, warnings)));
    core.setOutput("changes", String(changeCount(plan)));
    core.info(plan.empty ? "No changes: the service matches the manifest." : `${changeCount(plan)} change(s) planned as one proposal of ${plan.actions.length} action(s).`);
    body = heading(ctx, path) + renderPlanTables(plan, warnings) + footer(ctx, "When this pull request is merged, the `apply` workflow proposes exactly this.");
    // The live constitution's validate() refuses the proposal: the check fails (the comment says why).
    if (plan.validation && !plan.validation.valid) failure = new RefusedError(`the live constitution's validate() refuses the planned proposal: ${plan.validation.description.trimEnd()}`);
  } catch (err) {
    failure = err;
    const reason = text(err instanceof Error ? err.message : String(err));
    const what = err instanceof CcfConsortiumError && err.code === "REFUSED" ? "The change would be refused" : "The plan failed";
    body = heading(ctx, manifestInput) + `❌ **${what}:** ${reason}\n\nNothing will be proposed until this is fixed.\n` + footer(ctx);
  }

  await writeSummary(body);
  // A comment that cannot be written (e.g. a fork's read-only token) is a warning, not the check's result.
  await comment(ctx, safeBody(body)).catch((err: unknown) => core.warning(redact(`could not comment on the pull request: ${(err as Error).message}`), { title: "ccf-consortium plan: no comment" }));
  if (failure) throw failure;
};

function heading({ run }: CommandContext, manifestPath: string): string {
  const head = run.payload.pull_request?.head?.sha ?? run.sha;
  return `${PLAN_MARKER}\n### CCF membership plan\n\nManifest ${code(manifestPath)}${head ? ` at ${code(String(head).slice(0, 12))}` : ""} compared with the live service.\n\n`;
}

function footer({ run }: CommandContext, note?: string): string {
  return `\n${note ? `_${note}_ ` : ""}${run.runUrl ? `[Workflow run](${run.runUrl})` : ""}\n`;
}

async function comment({ run }: CommandContext, body: string): Promise<void> {
  if (!booleanInput("comment")) return;
  if (run.pullRequestNumber === undefined) {
    core.info(`Not a pull request event (${run.eventName || "none"}): the plan is in the job summary only.`);
    return;
  }
  const gh = await gitHubApi(input("github-token"), run.owner, run.repo);
  const { id, action } = await gh.upsertComment(run.pullRequestNumber, PLAN_MARKER, body);
  core.setOutput("comment-id", String(id));
  core.info(`Plan comment ${action} on pull request #${run.pullRequestNumber} (comment ${id}).`);
}
