/**
 * The bundled action (dist/index.js, run as the runner runs it) against a sandbox whose constitution
 * requires member_data.org: `plan` shows the constitution's refusal in the summary and fails the check;
 * `apply` refuses before signing (no proposal created); with `local-validation: false` the proposal is
 * sent and the node refuses it with the same description.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONSTITUTION_FILES, startSandbox, type Sandbox } from "../../sandbox/index.js";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { BUNDLE, ROOT, runAction } from "./harness.js";

const ORG_CONSTITUTION =
  DEFAULT_CONSTITUTION_FILES["actions.js"] +
  DEFAULT_CONSTITUTION_FILES["validate.js"].replace("export function validate(input)", "function defaultValidate(input)") +
  `export function validate(input) {
  const result = defaultValidate(input);
  const missing = JSON.parse(input).actions.some((a) => a.name === "set_member" && !(a.args.member_data && typeof a.args.member_data.org === "string"));
  return missing ? { valid: false, description: "member_data.org is required" } : result;
}
` +
  DEFAULT_CONSTITUTION_FILES["resolve.js"] +
  DEFAULT_CONSTITUTION_FILES["apply.js"];

describe("the action validates against the live constitution", () => {
  let sandbox: Sandbox;
  let ws: string;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
    ws = mkdtempSync(join(tmpdir(), "action-validation-"));
    sandbox = await startSandbox({ members: 1, activate: true, constitution: ORG_CONSTITUTION });
    const bob = await generateMemberIdentity({ name: "bob" });
    mkdirSync(join(ws, ".ccf"));
    writeFileSync(join(ws, ".ccf", "service_cert.pem"), sandbox.serviceCertificatePem);
    writeFileSync(join(ws, ".ccf", "member0_cert.pem"), sandbox.members[0]!.certificatePem);
    writeFileSync(join(ws, ".ccf", "bob_cert.pem"), bob.certificatePem);
    writeFileSync(
      join(ws, ".ccf", "members.yaml"),
      "members:\n  - name: member0\n    certificate: member0_cert.pem\n  - name: bob\n    certificate: bob_cert.pem\n    member_data: { name: bob }\n",
    );
  });

  afterAll(async () => {
    await sandbox?.close();
    if (ws) rmSync(ws, { recursive: true, force: true });
  });

  const inputs = (extra: Record<string, string>) => ({
    "node-url": sandbox.url,
    "service-cert": ".ccf/service_cert.pem",
    comment: "false",
    ...extra,
  });
  const signed = { "signing-key": () => sandbox.members[0]!.privateKeyPem, "signing-cert": ".ccf/member0_cert.pem" };
  const openProposals = () => Object.values(sandbox.service.state.proposals).filter((p) => p.state === "Open").length;

  it("plan: the summary shows the refusal and the check fails; apply refuses before signing; local-validation: false lets the node refuse", async () => {
    const plan = await runAction({ node: process.execPath, inputs: inputs({ command: "plan" }), workspace: ws });
    expect(plan.code).toBe(1);
    expect(plan.summary).toContain("❌ The live constitution's `validate()` **refuses** this proposal:\n\n```\nmember_data.org is required\n```");
    expect(JSON.parse(plan.outputs.plan!).validation).toEqual({ valid: false, description: "member_data.org is required" });

    const apply = await runAction({ node: process.execPath, inputs: inputs({ command: "apply", "signing-key": signed["signing-key"](), "signing-cert": signed["signing-cert"] }), workspace: ws });
    expect(apply.code).toBe(1);
    expect(apply.stdout).toContain("the live constitution's validate() refuses this proposal (nothing signed): member_data.org is required");
    expect(openProposals()).toBe(0);

    const unchecked = await runAction({
      node: process.execPath,
      inputs: inputs({ command: "apply", "signing-key": signed["signing-key"](), "signing-cert": signed["signing-cert"], "local-validation": "false" }),
      workspace: ws,
    });
    expect(unchecked.code).toBe(1);
    expect(unchecked.stdout).toContain("Proposal failed to validate: member_data.org is required");
    expect(unchecked.stdout).not.toContain("nothing signed");
  });
});
