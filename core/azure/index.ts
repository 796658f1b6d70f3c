// Azure: the credential a Key Vault signer authenticates with, and the bounds on the SDK's requests.
export { AZURE_CREDENTIALS, azureCredential, parseAzureCredentialName, staticTokenCredential, type AzureCredentialName } from "./credential.js";
export { boundedHttpPolicy, MAX_VAULT_RESPONSE_BYTES, type BoundedHttpOptions } from "./bounded-http.js";
export type { AccessTokenLike, TokenCredentialLike } from "./token-credential.js";
