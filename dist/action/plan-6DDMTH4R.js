import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  PLAN_MARKER,
  changeCount,
  gitHubApi,
  manifestFromInputs,
  planJson,
  planWarnings,
  renderPlanTables
} from "./chunk-BXXY7ORI.js";
import {
  RefusedError,
  plan,
  readLiveState
} from "./chunk-I6SG5PVT.js";
import {
  withClient
} from "./chunk-RGTSZGGO.js";
import {
  code,
  safeBody,
  text,
  writeSummary
} from "./chunk-2MGYFWBN.js";
import "./chunk-7IY7ICS4.js";
import {
  booleanInput,
  info,
  input,
  redact,
  setOutput,
  warning
} from "./chunk-DVVEQ537.js";
import {
  CcfConsortiumError
} from "./chunk-RGBX3ABY.js";
import "./chunk-WL6NGZJP.js";
import "./chunk-NVOPRWJI.js";

// actions/commands/plan.ts
var run = async (ctx) => {
  const { command, run: run2 } = ctx;
  const manifestInput = input("manifest") || ".ccf/members.yaml";
  let body;
  let failure;
  try {
    const { manifest, path } = manifestFromInputs(command, run2.workspace);
    const { plan: plan2, warnings } = await withClient(command, run2, async ({ client }) => {
      const plan3 = await plan(client, manifest, { validate: true });
      const live = await readLiveState(client);
      return { plan: plan3, warnings: planWarnings(plan3, live) };
    });
    setOutput("plan", JSON.stringify(planJson(plan2, warnings)));
    setOutput("changes", String(changeCount(plan2)));
    info(plan2.empty ? "No changes: the service matches the manifest." : `${changeCount(plan2)} change(s) planned as one proposal of ${plan2.actions.length} action(s).`);
    body = heading(ctx, path) + renderPlanTables(plan2, warnings) + footer(ctx, plan2.refusals.length ? "Nothing will be proposed until the refusals above are fixed." : "When this pull request is merged, the `apply` workflow proposes exactly this.");
    if (plan2.refusals.length) failure = new RefusedError(plan2.refusals.length === 1 ? plan2.refusals[0] : `${plan2.refusals.length} refusals: ${plan2.refusals.join("; ")}`);
    else if (plan2.validation && !plan2.validation.valid) failure = new RefusedError(`the live constitution's validate() refuses the planned proposal: ${plan2.validation.description.trimEnd()}`);
  } catch (err) {
    failure = err;
    const reason = text(err instanceof Error ? err.message : String(err));
    const what = err instanceof CcfConsortiumError && err.code === "REFUSED" ? "The change would be refused" : "The plan failed";
    body = heading(ctx, manifestInput) + `\u274C **${what}:** ${reason}

Nothing will be proposed until this is fixed.
` + footer(ctx);
  }
  await writeSummary(body);
  await comment(ctx, safeBody(body)).catch((err) => warning(redact(`could not comment on the pull request: ${err.message}`), { title: "ccf-consortium plan: no comment" }));
  if (failure) throw failure;
};
function heading({ run: run2 }, manifestPath) {
  const head = run2.payload.pull_request?.head?.sha ?? run2.sha;
  return `${PLAN_MARKER}
### CCF membership plan

Manifest ${code(manifestPath)}${head ? ` at ${code(String(head).slice(0, 12))}` : ""} compared with the live service.

`;
}
function footer({ run: run2 }, note) {
  return `
${note ? `_${note}_ ` : ""}${run2.runUrl ? `[Workflow run](${run2.runUrl})` : ""}
`;
}
async function comment({ run: run2 }, body) {
  if (!booleanInput("comment")) return;
  if (run2.pullRequestNumber === void 0) {
    info(`Not a pull request event (${run2.eventName || "none"}): the plan is in the job summary only.`);
    return;
  }
  const gh = await gitHubApi(input("github-token"), run2.owner, run2.repo);
  const { id, action } = await gh.upsertComment(run2.pullRequestNumber, PLAN_MARKER, body);
  setOutput("comment-id", String(id));
  info(`Plan comment ${action} on pull request #${run2.pullRequestNumber} (comment ${id}).`);
}
export {
  run
};
