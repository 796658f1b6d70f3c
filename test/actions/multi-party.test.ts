/**
 * A consortium is several parties, in the Action: the bundle (dist/index.js) run as the runner runs it,
 * against a sandbox with three Active members holding independent keys. apply with one voter of three
 * leaves `state=Open` and a comment naming the two pending voters and how they vote; the vote workflow by
 * one more member accepts it; the re-run of apply keeps the outcome in the comment. Also: no ballot
 * arithmetic on a plan with no changes, and none about "0 Active members" on a fresh service.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { createGovernanceClient, type GovernanceClient } from "../../core/client/index.js";
import { localSigner } from "../../core/cose/index.js";
import { setMemberData } from "../../core/flows/index.js";
import { generateMemberIdentity, type MemberIdentity } from "../../core/identity/index.js";
import { startFakeGitHub, type FakeGitHub } from "./fake-github.js";
import { BUNDLE, ROOT, runAction, type ActionRun, type RunOptions } from "./harness.js";

const REPO = "contoso/consortium";
const GH_TOKEN = "ghs_0123456789abcdefghijklmnopqrstuvwxyzAB";
const APPLY_MARKER = "<!-- ccf-consortium:apply -->";

function pushEvent(after: string) {
  return { ref: "refs/heads/main", before: "2".repeat(40), after, repository: { full_name: REPO, name: "consortium", owner: { login: "contoso" }, default_branch: "main" } };
}

describe("the action bundle with three Active members, each with its own key", () => {
  let sandbox: Sandbox;
  let github: FakeGitHub;
  let client: GovernanceClient;
  let ws: string;
  let carol: MemberIdentity;
  let members: Sandbox["members"];

  const run = (inputs: RunOptions["inputs"], more: Partial<RunOptions> = {}): Promise<ActionRun> =>
    runAction({ node: process.execPath, inputs, workspace: ws, repository: REPO, apiUrl: github.apiUrl, token: GH_TOKEN, ...more });
  const common = () => ({ "node-url": sandbox.url, "service-cert": ".ccf/service_cert.pem" });
  const as = (i: number) => ({ "signing-key": members[i]!.privateKeyPem, "signing-cert": `.ccf/members/member${i}_cert.pem` });

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
    ws = mkdtempSync(join(tmpdir(), "action-multi-"));
    sandbox = await startSandbox({ members: 3, recoveryMembers: 1, activate: true });
    members = sandbox.members;
    client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem: sandbox.serviceCertificatePem });
    github = await startFakeGitHub({ repository: REPO, token: GH_TOKEN });
    carol = await generateMemberIdentity({ name: "carol" });
    // The voters have names in their member data (all three vote: passes at once).
    const signers = members.map((m) => localSigner(m.privateKeyPem, m.certificatePem));
    for (const [i, name] of [[1, "alice"], [2, "bob"]] as const) {
      await setMemberData(client, { memberId: members[i]!.memberId, memberData: { name }, proposer: signers[0]!, voters: signers });
    }
    mkdirSync(join(ws, ".ccf", "members"), { recursive: true });
    writeFileSync(join(ws, ".ccf", "service_cert.pem"), sandbox.serviceCertificatePem);
    members.forEach((m, i) => writeFileSync(join(ws, ".ccf", "members", `member${i}_cert.pem`), m.certificatePem));
    writeFileSync(join(ws, ".ccf", "members", "carol_cert.pem"), carol.certificatePem);
    writeFileSync(join(ws, ".ccf", "members", "member0_enc_pubk.pem"), members[0]!.encryptionPublicKeyPem!);
    writeFileSync(
      join(ws, ".ccf", "members.yaml"),
      [
        "members:",
        "  - name: ci",
        "    certificate: members/member0_cert.pem",
        "    encryption_public_key: members/member0_enc_pubk.pem",
        "  - name: alice",
        "    certificate: members/member1_cert.pem",
        "    member_data: { name: alice }",
        "  - name: bob",
        "    certificate: members/member2_cert.pem",
        "    member_data: { name: bob }",
        "  - name: carol",
        "    certificate: members/carol_cert.pem",
        "    member_data: { name: carol, org: fabrikam }",
        "",
      ].join("\n"),
    );
  });

  afterAll(async () => {
    await client?.close();
    await sandbox?.close();
    await github?.close();
    if (ws) rmSync(ws, { recursive: true, force: true });
  });

  let proposalId = "";
  const sha = "e".repeat(40);
  const outcome = () => github.comments.get(9)?.filter((c) => c.body.includes(APPLY_MARKER)) ?? [];

  it("plan shows the new member's member_data and the ballots passing needs", async () => {
    const r = await run({ command: "plan", ...common(), comment: "false" });
    expect(r.code).toBe(0);
    expect(r.summary).toContain(`| carol | \`${carol.memberId}\` | no | \`{"name":"carol","org":"fabrikam"}\` |`);
    expect(r.summary).toContain("Passing the proposal needs 2 accepting ballot(s) (the default constitution accepts with more than half of the 3 Active members (2 accepting ballots)); 3 Active member(s) remain afterwards.");
  });

  it("apply with one voter of three: state=Open, the comment names the two pending voters and how they vote", async () => {
    github.commitPulls.set(sha, [9]);
    const r = await run({ command: "apply", ...common(), ...as(0), "vote-after-propose": "true" }, { eventName: "push", event: pushEvent(sha) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.outputs.state).toBe("Open");
    expect(r.outputs["proposal-state"]).toBe("Open");
    proposalId = r.outputs["proposal-id"]!;
    expect(proposalId).toMatch(/^[0-9a-f]{64}$/);
    const pending = JSON.parse(r.outputs["pending-voters"]!) as { memberId: string; name: string }[];
    expect(pending.map((v) => [v.name, v.memberId]).sort()).toEqual([
      ["alice", members[1]!.memberId],
      ["bob", members[2]!.memberId],
    ]);
    expect(r.stdout).toMatch(/^::notice title=ccf-consortium apply%3A waiting for other members' ballots::Proposal [0-9a-f]{64} is Open: waiting for 1 more accepting ballot\(s\); not yet voted: (alice, bob|bob, alice)$/m);
    expect(r.stdout).not.toMatch(/^::error/m);

    const [comment] = outcome();
    expect(outcome()).toHaveLength(1);
    const body = comment!.body;
    expect(body).toContain(`- Proposal: \`${proposalId}\``);
    expect(body).toContain("- State: **Open**, waiting for other members' ballots: **1** more accepting ballot needed (the default constitution accepts with more than half of the 3 Active members (2 accepting ballots); 1 so far)");
    expect(body).toContain("#### Still to vote (2)");
    expect(body).toContain(`| alice | \`${members[1]!.memberId}\` |`);
    expect(body).toContain(`| bob | \`${members[2]!.memberId}\` |`);
    expect(body).toContain(`gh workflow run member-vote.yml --repo ${REPO} -f proposal-id=${proposalId}`);
    expect(body).toContain(`ccf-consortium vote --proposal-id ${proposalId} --node ${sandbox.url} --service-cert .ccf/service_cert.pem --signing-key KEY --signing-cert CERT`);
    expect(r.summary).toContain("#### Still to vote (2)");
    expect((await client.listProposals()).filter((p) => p.state === "Open").map((p) => p.proposalId)).toEqual([proposalId]);
  });

  it("the vote workflow by one more member accepts it", async () => {
    const r = await run({ command: "vote", ...common(), ...as(1), "proposal-id": proposalId }, { eventName: "workflow_dispatch" });
    expect(r.code).toBe(0);
    expect(r.outputs["proposal-state"]).toBe("Accepted");
    expect((await client.getMember(carol.memberId))?.status).toBe("Accepted");
  });

  it("the re-run of apply has nothing to do and keeps the outcome in the comment, adding 're-run: nothing to do'", async () => {
    const before = (await client.listProposals()).length;
    const r = await run({ command: "apply", ...common(), ...as(0), "vote-after-propose": "true" }, { eventName: "push", event: pushEvent(sha) });
    expect(r.code).toBe(0);
    expect(r.outputs.state).toBe("none");
    expect(r.outputs["pending-voters"]).toBe("[]");
    expect((await client.listProposals()).length).toBe(before);
    expect(outcome()).toHaveLength(1);
    const body = outcome()[0]!.body;
    expect(body).toContain(`- Proposal: \`${proposalId}\``);
    expect(body).toContain("#### Still to vote (2)");
    expect(body).toMatch(/\*\*re-run: nothing to do\*\* \(\[workflow run\]\(https:\/\/github\.com\/contoso\/consortium\/actions\/runs\/4242\)\): the service already matches the manifest/);
    // Again: the re-run note is replaced, not piled up.
    await run({ command: "apply", ...common(), ...as(0) }, { eventName: "push", event: pushEvent(sha) });
    expect(outcome()[0]!.body.match(/re-run: nothing to do/g)).toHaveLength(1);
    expect(outcome()[0]!.body).toContain(`- Proposal: \`${proposalId}\``);
  });

  it("plan with no changes says nothing about ballots", async () => {
    const r = await run({ command: "plan", ...common(), comment: "false" });
    expect(r.code).toBe(0);
    expect(r.summary).toContain("**No changes.**");
    expect(r.summary).not.toContain("Passing the proposal");
  });

  it("on a fresh service (no member Active yet) the plan does not speak of '0 Active members'", async () => {
    const fresh = await startSandbox({ members: 1, recoveryMembers: 1, activate: false });
    try {
      writeFileSync(join(ws, ".ccf", "fresh_cert.pem"), fresh.serviceCertificatePem);
      writeFileSync(join(ws, ".ccf", "members", "fresh0_cert.pem"), fresh.members[0]!.certificatePem);
      writeFileSync(join(ws, ".ccf", "members", "fresh0_enc_pubk.pem"), fresh.members[0]!.encryptionPublicKeyPem!);
      writeFileSync(join(ws, ".ccf", "fresh.yaml"), "members:\n  - name: first\n    certificate: members/fresh0_cert.pem\n    encryption_public_key: members/fresh0_enc_pubk.pem\n  - name: carol\n    certificate: members/carol_cert.pem\n");
      const r = await run({ command: "plan", "node-url": fresh.url, "service-cert": ".ccf/fresh_cert.pem", manifest: ".ccf/fresh.yaml", comment: "false" });
      expect(r.code).toBe(0);
      expect(r.summary).not.toMatch(/0 Active member/);
      expect(r.summary).toContain("No member is Active yet: nothing can pass until members acknowledge");
    } finally {
      await fresh.close();
    }
  });
});
