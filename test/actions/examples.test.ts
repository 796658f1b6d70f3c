// The example workflows are usable as they are: a permissions block on each, every input they give the
// action exists in action.yml, the Key Vault example has no token step, the ballot is a choice, and a step
// that needs apply's proposal id is skipped when apply proposed nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "./harness.js";

interface Step { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
interface Workflow { permissions?: Record<string, string>; on: Record<string, { inputs?: Record<string, { type?: string; options?: string[] }> }>; jobs: Record<string, { steps: Step[] }> }

const dir = join(ROOT, "examples", "workflows");
const inputs = Object.keys((parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, unknown> }).inputs);
const workflows = readdirSync(dir).filter((f) => f.endsWith(".yml")).map((f) => ({ file: f, text: readFileSync(join(dir, f), "utf8") }));
const ours = (s: Step) => s.uses?.startsWith("OWNER/ccf-consortium@v1");

describe("example workflows", () => {
  it("exist", () => expect(workflows.length).toBeGreaterThanOrEqual(5));
  for (const { file, text } of workflows) {
    it(`${file}: permissions, known inputs, the OWNER placeholder`, () => {
      const wf = parse(text) as Workflow;
      expect(wf.permissions, "a permissions: block").toBeTypeOf("object");
      const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
      expect(steps.some(ours)).toBe(true);
      for (const s of steps.filter(ours)) for (const k of Object.keys(s.with ?? {})) expect(inputs, `${file}: input ${k}`).toContain(k);
      expect(text).not.toMatch(/contoso\/ccf-consortium/);
      // A step bound to apply's proposal id runs only when apply proposed something.
      for (const s of steps.filter((x) => String(x.with?.["proposal-id"] ?? "").includes("steps.apply.outputs.proposal-id"))) {
        expect(s.if).toBe("steps.apply.outputs.proposal-id != ''");
      }
    });
  }
  it("Key Vault example: azure/login + key-vault-key-id, no token step", () => {
    const text = workflows.find((w) => w.file === "key-vault-sign.yml")!.text;
    expect(text).toContain("azure/login@");
    expect(text).toContain("key-vault-key-id:");
    expect(text).not.toMatch(/key-vault-token|get-access-token/);
  });
  it("vote example: the ballot is a choice of accept or reject", () => {
    const wf = parse(workflows.find((w) => w.file === "member-vote.yml")!.text) as Workflow;
    expect(wf.on.workflow_dispatch!.inputs!.ballot).toMatchObject({ type: "choice", options: ["accept", "reject"] });
  });
});
