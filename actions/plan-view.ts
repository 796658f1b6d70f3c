/**
 * How a membership plan is shown: one markdown body for the pull request comment and the job summary, and
 * a JSON form for the `plan` output. Presentation only; what to propose is decided by core/flows.
 */
import type { Member, ServiceInfo } from "../core/client/index.js";
import { memberIdOf } from "../core/identity/index.js";
import { MAX_RECOVERY_MEMBERS, isRecoveryParticipant, planChanges, type Manifest, type Plan } from "../core/flows/index.js";
import { cell, code, markdownTable } from "./render.js";
import { safeText } from "../core/text/safe-text.js";

export const PLAN_MARKER = "<!-- ccf-consortium:plan -->";
export const APPLY_MARKER = "<!-- ccf-consortium:apply -->";

/** Number of changes a plan makes (what a reviewer counts), 0 for an empty plan. */
export function changeCount(plan: Plan): number {
  return (
    plan.adds.length +
    plan.removals.length +
    plan.dataChanges.length +
    plan.keyRotations.length +
    plan.encryptionKeyChanges.filter((e) => !plan.dataChanges.some((d) => d.memberId === e.memberId)).length +
    (plan.recoveryThresholdChange ? 1 : 0)
  );
}

function recoveryOf(manifest: Manifest, memberId: string): string {
  const m = manifest.members.find((x) => x.memberId === memberId);
  if (!m?.encryptionPublicKeyPem) return "no";
  return m.recoveryRole && m.recoveryRole !== "Participant" ? `yes (${m.recoveryRole})` : "yes";
}

