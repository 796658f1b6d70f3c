/**
 * A small local Azure Key Vault / Managed HSM for the operations `@azure/keyvault-keys`' CryptographyClient
 * sends for a signature, as the service answers them:
 * - any request without an accepted Bearer token: 401 with `WWW-Authenticate: Bearer
 *   authorization="https://login.microsoftonline.com/<tenant>", resource="https://vault.azure.net"`
 *   (`https://managedhsm.azure.net` for a *.managedhsm.azure.net host): the SDK's challenge flow;
 * - GET /keys/{name}[/{version}]?api-version=...: the key bundle (public EC JWK, key_ops, attributes);
 * - POST /keys/{name}[/{version}]/sign?api-version=..., body {"alg","value": base64url digest}: {"kid","value":
 *   base64url raw r||s}, signed with a real EC key through `openssl pkeyutl -sign`.
 * Served over HTTPS with its own certificate for *.vault.azure.net, *.managedhsm.azure.net and 127.0.0.1. Key
 * ids name the vault by host (https://ccf-test.vault.azure.net:PORT/...), as real ones do, so the SDK's
 * challenge-resource check stays on: clients resolve those names to 127.0.0.1 with test/helpers/azure-dns.mjs.
 */
import { createPrivateKey, createPublicKey, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { derToRaw, openssl } from "./helpers.js";

export const VAULT_HOST = "ccf-test.vault.azure.net";
export const HSM_HOST = "ccf-test.managedhsm.azure.net";
export const TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";

export interface VaultRequest {
  method: string;
  path: string;
  op: "sign" | "get" | "other";
  alg?: string;
  authorized: boolean;
  /** The label of the token that was accepted. */
  via?: string;
  host: string;
}

export interface FakeKeyVault {
  /** https://127.0.0.1:<port> */
  url: string;
  port: number;
  /** PEM of the vault's TLS certificate, to trust as a CA. */
  caPem: string;
  /** Path of that PEM (for NODE_EXTRA_CA_CERTS). */
  caFile: string;
  /** https://ccf-test.vault.azure.net:<port>/keys/<name>/<version> */
  keyId(name: string): string;
  /** https://ccf-test.managedhsm.azure.net:<port>/keys/<name>/<version> */
  hsmKeyId(name: string): string;
  requests: VaultRequest[];
  /** Accepted sign operations. */
  signs(): VaultRequest[];
  close(): Promise<void>;
}

const ALG_BY_CURVE: Record<string, { alg: string; digestBytes: number; size: number; crv: string }> = {
  prime256v1: { alg: "ES256", digestBytes: 32, size: 32, crv: "P-256" },
  secp384r1: { alg: "ES384", digestBytes: 48, size: 48, crv: "P-384" },
  secp521r1: { alg: "ES512", digestBytes: 64, size: 66, crv: "P-521" },
};

export async function startFakeKeyVault(opts: {
  keys: Record<string, string /* PKCS#8 or SEC1 PEM */>;
  /** One accepted token, or accepted tokens by label (the label is recorded as `via`). */
  token?: string;
  tokens?: Record<string, string>;
}): Promise<FakeKeyVault> {
  const tokens = new Map<string, string>(Object.entries(opts.tokens ?? {}).map(([label, t]) => [t, label]));
  if (opts.token) tokens.set(opts.token, "token");
  const dir = mkdtempSync(join(tmpdir(), "fake-kv-"));
  const keyFiles = new Map<string, { file: string; curve: (typeof ALG_BY_CURVE)[string]; jwk: { x?: string; y?: string } }>();
  for (const [name, pem] of Object.entries(opts.keys)) {
    const key = createPrivateKey(pem);
    const curve = ALG_BY_CURVE[key.asymmetricKeyDetails?.namedCurve ?? ""];
    if (!curve) throw new Error(`fake vault: unsupported key for ${name}`);
    const file = join(dir, `${name}.pem`);
    writeFileSync(file, key.export({ format: "pem", type: "pkcs8" }), { mode: 0o600 });
    keyFiles.set(name, { file, curve, jwk: createPublicKey(key).export({ format: "jwk" }) as { x?: string; y?: string } });
  }
  // The vault's own TLS identity.
  const tlsKey = join(dir, "tls-key.pem");
  const tlsCert = join(dir, "tls-cert.pem");
  openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", tlsKey, "-out", tlsCert,
    "-days", "2", "-subj", "/CN=fake-vault.vault.azure.net",
    "-addext", "subjectAltName=DNS:*.vault.azure.net,DNS:*.managedhsm.azure.net,IP:127.0.0.1,DNS:localhost"]);
  const caPem = readFileSync(tlsCert, "utf8");
  const requests: VaultRequest[] = [];
  const version = randomBytes(16).toString("hex");

  const server: Server = createServer({ key: readFileSync(tlsKey), cert: caPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
        res.end(JSON.stringify(body));
      };
      const fail = (status: number, code: string, message: string, headers?: Record<string, string>) => send(status, { error: { code, message } }, headers);
      const host = String(req.headers.host ?? "").replace(/:\d+$/, "");
      const hsm = host.endsWith(".managedhsm.azure.net");
      const url = new URL(req.url ?? "/", "https://127.0.0.1");
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      const via = bearer !== undefined ? tokens.get(bearer) : undefined;
      const m = /^\/keys\/([^/]+)(?:\/([^/]+))?(\/sign)?\/?$/.exec(url.pathname);
      const op: VaultRequest["op"] = m?.[3] && req.method === "POST" ? "sign" : m && !m[3] && req.method === "GET" ? "get" : "other";
      let body: { alg?: unknown; value?: unknown } = {};
      const raw = Buffer.concat(chunks).toString("utf8");
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        return fail(400, "BadParameter", "The request body is not valid JSON.");
      }
      requests.push({ method: req.method ?? "", path: url.pathname, op, alg: typeof body.alg === "string" ? body.alg : undefined, authorized: via !== undefined, via, host });
      if (!url.searchParams.get("api-version")) return fail(400, "BadParameter", "The 'api-version' query parameter is required.");
      if (via === undefined) {
        const resource = hsm ? "https://managedhsm.azure.net" : "https://vault.azure.net";
        return fail(401, "Unauthorized", bearer ? "AKV10032: Invalid issuer." : "AKV10000: Request is missing a Bearer or PoP token.", {
          "www-authenticate": `Bearer authorization="https://login.microsoftonline.com/${TENANT_ID}", resource="${resource}"`,
        });
      }
      if (!m || op === "other") return fail(404, "NotFound", "Not found.");
      const name = decodeURIComponent(m[1]!);
      const key = keyFiles.get(name);
      if (!key || (m[2] && m[2] !== version)) return fail(404, "KeyNotFound", `A key with (name/id) ${name} was not found in this key vault.`);
      const kid = `https://${host}:${port}/keys/${name}/${version}`;
      if (op === "get") {
        const now = Math.floor(Date.now() / 1000);
        return send(200, {
          key: { kid, kty: hsm ? "EC-HSM" : "EC", key_ops: ["sign", "verify"], crv: key.curve.crv, x: key.jwk.x, y: key.jwk.y },
          attributes: { enabled: true, created: now, updated: now, recoveryLevel: "Recoverable+Purgeable", recoverableDays: 90, exportable: false },
        });
      }
      if (body.alg !== key.curve.alg) return fail(400, "BadParameter", `Invalid algorithm '${String(body.alg)}' for this key.`);
      const digest = typeof body.value === "string" ? Buffer.from(body.value, "base64url") : Buffer.alloc(0);
      if (digest.length !== key.curve.digestBytes) return fail(400, "BadParameter", "The digest length does not match the algorithm.");
      const der = openssl(["pkeyutl", "-sign", "-inkey", key.file], digest);
      send(200, { kid, value: derToRaw(der, key.curve.size).toString("base64url") });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    caPem,
    caFile: tlsCert,
    keyId: (name) => `https://${VAULT_HOST}:${port}/keys/${name}/${version}`,
    hsmKeyId: (name) => `https://${HSM_HOST}:${port}/keys/${name}/${version}`,
    requests,
    signs: () => requests.filter((r) => r.op === "sign" && r.authorized),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
