/**
 * The action bundle (dist/index.js) run as the runner runs it — a child process with INPUT_* variables,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and a real event payload — against the sandbox (real TLS), a
 * local GitHub REST stand-in and a local Key Vault, under this machine's Node and under Node 24.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { createGovernanceClient, type GovernanceClient } from "../../core/client/index.js";
import { generateMemberIdentity, type MemberIdentity } from "../../core/identity/index.js";
import { decodeSign1, verifySign1 } from "../../core/cose/index.js";
import { APPROVE_BALLOT } from "../../core/proposals/index.js";
import { startFakeGitHub, type FakeGitHub } from "./fake-github.js";
import { startAzureFixture, type AzureFixture } from "../core/azure/azure-fixture.js";
import { verifyBothWays } from "../core/azure/verify-cose.js";
import { BUNDLE, NODE24, ROOT, pemBodyLines, runAction, withoutMaskCommands, type ActionRun, type RunOptions } from "./harness.js";

const REPO = "contoso/consortium";
const GH_TOKEN = "ghs_0123456789abcdefghijklmnopqrstuvwxyzAB";
const PLAN_MARKER = "<!-- ccf-consortium:plan -->";
const APPLY_MARKER = "<!-- ccf-consortium:apply -->";

function prepare(): void {
  if (!existsSync(BUNDLE)) execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (!existsSync(NODE24)) execFileSync(process.execPath, [join(ROOT, "scripts", "ensure-node24.mjs")], { cwd: ROOT, stdio: "inherit" });
}

function pullRequestEvent(number: number, headSha: string) {
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      state: "open",
      title: "Add bob to the consortium",
      head: { ref: "add-bob", sha: headSha, repo: { full_name: REPO } },
      base: { ref: "main", sha: "1".repeat(40), repo: { full_name: REPO } },
      user: { login: "alice" },
    },
    repository: { full_name: REPO, name: "consortium", owner: { login: "contoso" }, default_branch: "main" },
    sender: { login: "alice" },
  };
}

function pushEvent(after: string) {
  return {
    ref: "refs/heads/main",
    before: "2".repeat(40),
    after,
    head_commit: { id: after, message: "Merge pull request #7 from contoso/add-bob" },
    repository: { full_name: REPO, name: "consortium", owner: { login: "contoso" }, default_branch: "main" },
    pusher: { name: "alice" },
    sender: { login: "alice" },
  };
}

function errorAnnotations(run: ActionRun): string[] {
  return run.stdout.split("\n").filter((l) => l.startsWith("::error"));
}

/** The whole scenario against one runtime (each runtime's file runs in its own worker, in parallel). */
export function actionSuite({ name, bin }: { name: string; bin: string }): void {
  describe(`the action bundle on ${name}`, () => {
    let sandbox: Sandbox;
    let github: FakeGitHub;
    let azure: AzureFixture;
    let client: GovernanceClient;
    let ws: string;
    let bob: MemberIdentity;
    let ci: Sandbox["members"][number];
    const runs: ActionRun[] = [];
    let proposalId = "";

    const run = async (inputs: RunOptions["inputs"], more: Partial<RunOptions> = {}): Promise<ActionRun> => {
      const r = await runAction({ node: bin, inputs, workspace: ws, repository: REPO, apiUrl: github.apiUrl, token: GH_TOKEN, ...more });
      runs.push(r);
      return r;
    };
    const common = () => ({ "node-url": sandbox.url, "service-cert": ".ccf/service_cert.pem" });
    const writeManifest = (bobData: Record<string, unknown>, file = ".ccf/members.yaml") =>
      writeFileSync(
        join(ws, file),
        ["members:", "  - name: ci", "    certificate: members/ci_cert.pem", "    encryption_public_key: members/ci_enc_pubk.pem", "  - name: bob", "    certificate: members/bob_cert.pem", `    member_data: ${JSON.stringify(bobData)}`, ""].join("\n"),
      );

    beforeAll(async () => {
      prepare();
      ws = mkdtempSync(join(tmpdir(), "action-ws-"));
      sandbox = await startSandbox({ members: 1, activate: true });
      ci = sandbox.members[0]!;
      bob = await generateMemberIdentity({ name: "bob" });
      github = await startFakeGitHub({ repository: REPO, token: GH_TOKEN });
      azure = await startAzureFixture({ "ci-member": ci.privateKeyPem });
      client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem: sandbox.serviceCertificatePem });
      mkdirSync(join(ws, ".ccf", "members"), { recursive: true });
      writeFileSync(join(ws, ".ccf", "service_cert.pem"), sandbox.serviceCertificatePem);
      writeFileSync(join(ws, ".ccf", "members", "ci_cert.pem"), ci.certificatePem);
      // ci is the genesis member: a recovery member, as CCF starts a network
      writeFileSync(join(ws, ".ccf", "members", "ci_enc_pubk.pem"), ci.encryptionPublicKeyPem!);
      writeFileSync(join(ws, ".ccf", "members", "bob_cert.pem"), bob.certificatePem);
      // Other people's comments on the pull request: more than one page (GitHub pages at most 100).
      for (let i = 0; i < 130; i++) github.addComment(7, `review comment ${i}`, i % 2 ? "carol" : "dave");
    });

    afterAll(async () => {
      await client?.close();
      await sandbox?.close();
      await github?.close();
      await azure?.close();
      if (ws) rmSync(ws, { recursive: true, force: true });
    });

    it("plan on a pull request: one comment with the table, created then updated in place", async () => {
      writeManifest({ name: "bob", org: "contoso" });
      const first = await run({ command: "plan", ...common() }, { eventName: "pull_request", event: pullRequestEvent(7, "a".repeat(40)) });
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      const plan = JSON.parse(first.outputs.plan!);
      expect(plan).toMatchObject({ empty: false, changes: 1, adds: [{ name: "bob", memberId: bob.memberId, recovery: false }], removals: [], dataChanges: [] });
      expect(plan.actions).toEqual([{ name: "set_member", memberId: bob.memberId }]);
      // The live constitution's validate() ran on the planned proposal (locally; nothing signed).
      expect(plan.validation).toEqual({ valid: true, description: "" });
      expect(first.outputs.changes).toBe("1");
      const mine = () => github.comments.get(7)!.filter((c) => c.body.includes(PLAN_MARKER));
      expect(mine()).toHaveLength(1);
      const comment = mine()[0]!;
      expect(first.outputs["comment-id"]).toBe(String(comment.id));
      expect(comment.body).toContain("#### Members to add (1)");
      expect(comment.body).toContain(`| bob | \`${bob.memberId}\` | no |`);
      expect(comment.body).toContain("✅ The live constitution's `validate()` accepts this proposal");
      expect(comment.body).toContain("`aaaaaaaaaaaa`");
      // The same table goes to the job summary.
      expect(first.summary).toContain(`| bob | \`${bob.memberId}\` | no |`);
      // The comment list was read past the first page.
      expect(github.requests.some((r) => r.method === "GET" && /\/issues\/7\/comments\?.*page=2/.test(r.path))).toBe(true);

      writeManifest({ name: "bob", org: "fabrikam" });
      const second = await run({ command: "plan", ...common() }, { eventName: "pull_request", event: pullRequestEvent(7, "b".repeat(40)) });
      expect(second.code).toBe(0);
      expect(mine()).toHaveLength(1);
      expect(second.outputs["comment-id"]).toBe(String(comment.id));
      expect(mine()[0]!.body).toContain("`bbbbbbbbbbbb`");
      expect(github.comments.get(7)!).toHaveLength(131);
      expect(github.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
      // Planning signs nothing and changes nothing.
      expect((await client.listProposals()).filter((p) => p.state === "Open")).toHaveLength(0);
    });

    it("plan still passes, with a warning, when the token cannot comment (e.g. a fork's pull request)", async () => {
      const r = await run({ command: "plan", ...common(), "github-token": "ghs_readonly_fork_token_000000000000000" }, { eventName: "pull_request", event: pullRequestEvent(7, "f".repeat(40)) });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("::warning title=ccf-consortium plan%3A no comment::could not comment on the pull request: GitHub API GET /repos/contoso/consortium/issues/7/comments failed with 401: Bad credentials");
      expect(r.summary).toContain("#### Members to add (1)");
      expect(github.comments.get(7)!.filter((c) => c.body.includes(PLAN_MARKER))[0]!.body).not.toContain("`ffffffffffff`");
    });

    it("plan fails the check on an invalid certificate in the manifest, saying so in the comment", async () => {
      writeFileSync(join(ws, ".ccf", "members", "broken_cert.pem"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
      writeFileSync(join(ws, ".ccf", "broken.yaml"), "members:\n  - name: ci\n    certificate: members/ci_cert.pem\n  - name: eve\n    certificate: members/broken_cert.pem\n");
      const r = await run({ command: "plan", manifest: ".ccf/broken.yaml", ...common() }, { eventName: "pull_request", event: pullRequestEvent(8, "c".repeat(40)) });
      expect(r.code).toBe(1);
      const [annotation] = errorAnnotations(r);
      expect(annotation).toMatch(/^::error title=ccf-consortium plan%3A invalid input '\.ccf\/broken\.yaml members\[1\] \(eve\) certificate'::/);
      const comment = github.comments.get(8)!.find((c) => c.body.includes(PLAN_MARKER))!;
      // The reason is Markdown-escaped (core's safeMarkdown): manifest text cannot inject links or HTML.
      expect(comment.body).toContain("❌ **The plan failed:** .ccf/broken.yaml members\\[1\\] (eve) certificate:");
    });

    it("plan refuses manifest files outside the workspace (even a valid certificate)", async () => {
      const outside = `${ws}-outside_cert.pem`;
      writeFileSync(outside, ci.certificatePem);
      try {
        const rel = `../../${basename(outside)}`;
        writeFileSync(join(ws, ".ccf", "escape.yaml"), `members:\n  - name: ci\n    certificate: members/ci_cert.pem\n  - name: x\n    certificate: ${rel}\n`);
        const r = await run({ command: "plan", manifest: ".ccf/escape.yaml", comment: "false", ...common() });
        expect(r.code).toBe(1);
        expect(errorAnnotations(r)[0]).toContain(`invalid input '.ccf/escape.yaml members[1] (x) certificate ${rel}'::.ccf/escape.yaml members[1] (x) certificate ${rel}: is outside the workspace`);
      } finally {
        rmSync(outside, { force: true });
      }
    });

    it("apply on push proposes the plan once, signed by the CI member; a re-run reuses it; the merged PR gets the outcome", async () => {
      const sha = "d".repeat(40);
      github.commitPulls.set(sha, [7]);
      const inputs = { command: "apply", ...common(), "signing-key": ci.privateKeyPem, "signing-cert": ".ccf/members/ci_cert.pem" };
      const first = await run(inputs, { eventName: "push", event: pushEvent(sha) });
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      proposalId = first.outputs["proposal-id"]!;
      expect(proposalId).toMatch(/^[0-9a-f]{64}$/);
      expect(first.outputs["proposal-state"]).toBe("Open");
      const open = (await client.listProposals()).filter((p) => p.state === "Open");
      expect(open.map((p) => [p.proposalId, p.proposerId])).toEqual([[proposalId, ci.memberId]]);
      const outcome = () => github.comments.get(7)!.filter((c) => c.body.includes(APPLY_MARKER));
      expect(outcome()).toHaveLength(1);
      expect(outcome()[0]!.body).toContain("Proposed as **one** proposal.");
      expect(outcome()[0]!.body).toContain(proposalId);

      const again = await run(inputs, { eventName: "push", event: pushEvent(sha) });
      expect(again.code).toBe(0);
      expect(again.outputs["proposal-id"]).toBe(proposalId);
      expect((await client.listProposals()).filter((p) => p.state === "Open")).toHaveLength(1);
      expect(outcome()).toHaveLength(1);
      expect(outcome()[0]!.body).toContain("it was **reused** (nothing proposed twice)");
    });

    it("vote shows the proposal's actions in the summary, then votes", async () => {
      const r = await run({ command: "vote", ...common(), "proposal-id": proposalId, "signing-key": ci.privateKeyPem, "signing-cert": ".ccf/members/ci_cert.pem" });
      expect(r.code).toBe(0);
      expect(r.outputs["proposal-state"]).toBe("Accepted");
      expect(r.summary).toContain("`set_member`");
      expect(r.summary).toContain(`member id ${bob.memberId}`);
      expect(r.summary.indexOf("`set_member`")).toBeLessThan(r.summary.indexOf("Voted **accept**"));
      expect((await client.getMember(bob.memberId))?.status).toBe("Accepted");
    });

    it("apply re-run after the proposal passed has nothing to do and proposes nothing", async () => {
      const sha = "d".repeat(40);
      const before = (await client.listProposals()).length;
      const r = await run({ command: "apply", ...common(), "signing-key": ci.privateKeyPem, "signing-cert": ".ccf/members/ci_cert.pem" }, { eventName: "push", event: pushEvent(sha) });
      expect(r.code).toBe(0);
      expect(r.outputs["proposal-state"]).toBe("none");
      expect(r.outputs["proposal-id"]).toBeUndefined();
      expect(r.outputs.changes).toBe("0");
      expect(r.summary).toContain("**Nothing to do:** the service already matches the manifest; nothing was proposed.");
      expect((await client.listProposals()).length).toBe(before);
      expect(github.comments.get(7)!.filter((c) => c.body.includes(APPLY_MARKER))).toHaveLength(1);
    });

    it("ack refuses, signing nothing, when the constitution hash differs", async () => {
      const r = await run({ command: "ack", ...common(), "signing-key": bob.privateKeyPem, "signing-cert": bob.certificatePem, "expected-constitution-sha256": "0".repeat(64) });
      expect(r.code).toBe(1);
      expect(errorAnnotations(r)[0]).toMatch(/^::error title=ccf-consortium ack%3A gate 'constitution' failed::the live constitution's SHA-256 is [0-9a-f]{64}, expected 0{64}/);
      const gates = JSON.parse(r.outputs.gates!);
      expect(gates.map((g: { gate: string; ok: boolean }) => [g.gate, g.ok])).toEqual([["service-certificate", true], ["constitution", false]]);
      expect(r.summary).toContain("stays **Accepted**: nothing was signed");
      expect((await client.getMember(bob.memberId))?.status).toBe("Accepted");
      expect(await client.getStateDigest(bob.memberId)).toBeDefined();
    });

    it("ack refuses, signing nothing, when the service certificate is not the pinned one", async () => {
      writeFileSync(join(ws, ".ccf", "constitution.js"), sandbox.service.state.constitution);
      const r = await run({
        command: "ack",
        "node-url": sandbox.url,
        "service-cert": azure.vault.caPem, // a certificate that is not this service's
        "signing-key": bob.privateKeyPem,
        "signing-cert": ".ccf/members/bob_cert.pem",
        "constitution-file": ".ccf/constitution.js",
      });
      expect(r.code).toBe(1);
      expect(errorAnnotations(r)[0]).toMatch(/^::error title=ccf-consortium ack%3A gate 'service-certificate' failed::could not read the service certificate over TLS pinned to the given one/);
      expect((await client.getMember(bob.memberId))?.status).toBe("Accepted");
    });

    it("ack refuses when a trusted node's attestation format is not allow-listed", async () => {
      const r = await run({ command: "ack", ...common(), "signing-key": bob.privateKeyPem, "signing-cert": ".ccf/members/bob_cert.pem", "constitution-file": ".ccf/constitution.js", "attestation-allowlist": "AMD_SEV_SNP_v1:" + "ab".repeat(24) });
      expect(r.code).toBe(1);
      expect(errorAnnotations(r)[0]).toMatch(/gate 'attestation' failed::node [0-9a-f]{12}… attests with format Insecure_Virtual, not allow-listed/);
      expect((await client.getMember(bob.memberId))?.status).toBe("Accepted");
    });

    it("ack updates the digest and acks when every gate holds; already Active succeeds without signing", async () => {
      const inputs = { command: "ack", ...common(), "signing-key": bob.privateKeyPem, "signing-cert": ".ccf/members/bob_cert.pem", "constitution-file": ".ccf/constitution.js", "attestation-allowlist": "Insecure_Virtual\nAMD_SEV_SNP_v1" };
      const r = await run(inputs);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.outputs["member-status"]).toBe("Active");
      expect(JSON.parse(r.outputs.gates!).every((g: { ok: boolean }) => g.ok)).toBe(true);
      expect(r.outputs["constitution-sha256"]).toBe(createHash("sha256").update(sandbox.service.state.constitution).digest("hex"));
      expect((await client.getMember(bob.memberId))?.status).toBe("Active");

      const again = await run(inputs);
      expect(again.code).toBe(0);
      expect(again.summary).toContain("already **Active**; nothing was signed");
    });

    it("status writes the members table and outputs", async () => {
      const r = await run({ command: "status", ...common() });
      expect(r.code).toBe(0);
      expect(r.outputs["service-status"]).toBe("Open");
      const members = JSON.parse(r.outputs.members!);
      expect(members.map((m: { memberId: string; status: string }) => [m.memberId, m.status]).sort()).toEqual([[bob.memberId, "Active"], [ci.memberId, "Active"]].sort());
      expect(r.summary).toContain(`| bob | \`${bob.memberId}\` | Active | no |`);
      // ci (the genesis recovery member, Active) holds a share; bob has no encryption key
      const shares = Object.fromEntries(members.map((m: { memberId: string; recoveryShare: string }) => [m.memberId, m.recoveryShare]));
      expect(shares).toEqual({ [ci.memberId]: "issued", [bob.memberId]: "n/a" });
    });

    it("Key Vault after azure/login: apply and vote with the vault key through @azure/identity, no token input", async () => {
      writeManifest({ name: "bob", org: "fabrikam", role: "operator" });
      const sha = "e".repeat(40);
      github.commitPulls.set(sha, [9]);
      // azure/login leaves an Azure CLI session: DefaultAzureCredential finds it (the `az` stand-in on PATH).
      const kv = { "key-vault-key-id": azure.vault.keyId("ci-member"), "signing-cert": ".ccf/members/ci_cert.pem" };
      const before = azure.vault.signs().length;
      const applied = await run({ command: "apply", ...common(), ...kv, "vote-after-propose": "true" }, { eventName: "push", event: pushEvent(sha), env: azure.cliEnv() });
      expect(applied.stderr).toBe("");
      expect(applied.code).toBe(0);
      const pid = applied.outputs["proposal-id"]!;
      const proposal = await client.getProposal(pid);
      expect(proposal).toMatchObject({ proposerId: ci.memberId, state: "Open", ballotCount: 1 });
      expect(JSON.parse(applied.outputs.plan!).dataChanges).toHaveLength(1);
      // The proposal and the ballot, each one digest signed in the vault with the token `az` gave.
      expect(azure.vault.signs().slice(before)).toEqual([
        expect.objectContaining({ alg: "ES384", via: "cli" }),
        expect.objectContaining({ alg: "ES384", via: "cli" }),
      ]);
    });

    for (const path of ["cli", "workload", "token"] as const) {
      it(`Key Vault sign (${path === "token" ? "key-vault-token, a credential of its own" : `${path} credential, no token`}): our verifier and openssl accept the envelope`, async () => {
        const env = path === "cli" ? azure.cliEnv() : path === "workload" ? azure.workloadEnv() : azure.baseEnv();
        const inputs = {
          "key-vault-key-id": azure.vault.keyId("ci-member"),
          "signing-cert": ".ccf/members/ci_cert.pem",
          ...(path === "token" ? { "key-vault-token": azure.rawToken } : { "azure-credential": path === "cli" ? "default" : "workload" }),
        };
        const before = azure.vault.signs().length;
        const file = `out/ballot-${path}.cose`;
        const signed = await run({ command: "sign", ...inputs, "message-type": "ballot", "proposal-id": "b".repeat(64), content: APPROVE_BALLOT, "output-file": file }, { env });
        expect(signed.stderr).toBe("");
        expect(signed.code).toBe(0);
        expect(signed.outputs.file).toBe(join(ws, file));
        expect(azure.vault.signs().slice(before)).toEqual([expect.objectContaining({ alg: "ES384", via: path })]);
        const v = verifyBothWays(new Uint8Array(readFileSync(join(ws, file))), ci.certificatePem, mkdtempSync(join(tmpdir(), "verify-")));
        expect(v.decoded.headers).toMatchObject({ kid: ci.memberId, msgType: "ballot", proposalId: "b".repeat(64) });
        expect(Buffer.from(v.decoded.payload).toString()).toBe(APPROVE_BALLOT);
        expect([v.ours, v.openssl]).toEqual([true, true]);
        expect(verifySign1(decodeSign1(new Uint8Array(readFileSync(join(ws, file)))), ci.certificatePem)).toBe(true);
      });
    }

    it("bad input names the input; nothing is signed", async () => {
      const r = await run({ command: "ack", ...common(), "signing-key": "not a key", "expected-constitution-sha256": "0".repeat(64) });
      expect(r.code).toBe(1);
      expect(errorAnnotations(r)[0]).toMatch(/^::error title=ccf-consortium ack%3A invalid input 'signing-key'::signing-key: must be a PEM private key passed from a secret/);
    });

    it("no key material or token reaches any output, summary, comment, file or log", () => {
      expect(runs.length).toBeGreaterThan(10);
      const secrets = [...pemBodyLines(ci.privateKeyPem), ...pemBodyLines(bob.privateKeyPem), ...azure.secrets(), GH_TOKEN];
      const comments = [...github.comments.values()].flat().map((c) => c.body).join("\n");
      const files = runs.flatMap((r) => readdirSync(r.runnerTemp, { recursive: true }).map(String).map((f) => join(r.runnerTemp, f)).filter((f) => statSync(f).isFile()).map((f) => readFileSync(f, "latin1")));
      const haystacks = [...runs.map((r) => withoutMaskCommands(r.everything)), comments, ...files];
      for (const s of secrets) for (const h of haystacks) expect(h.includes(s), `a secret leaked: ${s.slice(0, 8)}…`).toBe(false);
      // Masking comes first: every ::add-mask:: precedes any other output of a run, and each key line is masked.
      for (const r of runs) {
        const lines = r.stdout.split("\n").filter(Boolean);
        const firstOther = lines.findIndex((l) => !l.startsWith("::add-mask::"));
        expect(lines.slice(firstOther === -1 ? lines.length : firstOther).some((l) => l.startsWith("::add-mask::"))).toBe(false);
      }
      const signingRun = runs.find((r) => r.stdout.includes(`::add-mask::${pemBodyLines(ci.privateKeyPem)[0]}`));
      expect(signingRun).toBeDefined();
    });
  });
}
