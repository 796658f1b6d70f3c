/**
 * The online commands, end to end: the BUILT bin (`npm run build` first) against one sandbox (CCF 6.x
 * profile, three nodes, three genesis members of which two are recovery members) over real TLS. The tests
 * run in order and build on each other's state, as an operator's session would.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, localSigner, proposalBody, transitionServiceToOpenAction, APPROVE_BALLOT, type GovernanceClient } from "../../core/index.js";
import { startSandbox, type Sandbox, type SandboxMember } from "../../sandbox/index.js";
import { tempDir } from "../helpers/temp-dir.js";
import { cli, expectOneLineError, memberFiles, ok, okJson, signedBy, voters, MAIN, type MemberFiles } from "./online-harness.js";

const HEX64 = /^[0-9a-f]{64}$/;

let sb: Sandbox;
let m0: SandboxMember, m1: SandboxMember, m2: SandboxMember;
let dave: MemberFiles, erin: MemberFiles, frank: MemberFiles, gina: MemberFiles, mallory: MemberFiles;
const tmp = tempDir("ccf-cli-online-");
let certPath: string;
let conn: string[];

const run = (...args: string[]) => cli(args, tmp.dir);

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error("dist/cli/main.cjs is missing: run `npm run build` first");
  sb = await startSandbox({ members: 3, recoveryMembers: 2, recoveryThreshold: 1, nodes: 3, ccfVersion: 6 });
  [m0, m1, m2] = sb.members as [SandboxMember, SandboxMember, SandboxMember];
  certPath = join(tmp.dir, "service_cert.pem");
  writeFileSync(certPath, sb.serviceCertificatePem);
  conn = ["--node", sb.url, "--service-cert", certPath];
  [dave, erin, frank, gina, mallory] = await Promise.all([
    memberFiles(tmp.dir, "dave", true),
    memberFiles(tmp.dir, "erin"),
    memberFiles(tmp.dir, "frank"),
    memberFiles(tmp.dir, "gina", true),
    memberFiles(tmp.dir, "mallory"),
  ]);
});

afterAll(async () => {
  await sb?.close();
  tmp.cleanup();
});

interface MembersDoc {
  api: string;
  service: { status: string; recoveryThreshold?: number };
  members: { memberId: string; name?: string; status: string; recoveryRole: string; recoveryShare: string; memberData: unknown }[];
}

describe("online commands against the sandbox", () => {
  it("members: the genesis members, Accepted, as a table and as JSON", async () => {
    const [human, json] = await Promise.all([run("members", ...conn), run("members", ...conn, "--json")]);
    const text = ok(human);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("Service Open (API 2024-07-01, recovery threshold 1): 3 members");
    expect(lines[1]).toMatch(/^MEMBER ID {2,}NAME {2,}STATUS {2,}RECOVERY ROLE {2,}RECOVERY SHARE$/);
    for (const m of [m0, m1, m2]) expect(text).toMatch(new RegExp(`^${m.memberId} +- +Accepted +${m === m2 ? "NonParticipant +-" : "Participant +none"}$`, "m"));
    // Columns are aligned: every row starts its STATUS at the same offset as the header.
    const at = lines[1]!.indexOf("STATUS");
    for (const row of lines.slice(2)) expect(row.slice(at, at + 8)).toBe("Accepted");

    const doc = okJson<MembersDoc>(json);
    expect(doc.api).toBe("2024-07-01");
    expect(doc.service).toEqual({ status: "Open", recoveryCount: 0, recoveryThreshold: 1 });
    expect(doc.members.map((m) => m.memberId).sort()).toEqual([m0, m1, m2].map((m) => m.memberId).sort());
    expect(doc.members.every((m) => m.status === "Accepted")).toBe(true);
  });

  it("ack: update + ack with the member's own key makes it Active; acking again sends nothing", async () => {
    const [r0, r1, r2] = await Promise.all([run("ack", ...conn, ...signedBy(m0)), run("ack", ...conn, ...signedBy(m1), "--json"), run("ack", ...conn, ...signedBy(m2))]);
    expect(ok(r0)).toBe(`Member ${m0.memberId} acked the state digest and is Active.\n`);
    expect(r0.stderr).toMatch(/^… state digest [0-9a-f]{16}…\n… member [0-9a-f]{64} acked the state digest and is Active\n$/);
    const j1 = okJson(r1);
    expect(j1).toMatchObject({ memberId: m1.memberId, status: "Active", changed: true });
    expect(String(j1.transactionId)).toMatch(/^\d+\.\d+$/);
    ok(r2);
    const [again, againHuman, members] = await Promise.all([run("ack", ...conn, ...signedBy(m0), "--json"), run("ack", ...conn, ...signedBy(m0)), run("members", ...conn, "--json")]);
    expect(okJson(again)).toEqual({ memberId: m0.memberId, status: "Active", changed: false });
    expect(ok(againHuman)).toBe(`Member ${m0.memberId} is already Active; nothing sent.\n`);

    const doc = okJson<MembersDoc>(members);
    expect(doc.members.map((m) => [m.memberId, m.status, m.recoveryShare]).sort()).toEqual(
      [
        [m0.memberId, "Active", "issued"],
        [m1.memberId, "Active", "issued"],
        [m2.memberId, "Active", "n/a"],
      ].sort(),
    );
  });

  it("add-member: proposes, collects each --voter's ballot, waits for commit; the new member acks; members shows it Active with its share", async () => {
    const dataFile = join(tmp.dir, "dave.json");
    writeFileSync(dataFile, JSON.stringify({ name: "dave", role: "operator" }));
    const args = ["add-member", ...conn, ...signedBy(m0), "--cert", dave.cert, "--enc-pubk", dave.encPub!, "--member-data", `@${dataFile}`, ...voters(m0, m1), "--wait-for-commit"];
    const added = okJson(await run(...args, "--json"));
    expect(added).toMatchObject({ memberId: dave.memberId, status: "Accepted", created: true });
    expect(added.proposalId).toMatch(HEX64);

    const ack = await run("ack", ...conn, ...signedBy(dave));
    expect(ok(ack)).toBe(`Member ${dave.memberId} acked the state digest and is Active.\n`);
    const table = ok(await run("members", ...conn));
    expect(table).toMatch(new RegExp(`^${dave.memberId} +dave +Active +Participant +issued$`, "m"));
    expect(table).toContain(": 4 members");

    // Run again: the member is there with this certificate, nothing is proposed.
    const again = await run(...args);
    expect(ok(again)).toBe(`Member ${dave.memberId} is already registered (Active); nothing proposed.\n`);
    expect(again.stderr).toContain(`member ${dave.memberId} is already Active; nothing proposed`);
  });

  it("add-member (human): progress on stderr while it proposes and votes, the result on stdout", async () => {
    const r = await run("add-member", ...conn, ...signedBy(m0), "--cert", frank.cert, "--member-data", '{"name":"frank"}', ...voters(m0, m1, m2, dave));
    const out = ok(r);
    expect(out).toMatch(new RegExp(`^Member ${frank.memberId} is Accepted \\(proposal [0-9a-f]{64}\\)\\.\\n`));
    expect(out).toContain("'ccf-consortium ack'");
    expect(r.stderr).toMatch(/^… 4 members, service Open$/m);
    expect(r.stderr).toMatch(/^… proposed [0-9a-f]{64}$/m);
    expect(r.stderr).toMatch(/^… ballot from [0-9a-f]{12}… → (Open|Accepted)$/m);
    expect(r.stderr).toMatch(/^… proposal [0-9a-f]{64} Accepted$/m);
  });

  let open1 = "";
  it("propose-member leaves the proposal Open; proposals lists it and shows its actions", async () => {
    const r = await run("propose-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--member-data", '{"name":"erin"}');
    // Pending (exit 3): the proposer's ballot is not sent by propose-member, so every Active member is named.
    expect(r.code).toBe(3);
    const m = /^Proposal ([0-9a-f]{64}) is Open, waiting for other members' ballots: 3 more accepting ballots needed \(the default constitution accepts with more than half of the 4 Active members \(3 accepting ballots\); 0 so far\)\.\nNot yet voted:\n(?: {2}[0-9a-f]{64}(?: {2}\w+)?\n){4}Each of them votes with their own key:\n {2}ccf-consortium vote --proposal-id \1 --node \S+ --service-cert \S+ --signing-key KEY --signing-cert CERT\n.*\nMember ([0-9a-f]{64}) will be Accepted when it passes\.\n$/.exec(r.stdout);
    expect(m).not.toBeNull();
    open1 = m![1]!;
    expect(m![2]).toBe(erin.memberId);

    const [tableRun, listRun, oneRun, shownRun] = await Promise.all([
      run("proposals", ...conn),
      run("proposals", ...conn, "--json"),
      run("proposals", ...conn, "--proposal-id", open1, "--json"),
      run("proposals", ...conn, "--proposal-id", open1.toUpperCase()),
    ]);
    const table = ok(tableRun);
    expect(table.split("\n")[0]).toMatch(/^PROPOSAL ID {2,}STATE {2,}BALLOTS {2,}PROPOSER$/);
    expect(table).toMatch(new RegExp(`^${open1} +Open +0 +${m0.memberId}$`, "m"));
    const list = okJson<{ proposals: { proposalId: string; state: string; proposerId: string }[] }>(listRun);
    expect(list.proposals).toContainEqual(expect.objectContaining({ proposalId: open1, state: "Open", proposerId: m0.memberId, ballotCount: 0 }));

    const one = okJson<{ proposalId: string; state: string; actions: { actions: { name: string; args: Record<string, unknown> }[] } }>(oneRun);
    expect(one.state).toBe("Open");
    expect(one.actions.actions).toEqual([{ name: "set_member", args: { cert: erin.certificatePem, member_data: { name: "erin" } } }]);
    const shown = ok(shownRun);
    expect(shown).toContain(`Proposal ${open1}\n  state     Open\n  proposer  ${m0.memberId}\n  ballots   0\n  actions   set_member\n`);

    // The same proposal again: the identical Open one is reused, not proposed twice.
    const againRun = await run("propose-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--member-data", '{"name":"erin"}', "--json");
    expect(againRun.code).toBe(3);
    expect(JSON.parse(againRun.stdout)).toMatchObject({ memberId: erin.memberId, state: "pending", status: "Proposed", proposalId: open1, created: false, reused: true, ballotsNeeded: 3 });
  });

  it("vote: --reject and the default accepting ballot; the state after each", async () => {
    const no = okJson<{ ballot: string; voterId: string; proposal: { state: string; ballotCount: number } }>(
      await run("vote", ...conn, ...signedBy(m1), "--proposal-id", open1, "--reject", "--json"),
    );
    expect(no).toMatchObject({ ballot: "reject", voterId: m1.memberId, proposal: { proposalId: open1, state: "Open", ballotCount: 1 } });
    // 4 Active members (member0-2, dave; frank is only Accepted): one no and one yes leave it Open.
    const yes = await run("vote", ...conn, ...signedBy(m0), "--proposal-id", open1);
    expect(ok(yes)).toBe(`Voted for proposal ${open1}: it is Open (2 ballots).\n`);
    // The identical ballot again is accepted again (safe to repeat).
    expect(ok(await run("vote", ...conn, ...signedBy(m0), "--proposal-id", open1))).toBe(`Voted for proposal ${open1}: it is Open (2 ballots).\n`);
  });

  it("withdraw: only the proposer may; then the proposal is Withdrawn", async () => {
    const refused = await run("withdraw", ...conn, ...signedBy(m1), "--proposal-id", open1);
    expectOneLineError(refused, 1, /^ccf-consortium withdraw: POST \/gov\/members\/proposals\/[0-9a-f]{64}:withdraw\?api-version=2024-07-01 on https:\/\/127\.0\.0\.1:\d+ failed with 403 AuthorizationFailed: /);
    const r = await run("withdraw", ...conn, ...signedBy(m0), "--proposal-id", open1);
    expect(ok(r)).toBe(`Proposal ${open1} is Withdrawn.\n`);

    // Propose again (a new proposal: the withdrawn one is not Open) and withdraw it with --json.
    const againRun = await run("propose-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--json");
    expect(againRun.code).toBe(3);
    const again = JSON.parse(againRun.stdout) as Record<string, unknown>;
    expect(again.proposalId).not.toBe(open1);
    const w = okJson(await run("withdraw", ...conn, ...signedBy(m0), "--proposal-id", String(again.proposalId), "--json"));
    expect(w).toMatchObject({ proposalId: again.proposalId, state: "Withdrawn", proposal: { proposalId: again.proposalId, state: "Withdrawn", proposerId: m0.memberId } });
  });

  it("set-member-data by --cert (human), then the same data again by --member-id (--json): nothing proposed", async () => {
    const data = '{"name":"dave","role":"auditor"}';
    const r = await run("set-member-data", ...conn, ...signedBy(m0), "--cert", dave.cert, "--member-data", data, ...voters(m0, m1, m2));
    expect(ok(r)).toMatch(new RegExp(`^Member ${dave.memberId} has the new member_data \\(proposal [0-9a-f]{64} Accepted, transaction \\d+\\.\\d+\\)\\.\\n$`));
    const again = okJson(await run("set-member-data", ...conn, ...signedBy(m0), "--member-id", dave.memberId, "--member-data", data, ...voters(m0, m1, m2), "--json"));
    expect(again).toEqual({ memberId: dave.memberId, state: "done", changed: false });
    const doc = okJson<MembersDoc>(await run("members", ...conn, "--json"));
    expect(doc.members.find((m) => m.memberId === dave.memberId)?.memberData).toEqual({ name: "dave", role: "auditor" });
  });

  it("remove-member by --cert (human), again by --member-id (--json): nothing proposed", async () => {
    const r = await run("remove-member", ...conn, ...signedBy(m0), "--cert", frank.cert, ...voters(m0, m1, m2), "--wait-for-commit");
    expect(ok(r)).toMatch(new RegExp(`^Member ${frank.memberId} is removed \\(proposal [0-9a-f]{64} Accepted, transaction \\d+\\.\\d+\\)\\.\\n$`));
    expect(r.stderr).toMatch(/^… transaction \d+\.\d+ committed$/m);
    const again = okJson(await run("remove-member", ...conn, ...signedBy(m0), "--member-id", frank.memberId, ...voters(m0, m1, m2), "--json"));
    expect(again).toEqual({ memberId: frank.memberId, state: "done", changed: false });
    const doc = okJson<MembersDoc>(await run("members", ...conn, "--json"));
    expect(doc.members.map((m) => m.memberId)).not.toContain(frank.memberId);
  });

  it("plan and apply a manifest: an add, a removal and a data change (and the threshold) in ONE proposal; a re-run changes nothing", async () => {
    const manifest = join(tmp.dir, "members.yaml");
    writeFileSync(
      manifest,
      [
        "recovery_threshold: 2",
        "members:",
        `  - name: member0`,
        `    certificate: ${m0.certPath}`,
        `    encryption_public_key: ${m0.encryptionPublicKeyPath}`,
        `  - name: member1`,
        `    certificate: ${m1.certPath}`,
        `    encryption_public_key: ${m1.encryptionPublicKeyPath}`,
        `  - name: dave`,
        `    certificate: dave_cert.pem`,
        `    encryption_public_key: dave_enc_pubk.pem`,
        `    member_data: { name: dave, role: operator }`,
        `  - name: gina`,
        `    certificate: gina_cert.pem`,
        `    encryption_public_key: gina_enc_pubk.pem`,
        `    member_data: { name: gina }`,
        "",
      ].join("\n"),
    );
    const text = ok(await run("plan", ...conn, "--manifest", "members.yaml"));
    const short = (id: string) => `${id.slice(0, 12)}…`;
    expect(text).toBe(
      [
        "Changes to match members.yaml:",
        `  + add       gina (${short(gina.memberId)}) member_data {"name":"gina"}`,
        `  ~ data      dave (${short(dave.memberId)}): {"name":"dave","role":"auditor"} → {"name":"dave","role":"operator"}`,
        `  - remove    (no name) (${short(m2.memberId)})`,
        "  ~ threshold recovery threshold 1 → 2",
        "  = unchanged member0, member1",
        "One proposal, 4 actions: set_member, set_member_data, remove_member, set_recovery_threshold",
        "The live constitution's validate(): valid",
        "",
      ].join("\n"),
    );
    const planned = okJson<{ empty: boolean; adds: unknown[]; removals: unknown[]; dataChanges: unknown[]; actions: string[]; proposal: { actions: { name: string }[] } }>(
      await run("plan", ...conn, "--manifest", manifest, "--json"),
    );
    expect(planned.empty).toBe(false);
    expect((planned as { validation?: unknown }).validation).toEqual({ valid: true, description: "" });
    expect(planned.adds).toEqual([{ name: "gina", memberId: gina.memberId }]);
    expect(planned.removals).toEqual([{ memberId: m2.memberId }]);
    expect(planned.dataChanges).toEqual([{ name: "dave", memberId: dave.memberId, from: { name: "dave", role: "auditor" }, to: { name: "dave", role: "operator" } }]);
    expect(planned.actions).toEqual(["set_member", "set_member_data", "remove_member", "set_recovery_threshold"]);
    expect(planned.proposal.actions.map((a) => a.name)).toEqual(planned.actions);

    const applied = okJson<{ changed: boolean; proposalId: string; state: string; plan: { actions: string[] } }>(
      await run("apply", ...conn, "--manifest", manifest, ...signedBy(m0), ...voters(m0, m1, dave), "--json"),
    );
    expect(applied).toMatchObject({ changed: true, state: "done", plan: { actions: planned.actions } });
    expect(applied.proposalId).toMatch(HEX64);
    const doc = okJson<MembersDoc>(await run("members", ...conn, "--json"));
    expect(doc.service.recoveryThreshold).toBe(2);
    expect(doc.members.map((m) => [m.name ?? m.memberId, m.status]).sort()).toEqual(
      [
        ["dave", "Active"],
        ["gina", "Accepted"],
        [m0.memberId, "Active"],
        [m1.memberId, "Active"],
      ].sort(),
    );

    expect(ok(await run("plan", ...conn, "--manifest", manifest))).toBe("No changes: the service already matches " + manifest + " (4 members).\n");
    const rerun = await run("apply", ...conn, "--manifest", "members.yaml", ...signedBy(m0));
    expect(ok(rerun)).toBe("No changes: the service already matches members.yaml (4 members).\n");
    expect(rerun.stderr).toBe("… the service already matches the manifest; nothing proposed\n");
  });

  it("fails over to the next --node when the first is down", async () => {
    await sb.control.stopNode(0);
    try {
      const both = ["--node", sb.urls[0]!, "--node", sb.urls[1]!, "--service-cert", certPath];
      const doc = okJson<MembersDoc>(await run("members", ...both, "--json"));
      expect(doc.members).toHaveLength(4);
      // A write through the second node too (elected primary: two of three nodes still run).
      const r = await run("ack", ...both, ...signedBy(gina), "-v");
      expect(ok(r)).toBe(`Member ${gina.memberId} acked the state digest and is Active.\n`);
      // The member read tried the stopped node first (and settled the API flavour on the second).
      expect(r.stderr).toContain(`→ GET /gov/service/members/${gina.memberId}?api-version=2024-07-01 (${sb.urls[0]})`);
      expect(r.stderr).toContain(`:ack?api-version=2024-07-01 (${sb.urls[1]})`);
    } finally {
      await sb.control.startNode(0);
    }
  });

  it("--api picks the flavour: classic and 2023-06-01-preview read the same members", async () => {
    const [c, p] = await Promise.all([run("members", ...conn, "--api", "classic", "--json"), run("members", ...conn, "--api", "2023-06-01-preview", "--json")]);
    const classic = okJson<MembersDoc>(c);
    const preview = okJson<MembersDoc>(p);
    expect(classic.api).toBe("classic");
    expect(preview.api).toBe("2023-06-01-preview");
    const strip = (d: MembersDoc) => d.members.map((m) => [m.memberId, m.status, m.recoveryRole, m.recoveryShare]);
    expect(strip(classic)).toEqual(strip(preview));
    expect(classic.members.find((m) => m.memberId === gina.memberId)).toMatchObject({ status: "Active", recoveryShare: "issued" });
  });

  it("--servername: the name checked against the node certificate (SANs 127.0.0.1 and localhost) instead of the URL host", async () => {
    const [named, wrong] = await Promise.all([
      run("members", ...conn, "--servername", "localhost", "--json"),
      run("members", ...conn, "--servername", "node.example.com"),
    ]);
    expect(okJson<MembersDoc>(named).members).toHaveLength(4);
    expectOneLineError(wrong, 1, /TLS verification against the pinned service certificate failed \(ERR_TLS_CERT_ALTNAME_INVALID/);
  });

  it("CCF and flow failures: one line naming CCF's code and message, exit 1", async () => {
    const unknown = "ab".repeat(32);
    const other = join(tmp.dir, "other_ca.pem");
    writeFileSync(other, dave.certificatePem);
    const [vote, ack, proposal, proposer, tls, down] = await Promise.all([
      run("vote", ...conn, ...signedBy(m0), "--proposal-id", unknown),
      run("ack", ...conn, ...signedBy(mallory)),
      run("proposals", ...conn, "--proposal-id", unknown),
      run("propose-member", ...conn, ...signedBy(mallory), "--cert", erin.cert),
      run("members", "--node", sb.url, "--service-cert", other),
      run("members", "--node", "https://127.0.0.1:1", "--service-cert", certPath),
    ]);
    expectOneLineError(vote, 1, /^ccf-consortium vote: POST \/gov\/members\/proposals\/[0-9a-f]{64}\/ballots\/[0-9a-f]{64}:submit\?api-version=2024-07-01 on https:\/\/127\.0\.0\.1:\d+ failed with 404 ProposalNotFound: /);
    expectOneLineError(ack, 1, new RegExp(`^ccf-consortium ack: member ${mallory.memberId} is not registered`));
    expectOneLineError(proposal, 1, /ProposalNotFound: the node knows no proposal/);
    // A proposer that is not a member: refused before signing (the members list shows it unknown).
    expectOneLineError(proposer, 1, new RegExp(`^ccf-consortium propose-member: the proposer ${mallory.memberId} is not a member of this service`), [mallory.privateKeyPem], { progress: true });
    // Pinning another CA: TLS verification fails, nothing is sent.
    expectOneLineError(tls, 1, /TLS verification against the pinned service certificate failed/);
    // Every node down (after the retries).
    expectOneLineError(down, 1, /could not connect \(ECONNREFUSED/);
  });

  it("bad input: exit 2, one line naming the input, no stack, no key material", async () => {
    const badJson = join(tmp.dir, "bad.json");
    writeFileSync(badJson, "{not json");
    const cases: [string[], RegExp][] = [
      [["members"], /^ccf-consortium members: --node: is required/],
      [["members", "--node", "http://127.0.0.1:1", "--service-cert", certPath], /--node: 'http:\/\/127\.0\.0\.1:1' must use https:\/\//],
      [["members", "--node", "not a url", "--service-cert", certPath], /--node: 'not a url' is not a URL/],
      [["members", "--node", `${sb.url}/gov`, "--service-cert", certPath], /must be a node's origin only/],
      [["members", "--node", sb.url], /--service-cert: is required/],
      [["members", "--node", sb.url, "--service-cert", "missing.pem"], /--service-cert missing.pem: no such file/],
      [["members", "--node", sb.url, "--service-cert", m0.keyPath], /--service-cert .*member0_privk\.pem: is not a PEM certificate/],
      [["members", ...conn, "--api", "2022-01-01"], /--api: '2022-01-01' is not one of auto, 2024-07-01, 2023-06-01-preview, classic/],
      [["members", ...conn, "--bogus"], /Unknown option '--bogus'/],
      [["ack", ...conn], /--signing-key: is required/],
      [["ack", ...conn, "--signing-key", m0.keyPath, "--signing-cert", m1.certPath], /does not (match|belong)/i],
      [["ack", ...conn, "--signing-key", dave.encPriv!, "--signing-cert", dave.cert], /--signing-key .*dave_enc_privk\.pem: /],
      [["add-member", ...conn, ...signedBy(m0)], /--cert: is required/],
      [["add-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--member-data", "{oops"], /--member-data: is not valid JSON/],
      [["add-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--member-data", `@${badJson}`], /--member-data @.*bad\.json: is not valid JSON/],
      [["add-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--member-data", "[1]"], /--member-data: must be a JSON object/],
      [["add-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--member-data", "@nope.json"], /--member-data nope\.json: no such file/],
      [["add-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--recovery-role", "Owner"], /--recovery-role: needs --enc-pubk/],
      [["add-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--enc-pubk", dave.encPub!, "--recovery-role", "Boss"], /--recovery-role: 'Boss' is not one of/],
      [["add-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--enc-pubk", dave.encPriv!], /holds a private key; pass the public key/],
      [["add-member", ...conn, ...signedBy(m0), "--cert", erin.cert, "--voter", m1.keyPath], /--voter: '.*' is not KEY,CERT/],
      [["vote", ...conn, ...signedBy(m0)], /--proposal-id: is required/],
      [["vote", ...conn, ...signedBy(m0), "--proposal-id", "1234"], /--proposal-id: must be a proposal id: 64 hexadecimal characters \(got 4 characters\)/],
      [["remove-member", ...conn, ...signedBy(m0)], /--member-id: is required \(or --cert/],
      [["remove-member", ...conn, ...signedBy(m0), "--member-id", "xyz"], /--member-id: must be a member id/],
      [["set-member-data", ...conn, ...signedBy(m0), "--member-id", dave.memberId], /--member-data: is required/],
      [["set-member-data", ...conn, ...signedBy(m0), "--member-id", dave.memberId, "--cert", erin.cert], /--member-id: give either --member-id or --cert, not both/],
      [["plan", ...conn], /--manifest: is required/],
      [["plan", ...conn, "--manifest", "absent.yaml"], /--manifest absent\.yaml: no such file/],
      [["plan", ...conn, "--manifest", badJson], /bad\.json: is not valid JSON or YAML|bad\.json: must be a list/],
      [["submit-share", ...conn, ...signedBy(m0)], /--enc-key: is required/],
      [["submit-share", ...conn, ...signedBy(m0), "--enc-key", m0.keyPath], /--enc-key .*member0_privk\.pem: must be an RSA private key/],
      [["demo", "--ccf-version", "3"], /--ccf-version: '3' is not one of 4, 5, 6, 7/],
    ];
    const results = await Promise.all(cases.map(([args]) => run(...args)));
    results.forEach((r, i) => {
      const secrets = [m0.privateKeyPem, m1.privateKeyPem, dave.privateKeyPem, dave.encryptionPrivateKeyPem!];
      try {
        expectOneLineError(r, 2, cases[i]![1], secrets);
      } catch (err) {
        throw new Error(`${cases[i]![0].slice(0, 1).join(" ")} … ${cases[i]![1]}: ${(err as Error).message}\nstderr: ${r.stderr}`);
      }
    });
  });

  it("submit-share: nothing while the service is Open; after a disaster each member decrypts and submits its share and the service reopens", async () => {
    const idle = await run("submit-share", ...conn, ...signedBy(m0), "--enc-key", m0.encryptionPrivateKeyPath!);
    expect(ok(idle)).toBe("The service is Open, not waiting for recovery shares; nothing submitted.\n");

    const disaster = await sb.control.simulateDisaster();
    const newCert = join(tmp.dir, "service_cert_recovered.pem");
    writeFileSync(newCert, disaster.serviceCertificatePem);
    const recovered = ["--node", sb.url, "--service-cert", newCert];
    // The old pin no longer verifies the nodes.
    expectOneLineError(await run("members", ...conn), 1, /TLS verification against the pinned service certificate failed/);

    // Refused before signing anything: membership changes while the service is recovering.
    const duringRecovery = await run("add-member", ...recovered, ...signedBy(m0), "--cert", erin.cert, "--json");
    expect(duringRecovery.code).toBe(1);
    expect(JSON.parse(duringRecovery.stdout)).toEqual({ error: { code: "REFUSED", message: expect.stringMatching(/Recovering/) } });

    // Open the recovered service for shares (no CLI command for this: the core client directly).
    const client: GovernanceClient = createGovernanceClient({ nodes: [sb.url], serviceCertificatePem: disaster.serviceCertificatePem });
    try {
      const body = proposalBody(transitionServiceToOpenAction({ nextServiceIdentityPem: disaster.serviceCertificatePem, previousServiceIdentityPem: disaster.previousServiceCertificatePem }));
      const signer0 = localSigner(m0.privateKeyPem, m0.certificatePem);
      const created = await client.createProposal(signer0, body);
      let state = created.proposal.state;
      for (const m of [m0, m1, { privateKeyPem: dave.privateKeyPem, certificatePem: dave.certificatePem }]) {
        if (state !== "Open") break;
        state = (await client.submitBallot(localSigner(m.privateKeyPem, m.certificatePem), created.proposal.proposalId, APPROVE_BALLOT)).value.state;
      }
      expect(state).toBe("Accepted");
      expect((await client.getServiceInfo()).status).toBe("WaitingForRecoveryShares");
    } finally {
      await client.close();
    }

    // A key that is not this member's: refused as bad input, the share is not submitted.
    expectOneLineError(await run("submit-share", ...recovered, ...signedBy(m0), "--enc-key", dave.encPriv!), 2, /--enc-key: does not decrypt the recovery share/, [dave.encryptionPrivateKeyPem!], { progress: true });

    const first = await run("submit-share", ...recovered, ...signedBy(m0), "--enc-key", m0.encryptionPrivateKeyPath!);
    expect(ok(first)).toBe(`Submitted the recovery share of ${m0.memberId}: 1/2 recovery shares successfully submitted\n`);
    expect(first.stderr).toContain(`… fetched the encrypted share of ${m0.memberId}`);
    const second = okJson<{ submitted: boolean; serviceStatus: string; result: { submittedCount: number; recoveryThreshold: number; recoveryInitiated: boolean } }>(
      await run("submit-share", ...recovered, ...signedBy(m1), "--enc-key", m1.encryptionPrivateKeyPath!, "--json"),
    );
    expect(second).toMatchObject({ memberId: m1.memberId, submitted: true, serviceStatus: "WaitingForRecoveryShares", result: { submittedCount: 2, recoveryThreshold: 2, recoveryInitiated: true } });
    await sb.control.privateRecoveryDone();
    const doc = okJson<MembersDoc>(await run("members", ...recovered, "--json"));
    expect(doc.service.status).toBe("Open");
    // Shares are issued again under the recovered service.
    expect(doc.members.find((m) => m.memberId === m0.memberId)?.recoveryShare).toBe("issued");
  });
});
