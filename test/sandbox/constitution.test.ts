/**
 * The sandbox executes its constitution (sandbox/constitution/): a custom one from startSandbox's
 * `constitution` option, limits that stop a runaway validate()/apply() while the sandbox keeps serving,
 * an accepted set_constitution replacing the running one (and what /gov/service/constitution serves),
 * custom public tables, and a custom resolve() that rejects.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CONSTITUTION_SOURCE, DEFAULT_CONSTITUTION_FILES } from "../../sandbox/index.js";
import { Gov, startFixture, type Fixture } from "./fixture.js";
import { YES, expectError } from "./helpers.js";
import { startSandbox } from "../../sandbox/index.js";
import { runCliAsync } from "../helpers/cli.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { generateKeyPairSync } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FLAVOUR = { label: "CCF 6, api-version 2024-07-01", ccfVersion: 6 as const, api: "new" as const, apiVersion: "2024-07-01" };

/** The default constitution with extra actions and validate() wrapped by `wrapper` (which calls defaultValidate). */
function customConstitution(extraActions: string, wrapper = "export function validate(input) { return defaultValidate(input); }"): string {
  return (
    DEFAULT_CONSTITUTION_FILES["actions.js"] +
    extraActions +
    DEFAULT_CONSTITUTION_FILES["validate.js"].replace("export function validate(input)", "function defaultValidate(input)") +
    wrapper +
    DEFAULT_CONSTITUTION_FILES["resolve.js"] +
    DEFAULT_CONSTITUTION_FILES["apply.js"]
  );
}

const RUNAWAY = customConstitution(
  `
actions.set("loop", new Action(function () { for (;;) {} }, function () {}));
actions.set("alloc", new Action(function () { const a = []; for (;;) a.push("x".repeat(16384) + a.length); }, function () {}));
actions.set("apply_loop", new Action(function () {}, function () { for (;;) {} }));
actions.set("note", new Action(
  function (args) { checkType(args.text, "string", "text"); },
  function (args) { ccf.kv["public:consortium.notes"].set(ccf.strToBuf(args.key), ccf.strToBuf(args.text)); }));
`,
  `export function validate(input) {
  const p = JSON.parse(input);
  for (const a of p.actions) {
    if (a.name === "note" && a.args && typeof a.args.key === "string" && ccf.kv["public:consortium.notes"].has(ccf.strToBuf(a.args.key))) {
      return { valid: false, description: "note " + a.args.key + " exists: " + ccf.bufToStr(ccf.kv["public:consortium.notes"].get(ccf.strToBuf(a.args.key))) };
    }
  }
  return defaultValidate(input);
}`,
);

let f: Fixture | undefined;
afterEach(async () => {
  await f?.close();
  f = undefined;
});

async function accepted(fx: Fixture, proposal: unknown): Promise<{ status: number; json: any }> {
  const r = await fx.gov.propose(fx.active[0]!, proposal);
  if (r.status !== 200) return r;
  return fx.gov.vote(fx.active[0]!, fx.gov.idOf(r), YES);
}

