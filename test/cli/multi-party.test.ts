/**
 * A consortium is several parties: the BUILT bin against a sandbox with three Active members, each holding
 * its own key (files of its own). member0 alone cannot pass a proposal: the command exits 3 naming who has
 * not voted; member1 votes from its own process; the same command run again exits 0 and no second
 * proposal exists; `--wait 60s` completes when member1 votes from another process during the wait.
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, type GovernanceClient } from "../../core/index.js";
import { startSandbox, type Sandbox, type SandboxMember } from "../../sandbox/index.js";
import { tempDir } from "../helpers/temp-dir.js";
import { cli, memberFiles, ok, okJson, signedBy, MAIN, type CliResult, type MemberFiles } from "./online-harness.js";

let sb: Sandbox;
let client: GovernanceClient;
let m0: SandboxMember, m1: SandboxMember, m2: SandboxMember;
let carol: MemberFiles, dan: MemberFiles, mallory: MemberFiles;
const tmp = tempDir("ccf-cli-multi-");
let conn: string[];
let certPath: string;
const run = (...args: string[]) => cli(args, tmp.dir);

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error("dist/cli/main.cjs is missing: run `npm run build` first");
  sb = await startSandbox({ members: 3, recoveryMembers: 1, activate: true, ccfVersion: 6 });
  [m0, m1, m2] = sb.members as [SandboxMember, SandboxMember, SandboxMember];
  certPath = join(tmp.dir, "service_cert.pem");
  writeFileSync(certPath, sb.serviceCertificatePem);
  conn = ["--node", sb.url, "--service-cert", certPath];
  client = createGovernanceClient({ nodes: [sb.url], serviceCertificatePem: sb.serviceCertificatePem });
  [carol, dan, mallory] = await Promise.all([memberFiles(tmp.dir, "carol"), memberFiles(tmp.dir, "dan"), memberFiles(tmp.dir, "mallory")]);
  // Names for the voters, so that "not yet voted" names them (all three vote: passes at once).
  for (const [m, name] of [[m1, "alice"], [m2, "bob"]] as const) {
    ok(await run("set-member-data", ...conn, ...signedBy(m0), "--member-id", m.memberId, "--member-data", JSON.stringify({ name }), "--voter", `${m0.keyPath},${m0.certPath}`, "--voter", `${m1.keyPath},${m1.certPath}`, "--voter", `${m2.keyPath},${m2.certPath}`));
  }
});

afterAll(async () => {
  await client?.close();
  await sb?.close();
  tmp.cleanup();
});

/** Runs the CLI and resolves as soon as a stderr line matches `pattern` (the process keeps running). */
function startCli(args: string[]): { seen(pattern: RegExp): Promise<RegExpMatchArray>; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: tmp.dir, env: { ...process.env, CCF_CONSORTIUM_DEBUG: "" } });
  let stdout = "";
  let stderr = "";
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
    for (const w of [...waiters]) {
      const m = w.pattern.exec(stderr);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  const done = new Promise<CliResult>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
  return {
    seen: (pattern) =>
      new Promise((resolve, reject) => {
        const m = pattern.exec(stderr);
        if (m) return resolve(m);
        waiters.push({ pattern, resolve });
        void done.then((r) => reject(new Error(`exited ${r.code} before ${pattern}: ${r.stderr}`)));
      }),
    done,
  };
}

