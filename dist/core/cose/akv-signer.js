/**
 * A `Signer` whose private key stays in Azure Key Vault: the Sig_structure is hashed here with the alg's hash
 * and only the digest is sent to the key's `sign` operation
 * (POST {keyId}/sign?api-version=7.4, body {"alg","value": base64url digest}, response {"kid","value":
 * base64url raw r||s}; learn.microsoft.com/rest/api/keyvault/keys/sign/sign). The signature Key Vault returns
 * is JWS-style r||s, which is exactly COSE's format (ccf-governance §9).
 */
import { request } from "undici";
import { CcfConsortiumError, InputError } from "../errors.js";
import { algorithmForCurve, certificatePem as toCertificatePem, curveOf, loadCertificate, memberIdOf } from "../identity/index.js";
import { algorithmInfo, digestFor } from "./algorithms.js";
/** Parses and normalises a Key Vault key identifier (no query, no trailing slash). */
export function parseKeyVaultKeyId(keyId, input = "key-vault-key-id") {
    let url;
    try {
        url = new URL(keyId.trim());
    }
    catch {
        throw new InputError(input, "is not a URL; expected https://<vault>.vault.azure.net/keys/<name>[/<version>]");
    }
    if (url.protocol !== "https:")
        throw new InputError(input, `must use https (got ${url.protocol.replace(":", "")})`);
    if (url.username || url.password || url.search || url.hash) {
        throw new InputError(input, "must not carry credentials, a query or a fragment");
    }
    const parts = url.pathname.split("/").filter(Boolean);
    if (parts.length < 2 || parts.length > 3 || parts[0] !== "keys") {
        throw new InputError(input, "expected a key identifier of the form https://<vault>/keys/<name>[/<version>]");
    }
    return `${url.origin}/${parts.map(encodeURIComponent).join("/")}`;
}
export function azureKeyVaultSigner(options) {
    const keyId = parseKeyVaultKeyId(options.keyId);
    const cert = loadCertificate(options.certificatePem, "signing-cert");
    const algorithm = algorithmForCurve(curveOf(cert, "signing-cert"));
    const { signatureBytes } = algorithmInfo(algorithm);
    const memberId = memberIdOf(cert);
    const apiVersion = options.apiVersion ?? "7.4";
    const timeoutMs = options.timeoutMs ?? 30_000;
    const getToken = typeof options.token === "function" ? options.token : () => options.token;
    return Object.freeze({
        algorithm,
        certificatePem: toCertificatePem(cert),
        memberId,
        async sign(toBeSigned) {
            const digest = Buffer.from(digestFor(algorithm, toBeSigned));
            const token = await getToken();
            if (!token)
                throw new CcfConsortiumError("SIGNER", `Key Vault sign with ${keyId}: no access token`);
            let res;
            try {
                res = await request(`${keyId}/sign?api-version=${encodeURIComponent(apiVersion)}`, {
                    method: "POST",
                    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json" },
                    body: JSON.stringify({ alg: algorithm, value: digest.toString("base64url") }),
                    dispatcher: options.dispatcher,
                    headersTimeout: timeoutMs,
                    bodyTimeout: timeoutMs,
                });
            }
            catch (err) {
                const e = err;
                const why = e.cause?.code ?? e.code ?? e.cause?.message ?? e.message ?? "connection failed";
                throw new CcfConsortiumError("SIGNER", `Key Vault sign with ${keyId} failed: ${why}`);
            }
            const text = await res.body.text();
            if (res.statusCode !== 200) {
                throw new CcfConsortiumError("SIGNER", `Key Vault sign with ${keyId} failed: HTTP ${res.statusCode}${vaultError(text)}`);
            }
            let value;
            try {
                value = JSON.parse(text).value;
            }
            catch {
                throw new CcfConsortiumError("SIGNER", `Key Vault sign with ${keyId}: the response is not JSON`);
            }
            if (typeof value !== "string" || !/^[A-Za-z0-9_\-+/]*={0,2}$/.test(value)) {
                throw new CcfConsortiumError("SIGNER", `Key Vault sign with ${keyId}: the response has no base64url "value"`);
            }
            const signature = Buffer.from(value.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""), "base64url");
            if (signature.length !== signatureBytes) {
                throw new CcfConsortiumError("SIGNER", `Key Vault sign with ${keyId}: expected a ${signatureBytes}-byte ${algorithm} signature (raw r||s), got ${signature.length} bytes; is the vault key the certificate's key?`);
            }
            return new Uint8Array(signature);
        },
    });
}
/** " (Code: message)" from a Key Vault error body, bounded; never includes request data. */
function vaultError(text) {
    try {
        const err = JSON.parse(text).error;
        if (err && (typeof err.code === "string" || typeof err.message === "string")) {
            const msg = `${err.code ?? "Error"}: ${String(err.message ?? "").slice(0, 300)}`;
            return ` (${msg})`;
        }
    }
    catch {
        // not JSON
    }
    return "";
}
