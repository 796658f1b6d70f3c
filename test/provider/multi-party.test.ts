// A consortium is several parties, in Pulumi: a Member through @pulumi/pulumi's own dynamic provider host
// (driven over gRPC as the engine drives it) against a sandbox with three Active members holding
// independent keys. The proposer alone cannot pass a change: with `waitForAcceptance` the step completes
// when another member votes during the wait (progress in the log); without it the step fails naming the
// proposal and who must vote, a new `pulumi up` (a new host) adopts the same Open proposal, and after the
// vote it completes: one proposal per change in total.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APPROVE_BALLOT,
  createGovernanceClient,
  generateMemberIdentity,
  localSigner,
  setMemberData,
  type GovernanceClient,
  type MemberIdentity,
  type Proposal,
} from "../../core/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { HostError, startProviderHost, urnOf, type Props, type ProviderHost } from "./provider-host.js";
import { serializeProviders } from "./serialized.js";

describe("Member with three Active members, each holding its own key", () => {
  let sandbox: Sandbox;
  let client: GovernanceClient;
  let provider: string;
  let connection: Props;
  let proposer: { certificate: string; privateKey: string };
  let carol: MemberIdentity, dan: MemberIdentity;
  const hosts: ProviderHost[] = [];
  let creates = 0;

  /** A `pulumi up`: a new provider host process, Check then the step. */
  async function up(): Promise<ProviderHost> {
    const host = await startProviderHost();
    hosts.push(host);
    await host.configure({});
    return host;
  }
  const inputs = (extra: Props): Props => ({ __provider: provider, connection, proposer, ...extra });
  async function checked(host: ProviderHost, news: Props, olds: Props = {}): Promise<Props> {
    const r = await host.check(urnOf("x"), olds, news);
    expect(r.failures).toEqual([]);
    return r.inputs;
  }
  const open = async (): Promise<Proposal[]> => (await client.listProposals()).filter((p) => p.state === "Open");
  /** Votes as member1 on the Open proposal once the host logs that it is waiting for ballots. */
  async function member1VotesWhileWaiting(host: ProviderHost): Promise<string> {
    for (;;) {
      const [p] = /s left\)/.test(host.stdout()) ? await open() : [];
      if (p) {
        const m1 = sandbox.members[1]!;
        await client.submitBallot(localSigner(m1.privateKeyPem, m1.certificatePem), p.proposalId, APPROVE_BALLOT);
        return p.proposalId;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async function member1Votes(proposalId: string): Promise<void> {
    const m1 = sandbox.members[1]!;
    const r = await client.submitBallot(localSigner(m1.privateKeyPem, m1.certificatePem), proposalId, APPROVE_BALLOT);
    expect(r.value.state).toBe("Accepted");
  }

  beforeAll(async () => {
    [sandbox, { member: provider }] = await Promise.all([startSandbox({ members: 3, recoveryMembers: 1, activate: true }), Promise.resolve(serializeProviders())]);
    sandbox.service.pipeline.before.push((ctx) => {
      if (ctx.req.method === "POST" && ctx.req.path.includes("proposals:create")) creates++;
    });
    const [m0] = sandbox.members;
    proposer = { certificate: m0!.certificatePem, privateKey: m0!.privateKeyPem };
    connection = { nodeUrls: [sandbox.url], serviceCertificate: sandbox.serviceCertificatePem };
    client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem: sandbox.serviceCertificatePem, api: "2024-07-01" });
    const signers = sandbox.members.map((m) => localSigner(m.privateKeyPem, m.certificatePem));
    for (const [i, name] of [[1, "alice"], [2, "bob"]] as const) {
      await setMemberData(client, { memberId: sandbox.members[i]!.memberId, memberData: { name }, proposer: signers[0]!, voters: signers });
    }
    [carol, dan] = await Promise.all([generateMemberIdentity({ name: "carol" }), generateMemberIdentity({ name: "dan" })]);
  });
  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.close()));
    await client?.close();
    await sandbox?.close();
  });

  it("Check validates waitForAcceptance (whole seconds, default 0)", async () => {
    const host = await up();
    expect((await checked(host, inputs({ certificate: carol.certificatePem }))).waitForAcceptance).toBe(0);
    const bad = await host.check(urnOf("x"), {}, inputs({ certificate: carol.certificatePem, waitForAcceptance: -5 }));
    expect(bad.failures).toEqual([{ property: "waitForAcceptance", reason: "must be a whole number of seconds from 0 to 86400 (got -5)" }]);
  });

  it("up with waitForAcceptance completes when another member votes during the wait, with progress in the log", async () => {
    const before = creates;
    const host = await up();
    const news = await checked(host, inputs({ certificate: carol.certificatePem, memberData: { name: "carol" }, waitForAcceptance: 60 }));
    const [created, voted] = await Promise.all([host.create(urnOf("carol"), news), member1VotesWhileWaiting(host)]);
    expect(created.id).toBe(carol.memberId);
    expect(created.props).toMatchObject({ status: "Accepted", proposalId: voted, waitForAcceptance: 60 });
    expect(creates - before).toBe(1);
    expect(host.stdout()).toMatch(/ccf-consortium: proposal [0-9a-f]{64} is Open: waiting for 1 more ballot; not yet voted: [0-9a-f]{12}… \((alice|bob)\), [0-9a-f]{12}… \((alice|bob)\)/);
    expect(host.stdout()).toMatch(/ccf-consortium: waiting for 1 more ballot; not yet voted: .* \(proposal [0-9a-f]{64}, \d+ s left\)/);
  });

  it("up without it fails naming the proposal and who must vote; the next up adopts it; after the vote, up completes; one proposal in total", async () => {
    const before = creates;
    const first = await up();
    const news = await checked(first, inputs({ certificate: dan.certificatePem, memberData: { name: "dan" } }));
    const err = (await first.create(urnOf("dan"), news).catch((e: unknown) => e)) as HostError;
    expect(err).toBeInstanceOf(HostError);
    const id = /proposal ([0-9a-f]{64}) is Open/.exec(err.details)?.[1];
    expect(id).toBeDefined();
    expect(err.details).toContain(`adding member ${dan.memberId}: proposal ${id} is Open, waiting for other members' ballots: 1 more accepting ballot needed`);
    expect(err.details).toContain(`${sandbox.members[1]!.memberId} (alice)`);
    expect(err.details).toContain(`${sandbox.members[2]!.memberId} (bob)`);
    expect(err.details).toContain(`'ccf-consortium vote --proposal-id ${id}'`);
    expect(err.details).toContain("the next 'pulumi up' adopts this proposal");
    expect(err.details).not.toMatch(/PRIVATE KEY/);

    // The next `pulumi up` before anyone voted: the same proposal, adopted, still pending.
    const second = await up();
    const again = (await second.create(urnOf("dan"), await checked(second, news)).catch((e: unknown) => e)) as HostError;
    expect(again.details).toContain(`proposal ${id} is Open`);
    expect((await open()).map((p) => p.proposalId)).toEqual([id]);

    await member1Votes(id!);
    const third = await up();
    const created = await third.create(urnOf("dan"), await checked(third, news));
    expect(created.id).toBe(dan.memberId);
    expect(created.props).toMatchObject({ status: "Accepted", memberData: { name: "dan" } });
    expect(creates - before).toBe(1);
    expect(await open()).toEqual([]);
  });

  it("an update (memberData) and a delete that cannot pass fail naming their proposal; the next run adopts it and completes after the vote", async () => {
    const before = creates;
    const host = await up();
    const olds = await checked(host, inputs({ certificate: dan.certificatePem, memberData: { name: "dan" } }));
    const state = { ...olds, memberId: dan.memberId, status: "Accepted" };
    const news = await checked(host, inputs({ certificate: dan.certificatePem, memberData: { name: "dan", team: "ops" } }), state);
    const err = (await host.update(dan.memberId, urnOf("dan"), state, news).catch((e: unknown) => e)) as HostError;
    const id = /proposal ([0-9a-f]{64}) is Open/.exec(err.details)?.[1];
    expect(err.details).toContain(`setting the data of member ${dan.memberId}: proposal ${id} is Open`);
    await member1Votes(id!);
    const next = await up();
    const updated = await next.update(dan.memberId, urnOf("dan"), state, await checked(next, news, state));
    expect(updated).toMatchObject({ memberData: { name: "dan", team: "ops" } });
    expect((await client.getMember(dan.memberId))?.memberData).toEqual({ name: "dan", team: "ops" });

    const del = (await next.delete(dan.memberId, urnOf("dan"), updated).catch((e: unknown) => e)) as HostError;
    const removal = /proposal ([0-9a-f]{64}) is Open/.exec(del.details)?.[1];
    expect(del.details).toContain(`removing member ${dan.memberId}: proposal ${removal} is Open`);
    await member1Votes(removal!);
    const last = await up();
    await last.delete(dan.memberId, urnOf("dan"), updated);
    expect(await client.getMember(dan.memberId)).toBeUndefined();
    expect(creates - before).toBe(2);
  });
});
