import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  keepReceipts,
  receiptsDirInput
} from "./chunk-JPTGVYE3.js";
import {
  signerFromInputs
} from "./chunk-WE3VJFCN.js";
import {
  APPLY_MARKER,
  changeCount,
  gitHubApi,
  manifestFromInputs,
  planJson,
  renderPlanTables
} from "./chunk-BXXY7ORI.js";
import {
  apply,
  parseWaitDuration,
  plan
} from "./chunk-I6SG5PVT.js";
import {
  withClient
} from "./chunk-RGTSZGGO.js";
import {
  cell,
  code,
  markdownTable,
  safeBody,
  text,
  writeSummary
} from "./chunk-2MGYFWBN.js";
import "./chunk-7IY7ICS4.js";
import {
  booleanInput,
  info,
  input,
  notice,
  redact,
  safeText,
  setOutput,
  warning
} from "./chunk-DVVEQ537.js";
import {
  CcfConsortiumError
} from "./chunk-RGBX3ABY.js";
import "./chunk-WL6NGZJP.js";
import "./chunk-NVOPRWJI.js";

// actions/commands/apply.ts
var RERUN_MARKER = "<!-- ccf-consortium:apply-rerun -->";
var run = async (ctx) => {
  const { command, run: run2 } = ctx;
  const { manifest, path } = manifestFromInputs(command, run2.workspace);
  const signer = signerFromInputs(command, run2.workspace);
  const selfVote = booleanInput("vote-after-propose");
  const waitForCommit = booleanInput("wait-for-commit");
  const waitMs = parseWaitDuration(input("wait-for-acceptance") || "0", "wait-for-acceptance");
  const localValidation = input("local-validation") === "" || booleanInput("local-validation");
  const receiptsDir = receiptsDirInput(run2.workspace);
  setOutput("member-id", signer.memberId);
  let body = `${APPLY_MARKER}
### CCF membership apply

Manifest ${code(path)} at ${code(run2.sha.slice(0, 12))}, signed by member ${code(signer.memberId)}.

`;
  let failure;
  let nothingToDo = false;
  try {
    await withClient(command, run2, async ({ client, serviceCertificatePem }) => {
      const planned = await plan(client, manifest);
      setOutput("plan", JSON.stringify(planJson(planned, [])));
      setOutput("changes", String(changeCount(planned)));
      const steps = [];
      const result = await apply(client, planned, {
        proposer: signer,
        voters: selfVote ? [signer] : [],
        waitForCommit,
        waitMs,
        localValidation,
        onProgress: (e) => {
          steps.push(e);
          info(e.message);
        }
      });
      if (!result.changed && !result.proposalId) {
        nothingToDo = true;
        body += "**Nothing to do:** the service already matches the manifest; nothing was proposed.\n";
        setState("none", "", []);
        return;
      }
      const state = result.state === "pending" ? "Open" : "Accepted";
      setState(state, result.proposalId ?? "", result.state === "pending" ? result.pendingVoters : []);
      body += `${result.reused ? "An identical proposal was already open; it was **adopted** (nothing proposed twice)." : "Proposed as **one** proposal."}

- Proposal: ${code(result.proposalId ?? "")}
- State: **${state}**${result.state === "pending" ? `, waiting for other members' ballots: **${result.ballotsNeeded}** more accepting ballot${result.ballotsNeeded === 1 ? "" : "s"} needed (${result.rule}; ${result.ballots} so far)` : ""}
` + (selfVote ? `- Ballot: accepted by ${code(signer.memberId)}
` : "") + (result.state === "done" && result.transactionId ? `- Transaction: ${code(result.transactionId)}
` : "") + "\n" + (result.state === "pending" ? howToVote(ctx, result) : "") + renderPlanTables(result.plan, []);
      body += await keepReceipts(client, serviceCertificatePem, receiptsDir, [result.transactionId], run2.workspace);
      if (result.state === "pending") {
        const who = result.pendingVoters.map((v) => safeText(v.name ?? v.memberId, { max: 64 })).join(", ");
        notice(`Proposal ${result.proposalId} is Open: waiting for ${result.ballotsNeeded} more accepting ballot(s); not yet voted: ${who}`, { title: "ccf-consortium apply: waiting for other members' ballots" });
      }
    });
  } catch (err) {
    failure = err;
    const reason = text(err instanceof Error ? err.message : String(err));
    const refused = err instanceof CcfConsortiumError && err.code === "REFUSED";
    body += `\u274C **${refused ? "Refused" : "Apply failed"}:** ${reason}
`;
  }
  if (run2.runUrl) body += `
[Workflow run](${run2.runUrl})
`;
  await writeSummary(body);
  await commentOnMergedPullRequest(ctx, body, nothingToDo).catch((err) => warning(redact(`could not comment on the pull request: ${err.message}`), { title: "ccf-consortium apply: no comment" }));
  if (failure) throw failure;
};
function setState(state, proposalId, pendingVoters) {
  setOutput("state", state);
  setOutput("proposal-state", state);
  if (proposalId) setOutput("proposal-id", proposalId);
  setOutput("pending-voters", JSON.stringify(pendingVoters));
}
function howToVote({ run: run2 }, p) {
  const workflow = input("vote-workflow") || "member-vote.yml";
  const nodes = input("node-url").split(/[\s,]+/).filter(Boolean);
  const certInput = input("service-cert");
  const cert = certInput && !certInput.includes("-----BEGIN") ? certInput : "service_cert.pem";
  const repo = run2.owner && run2.repo ? ` --repo ${run2.owner}/${run2.repo}` : "";
  return `#### Still to vote (${p.pendingVoters.length})

` + markdownTable(
    ["Member", "Member id"],
    p.pendingVoters.map((v) => [v.name ? cell(v.name) : "_(no name in member data)_", code(v.memberId)])
  ) + `
Each of them votes with their own key, either way:

- the vote workflow \`${workflow}\`, dispatched with this proposal id:

  \`\`\`sh
  gh workflow run ${workflow}${repo} -f proposal-id=${p.proposalId}
  \`\`\`

- or the CLI:

  \`\`\`sh
  ccf-consortium vote --proposal-id ${p.proposalId} ${nodes.map((n) => `--node ${n}`).join(" ")} --service-cert ${cert} --signing-key KEY --signing-cert CERT
  \`\`\`

Re-running this workflow adopts the same proposal (nothing is proposed twice) and reports where it stands.

`;
}
async function commentOnMergedPullRequest({ run: run2 }, body, nothingToDo) {
  if (!booleanInput("comment")) return;
  if (run2.eventName !== "push" || !run2.sha) {
    info(`Not a push event (${run2.eventName || "none"}): no pull request comment.`);
    return;
  }
  const gh = await gitHubApi(input("github-token"), run2.owner, run2.repo);
  const pulls = await gh.pullRequestsForCommit(run2.sha);
  const pr = pulls.find((p) => p.merged) ?? pulls[0];
  if (!pr) {
    info(`Commit ${run2.sha.slice(0, 12)} belongs to no pull request: no comment.`);
    return;
  }
  const kept = nothingToDo ? await keptOutcome(gh, pr.number, run2) : void 0;
  const { id, action } = await gh.upsertComment(pr.number, APPLY_MARKER, safeBody(kept ?? body));
  setOutput("comment-id", String(id));
  info(`Outcome comment ${action} on pull request #${pr.number} (comment ${id}).`);
}
async function keptOutcome(gh, prNumber, run2) {
  const previous = await gh.commentBody(prNumber, APPLY_MARKER);
  if (!previous || !previous.includes("- Proposal: ")) return void 0;
  const kept = previous.split(RERUN_MARKER)[0].trimEnd();
  const link = run2.runUrl ? ` ([workflow run](${run2.runUrl}))` : "";
  return `${kept}

${RERUN_MARKER}
---
**re-run: nothing to do**${link}: the service already matches the manifest; nothing was proposed. The outcome above is kept.
`;
}
export {
  run
};
