/**
 * The recipe, end to end through the built CLI: a custom constitution (the default one with
 * validate() wrapped so that set_member without member_data.org is invalid) run by
 * `ccf-consortium sandbox --constitution` (several files, concatenated in order);
 * `ccf-consortium validate-proposal` predicts the node's verdict with the same description, sending no
 * POST (requests counted at the sandbox); with `org` both accept. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_MAIN, runCliAsync } from "../helpers/cli.js";
import { DEFAULT_CONSTITUTION_FILES } from "../../sandbox/index.js";
import { createGovernanceClient, GovernanceError, type GovernanceClient } from "../../core/client/index.js";
import { localSigner } from "../../core/cose/index.js";
import { generateMemberIdentity, type MemberIdentity } from "../../core/identity/index.js";
import { Client } from "../sandbox/helpers.js";

/** validate.js of the default constitution, renamed, and a validate() that wraps it. */
const WRAPPED_DEFAULT = DEFAULT_CONSTITUTION_FILES["validate.js"].replace("export function validate(input)", "function defaultValidate(input)");
const ORG_RULE = `
export function validate(input) {
  const result = defaultValidate(input);
  const errors = result.valid ? [] : [result.description];
  JSON.parse(input).actions.forEach((action, position) => {
    const data = action.args && action.args.member_data;
    if (action.name === "set_member" && (data === null || typeof data !== "object" || typeof data.org !== "string")) {
      errors.push("set_member at position " + position + ": member_data.org is required by this consortium");
    }
  });
  return { valid: errors.length === 0, description: errors.join(", ") };
}
`;

let dir: string;
let child: ChildProcess;
let url: string;
let control: Client;
let client: GovernanceClient;
let bob: MemberIdentity;
let files: string[];

async function requestCount(): Promise<number> {
  return ((await control.get("/control/metrics")).json as { requests: number }).requests;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "validate-proposal-"));
  files = ["actions.js", "validate-default.js", "validate-org.js", "resolve.js", "apply.js"].map((f) => join(dir, f));
  writeFileSync(files[0]!, DEFAULT_CONSTITUTION_FILES["actions.js"]);
  writeFileSync(files[1]!, WRAPPED_DEFAULT);
  writeFileSync(files[2]!, ORG_RULE);
  writeFileSync(files[3]!, DEFAULT_CONSTITUTION_FILES["resolve.js"]);
  writeFileSync(files[4]!, DEFAULT_CONSTITUTION_FILES["apply.js"]);
  child = spawn(process.execPath, [CLI_MAIN, "sandbox", "--dir", join(dir, "net"), "--members", "1", "--activate", ...files.flatMap((f) => ["--constitution", f])], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /at (https:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m && out.includes("Press Ctrl-C to stop.")) resolve(m[1]!);
    });
    child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => reject(new Error(`sandbox exited (${code}): ${out}`)));
  });
  const serviceCert = readFileSync(join(dir, "net", "service_cert.pem"), "utf8");
  control = new Client(url, serviceCert);
  client = createGovernanceClient({ nodes: [url], serviceCertificatePem: serviceCert });
  bob = await generateMemberIdentity({ name: "bob" });
}, 60_000);

afterAll(async () => {
  await client?.close();
  control?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

function proposalFile(name: string, memberData: unknown): { path: string; text: string } {
  const text = JSON.stringify({ actions: [{ name: "set_member", args: { cert: bob.certificatePem, member_data: memberData } }] });
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, text };
}

async function propose(text: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const signer = localSigner(readFileSync(join(dir, "net", "member0_privk.pem"), "utf8"), readFileSync(join(dir, "net", "member0_cert.pem"), "utf8"));
  try {
    await client.createProposal(signer, text);
    return { ok: true };
  } catch (err) {
    if (err instanceof GovernanceError) return { ok: false, message: err.ccfMessage ?? err.message };
    throw err;
  }
}

describe("validate-proposal against `sandbox --constitution`", () => {
  it("serves the concatenated files as the running constitution", async () => {
    const served = await client.getConstitution();
    expect(served).toBe(files.map((f) => readFileSync(f, "utf8")).map((t) => (t.endsWith("\n") ? t : `${t}\n`)).join(""));
  });

  it("set_member without member_data.org: validate-proposal says invalid (exit 1) with no POST; the node refuses with the same description", async () => {
    const { path, text } = proposalFile("no-org.json", { name: "bob" });
    const selfCount = (await requestCount()) - (await requestCount());
    const before = await requestCount();
    const r = await runCliAsync(["validate-proposal", "-v", "--node", url, "--service-cert", join(dir, "net", "service_cert.pem"), "--proposal", path]);
    const sent = (await requestCount()) - before + selfCount;
    expect(r.code).toBe(1);
    const [verdict, ...rest] = r.stdout.replace(/\n$/, "").split("\n");
    expect(verdict).toBe("invalid");
    const description = rest.join("\n");
    expect(description).toBe("set_member at position 0: member_data.org is required by this consortium");
    // Every request the CLI made is a GET (printed by -v), and the sandbox saw exactly those.
    const requests = r.stderr.split("\n").filter((l) => l.startsWith("→ "));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((l) => l.startsWith("→ GET "))).toBe(true);
    expect(sent).toBe(requests.length);
    expect(await client.listProposals()).toEqual([]);

    const node = await propose(text);
    expect(node).toEqual({ ok: false, message: `Proposal failed to validate: ${description}` });
  });

  it("with member_data.org: validate-proposal says valid (exit 0, --json) and the node accepts the proposal", async () => {
    const { path, text } = proposalFile("org.json", { name: "bob", org: "contoso" });
    const r = await runCliAsync(["validate-proposal", "--json", "--node", url, "--service-cert", join(dir, "net", "service_cert.pem"), "--proposal", path]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, description: "" });
    expect(await propose(text)).toEqual({ ok: true });
  });

  it("the default constitution's own checks still run inside the wrapper (invalid cert), and bad input exits 2", async () => {
    const path = join(dir, "bad-cert.json");
    writeFileSync(path, JSON.stringify({ actions: [{ name: "set_member", args: { cert: "nope", member_data: { org: "x" } } }] }));
    const r = await runCliAsync(["validate-proposal", "--node", url, "--service-cert", join(dir, "net", "service_cert.pem"), "--proposal", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^invalid\nset_member at position 0 failed validation: Error: cert must be a valid X509 certificate \(bundle\) in PEM format\n {4}at checkX509CertBundle/);
    writeFileSync(path, "{not json");
    const bad = await runCliAsync(["validate-proposal", "--node", url, "--service-cert", join(dir, "net", "service_cert.pem"), "--proposal", path]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain(`--proposal ${path}: is not JSON`);
  });
});