describe("several parties, each with its own key (three Active members)", () => {
  it("add-member by member0 alone exits 3 naming the two pending voters; member1 votes; the re-run exits 0 and no second proposal exists", async () => {
    const args = ["add-member", ...conn, ...signedBy(m0), "--cert", carol.cert, "--member-data", '{"name":"carol"}'];
    const first = await run(...args);
    expect(first.code).toBe(3);
    const id = /^Proposal ([0-9a-f]{64}) is Open, waiting for other members' ballots: 1 more accepting ballot needed \(the default constitution accepts with more than half of the 3 Active members \(2 accepting ballots\); 1 so far\)\.$/m.exec(first.stdout)?.[1];
    expect(id).toBeDefined();
    expect(first.stdout).toContain(`Not yet voted:\n`);
    expect(first.stdout).toContain(`  ${m1.memberId}  alice\n`);
    expect(first.stdout).toContain(`  ${m2.memberId}  bob\n`);
    expect(first.stdout).not.toContain(`  ${m0.memberId}`);
    expect(first.stdout).toContain(`  ccf-consortium vote --proposal-id ${id} --node ${sb.url} --service-cert ${certPath} --signing-key KEY --signing-cert CERT\n`);

    // --json: the same pending state, adopted (no second proposal), still exit 3.
    const again = await run(...args, "--json");
    expect(again.code).toBe(3);
    expect(again.stderr).toBe("");
    const doc = JSON.parse(again.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ state: "pending", status: "Proposed", proposalId: id, ballotsNeeded: 1, reused: true, memberId: carol.memberId });
    expect((doc.pendingVoters as { memberId: string; name: string }[]).map((v) => v.name).sort()).toEqual(["alice", "bob"]);

    // member1 votes from its own process with its own key.
    const vote = await run("vote", ...conn, ...signedBy(m1), "--proposal-id", id!);
    expect(ok(vote)).toBe(`Voted for proposal ${id}: it is Accepted (2 ballots).\n`);

    const rerun = await run(...args);
    expect(ok(rerun)).toBe(`Member ${carol.memberId} is already registered (Accepted); nothing proposed.\n`);
    const proposals = await client.listProposals();
    expect(proposals.map((p) => [p.proposalId, p.state])).toEqual([[id, "Accepted"]]);
  });

  it("--wait 60s completes when member1 votes from another process during the wait", async () => {
    const waiting = startCli(["add-member", ...conn, ...signedBy(m0), "--cert", dan.cert, "--wait", "60s", "--json"]);
    const m = await waiting.seen(/… waiting for 1 more ballot; not yet voted: [0-9a-f]{12}… \((?:alice|bob)\), [0-9a-f]{12}… \((?:alice|bob)\) \(proposal ([0-9a-f]{64}), \d+ s left\)\n/);
    const id = m[1]!;
    const vote = await run("vote", ...conn, ...signedBy(m1), "--proposal-id", id);
    expect(ok(vote)).toContain("it is Accepted");
    const r = await waiting.done;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ state: "done", status: "Accepted", created: true, proposalId: id, memberId: dan.memberId });
  });

  it("--wait ends at the deadline as pending (exit 3), and bad durations are bad input", async () => {
    const r = await run("remove-member", ...conn, ...signedBy(m0), "--member-id", dan.memberId, "--wait", "1s");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/… waiting for 1 more ballot; not yet voted: /);
    expect(r.stdout).toMatch(/^Proposal [0-9a-f]{64} is Open, waiting for other members' ballots/);
    const bad = await run("remove-member", ...conn, ...signedBy(m0), "--member-id", dan.memberId, "--wait", "soon", "--json");
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toEqual({ error: { code: "INVALID_INPUT", message: "--wait: 'soon' is not a duration (e.g. 90, 60s, 10m, 1h; at most 24h; 0 does not wait)" } });
  });

  it("status: service certificate and constitution SHA-256, members, the Open proposal with who has not voted", async () => {
    const doc = okJson<{
      service: { status: string; certificateSha256: string };
      constitutionSha256: string;
      members: { name?: string; status: string }[];
      openProposals: { proposalId: string; ballots: number; ballotsNeeded: number; pendingVoters: { name?: string }[] }[];
    }>(await run("status", ...conn, "--json"));
    expect(doc.service.status).toBe("Open");
    expect(doc.service.certificateSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.constitutionSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.members.map((m) => m.name ?? "-").sort()).toEqual(["-", "-", "alice", "bob", "carol"].sort());
    expect(doc.openProposals).toHaveLength(1);
    expect(doc.openProposals[0]).toMatchObject({ ballots: 1, ballotsNeeded: 1 });
    expect(doc.openProposals[0]!.pendingVoters.map((v) => v.name).sort()).toEqual(["alice", "bob"]);

    const text = ok(await run("status", ...conn));
    expect(text).toContain(`Constitution SHA-256         ${doc.constitutionSha256}\n`);
    expect(text).toContain(`Service certificate SHA-256  ${doc.service.certificateSha256}\n`);
    expect(text).toMatch(new RegExp(`^${doc.openProposals[0]!.proposalId} +[0-9a-f]{12}… +1 +1 +(alice, bob|bob, alice)$`, "m"));
  });

  it("401s: refused before signing when the members list shows the signer unknown; otherwise the node's reasons are printed; --json errors are one document", async () => {
    const proposal = (await client.listProposals()).find((p) => p.state === "Open")!.proposalId;
    const refused = await run("propose-member", ...conn, ...signedBy(mallory), "--cert", mallory.cert, "--json");
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({
      error: { code: "REFUSED", message: `the proposer ${mallory.memberId} is not a member of this service (the node would refuse its signature: "Signer is not a known member"); sign with an Active member's key` },
    });
    // vote reads no members list: the node's 401, with its reason.
    const vote = await run("vote", ...conn, ...signedBy(mallory), "--proposal-id", proposal);
    expect(vote.code).toBe(1);
    expect(vote.stderr).toMatch(/failed with 401 InvalidAuthenticationInfo: Invalid authentication credentials\. \(Signer is not a known member\)\n$/);
  });

  it("plan: a change that would be refused prints the whole plan first, then each refusal (exit 1); --json is the plan document with the refusals", async () => {
    const manifest = join(tmp.dir, "refused.yaml");
    // Leaves out member0, the only active recovery member (threshold 1): CCF would refuse its removal.
    writeFileSync(
      manifest,
      [
        "members:",
        `  - name: alice`,
        `    certificate: ${m1.certPath}`,
        `    member_data: { name: alice }`,
        `  - name: bob`,
        `    certificate: ${m2.certPath}`,
        `    member_data: { name: bob }`,
        `  - name: carol`,
        `    certificate: carol_cert.pem`,
        `    member_data: { name: carol }`,
        `  - name: dan`,
        `    certificate: dan_cert.pem`,
        `  - name: erin`,
        `    certificate: erin_cert.pem`,
        `    member_data: { name: erin, team: ops }`,
        "",
      ].join("\n"),
    );
    const erin = await memberFiles(tmp.dir, "erin");
    const r = await run("plan", ...conn, "--manifest", "refused.yaml");
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Changes to match refused.yaml:");
    expect(lines).toContain(`  + add       erin (${erin.memberId.slice(0, 12)}…) member_data {"name":"erin","team":"ops"}`);
    expect(lines).toContain(`  - remove    (no name) (${m0.memberId.slice(0, 12)}…)`);
    const at = lines.indexOf("Refused: the service would reject this change (nothing is proposed until it is fixed):");
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith("One proposal, ")));
    expect(lines[at + 1]).toBe(
      "  ! removing 1 of the 1 active recovery members would leave 0, fewer than the recovery threshold 1 (CCF refuses remove_member then); lower the recovery threshold first, or add and activate recovery members first",
    );
    const json = await run("plan", ...conn, "--manifest", "refused.yaml", "--json");
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as { adds: { name: string }[]; removals: { memberId: string }[]; refusals: string[] };
    expect(doc.adds.map((a) => a.name)).toEqual(["erin"]);
    expect(doc.removals).toEqual([{ memberId: m0.memberId }]);
    expect(doc.refusals).toEqual([lines[at + 1]!.slice(4)]);
    // apply refuses before signing anything, after printing the plan.
    const apply = await run("apply", ...conn, "--manifest", "refused.yaml", ...signedBy(m1));
    expect(apply.code).toBe(1);
    expect(apply.stdout.startsWith("Changes to match refused.yaml:\n")).toBe(true);
    expect(apply.stderr).toMatch(/^ccf-consortium apply: removing 1 of the 1 active recovery members would leave 0/m);
  });
});