describe("the sandbox runs its constitution", () => {
  it("a validate() that loops forever or allocates without end is stopped with a clear 500; apply() too; the sandbox keeps serving", async () => {
    f = await startFixture(FLAVOUR, 1, { constitution: RUNAWAY, constitutionLimits: { timeMs: 1500, memoryBytes: 32 * 1024 * 1024 } });
    const m = f.active[0]!;
    expectError(
      await f.gov.propose(m, { actions: [{ name: "loop" }] }),
      500,
      "InternalError",
      "Failed to execute validation: Operation took too long to complete. (validate() ran past the 1500 ms time limit and was stopped)",
    );
    expectError(
      await f.gov.propose(m, { actions: [{ name: "alloc" }] }),
      500,
      "InternalError",
      `Failed to execute validation: validate() ran out of memory (limit ${32 * 1024 * 1024} bytes) and was stopped`,
    );
    const p = await f.gov.propose(m, { actions: [{ name: "apply_loop" }] });
    expect(p.status).toBe(200);
    const failed = await f.gov.vote(m, f.gov.idOf(p), YES);
    expectError(failed, 500, "InternalError", "Failed to apply(): Operation took too long to complete. (apply() ran past the 1500 ms time limit and was stopped)");
    // Still serving, and the constitution still runs: a normal proposal passes.
    const ok = await accepted(f, { actions: [{ name: "set_member_data", args: { member_id: m.memberId, member_data: { after: "runaway" } } }] });
    expect(ok.status).toBe(200);
    expect(f.gov.stateOf(ok as never)).toBe("Accepted");
    expect(f.sb.service.state.members[m.memberId]!.memberData).toEqual({ after: "runaway" });
  });

  it("custom public tables: written by apply(), read by validate(), kept in the state", async () => {
    f = await startFixture(FLAVOUR, 1, { constitution: RUNAWAY });
    const note = { actions: [{ name: "note", args: { key: "k1", text: "first" } }] };
    expect(f.gov.stateOf((await accepted(f, note)) as never)).toBe("Accepted");
    expectError(await f.gov.propose(f.active[0]!, note), 400, "ProposalFailedToValidate", "Proposal failed to validate: note k1 exists: first");
  });

  it("an accepted set_constitution replaces the running constitution and what /gov/service/constitution serves; other open proposals are dropped", async () => {
    f = await startFixture(FLAVOUR, 1);
    const m = f.active[0]!;
    expect((await f.gov.client.get(f.gov.q("/gov/service/constitution"))).text).toBe(CONSTITUTION_SOURCE);
    const other = await f.gov.propose(m, { actions: [{ name: "set_member_data", args: { member_id: m.memberId, member_data: { x: 1 } } }] });
    const frozen = customConstitution("", 'export function validate(input) { const r = defaultValidate(input); return r.valid ? { valid: false, description: "frozen: no proposals" } : r; }');
    const r = await accepted(f, { actions: [{ name: "set_constitution", args: { constitution: frozen } }] });
    expect(f.gov.stateOf(r as never)).toBe("Accepted");
    expect((await f.gov.client.get(f.gov.q("/gov/service/constitution"))).text).toBe(frozen);
    expect((await f.gov.client.get(f.gov.proposalPath(f.gov.idOf(other)))).json.proposalState).toBe("Dropped");
    expectError(
      await f.gov.propose(m, { actions: [{ name: "set_member_data", args: { member_id: m.memberId, member_data: {} } }] }),
      400,
      "ProposalFailedToValidate",
      "Proposal failed to validate: frozen: no proposals",
    );
  });

  it("a custom resolve() decides: Rejected freezes the votes and applies nothing", async () => {
    const constitution = customConstitution("") .replace(
      DEFAULT_CONSTITUTION_FILES["resolve.js"],
      "",
    ) + 'export function resolve(proposal, proposerId, votes) { return votes.some((v) => !v.vote) ? "Rejected" : votes.length >= 2 ? "Accepted" : "Open"; }\n';
    f = await startFixture(FLAVOUR, 2, { constitution });
    const [a, b] = f.active as [Fixture["active"][number], Fixture["active"][number]];
    const p = await f.gov.propose(a, { actions: [{ name: "set_member_data", args: { member_id: a.memberId, member_data: { y: 1 } } }] });
    const r = await f.gov.vote(b, f.gov.idOf(p), "export function vote () { return false }");
    expect(r.json.proposalState).toBe("Rejected");
    expect(r.json.finalVotes).toEqual({ [b.memberId]: false });
    expect(f.sb.service.state.members[a.memberId]!.memberData).toBeNull();
  });

  it("7.x rules in the default constitution: encryption_pub_key must be an RSA key of 2048 bits or more (6.x does not check)", async () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }).toString();
    const rsa1024 = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ type: "spki", format: "pem" }).toString();
    const seven = await startFixture({ ...FLAVOUR, label: "CCF 7", ccfVersion: 7 as never }, 1);
    try {
      const propose = (key: string) => seven.gov.propose(seven.active[0]!, { actions: [{ name: "set_member", args: { cert: seven.outsider.certificatePem, encryption_pub_key: key } }] });
      const notRsa = await propose(ec);
      expect(notRsa.status).toBe(400);
      expect(notRsa.json.error.message).toMatch(/^Proposal failed to validate: set_member at position 0 failed validation: InternalError: Failed to convert pem to jwk: invalid RSA key\n/);
      const short = await propose(rsa1024);
      expect(short.json.error.message).toMatch(/^Proposal failed to validate: set_member at position 0 failed validation: Error: encryption_pub_key\.n must be at least 2048 bits\n {4}at checkRsaPublicKey/);
    } finally {
      await seven.close();
    }
    f = await startFixture(FLAVOUR, 1);
    const six = await f.gov.propose(f.active[0]!, { actions: [{ name: "set_member", args: { cert: f.outsider.certificatePem, encryption_pub_key: rsa1024 } }] });
    expect(six.status).toBe(200);
  });

  it("a constitution that does not load, or lacks an export, is refused at start with the reason; `sandbox --constitution` exits 2", async () => {
    await expect(startSandbox({ constitution: "export function validate( {" })).rejects.toThrow(/^constitution: does not load: SyntaxError: /);
    await expect(startSandbox({ constitution: "export function validate() {}" })).rejects.toThrow("constitution: does not export function resolve, function apply");
    const dir = mkdtempSync(join(tmpdir(), "bad-constitution-"));
    try {
      writeFileSync(join(dir, "c.js"), "export function validate( {");
      const r = await runCliAsync(["sandbox", "--dir", join(dir, "net"), "--constitution", join(dir, "c.js")]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/constitution: does not load: SyntaxError: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

void Gov;
