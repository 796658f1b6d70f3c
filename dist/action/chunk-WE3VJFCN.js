import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  azureKeyVaultSigner,
  localSigner,
  parseAzureCredentialName
} from "./chunk-2MGYFWBN.js";
import {
  input,
  pemOrPathInput,
  secretPemInput
} from "./chunk-DVVEQ537.js";
import {
  InputError
} from "./chunk-RGBX3ABY.js";

// actions/signer.ts
function signerFromInputs(command, workspace) {
  const keyId = input("key-vault-key-id");
  const key = secretPemInput("signing-key");
  if (keyId && key) throw new InputError("signing-key", "give either signing-key or key-vault-key-id, not both");
  if (keyId) {
    const token = input("key-vault-token");
    const credential = parseAzureCredentialName(input("azure-credential"));
    const certificatePem = pemOrPathInput("signing-cert", command, workspace);
    return azureKeyVaultSigner({ keyId, certificatePem, ...token ? { token } : { credential } });
  }
  if (key) return localSigner(key, pemOrPathInput("signing-cert", command, workspace));
  throw new InputError("signing-key", `the '${command}' command signs: give signing-key + signing-cert, or key-vault-key-id + signing-cert (after azure/login)`);
}

export {
  signerFromInputs
};
