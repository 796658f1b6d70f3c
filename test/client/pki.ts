import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A throwaway service CA (secp384r1) and node certificates it issues, made with the real openssl. */
export interface Pki {
  serviceCertificatePem: string;
  /** Issues a node certificate (key + cert PEM) with the given subjectAltName, e.g. "IP:127.0.0.1,DNS:localhost". */
  node(san: string): { keyPem: string; certPem: string };
  dispose(): void;
}

export function createPki(name = "CCF Service"): Pki {
  const dir = mkdtempSync(join(tmpdir(), "ccf-client-pki-"));
  const run = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  run("ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", "ca.key");
  run("req", "-new", "-x509", "-key", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", `/CN=${name}`, "-sha384");
  let serial = 0;
  return {
    serviceCertificatePem: readFileSync(join(dir, "ca.pem"), "utf8"),
    node(san: string) {
      const n = `node${serial++}`;
      run("ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", `${n}.key`);
      run("req", "-new", "-key", `${n}.key`, "-out", `${n}.csr`, "-subj", "/CN=CCF Node");
      writeFileSync(join(dir, `${n}.ext`), `subjectAltName=${san}\n`);
      run("x509", "-req", "-in", `${n}.csr`, "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", `${n}.pem`, "-days", "2", "-sha384", "-extfile", `${n}.ext`);
      return { keyPem: readFileSync(join(dir, `${n}.key`), "utf8"), certPem: readFileSync(join(dir, `${n}.pem`), "utf8") };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** An HTTPS server on 127.0.0.1:0 whose handler receives the full request body. */
export async function startHttpsServer(
  tls: { keyPem: string; certPem: string },
  handler: (req: IncomingMessage, body: Buffer, res: ServerResponse) => void,
): Promise<TestServer> {
  const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handler(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
