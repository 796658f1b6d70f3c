/**
 * plan/apply with the live constitution's validate() run locally (core/flows/validate-proposal.ts): a
 * sandbox whose constitution requires member_data.org; `plan(..., { validate: true })` carries the
 * verdict, `apply` refuses before signing (no POST) what the constitution refuses — unless local
 * validation is off, when the node refuses it with the same description — and passes what it accepts.
 * The CLI's `plan --json` shows the verdict (exit 1 when invalid) and `apply` refuses with exit 1.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { createGovernanceClient, GovernanceError, type GovernanceClient } from "../../core/client/index.js";
import { localSigner, type Signer } from "../../core/cose/index.js";
import { apply, parseManifest, plan, RefusedError, validateProposalLocally } from "../../core/flows/index.js";
import { generateMemberIdentity, type MemberIdentity } from "../../core/identity/index.js";
import { DEFAULT_CONSTITUTION_FILES, startSandbox, type Sandbox } from "../../sandbox/index.js";
import { runCliAsync } from "../helpers/cli.js";
import { count } from "./sandbox-helpers.js";

const ORG_CONSTITUTION =
  DEFAULT_CONSTITUTION_FILES["actions.js"] +
  DEFAULT_CONSTITUTION_FILES["validate.js"].replace("export function validate(input)", "function defaultValidate(input)") +
  `export function validate(input) {
  const result = defaultValidate(input);
  if (!result.valid) return result;
  // Reads the live members: an org may have at most one member.
  const orgs = [];
  ccf.kv["public:ccf.gov.members.info"].forEach((v) => { const d = ccf.bufToJsonCompatible(v).member_data; if (d && d.org) orgs.push(d.org); });
  for (const a of JSON.parse(input).actions) {
    if (a.name !== "set_member") continue;
    const org = a.args.member_data && a.args.member_data.org;
    if (typeof org !== "string") return { valid: false, description: "member_data.org is required" };
    if (orgs.includes(org)) return { valid: false, description: "org " + org + " already has a member" };
  }
  return result;
}
` +
  DEFAULT_CONSTITUTION_FILES["resolve.js"] +
  DEFAULT_CONSTITUTION_FILES["apply.js"];

let dir: string;
let sandbox: Sandbox;
let client: GovernanceClient;
let signer: Signer;
let carol: MemberIdentity;
const sent: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "local-validation-"));
  sandbox = await startSandbox({ dir: join(dir, "net"), members: 1, activate: true, constitution: ORG_CONSTITUTION });
  const m0 = sandbox.members[0]!;
  signer = localSigner(m0.privateKeyPem, m0.certificatePem);
  client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem: sandbox.serviceCertificatePem, onRequest: (r) => sent.push(`${r.method} ${r.path}`) });
  carol = await generateMemberIdentity({ name: "carol" });
  writeFileSync(join(dir, "carol.pem"), carol.certificatePem);
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

function manifestText(carolData: Record<string, unknown>): string {
  return stringify({
    members: [
      { name: "member0", certificate: sandbox.members[0]!.certPath, member_data: { name: "member0", org: "fabrikam" } },
      { name: "carol", certificate: "carol.pem", member_data: { name: "carol", ...carolData } },
    ],
  });
}

describe("plan and apply validate locally against the live constitution", () => {
  it("validateProposalLocally reads only the tables validate() asks for", async () => {
    sent.length = 0;
    const v = await validateProposalLocally(client, { actions: [{ name: "set_member", args: { cert: carol.certificatePem, member_data: { org: "contoso" } } }] });
    expect(v).toMatchObject({ valid: true, description: "", tablesRead: ["public:ccf.gov.members.info", "public:ccf.gov.members.certs", "public:ccf.gov.members.encryption_public_keys"] });
    expect(count(sent, "POST")).toBe(0);
    const invalid = await validateProposalLocally(client, { actions: [{ name: "set_member", args: { cert: "x" } }] });
    expect(invalid).toMatchObject({ valid: false, tablesRead: [] });
    expect(invalid.description).toMatch(/^set_member at position 0 failed validation: Error: cert must be a valid X509 certificate/);
  });

  it("an invalid plan carries the verdict; apply refuses before signing; without local validation the node refuses with the same text", async () => {
    const manifest = parseManifest(manifestText({}), { baseDir: dir, source: "members.yaml" });
    const planned = await plan(client, manifest, { validate: true });
    expect(planned.validation).toEqual({ valid: false, description: "member_data.org is required" });
    sent.length = 0;
    const refused = await apply(client, planned, { proposer: signer, voters: [signer] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as Error).message).toBe("the live constitution's validate() refuses this proposal (nothing signed): member_data.org is required");
    expect(count(sent, "POST")).toBe(0);
    const node = await apply(client, planned, { proposer: signer, voters: [signer], localValidation: false }).catch((e: unknown) => e);
    expect(node).toBeInstanceOf(GovernanceError);
    expect((node as GovernanceError).ccfMessage).toBe("Proposal failed to validate: member_data.org is required");
  });

  it("a plan the constitution accepts is valid and applies", async () => {
    const manifest = parseManifest(manifestText({ org: "contoso" }), { baseDir: dir, source: "members.yaml" });
    const planned = await plan(client, manifest, { validate: true });
    expect(planned.validation).toEqual({ valid: true, description: "" });
    expect(await apply(client, planned, { proposer: signer, voters: [signer] })).toMatchObject({ changed: true });
    expect(sandbox.service.state.members[carol.memberId]?.memberData).toEqual({ name: "carol", org: "contoso" });
    // Now that fabrikam and contoso have members, a second contoso member is refused (validate() read the live members).
    const dave = await generateMemberIdentity({ name: "dave" });
    const again = await validateProposalLocally(client, { actions: [{ name: "set_member", args: { cert: dave.certificatePem, member_data: { org: "contoso" } } }] });
    expect(again).toMatchObject({ valid: false, description: "org contoso already has a member" });
  });

  it("CLI: plan --json shows the verdict and exits 1 when invalid; apply refuses (exit 1, nothing signed)", async () => {
    const dave = await generateMemberIdentity({ name: "dave" });
    writeFileSync(join(dir, "dave.pem"), dave.certificatePem);
    const text = stringify({
      members: [
        { name: "member0", certificate: sandbox.members[0]!.certPath, member_data: { name: "member0", org: "fabrikam" } },
        { name: "carol", certificate: "carol.pem", member_data: { name: "carol", org: "contoso" } },
        { name: "dave", certificate: "dave.pem", member_data: { name: "dave", org: "contoso" } },
      ],
    });
    writeFileSync(join(dir, "members.yaml"), text);
    const conn = ["--node", sandbox.url, "--service-cert", join(dir, "net", "service_cert.pem")];
    const p = await runCliAsync(["plan", "--json", "--manifest", join(dir, "members.yaml"), ...conn]);
    expect(p.code).toBe(1);
    expect(JSON.parse(p.stdout).validation).toEqual({ valid: false, description: "org contoso already has a member" });
    const human = await runCliAsync(["plan", "--manifest", join(dir, "members.yaml"), ...conn]);
    expect(human.stdout).toContain("The live constitution's validate(): INVALID\norg contoso already has a member");
    const keys = ["--signing-key", sandbox.members[0]!.keyPath, "--signing-cert", sandbox.members[0]!.certPath];
    const before = (await client.listProposals()).length;
    const a = await runCliAsync(["apply", "--manifest", join(dir, "members.yaml"), ...conn, ...keys]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain("the live constitution's validate() refuses this proposal (nothing signed): org contoso already has a member");
    expect((await client.listProposals()).length).toBe(before);
  });
});
