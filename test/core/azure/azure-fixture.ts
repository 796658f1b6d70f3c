/**
 * Everything a test needs to sign through @azure/identity without Azure: the local Key Vault, the local
 * Entra authority, an `az` stand-in, a federated token file, one CA bundle for NODE_EXTRA_CA_CERTS, and the
 * environments a child process gets for each credential path. Tokens are random per run (so a leak check
 * can look for them).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startFakeKeyVault, TENANT_ID, type FakeKeyVault } from "../cose/fake-key-vault.js";
import { startFakeEntra, type FakeEntra } from "./fake-entra.js";
import { writeAzStandIn, type AzStandIn } from "./az-stand-in.js";

export const DNS_SHIM = resolve(fileURLToPath(new URL("../../helpers/azure-dns.mjs", import.meta.url)));
export const CLIENT_ID = "0b5c3c8e-6f0a-4b8e-9a52-3b0c2f1d9e77";

export interface AzureFixture {
  vault: FakeKeyVault;
  entra: FakeEntra;
  az: AzStandIn;
  /** The tokens each path obtains (the vault accepts each, labelled "cli" and "workload"). */
  cliToken: string;
  workloadToken: string;
  federatedToken: string;
  /** A token handed over as is (the Action's key-vault-token), labelled "token". */
  rawToken: string;
  caFile: string;
  /** Env for a child process that reaches the vault with no credential of its own (a raw token). */
  baseEnv(): Record<string, string>;
  /** Env for a child process signing through the `az` stand-in (AzureCliCredential or the default chain). */
  cliEnv(): Record<string, string>;
  /** Env for a child process signing through workload identity (WorkloadIdentityCredential or the default chain). */
  workloadEnv(): Record<string, string>;
  /** Every secret that must never be printed. */
  secrets(): string[];
  close(): Promise<void>;
}

const secret = (prefix: string) => `${prefix}.${randomBytes(24).toString("base64url")}.${randomBytes(8).toString("hex")}`;

export async function startAzureFixture(keys: Record<string, string>): Promise<AzureFixture> {
  const dir = mkdtempSync(join(tmpdir(), "azure-fixture-"));
  const cliToken = secret("eyJhei1jbGk");
  const workloadToken = secret("eyJ3b3JrbG9hZA");
  const federatedToken = secret("eyJnaXRodWItb2lkYw");
  const rawToken = secret("eyJyYXctdG9rZW4");
  const vault = await startFakeKeyVault({ keys, tokens: { cli: cliToken, workload: workloadToken, token: rawToken } });
  const entra = await startFakeEntra({ dir, tenantId: TENANT_ID, clientId: CLIENT_ID, federatedToken, accessToken: workloadToken });
  const binDir = join(dir, "bin");
  mkdirSync(binDir);
  const az = writeAzStandIn(binDir, { accessToken: cliToken, tenantId: TENANT_ID });
  const caFile = join(dir, "ca-bundle.pem");
  writeFileSync(caFile, vault.caPem + entra.caPem);
  const tokenFile = join(dir, "federated-token");
  writeFileSync(tokenFile, federatedToken, { mode: 0o600 });
  const base = (): Record<string, string> => ({
    NODE_EXTRA_CA_CERTS: caFile,
    NODE_OPTIONS: `--import=${pathToFileURL(DNS_SHIM).href}`,
    // Nothing else of the machine's Azure state: no managed identity endpoint, no other credential.
    AZURE_TOKEN_CREDENTIALS: "",
  });
  const withoutEmpty = (env: Record<string, string>) => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  return {
    vault,
    entra,
    az,
    cliToken,
    workloadToken,
    federatedToken,
    rawToken,
    caFile,
    baseEnv: () => withoutEmpty({ ...base(), PATH: process.env.PATH ?? "" }),
    cliEnv: () => withoutEmpty({ ...base(), PATH: `${binDir}:${process.env.PATH ?? ""}` }),
    workloadEnv: () =>
      withoutEmpty({
        ...base(),
        // No `az` reachable: the token can only come from the federated credential.
        PATH: process.env.PATH ?? "",
        AZURE_CLIENT_ID: CLIENT_ID,
        AZURE_TENANT_ID: TENANT_ID,
        AZURE_FEDERATED_TOKEN_FILE: tokenFile,
        AZURE_AUTHORITY_HOST: entra.authorityHost,
      }),
    secrets: () => [cliToken, workloadToken, federatedToken, rawToken],
    async close() {
      await vault.close();
      await entra.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
