import { InputError } from "../../core/errors.js";
import { localSigner } from "../../core/cose/local-signer.js";
import { azureKeyVaultSigner } from "../../core/cose/akv-signer.js";
import { parseAzureCredentialName, type AzureCredentialName } from "../../core/azure/credential.js";
import type { Signer } from "../../core/cose/signer.js";
import { optional, type OptionSpec } from "../args.js";
import type { Io } from "../io.js";
import { readFlagFile, flagInput } from "../files.js";
import { looksLikePath, looksLikePem } from "../../core/text/input-value.js";

/** The member who signs: its private key (or Key Vault key) and certificate files. */
export const SIGNER_FLAGS = {
  "signing-key": { type: "string" },
  "signing-cert": { type: "string" },
  "key-vault-key-id": { type: "string" },
  "azure-credential": { type: "string" },
} as const satisfies OptionSpec;

/** Proposals that need ballots: who votes, and whether to wait for the commit. */
export const VOTING_FLAGS = {
  voter: { type: "string", multiple: true },
  "wait-for-commit": { type: "boolean" },
} as const satisfies OptionSpec;

export const SIGNER_USAGE = `Signing member:
  --signing-key KEY        the member's private key (PEM)
  --signing-cert CERT      the member's certificate (PEM)
  --key-vault-key-id URL   instead of --signing-key: the member's key in Azure Key Vault or Managed HSM
                           (https://<vault>.vault.azure.net/keys/<name>[/<version>]); only digests leave
  --azure-credential NAME  how to reach the vault: default (DefaultAzureCredential: environment, workload
                           identity, managed identity, Azure CLI), cli, workload, managed or env`;

export const VOTING_USAGE = `Voting:
  --voter KEY,CERT         a member who votes for the proposal (repeatable; without any, the signing
                           member votes alone). KEY is a PEM file or a Key Vault key id (https://...).
                           Ballots are sent in parallel until it is Accepted.
  --wait-for-commit        wait until the accepting transaction is committed`;

/** The signer named by --signing-key or --key-vault-key-id, with --signing-cert. */
export function signerFromFlags(values: Record<string, unknown>, io: Io): Signer {
  const keyPath = optional(values, "signing-key");
  const keyId = optional(values, "key-vault-key-id");
  const certPath = optional(values, "signing-cert");
  if (keyPath && keyId) throw new InputError("--key-vault-key-id", "give either --signing-key or --key-vault-key-id, not both");
  if (!keyPath && !keyId) throw new InputError("--signing-key", "is required (the signing member's private key, PEM; or --key-vault-key-id)");
  if (!certPath) throw new InputError("--signing-cert", "is required (the signing member's certificate, PEM)");
  if (keyId) return vaultSigner("--key-vault-key-id", keyId, "--signing-cert", certPath, credentialFromFlags(values), io);
  return signerFromFiles("--signing-key", keyPath!, "--signing-cert", certPath, io);
}

/** --azure-credential (default: DefaultAzureCredential). */
export function credentialFromFlags(values: Record<string, unknown>): AzureCredentialName {
  return parseAzureCredentialName(optional(values, "azure-credential"), "--azure-credential");
}

/** The voters named by each `--voter KEY,CERT`; the signer alone when there are none. */
export function votersFromFlags(values: Record<string, unknown>, io: Io, signer: Signer): Signer[] {
  const specs = (values.voter as string[] | undefined) ?? [];
  if (specs.length === 0) return [signer];
  return specs.map((spec) => {
    const parts = spec.split(",");
    if (parts.length !== 2 || !parts[0]!.trim() || !parts[1]!.trim()) {
      const shown = looksLikePath(spec) ? `'${spec}' is not KEY,CERT` : looksLikePem(spec) ? "the value given looks like PEM, not KEY,CERT" : "the value given is not KEY,CERT";
      throw new InputError("--voter", `${shown} (the paths of a member's private key and certificate, separated by a comma)`);
    }
    const [key, cert] = [parts[0]!.trim(), parts[1]!.trim()];
    if (key.startsWith("https://")) return vaultSigner("--voter", key, "--voter", cert, credentialFromFlags(values), io);
    return signerFromFiles("--voter", key, "--voter", cert, io);
  });
}

/** A Key Vault / Managed HSM signer: the key id and the member certificate file. */
export function vaultSigner(keyFlag: string, keyId: string, certFlag: string, certPath: string, credential: AzureCredentialName, io: Io): Signer {
  const certificatePem = readFlagFile(certFlag, certPath, io).toString("utf8");
  return azureKeyVaultSigner({ keyId, certificatePem, credential, names: { keyId: keyFlag, certificate: flagInput(certFlag, certPath) } });
}

function signerFromFiles(keyFlag: string, keyPath: string, certFlag: string, certPath: string, io: Io): Signer {
  return localSigner(readFlagFile(keyFlag, keyPath, io), readFlagFile(certFlag, certPath, io), {
    keyInput: flagInput(keyFlag, keyPath),
    certInput: flagInput(certFlag, certPath),
  });
}
