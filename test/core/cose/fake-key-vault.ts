/**
 * A small local Azure Key Vault that implements the one operation the Key Vault signer uses:
 * POST /keys/{name}[/{version}]/sign?api-version=... with a Bearer token, body {"alg","value": base64url digest},
 * answering {"kid","value": base64url raw r||s}. It signs the digest it is given with a real EC key through
 * `openssl pkeyutl -sign` (which signs a pre-computed digest as is), over HTTPS with its own certificate.
 */
import { createPrivateKey, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { derToRaw, openssl } from "./helpers.js";

export interface FakeKeyVault {
  /** https://127.0.0.1:<port> */
  url: string;
  /** PEM of the vault's TLS certificate, to trust as a CA. */
  caPem: string;
  /** Path of that PEM (for NODE_EXTRA_CA_CERTS). */
  caFile: string;
  keyId(name: string): string;
  requests: { path: string; alg?: string; authorized: boolean }[];
  close(): Promise<void>;
}

const ALG_BY_CURVE: Record<string, { alg: string; digestBytes: number; size: number }> = {
  prime256v1: { alg: "ES256", digestBytes: 32, size: 32 },
  secp384r1: { alg: "ES384", digestBytes: 48, size: 48 },
  secp521r1: { alg: "ES512", digestBytes: 64, size: 66 },
};

export async function startFakeKeyVault(opts: { keys: Record<string, string /* PKCS#8 or SEC1 PEM */>; token: string }): Promise<FakeKeyVault> {
  const dir = mkdtempSync(join(tmpdir(), "fake-kv-"));
  const keyFiles = new Map<string, { file: string; curve: (typeof ALG_BY_CURVE)[string] }>();
  for (const [name, pem] of Object.entries(opts.keys)) {
    const key = createPrivateKey(pem);
    const curve = ALG_BY_CURVE[key.asymmetricKeyDetails?.namedCurve ?? ""];
    if (!curve) throw new Error(`fake vault: unsupported key for ${name}`);
    const file = join(dir, `${name}.pem`);
    writeFileSync(file, key.export({ format: "pem", type: "pkcs8" }), { mode: 0o600 });
    keyFiles.set(name, { file, curve });
  }
  // The vault's own TLS identity.
  const tlsKey = join(dir, "tls-key.pem");
  const tlsCert = join(dir, "tls-cert.pem");
  openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", tlsKey, "-out", tlsCert,
    "-days", "2", "-subj", "/CN=fake-vault.vault.azure.net", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]);
  const caPem = readFileSync(tlsCert, "utf8");
  const requests: FakeKeyVault["requests"] = [];
  const version = randomBytes(16).toString("hex");

  const server: Server = createServer({ key: readFileSync(tlsKey), cert: caPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };
      const fail = (status: number, code: string, message: string) => send(status, { error: { code, message } });
      const url = new URL(req.url ?? "/", "https://127.0.0.1");
      const authorized = req.headers.authorization === `Bearer ${opts.token}`;
      const m = /^\/keys\/([^/]+)(?:\/([^/]+))?\/sign$/.exec(url.pathname);
      let body: { alg?: unknown; value?: unknown } = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      } catch {
        return fail(400, "BadParameter", "The request body is not valid JSON.");
      }
      requests.push({ path: url.pathname, alg: typeof body.alg === "string" ? body.alg : undefined, authorized });
      if (!url.searchParams.get("api-version")) return fail(400, "BadParameter", "The 'api-version' query parameter is required.");
      if (!authorized) {
        res.setHeader("www-authenticate", 'Bearer authorization="https://login.microsoftonline.com/x", resource="https://vault.azure.net"');
        return fail(401, "Unauthorized", "AKV10000: Request is missing a Bearer or PoP token.");
      }
      if (req.method !== "POST" || !m) return fail(404, "NotFound", "Not found.");
      const key = keyFiles.get(decodeURIComponent(m[1]!));
      if (!key || (m[2] && m[2] !== version)) return fail(404, "KeyNotFound", `A key with (name/id) ${m[1]} was not found in this key vault.`);
      if (body.alg !== key.curve.alg) return fail(400, "BadParameter", `Invalid algorithm '${String(body.alg)}' for this key.`);
      const digest = typeof body.value === "string" ? Buffer.from(body.value, "base64url") : Buffer.alloc(0);
      if (digest.length !== key.curve.digestBytes) return fail(400, "BadParameter", "The digest length does not match the algorithm.");
      const der = openssl(["pkeyutl", "-sign", "-inkey", key.file], digest);
      send(200, { kid: `${baseUrl}/keys/${m[1]}/${version}`, value: derToRaw(der, key.curve.size).toString("base64url") });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    caPem,
    caFile: tlsCert,
    keyId: (name) => `${baseUrl}/keys/${name}/${version}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
