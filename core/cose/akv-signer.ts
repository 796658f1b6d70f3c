/**
 * A `Signer` whose private key stays in Azure Key Vault or Managed HSM: the Sig_structure is hashed here with
 * the alg's hash and only the digest goes to the key's `sign` operation, through `@azure/keyvault-keys`'
 * CryptographyClient (challenge authentication, retries, Managed HSM URLs) with an `@azure/identity`
 * credential or a raw bearer token. The SDK is loaded on the first signature. Key Vault returns JWS-style
 * raw r||s, which is COSE's format (ccf-governance §9); every signature is checked against the certificate
 * before it is used, so a vault key that is not the member's is caught here and not by the node.
 */
import { verify as verifySignature } from "node:crypto";
import { CcfConsortiumError, InputError } from "../errors.js";
// Each identity module itself, not the identity barrel (which also holds certificate generation).
import { certificatePem as toCertificatePem, loadCertificate } from "../identity/certificate.js";
import { algorithmForCurve, curveOf } from "../identity/curves.js";
import { memberIdOf } from "../identity/member-id.js";
import { algorithmInfo, digestFor } from "./algorithms.js";
import type { Signer } from "./signer.js";
import { azureCredential, staticTokenCredential, type AzureCredentialName } from "../azure/credential.js";
import { boundedHttpPolicy } from "../azure/bounded-http.js";
import type { TokenCredentialLike } from "../azure/token-credential.js";

export interface AzureKeyVaultSignerOptions {
  /** https://<vault>.vault.azure.net/keys/<name>[/<version>] or https://<hsm>.managedhsm.azure.net/keys/... */
  keyId: string;
  /** The member certificate whose public key is the vault key's (the COSE alg follows its curve). */
  certificatePem: string;
  /** A bearer token for the vault's resource, or a function returning a fresh one (instead of `credential`). */
  token?: string | (() => string | Promise<string>);
  /** An `@azure/identity` credential by name (default: "default", DefaultAzureCredential) or a credential object. */
  credential?: AzureCredentialName | TokenCredentialLike;
  /** Deadline of one signature, credential and retries included; default 60 s. Each try is capped at 30 s. */
  timeoutMs?: number;
  /** Extra CA certificate (PEM) for the vault's TLS, e.g. a private endpoint's; default: Node's trust store. */
  caPem?: string;
  /** Environment the credential reads (AZURE_*); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** How errors name the inputs; default "key-vault-key-id" and "signing-cert". */
  names?: { keyId?: string; certificate?: string };
}

/** Parses and normalises a Key Vault key identifier (no query, no trailing slash). */
export function parseKeyVaultKeyId(keyId: string, input = "key-vault-key-id"): string {
  let url: URL;
  try {
    url = new URL(keyId.trim());
  } catch {
    throw new InputError(input, "is not a URL; expected https://<vault>.vault.azure.net/keys/<name>[/<version>]");
  }
  if (url.protocol !== "https:") throw new InputError(input, `must use https (got ${url.protocol.replace(":", "")})`);
  if (url.username || url.password || url.search || url.hash) {
    throw new InputError(input, "must not carry credentials, a query or a fragment");
  }
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || parts[0] !== "keys") {
    throw new InputError(input, "expected a key identifier of the form https://<vault>/keys/<name>[/<version>]");
  }
  return `${url.origin}/${parts.map(encodeURIComponent).join("/")}`;
}

const HASH_OF = { ES256: "sha256", ES384: "sha384", ES512: "sha512" } as const;

export function azureKeyVaultSigner(options: AzureKeyVaultSignerOptions): Signer {
  const keyId = parseKeyVaultKeyId(options.keyId, options.names?.keyId);
  const certInput = options.names?.certificate ?? "signing-cert";
  const cert = loadCertificate(options.certificatePem, certInput);
  const algorithm = algorithmForCurve(curveOf(cert, certInput));
  const { signatureBytes } = algorithmInfo(algorithm);
  const memberId = memberIdOf(cert);
  const certificatePem = toCertificatePem(cert);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const failed = (why: string) => new CcfConsortiumError("SIGNER", `Key Vault sign with ${keyId} failed: ${why}`);

  let client: Promise<{ sign(alg: string, digest: Uint8Array, o?: object): Promise<{ result: Uint8Array }> }> | undefined;
  const cryptographyClient = () =>
    (client ??= (async () => {
      const credential =
        options.token !== undefined
          ? staticTokenCredential(options.token)
          : typeof options.credential === "object"
            ? options.credential
            : await azureCredential(options.credential ?? "default", options.env);
      const { CryptographyClient } = await import("@azure/keyvault-keys");
      return new CryptographyClient(keyId, credential as never, {
        retryOptions: { maxRetries: 2, retryDelayInMs: 500, maxRetryDelayInMs: 4_000 },
        additionalPolicies: [{ policy: boundedHttpPolicy({ timeoutMs: Math.min(30_000, timeoutMs), caPem: options.caPem }) as never, position: "perRetry" }],
        userAgentOptions: { userAgentPrefix: "ccf-consortium" },
      });
    })());

  return Object.freeze({
    algorithm,
    certificatePem,
    memberId,
    async sign(toBeSigned: Uint8Array): Promise<Uint8Array> {
      const digest = digestFor(algorithm, toBeSigned);
      if (options.token !== undefined && typeof options.token === "string" && !options.token) throw failed("the access token is empty");
      let signature: Uint8Array;
      try {
        const c = await cryptographyClient();
        const res = await c.sign(algorithm, digest, { abortSignal: AbortSignal.timeout(timeoutMs) });
        signature = res.result;
      } catch (err) {
        if (err instanceof CcfConsortiumError) throw err;
        throw failed(describeAzureError(err, timeoutMs));
      }
      if (!(signature instanceof Uint8Array) || signature.length !== signatureBytes) {
        throw failed(`expected a ${signatureBytes}-byte ${algorithm} signature (raw r||s), got ${signature?.length ?? 0} bytes; is the vault key the certificate's key?`);
      }
      if (!verifySignature(HASH_OF[algorithm], toBeSigned, { key: cert.publicKey, dsaEncoding: "ieee-p1363" }, signature)) {
        throw new CcfConsortiumError("KEY_MISMATCH", `Key Vault key ${keyId} is not the key of the signing certificate (member ${memberId}): its signature does not verify`);
      }
      return new Uint8Array(signature);
    },
  });
}

/**
 * One line from an Azure SDK error: the HTTP status and the vault's error code and message, or the credential's
 * own explanation (which names what to fix: `az login`, the federated token file, ...). Bounded; the SDK never
 * puts a token in these.
 */
export function describeAzureError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; statusCode?: number; code?: string; details?: { error?: { code?: string; message?: string } } };
  if (e?.name === "AbortError" || e?.name === "TimeoutError") return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const first = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3).join(" ").slice(0, 400);
  if (typeof e?.statusCode === "number") {
    const vault = e.details?.error;
    const code = vault?.code ?? (e.code && e.code !== "REQUEST_SEND_ERROR" ? e.code : undefined);
    const message = vault?.message ?? e.message ?? "";
    return `HTTP ${e.statusCode}${code || message ? ` (${[code, first(message)].filter(Boolean).join(": ")})` : ""}`;
  }
  if (e?.name === "CredentialUnavailableError" || e?.name === "AuthenticationError" || e?.name === "AggregateAuthenticationError") {
    return `no Azure credential: ${first(e.message ?? "")}`;
  }
  const cause = (err as { cause?: { code?: string } })?.cause?.code;
  return first(cause ?? e?.code ?? e?.message ?? String(err));
}
