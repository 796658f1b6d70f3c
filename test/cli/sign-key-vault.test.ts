// `ccf-consortium sign --key-vault-key-id`: the built CLI signs through @azure/identity and
// @azure/keyvault-keys against the local Key Vault, on both credential paths (an `az` stand-in for
// AzureCliCredential; a federated token file and a local Entra authority for WorkloadIdentityCredential),
// chosen explicitly and found by DefaultAzureCredential. Each signature is checked by our verifier and openssl.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMemberIdentity, type MemberIdentity } from "../../core/identity/index.js";
import { createGovernanceClient } from "../../core/client/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { CLI_MAIN } from "../helpers/cli.js";
import { tempDir, type TempDir } from "../helpers/temp-dir.js";
import { startAzureFixture, type AzureFixture } from "../core/azure/azure-fixture.js";
import { verifyBothWays } from "../core/azure/verify-cose.js";

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI_MAIN, ...args], { cwd, env: { HOME: cwd, ...env }, encoding: "buffer", maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : null) : 0;
      done({ code, stdout, stderr: stderr.toString() });
    });
  });
}

describe("ccf-consortium sign --key-vault-key-id through @azure/identity", () => {
  let tmp: TempDir;
  let azure: AzureFixture;
  let member: MemberIdentity;
  let member256: MemberIdentity;
  let sandbox: Sandbox;
  const runs: Run[] = [];

  const sign = async (keyId: string, credential: string | undefined, env: Record<string, string>, cert = "member_cert.pem"): Promise<Run> => {
    const args = ["sign", "--content", "ballot.json", "--key-vault-key-id", keyId, "--signing-cert", cert, "--ccf-gov-msg-type", "ballot",
      "--ccf-gov-msg-proposal-id", "a".repeat(64), "--ccf-gov-msg-created-at", "2026-01-02T03:04:05Z"];
    if (credential) args.push("--azure-credential", credential);
    const r = await cli(args, tmp.dir, env);
    runs.push(r);
    return r;
  };

  beforeAll(async () => {
    tmp = tempDir("sign-kv-");
    member = await generateMemberIdentity({ name: "vault-member" });
    member256 = await generateMemberIdentity({ name: "hsm-member", curve: "secp256r1" });
    sandbox = await startSandbox({ members: 1, activate: true });
    azure = await startAzureFixture({ member: member.privateKeyPem, hsm: member256.privateKeyPem, m0: sandbox.members[0]!.privateKeyPem });
    tmp.write("service_cert.pem", sandbox.serviceCertificatePem);
    tmp.write("m0_cert.pem", sandbox.members[0]!.certificatePem);
    tmp.write("member_cert.pem", member.certificatePem);
    tmp.write("hsm_cert.pem", member256.certificatePem);
    tmp.write("ballot.json", '{"ballot":"export function vote (proposal, proposerId) { return true }"}');
  });
  afterAll(async () => {
    await azure?.close();
    await sandbox?.close();
    tmp?.cleanup();
  });

  const check = (r: Run, cert: string) => {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const v = verifyBothWays(new Uint8Array(r.stdout), cert, tmp.dir);
    expect(v.decoded.headers).toMatchObject({ msgType: "ballot", proposalId: "a".repeat(64), createdAt: 1767323045 });
    expect(v.ours).toBe(true);
    expect(v.openssl).toBe(true);
    return v;
  };

  it("Azure CLI path: --azure-credential cli runs `az account get-access-token` for the vault resource", async () => {
    const before = azure.vault.signs().length;
    const r = await sign(azure.vault.keyId("member"), "cli", azure.cliEnv());
    const v = check(r, member.certificatePem);
    expect(v.decoded.headers.kid).toBe(member.memberId);
    expect(azure.vault.signs().slice(before)).toEqual([expect.objectContaining({ via: "cli", alg: "ES384", host: "ccf-test.vault.azure.net" })]);
    expect(azure.az.calls().at(-1)).toEqual(["account", "get-access-token", "--output", "json", "--resource", "https://vault.azure.net", "--tenant", expect.any(String)]);
  });

  it("workload identity path: --azure-credential workload exchanges the federated token at AZURE_AUTHORITY_HOST", async () => {
    const before = azure.vault.signs().length;
    const tokenRequests = azure.entra.requests.filter((q) => q.method === "POST").length;
    const r = await sign(azure.vault.keyId("member"), "workload", azure.workloadEnv());
    check(r, member.certificatePem);
    expect(azure.vault.signs().slice(before)).toEqual([expect.objectContaining({ via: "workload", alg: "ES384" })]);
    const posts = azure.entra.requests.filter((q) => q.method === "POST");
    expect(posts.length).toBe(tokenRequests + 1);
    expect(posts.at(-1)).toMatchObject({ grantType: "client_credentials", scope: expect.stringContaining("https://vault.azure.net/.default"), assertionAccepted: true });
  });

  it("DefaultAzureCredential (no --azure-credential) finds each path from the environment", async () => {
    const before = azure.vault.signs().length;
    check(await sign(azure.vault.keyId("member"), undefined, azure.workloadEnv()), member.certificatePem);
    check(await sign(azure.vault.keyId("member"), undefined, azure.cliEnv()), member.certificatePem);
    expect(azure.vault.signs().slice(before).map((q) => q.via)).toEqual(["workload", "cli"]);
  });

  it("Managed HSM key ids work (the challenge names https://managedhsm.azure.net); ES256 for a P-256 member", async () => {
    const before = azure.vault.signs().length;
    const r = await sign(azure.vault.hsmKeyId("hsm"), "workload", azure.workloadEnv(), "hsm_cert.pem");
    check(r, member256.certificatePem);
    expect(azure.vault.signs().slice(before)).toEqual([expect.objectContaining({ via: "workload", alg: "ES256", host: "ccf-test.managedhsm.azure.net" })]);
  });

  it("a vault key that is not the certificate's is refused before anything is written", async () => {
    const r = await sign(azure.vault.keyId("hsm"), "cli", azure.cliEnv(), "member_cert.pem");
    expect(r.code).not.toBe(0);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toMatch(/Key Vault sign with https:\/\/ccf-test\.vault\.azure\.net:\d+\/keys\/hsm\/[0-9a-f]+ failed: HTTP 400 \(BadParameter: Invalid algorithm 'ES384' for this key\.\)/);
  });

  it("no credential available: one line naming the key and what is missing", async () => {
    const r = await sign(azure.vault.keyId("member"), "workload", azure.cliEnv());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^ccf-consortium sign: Key Vault sign with https:\/\/ccf-test\.vault\.azure\.net:\d+\/keys\/member\/[0-9a-f]+ failed: no Azure credential: /);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("bad flags name the flag", async () => {
    const bad = await sign("http://v.vault.azure.net/keys/k", "cli", azure.cliEnv());
    expect(bad.stderr).toContain("--key-vault-key-id: must use https (got http)");
    const cred = await sign(azure.vault.keyId("member"), "password", azure.cliEnv());
    expect(cred.stderr).toContain("--azure-credential: is not a credential this tool knows (expected one of: default, cli, workload, managed, env)");
  });

  it("an online command (set-member-data) proposes and votes with the vault key: --key-vault-key-id + --signing-cert", async () => {
    const m0 = sandbox.members[0]!;
    const before = azure.vault.signs().length;
    const r = await cli(["set-member-data", "--node", sandbox.url, "--service-cert", "service_cert.pem", "--key-vault-key-id", azure.vault.keyId("m0"),
      "--azure-credential", "workload", "--signing-cert", "m0_cert.pem", "--member-id", m0.memberId, "--member-data", '{"signed":"in the vault"}', "--json"], tmp.dir, azure.workloadEnv());
    runs.push(r);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(azure.vault.signs().slice(before).map((q) => [q.path.split("/")[2], q.via])).toEqual([["m0", "workload"], ["m0", "workload"]]); // proposal, ballot
    const client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem: sandbox.serviceCertificatePem });
    try {
      expect((await client.getMember(m0.memberId))?.memberData).toEqual({ signed: "in the vault" });
    } finally {
      await client.close();
    }
  });

  it("no token reaches any output", () => {
    expect(runs.length).toBeGreaterThan(6);
    for (const r of runs) for (const s of azure.secrets()) {
      expect(r.stderr.includes(s)).toBe(false);
      expect(r.stdout.includes(Buffer.from(s))).toBe(false);
    }
  });
});
