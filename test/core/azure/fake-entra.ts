/**
 * A local Microsoft Entra authority for workload identity federation, as MSAL (under @azure/identity's
 * WorkloadIdentityCredential) calls it with AZURE_AUTHORITY_HOST pointing here:
 * - GET /{tenant}/v2.0/.well-known/openid-configuration: the OpenID configuration MSAL reads for a
 *   non-cloud authority (msal-common Authority.defaultOpenIdConfigurationEndpoint; it needs
 *   authorization_endpoint, token_endpoint, issuer and jwks_uri, and checks that the issuer's origin is the
 *   authority's);
 * - POST /{tenant}/oauth2/v2.0/token: the client-credentials grant with the federated token as
 *   `client_assertion` (jwt-bearer), answering {token_type, expires_in, access_token}.
 * Instance discovery (login.microsoftonline.com/common/discovery/instance) is never asked: the credential is
 * built with disableInstanceDiscovery for an authority outside Azure's clouds (core/azure/credential.ts).
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { openssl } from "../cose/helpers.js";

export interface EntraRequest {
  method: string;
  path: string;
  grantType?: string;
  clientId?: string;
  scope?: string;
  assertionAccepted?: boolean;
}

export interface FakeEntra {
  /** https://127.0.0.1:<port> (AZURE_AUTHORITY_HOST) */
  authorityHost: string;
  caPem: string;
  requests: EntraRequest[];
  close(): Promise<void>;
}

export async function startFakeEntra(opts: { dir: string; tenantId: string; clientId: string; federatedToken: string; accessToken: string }): Promise<FakeEntra> {
  const key = join(opts.dir, "entra-key.pem");
  const cert = join(opts.dir, "entra-cert.pem");
  openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", cert,
    "-days", "2", "-subj", "/CN=fake-entra", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]);
  const caPem = readFileSync(cert, "utf8");
  const requests: EntraRequest[] = [];
  let base = "";
  const server: Server = createServer({ key: readFileSync(key), cert: caPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };
      const url = new URL(req.url ?? "/", base);
      const tenant = opts.tenantId;
      if (req.method === "GET" && url.pathname === `/${tenant}/v2.0/.well-known/openid-configuration`) {
        requests.push({ method: "GET", path: url.pathname });
        return send(200, {
          issuer: `${base}/${tenant}/v2.0`,
          authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
          jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
          end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
          response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
          token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
        });
      }
      if (req.method === "POST" && url.pathname === `/${tenant}/oauth2/v2.0/token`) {
        const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
        const accepted =
          form.get("client_assertion_type") === "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" &&
          form.get("client_assertion") === opts.federatedToken;
        const scope = form.get("scope") ?? "";
        requests.push({ method: "POST", path: url.pathname, grantType: form.get("grant_type") ?? undefined, clientId: form.get("client_id") ?? undefined, scope, assertionAccepted: accepted });
        if (form.get("grant_type") !== "client_credentials" || form.get("client_id") !== opts.clientId || !accepted) {
          return send(401, { error: "invalid_client", error_description: "AADSTS700211: No matching federated identity record found for presented assertion issuer.", error_codes: [700211] });
        }
        if (!scope.split(" ").includes("https://vault.azure.net/.default") && !scope.split(" ").includes("https://managedhsm.azure.net/.default")) {
          return send(400, { error: "invalid_scope", error_description: `AADSTS70011: The provided value for scope ${scope} is not valid.` });
        }
        return send(200, { token_type: "Bearer", expires_in: 3599, ext_expires_in: 3599, access_token: opts.accessToken });
      }
      requests.push({ method: req.method ?? "", path: url.pathname });
      send(404, { error: "not_found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    authorityHost: base,
    caPem,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