/** Things a reviewer should know that do not block the change (blocking ones are refusals from core/flows). */
export function planWarnings(plan: Plan, live?: { members: Member[]; service: ServiceInfo }): string[] {
  const w: string[] = [];
  if (plan.adds.length) w.push(`${plan.adds.length} new member(s) will be Accepted, not Active: each must acknowledge (the gated \`ack\` workflow) before it counts in votes.`);
  const reacks = [...plan.keyRotations.map((r) => r.name), ...plan.encryptionKeyChanges.map((e) => e.name)];
  if (reacks.length) w.push(`Re-registered member(s) ${reacks.map((n) => `\`${n}\``).join(", ")} go back to Accepted and must acknowledge again.`);
  if (live) {
    const { members, service } = live;
    if (service.status !== "Open") w.push(`The service is ${service.status}.`);
    const removed = new Set([...plan.removals.map((r) => r.memberId), ...plan.keyRotations.map((r) => r.oldMemberId)]);
    const after = members.filter((m) => !removed.has(m.memberId));
    const recoveryAfter =
      after.filter(isRecoveryParticipant).length +
      plan.adds.filter((a) => recoveryOf(plan.manifest, a.memberId) === "yes").length +
      plan.keyRotations.filter((r) => recoveryOf(plan.manifest, r.newMemberId) === "yes").length;
    if (recoveryAfter > MAX_RECOVERY_MEMBERS - 16) w.push(`${recoveryAfter} recovery members after this change: CCF allows at most ${MAX_RECOVERY_MEMBERS}.`);
    const threshold = plan.recoveryThresholdChange?.to ?? service.recoveryThreshold;
    // Members set again (key or role change) are Accepted until they ack: they do not count as active.
    const reRegistered = new Set(plan.encryptionKeyChanges.map((e) => e.memberId));
    const activeRecoveryAfter = after.filter((m) => m.status === "Active" && isRecoveryParticipant(m) && !reRegistered.has(m.memberId)).length;
    if (threshold !== undefined && threshold > 0 && activeRecoveryAfter < threshold && (removed.size > 0 || reRegistered.size > 0 || plan.recoveryThresholdChange)) {
      w.push(`Only ${activeRecoveryAfter} active recovery member(s) remain right after this change (re-registered members count again once they acknowledge), below the recovery threshold ${threshold}.`);
    } else if (threshold !== undefined && activeRecoveryAfter > 0 && activeRecoveryAfter === threshold) {
      w.push(`Recovery threshold ${threshold} equals the ${activeRecoveryAfter} active recovery member(s) left: losing any one of them makes the service unrecoverable.`);
    }
    const activeAfter = after.filter((m) => m.status === "Active" && !reRegistered.has(m.memberId)).length;
    w.push(`Passing the proposal needs ${Math.floor(members.filter((m) => m.status === "Active").length / 2) + 1} accepting ballot(s) (more than half of the ${members.filter((m) => m.status === "Active").length} Active members); ${activeAfter} Active member(s) remain afterwards.`);
  }
  return w;
}

/** The plan as data (for the `plan` output and for tools): no PEM bodies, only ids. */
export function planJson(plan: Plan, warnings: string[]): Record<string, unknown> {
  const { empty, ...changes } = planChanges(plan);
  return {
    empty,
    changes: changeCount(plan),
    ...changes,
    adds: plan.adds.map((a) => ({ ...a, recovery: recoveryOf(plan.manifest, a.memberId) !== "no" })),
    actions: plan.actions.map((a) => ({ name: a.name, ...(memberIdArg(a.args) ? { memberId: memberIdArg(a.args) } : {}) })),
    ...(plan.validation ? { validation: plan.validation } : {}),
    warnings,
  };
}

function memberIdArg(args: Record<string, unknown> | undefined): string | undefined {
  if (!args) return undefined;
  if (typeof args.member_id === "string") return args.member_id;
  if (typeof args.cert === "string") {
    try {
      return memberIdOf(args.cert); // set_member: the id is the certificate's SHA-256
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Markdown tables of a plan (without heading). */
export function renderPlanTables(plan: Plan, warnings: string[]): string {
  const parts: string[] = [];
  if (plan.empty) parts.push("**No changes.** The service already matches the manifest; nothing will be proposed.\n");
  else parts.push(`**${changeCount(plan)} change(s)**, proposed as **one** proposal (${plan.actions.length} action(s), applied atomically):\n`);
  if (plan.adds.length) {
    parts.push(`#### Members to add (${plan.adds.length})\n\n` + markdownTable(["Name", "Member id", "Recovery member"], plan.adds.map((a) => [cell(a.name), code(a.memberId), recoveryOf(plan.manifest, a.memberId)])));
  }
  if (plan.removals.length) {
    parts.push(`#### Members to remove (${plan.removals.length})\n\n` + markdownTable(["Name", "Member id"], plan.removals.map((r) => [r.name ? cell(r.name) : "_(no name in member data)_", code(r.memberId)])));
  }
  if (plan.dataChanges.length) {
    parts.push(
      `#### Member data changes (${plan.dataChanges.length})\n\n` +
        markdownTable(["Name", "Member id", "From", "To"], plan.dataChanges.map((d) => [cell(d.name), code(d.memberId), code(JSON.stringify(d.from)), code(JSON.stringify(d.to))])),
    );
  }
  if (plan.keyRotations.length) {
    parts.push(
      `#### Key rotations (${plan.keyRotations.length})\n\n` +
        markdownTable(["Name", "Old member id", "New member id"], plan.keyRotations.map((r) => [cell(r.name), code(r.oldMemberId), code(r.newMemberId)])),
    );
  }
  if (plan.encryptionKeyChanges.length) {
    parts.push(
      `#### Encryption key or recovery role changes (${plan.encryptionKeyChanges.length})\n\n` +
        markdownTable(["Name", "Member id", "Recovery member"], plan.encryptionKeyChanges.map((e) => [cell(e.name), code(e.memberId), recoveryOf(plan.manifest, e.memberId)])),
    );
  }
  if (plan.recoveryThresholdChange) {
    parts.push(`#### Recovery threshold\n\n${plan.recoveryThresholdChange.from ?? "unset"} → **${plan.recoveryThresholdChange.to}**\n`);
  }
  if (plan.validation) {
    parts.push(
      plan.validation.valid
        ? "#### Constitution\n\n✅ The live constitution's `validate()` accepts this proposal (run locally, nothing signed).\n"
        : `#### Constitution\n\n❌ The live constitution's \`validate()\` **refuses** this proposal:\n\n\`\`\`\n${safeText(plan.validation.description.trimEnd(), { keepNewlines: true, max: 4000 }).replace(/\`/g, "'")}\n\`\`\`\n`,
    );
  }
  if (warnings.length) parts.push(`#### Warnings\n\n${warnings.map((w) => `- ⚠️ ${w}`).join("\n")}\n`);
  if (!plan.empty) {
    parts.push(
      `<details><summary>Proposal actions (${plan.actions.length})</summary>\n\n` +
        markdownTable(["#", "Action", "Member id"], plan.actions.map((a, i) => [String(i + 1), code(a.name), memberIdArg(a.args) ? code(memberIdArg(a.args)!) : ""])) +
        "\n</details>\n",
    );
  }
  return parts.join("\n");
}
