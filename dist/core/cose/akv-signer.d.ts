/**
 * A `Signer` whose private key stays in Azure Key Vault: the Sig_structure is hashed here with the alg's hash
 * and only the digest is sent to the key's `sign` operation
 * (POST {keyId}/sign?api-version=7.4, body {"alg","value": base64url digest}, response {"kid","value":
 * base64url raw r||s}; learn.microsoft.com/rest/api/keyvault/keys/sign/sign). The signature Key Vault returns
 * is JWS-style r||s, which is exactly COSE's format (ccf-governance §9).
 */
import { type Dispatcher } from "undici";
import type { Signer } from "./signer.js";
export interface AzureKeyVaultSignerOptions {
    /** https://<vault>.vault.azure.net/keys/<name>[/<version>] */
    keyId: string;
    /** Bearer token for https://vault.azure.net, or a function returning a fresh one. */
    token: string | (() => string | Promise<string>);
    /** The member certificate whose public key is the vault key's (the COSE alg follows its curve). */
    certificatePem: string;
    /** undici dispatcher (e.g. an Agent with a test CA); default: undici's global dispatcher. */
    dispatcher?: Dispatcher;
    /** Key Vault REST api-version; default 7.4. */
    apiVersion?: string;
    /** Per-request timeout in milliseconds; default 30 s. */
    timeoutMs?: number;
}
/** Parses and normalises a Key Vault key identifier (no query, no trailing slash). */
export declare function parseKeyVaultKeyId(keyId: string, input?: string): string;
export declare function azureKeyVaultSigner(options: AzureKeyVaultSignerOptions): Signer;
