import { dirname, resolve } from "node:path";
import { InputError } from "../../core/errors.js";
import { parseManifest, type Manifest } from "../../core/flows/manifest.js";
import { planChanges, type Plan } from "../../core/flows/plan.js";
import { optional } from "../args.js";
import type { Io } from "../io.js";
import { readFlagFile } from "../files.js";

/** `--manifest FILE` (JSON or YAML); relative certificate and key paths resolve against its folder. */
export function manifestFlag(values: Record<string, unknown>, io: Io): Manifest {
  const path = optional(values, "manifest");
  if (!path) throw new InputError("--manifest", "is required (a JSON or YAML members manifest)");
  const text = readFlagFile("--manifest", path, io).toString("utf8");
  return parseManifest(text, { baseDir: dirname(resolve(io.cwd, path)), source: path });
}

/** The plan as printed with --json: what changes, and the one proposal that makes it so. */
export function planDocument(plan: Plan): Record<string, unknown> {
  return {
    ...planChanges(plan),
    actions: plan.actions.map((a) => a.name),
    proposal: plan.body,
    ...(plan.validation ? { validation: plan.validation } : {}),
  };
}

/** The plan for people: one line per change, then the proposal's actions. */
export function renderPlan(plan: Plan, source: string): string {
  if (plan.empty) return `No changes: the service already matches ${source} (${plan.unchanged.length} member${plan.unchanged.length === 1 ? "" : "s"}).`;
  const lines = [`Changes to match ${source}:`];
  const id = (memberId: string) => `${memberId.slice(0, 12)}…`;
  for (const a of plan.adds) lines.push(`  + add       ${a.name} (${id(a.memberId)})`);
  for (const r of plan.keyRotations) lines.push(`  ~ rotate    ${r.name}: certificate ${id(r.oldMemberId)} → ${id(r.newMemberId)}`);
  for (const k of plan.encryptionKeyChanges) lines.push(`  ~ recovery  ${k.name} (${id(k.memberId)}): encryption key or recovery role (it must ack again)`);
  for (const d of plan.dataChanges) lines.push(`  ~ data      ${d.name} (${id(d.memberId)}): ${JSON.stringify(d.from)} → ${JSON.stringify(d.to)}`);
  for (const r of plan.removals) lines.push(`  - remove    ${r.name ?? "(no name)"} (${id(r.memberId)})`);
  if (plan.recoveryThresholdChange) lines.push(`  ~ threshold recovery threshold ${plan.recoveryThresholdChange.from ?? "?"} → ${plan.recoveryThresholdChange.to}`);
  if (plan.unchanged.length) lines.push(`  = unchanged ${plan.unchanged.map((u) => u.name).join(", ")}`);
  lines.push(`One proposal, ${plan.actions.length} action${plan.actions.length === 1 ? "" : "s"}: ${plan.actions.map((a) => a.name).join(", ")}`);
  if (plan.validation) {
    lines.push(plan.validation.valid ? "The live constitution's validate(): valid" : `The live constitution's validate(): INVALID\n${plan.validation.description.trimEnd()}`);
  }
  return lines.join("\n");
}
