// A Pulumi `Member` whose proposer, voters and activation are Key Vault keys, through @pulumi/pulumi's own
// dynamic provider host: the host signs through @azure/identity (workload identity, then the Azure CLI
// path) against the local Key Vault; the state holds key ids, never a key or a token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, type GovernanceClient } from "../../core/client/index.js";
import { generateMemberIdentity, type MemberIdentity } from "../../core/identity/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { startAzureFixture, type AzureFixture } from "../core/azure/azure-fixture.js";
import { pemBodyLines } from "../actions/harness.js";
import { startProviderHost, urnOf, type Props, type ProviderHost } from "./provider-host.js";
import { serializeProviders } from "./serialized.js";

describe("Member with Key Vault keys through the provider host", () => {
  let sandbox: Sandbox;
  let azure: AzureFixture;
  let provider: string;
  let client: GovernanceClient;
  let carol: MemberIdentity;
  const hosts: ProviderHost[] = [];
  const states: Props[] = [];

  const host = async (env: Record<string, string>) => {
    const h = await startProviderHost({ env });
    hosts.push(h);
    await h.configure({});
    return h;
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ members: 1, activate: true });
    carol = await generateMemberIdentity({ name: "carol" });
    azure = await startAzureFixture({ m0: sandbox.members[0]!.privateKeyPem, carol: carol.privateKeyPem });
    provider = serializeProviders().member;
    client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem: sandbox.serviceCertificatePem, api: "2024-07-01" });
  });
  afterAll(async () => {
    for (const h of hosts) await h.close();
    await client?.close();
    await azure?.close();
    await sandbox?.close();
  });

  const inputs = (extra: Props): Props => ({
    __provider: provider,
    connection: { nodeUrls: [sandbox.url], serviceCertificate: sandbox.serviceCertificatePem },
    certificate: carol.certificatePem,
    ...extra,
  });

  it("workload identity: proposes, votes and activates with vault keys; the state holds only key ids", async () => {
    const h = await host(azure.workloadEnv());
    const m0 = sandbox.members[0]!;
    const news = inputs({
      proposer: { certificate: m0.certificatePem, keyVaultKeyId: azure.vault.keyId("m0"), azureCredential: "workload" },
      voters: [{ certificate: m0.certificatePem, keyVaultKeyId: azure.vault.keyId("m0") }],
      activation: { keyVaultKeyId: azure.vault.hsmKeyId("carol") },
      memberData: { team: "vault" },
    });
    const checked = await h.check(urnOf("carol"), {}, news);
    expect(checked.failures).toEqual([]);
    const before = azure.vault.signs().length;
    const created = await h.create(urnOf("carol"), checked.inputs);
    expect(created.id).toBe(carol.memberId);
    expect(created.props).toMatchObject({ memberId: carol.memberId, status: "Active", memberData: { team: "vault" } });
    expect((await client.getMember(carol.memberId))?.status).toBe("Active");
    // Proposal + ballot by member 0's vault key, then carol's state-digest update + ack from the Managed HSM key.
    const signs = azure.vault.signs().slice(before);
    expect(signs.every((q) => q.via === "workload")).toBe(true);
    expect(signs.filter((q) => q.path.includes("/keys/m0/")).length).toBe(2);
    expect(signs.filter((q) => q.host.endsWith("managedhsm.azure.net")).length).toBeGreaterThanOrEqual(1);
    expect(created.props.proposer).toEqual({ certificate: m0.certificatePem, keyVaultKeyId: azure.vault.keyId("m0"), azureCredential: "workload" });
    states.push(created.props);
  });

  it("Azure CLI path (DefaultAzureCredential): member data updated in place, signed in the vault", async () => {
    const h = await host(azure.cliEnv());
    const m0 = sandbox.members[0]!;
    const olds = states[0]!;
    const news = (
      await h.check(urnOf("carol"), olds, inputs({
        proposer: { certificate: m0.certificatePem, keyVaultKeyId: azure.vault.keyId("m0") },
        // Two Active members now: both ballots, carol's from her Managed HSM key.
        voters: [
          { certificate: m0.certificatePem, keyVaultKeyId: azure.vault.keyId("m0") },
          { certificate: carol.certificatePem, keyVaultKeyId: azure.vault.hsmKeyId("carol"), azureCredential: "cli" },
        ],
        memberData: { team: "vault", tier: 2 },
      }))
    ).inputs;
    expect(await h.diff(carol.memberId, urnOf("carol"), olds, news)).toMatchObject({ changes: "some", replaces: [] });
    const before = azure.vault.signs().length;
    const outs = await h.update(carol.memberId, urnOf("carol"), olds, news);
    expect(outs).toMatchObject({ memberId: carol.memberId, memberData: { team: "vault", tier: 2 } });
    expect(azure.vault.signs().slice(before).map((q) => q.via)).toEqual(["cli", "cli", "cli"]);
    expect((await client.getMember(carol.memberId))?.memberData).toEqual({ team: "vault", tier: 2 });
    states.push(outs);
  });

  it("Check names a bad key id or credential; nothing leaks into state or the host's log", async () => {
    const h = hosts[0]!;
    const m0 = sandbox.members[0]!;
    const { failures } = await h.check(urnOf("bad"), {}, inputs({
      proposer: { certificate: m0.certificatePem, keyVaultKeyId: "http://x.vault.azure.net/keys/k", privateKey: undefined },
      activation: { keyVaultKeyId: azure.vault.keyId("carol"), azureCredential: "password" },
    }));
    expect(failures).toEqual([
      { property: "proposer.keyVaultKeyId", reason: "must use https (got http)" },
      { property: "activation.azureCredential", reason: "is not a credential this tool knows (expected one of: default, cli, workload, managed, env)" },
    ]);
    const text = JSON.stringify(states) + hosts.map((x) => x.stderr()).join("\n");
    for (const s of [...azure.secrets(), ...pemBodyLines(sandbox.members[0]!.privateKeyPem), ...pemBodyLines(carol.privateKeyPem)]) {
      expect(text.includes(s), `leaked ${s.slice(0, 8)}…`).toBe(false);
    }
  });
});
