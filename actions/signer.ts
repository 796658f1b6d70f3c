/**
 * The signer a command signs with: a member key passed from a secret (kept in memory only), or an Azure Key
 * Vault key (only digests leave the runner).
 */
import { InputError } from "../core/errors.js";
import { azureKeyVaultSigner } from "../core/cose/akv-signer.js";
import { parseAzureCredentialName } from "../core/azure/credential.js";
import { localSigner, type Signer } from "../core/cose/index.js";
import { input, pemOrPathInput, secretPemInput } from "./inputs.js";

export function signerFromInputs(command: string, workspace: string): Signer {
  const keyId = input("key-vault-key-id");
  const key = secretPemInput("signing-key");
  if (keyId && key) throw new InputError("signing-key", "give either signing-key or key-vault-key-id, not both");
  if (keyId) {
    const token = input("key-vault-token");
    const credential = parseAzureCredentialName(input("azure-credential"));
    const certificatePem = pemOrPathInput("signing-cert", command, workspace);
    // Without a token, @azure/identity finds the credential (after azure/login: the Azure CLI session).
    return azureKeyVaultSigner({ keyId, certificatePem, ...(token ? { token } : { credential }) });
  }
  if (key) return localSigner(key, pemOrPathInput("signing-cert", command, workspace));
  throw new InputError("signing-key", `the '${command}' command signs: give signing-key + signing-cert, or key-vault-key-id + signing-cert (after azure/login)`);
}
