/**
 * The Azure credential a Key Vault signer authenticates with, from `@azure/identity` (loaded only when a
 * vault key is used). `default` is DefaultAzureCredential (environment, workload identity, managed identity,
 * Azure CLI, ... in the SDK's order); the others pick one credential of that chain. A raw bearer token (the
 * Action's `key-vault-token`, `--key-vault-token`) is a credential of its own.
 */
import { InputError } from "../errors.js";
import type { AccessTokenLike, TokenCredentialLike } from "./token-credential.js";

export const AZURE_CREDENTIALS = ["default", "cli", "workload", "managed", "env"] as const;
export type AzureCredentialName = (typeof AZURE_CREDENTIALS)[number];

/** The hosts of Azure's public and national clouds; MSAL knows their metadata without asking. */
const KNOWN_AUTHORITY_HOSTS = new Set([
  "login.microsoftonline.com",
  "login.microsoft.com",
  "login.windows.net",
  "sts.windows.net",
  "login.chinacloudapi.cn",
  "login.microsoftonline.us",
  "login.usgovcloudapi.net",
  "login.microsoftonline.de",
]);

/** Parses `--azure-credential` / the `azure-credential` input. */
export function parseAzureCredentialName(text: string | undefined, input = "azure-credential"): AzureCredentialName {
  const value = (text ?? "").trim().toLowerCase() || "default";
  if (!(AZURE_CREDENTIALS as readonly string[]).includes(value)) {
    throw new InputError(input, `is not a credential this tool knows (expected one of: ${AZURE_CREDENTIALS.join(", ")})`);
  }
  return value as AzureCredentialName;
}

/**
 * An `@azure/identity` credential. When AZURE_AUTHORITY_HOST names an authority that is not one of Azure's
 * clouds (Azure Stack, ADFS, a sovereign or private authority), instance discovery is skipped: it would ask
 * login.microsoftonline.com to vouch for a host the operator already chose, and fail where that is
 * unreachable. The authority's own OpenID configuration is still fetched and its issuer checked by MSAL.
 */
export async function azureCredential(name: AzureCredentialName, env: NodeJS.ProcessEnv = process.env): Promise<TokenCredentialLike> {
  const identity = await import("@azure/identity");
  const options = { disableInstanceDiscovery: customAuthority(env.AZURE_AUTHORITY_HOST) };
  switch (name) {
    case "cli":
      return new identity.AzureCliCredential({ processTimeoutInMs: 30_000 });
    case "workload":
      return new identity.WorkloadIdentityCredential(options);
    case "managed":
      return env.AZURE_CLIENT_ID
        ? new identity.ManagedIdentityCredential({ clientId: env.AZURE_CLIENT_ID })
        : new identity.ManagedIdentityCredential();
    case "env":
      return new identity.EnvironmentCredential(options);
    case "default":
      return new identity.DefaultAzureCredential(options);
  }
}

/** A fixed bearer token (or a function returning a fresh one) as a credential. */
export function staticTokenCredential(token: string | (() => string | Promise<string>)): TokenCredentialLike {
  const get = typeof token === "function" ? token : () => token;
  return {
    async getToken(): Promise<AccessTokenLike> {
      const value = await get();
      // The SDK caches a token until shortly before expiry: a short horizon keeps a token function called per use.
      return { token: value, expiresOnTimestamp: Date.now() + 60_000, tokenType: "Bearer" };
    },
  };
}

function customAuthority(host: string | undefined): boolean {
  if (!host) return false;
  try {
    return !KNOWN_AUTHORITY_HOSTS.has(new URL(host).hostname.toLowerCase());
  } catch {
    return false; // @azure/identity reports a malformed authority itself
  }
}
