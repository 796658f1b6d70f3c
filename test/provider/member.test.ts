// Member through @pulumi/pulumi's real dynamic provider host, driven over gRPC as the engine drives it
// (Configure, Check, Diff, Create, Read, Update, Delete with the serialized `__provider`), against the
// sandbox over pinned TLS.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  createGovernanceClient,
  generateEncryptionKeyPair,
  generateMemberIdentity,
  localSigner,
  removeMember,
  type GovernanceClient,
  type MemberIdentity,
} from "../../core/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { MEMBER_SECRET_OUTPUTS } from "../../provider/secret-outputs.js";
import { startProviderHost, UNKNOWN, urnOf, type Props, type ProviderHost } from "./provider-host.js";
import { serializeProviders } from "./serialized.js";

const urn = (name: string) => urnOf(name);

/** What the engine would store in plain text: every output except the secret ones. */
function plainState(outputs: Props): string {
  return JSON.stringify(Object.fromEntries(Object.entries(outputs).filter(([k]) => !MEMBER_SECRET_OUTPUTS.includes(k) && k !== "__provider")));
}

describe("Member through the provider host, against the sandbox", () => {
  let sandbox: Sandbox;
  let host: ProviderHost;
  let provider: string;
  let client: GovernanceClient;
  let connection: Props;
  let proposer: { certificate: string; privateKey: string };
  let alice: MemberIdentity;
  let aliceState: { id: string; props: Props };
  const requests = { get: 0, proposals: 0 };

  const inputs = (extra: Props): Props => ({ __provider: provider, connection, proposer, ...extra });

  async function checked(news: Props, olds: Props = {}): Promise<Props> {
    const r = await host.check(urn("x"), olds, news);
    expect(r.failures).toEqual([]);
    return r.inputs;
  }

  beforeAll(async () => {
    [sandbox, { member: provider }] = await Promise.all([startSandbox({ members: 1, activate: true }), Promise.resolve(serializeProviders())]);
    sandbox.service.pipeline.before.push((ctx) => {
      if (ctx.req.method === "GET") requests.get++;
      if (ctx.req.method === "POST" && ctx.req.path.includes("proposals:create")) requests.proposals++;
    });
    const m0 = sandbox.members[0]!;
    proposer = { certificate: m0.certificatePem, privateKey: m0.privateKeyPem };
    connection = { nodeUrls: [sandbox.url], serviceCertificate: sandbox.serviceCertificatePem };
    // The test's own client (the "out of band" operator) names its API flavour: an auto-detecting client
    // keeps its detection answer (the members list) for its next list call, up to 2 s, which would hide
    // what the provider host (another process) changed meanwhile.
    client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem: sandbox.serviceCertificatePem, api: "2024-07-01" });
    alice = await generateMemberIdentity({ name: "alice", curve: "secp256r1" });
    host = await startProviderHost();
    expect(await host.configure({ "proj:unrelated": "x" })).toEqual({ acceptSecrets: false });
  });
  afterAll(async () => {
    await host?.close();
    await client?.close();
    await sandbox?.close();
  });

  it("fails Check with the core's clear errors, property by property, and skips unknown values", async () => {
    const weakRsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ type: "spki", format: "pem" }).toString();
    const k1 = generateKeyPairSync("ec", { namedCurve: "secp256k1" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const other = await generateMemberIdentity({ name: "other" });
    const { failures } = await host.check(urn("bad"), {}, {
      __provider: provider,
      connection: { nodeUrls: ["http://127.0.0.1:1"], serviceCertificate: sandbox.serviceCertificatePem, apiVersion: "2099-01-01" },
      certificate: "not a certificate",
      encryptionPublicKey: weakRsa,
      memberData: ["not", "an", "object"],
      recoveryRole: "Owner",
      proposer: { certificate: proposer.certificate, privateKey: k1 },
      voters: [{ certificate: proposer.certificate, privateKey: other.privateKeyPem }],
      activation: { privateKey: other.privateKeyPem },
      adopt: "yes",
    });
    const text = JSON.stringify(failures);
    expect(text).not.toMatch(/PRIVATE KEY|MII/);
    expect(failures.map((f) => f.property)).toEqual([
      "connection.apiVersion",
      "certificate",
      "encryptionPublicKey",
      "memberData",
      "proposer.privateKey",
      "voters[0].privateKey",
      "activation",
      "adopt",
    ]);
    const reason = (p: string) => failures.find((f) => f.property === p)!.reason;
    expect(reason("connection.apiVersion")).toBe("'2099-01-01' is not one of auto, 2024-07-01, 2023-06-01-preview, classic");
    expect(reason("encryptionPublicKey")).toBe("is a 1024-bit RSA key; recovery encryption keys must be at least 2048 bits");
    expect(reason("memberData")).toBe("must be a JSON object");
    expect(reason("adopt")).toBe("must be true or false");
    expect(reason("certificate")).toMatch(/PEM|certificate/);
    expect(reason("proposer.privateKey")).toMatch(/secp256k1/);
    expect(reason("voters[0].privateKey")).toMatch(/certificate/);

    // recoveryRole without an encryption key; http URL
    const more = await host.check(urn("bad2"), {}, inputs({ certificate: alice.certificatePem, recoveryRole: "Owner", connection: { nodeUrls: ["http://127.0.0.1:1"], serviceCertificate: sandbox.serviceCertificatePem } }));
    expect(more.failures.map((f) => f.property)).toEqual(["connection", "recoveryRole"]);
    expect(more.failures[1]!.reason).toBe("needs encryptionPublicKey (only recovery members have a recovery role)");

    // Preview: the certificate comes from a MemberIdentity not created yet.
    const preview = await host.check(urn("p"), {}, inputs({ certificate: UNKNOWN, activation: { privateKey: UNKNOWN } }));
    expect(preview.failures).toEqual([]);
  });

  it("creates and activates a member in one step, with no key in the plain state", async () => {
    const before = { ...requests };
    const news = await checked(inputs({ certificate: alice.certificatePem, memberData: { team: "a" }, activation: { privateKey: alice.privateKeyPem } }));
    expect(news.waitForActive).toBe(true);
    aliceState = await host.create(urn("alice"), news);
    const outs = aliceState.props;
    expect(aliceState.id).toBe(alice.memberId);
    expect(outs).toMatchObject({ memberId: alice.memberId, status: "Active", isRecoveryMember: false, recoveryRole: "NonParticipant", memberData: { team: "a" } });
    expect(outs.proposalId).toMatch(/^[0-9a-f]{64}$/);
    expect(outs.transactionId).toMatch(/^\d+\.\d+$/);
    expect(requests.proposals - before.proposals).toBe(1);
    expect(plainState(outs)).not.toMatch(/PRIVATE KEY/);
    expect(outs.__provider).toBe(provider);
    expect((await client.getMember(alice.memberId))?.status).toBe("Active");

    // Idempotent: a create that runs again (interrupted update, lost state) proposes nothing.
    const again = await host.create(urn("alice"), news);
    expect(again.id).toBe(alice.memberId);
    expect(requests.proposals - before.proposals).toBe(1);
  });

  it("plans a new certificate or encryption key as a replace, member data as an update, connection as state only", async () => {
    const olds = aliceState.props;
    const base = inputs({ certificate: alice.certificatePem, memberData: { team: "a" }, activation: { privateKey: alice.privateKeyPem } });
    expect(await host.diff(alice.memberId, urn("alice"), olds, await checked(base, olds))).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });

    const bob = await generateMemberIdentity({ name: "bob" });
    const newCert = await checked({ ...base, certificate: bob.certificatePem, activation: undefined }, olds);
    expect(await host.diff(alice.memberId, urn("alice"), olds, newCert)).toEqual({ changes: "some", replaces: ["certificate"], deleteBeforeReplace: false });
    expect(await host.diff(alice.memberId, urn("alice"), olds, { ...newCert, certificate: UNKNOWN })).toMatchObject({ replaces: ["certificate"] });

    const enc = await generateEncryptionKeyPair();
    const newKey = await checked({ ...base, encryptionPublicKey: enc.publicKeyPem }, olds);
    // Same certificate = same member id: remove first, or the removal would take the replacement.
    expect(await host.diff(alice.memberId, urn("alice"), olds, newKey)).toEqual({ changes: "some", replaces: ["encryptionPublicKey", "recoveryRole"], deleteBeforeReplace: true });

    expect(await host.diff(alice.memberId, urn("alice"), olds, await checked({ ...base, memberData: { team: "b" } }, olds))).toEqual({ changes: "some", replaces: [], deleteBeforeReplace: false });

    const moved = await checked({ ...base, connection: { ...connection, nodeUrls: [sandbox.url, sandbox.url.replace("127.0.0.1", "localhost")] } }, olds);
    expect(await host.diff(alice.memberId, urn("alice"), olds, moved)).toEqual({ changes: "some", replaces: [], deleteBeforeReplace: false });
    const proposalsBefore = requests.proposals;
    const outs = await host.update(alice.memberId, urn("alice"), olds, moved);
    expect(requests.proposals).toBe(proposalsBefore); // nothing proposed
    expect(outs.connection).toEqual(moved.connection);
  });

  it("updates member data in place (set_member_data), keeping the member id", async () => {
    const olds = aliceState.props;
    const news = await checked(inputs({ certificate: alice.certificatePem, memberData: { team: "b", tier: 1 }, activation: { privateKey: alice.privateKeyPem } }), olds);
    const before = requests.proposals;
    const outs = await host.update(alice.memberId, urn("alice"), olds, news);
    expect(requests.proposals - before).toBe(1);
    expect(outs).toMatchObject({ memberId: alice.memberId, status: "Active", memberData: { team: "b", tier: 1 } });
    expect((await client.getMember(alice.memberId))?.memberData).toEqual({ team: "b", tier: 1 });
    aliceState = { id: alice.memberId, props: outs };
  });

  it("refresh reports the live member and drops one removed out of band", async () => {
    // Two Active members now (member0, alice): both vote.
    const voters = [{ certificate: alice.certificatePem, privateKey: alice.privateKeyPem }];
    const carol = await generateMemberIdentity({ name: "carol" });
    const carolState = await host.create(urn("carol"), await checked(inputs({ certificate: carol.certificatePem, voters: [proposer, ...voters] })));
    expect(carolState.props.status).toBe("Accepted");
    expect((await client.getMember(carol.memberId))?.status).toBe("Accepted");

    const m0 = localSigner(proposer.privateKey, proposer.certificate);
    const removed = await removeMember(client, { memberId: carol.memberId, proposer: m0, voters: [m0, localSigner(alice.privateKeyPem, alice.certificatePem)] });
    expect(removed).toMatchObject({ changed: true, state: "done" });

    // `pulumi refresh` is a new engine run: a new provider host process.
    const refresh = await startProviderHost();
    try {
      const gone = await refresh.read(carol.memberId, urn("carol"), carolState.props);
      expect(gone.id).toBe("");
      const live = await refresh.read(alice.memberId, urn("alice"), aliceState.props);
      expect(live.id).toBe(alice.memberId);
      expect(live.props).toMatchObject({ status: "Active", memberData: { team: "b", tier: 1 } });
    } finally {
      await refresh.close();
    }
  });

  it("adopts a member that already exists instead of proposing it again", async () => {
    const dave = await generateMemberIdentity({ name: "dave" });
    const m0 = localSigner(proposer.privateKey, proposer.certificate);
    const a = localSigner(alice.privateKeyPem, alice.certificatePem);
    await addMember(client, { certificatePem: dave.certificatePem, memberData: { by: "hand" }, proposer: m0, voters: [m0, a] });
    const voters = [proposer, { certificate: alice.certificatePem, privateKey: alice.privateKeyPem }];

    const fresh = await startProviderHost();
    try {
      const declared = await checked(inputs({ certificate: dave.certificatePem, memberData: { by: "pulumi" }, voters }));
      await expect(fresh.create(urn("dave"), declared)).rejects.toThrow(/already exists with other member data; set adopt: true/);
      const before = requests.proposals;
      const adopted = await fresh.create(urn("dave"), { ...declared, adopt: true });
      expect(adopted.id).toBe(dave.memberId);
      expect(adopted.props).toMatchObject({ status: "Accepted", memberData: { by: "pulumi" } });
      expect(requests.proposals - before).toBe(1); // set_member_data only, no set_member
    } finally {
      await fresh.close();
    }
  });

  it("deletes with a remove_member proposal, the member voting for its own removal", async () => {
    const before = requests.proposals;
    await host.delete(alice.memberId, urn("alice"), aliceState.props);
    expect(requests.proposals - before).toBe(1);
    expect(await client.getMember(alice.memberId)).toBeUndefined();
    // Gone already: nothing to do.
    await host.delete(alice.memberId, urn("alice"), aliceState.props);
    expect(requests.proposals - before).toBe(1);
  });
});
