import { generateKeyPairSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCertificate, loadCertificate } from "../../../core/index.js";
import { openssl } from "./helpers.js";
import { tempDir } from "../../helpers/temp-dir.js";

const tmp = tempDir("ccf-identity-certgen-");

// A sandbox-like PKI: a self-signed secp384r1 service identity (CA) and a node certificate it issues.
const serviceKeys = generateKeyPairSync("ec", { namedCurve: "secp384r1" });
const nodeKeys = generateKeyPairSync("ec", { namedCurve: "secp384r1" });
let serviceCert = "";
let nodeCert = "";
let server: tls.Server;
let port = 0;

beforeAll(async () => {
  serviceCert = await createCertificate({
    subject: "CN=CCF Service",
    publicKey: serviceKeys.publicKey,
    privateKey: serviceKeys.privateKey,
    isCa: true,
    days: 365,
  });
  nodeCert = await createCertificate({
    subject: "CN=CCF Node",
    publicKey: nodeKeys.publicKey,
    issuer: { privateKey: serviceKeys.privateKey, certificatePem: serviceCert },
    days: 365,
    sans: { ip: ["127.0.0.1"], dns: ["localhost"] },
  });
  writeFileSync(join(tmp.dir, "service.pem"), serviceCert);
  writeFileSync(join(tmp.dir, "node.pem"), nodeCert);
  server = tls.createServer({ key: nodeKeys.privateKey.export({ type: "pkcs8", format: "pem" }), cert: nodeCert }, (socket) => {
    socket.end("hello");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  tmp.cleanup();
});

/** Connects to the node over TLS; resolves with what it sent, rejects with the TLS error. */
function fetchHello(options: tls.ConnectionOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: "127.0.0.1", port, ...options }, () => undefined);
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (data += chunk));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
}

describe("createCertificate", () => {
  it("makes a secp384r1 self-signed CA service certificate (SHA-384) and an issued node certificate that openssl verifies", () => {
    const serviceText = openssl(["x509", "-in", "service.pem", "-noout", "-text"], tmp.dir);
    expect(serviceText).toContain("Subject: CN = CCF Service");
    expect(serviceText).toContain("Issuer: CN = CCF Service");
    expect(serviceText).toContain("ASN1 OID: secp384r1");
    expect(serviceText).toContain("Signature Algorithm: ecdsa-with-SHA384");
    expect(serviceText).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE/);

    const nodeText = openssl(["x509", "-in", "node.pem", "-noout", "-text"], tmp.dir);
    expect(nodeText).toContain("Subject: CN = CCF Node");
    expect(nodeText).toContain("Issuer: CN = CCF Service");
    expect(nodeText).toContain("Signature Algorithm: ecdsa-with-SHA384");
    expect(nodeText).toMatch(/X509v3 Subject Alternative Name:\s+IP Address:127\.0\.0\.1, DNS:localhost/);
    expect(nodeText).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);

    expect(openssl(["verify", "-CAfile", "service.pem", "node.pem"], tmp.dir).trim()).toBe("node.pem: OK");
    expect(openssl(["verify", "-CAfile", "service.pem", "-purpose", "sslserver", "node.pem"], tmp.dir).trim()).toBe("node.pem: OK");
    // The node's authority key id is the service's subject key id.
    const ski = /Subject Key Identifier:\s+([0-9A-F:]+)/.exec(serviceText)![1];
    expect(nodeText).toMatch(new RegExp(`Authority Key Identifier:\\s+(keyid:)?${ski}`));
    expect(loadCertificate(nodeCert, "node").checkIssued(loadCertificate(serviceCert, "service"))).toBe(true);
  });

  it("serves TLS on 127.0.0.1 that verifies against ca = service certificate, for 127.0.0.1 and localhost", async () => {
    await expect(fetchHello({ ca: serviceCert })).resolves.toBe("hello");
    await expect(fetchHello({ ca: serviceCert, servername: "localhost" })).resolves.toBe("hello");
  });

  it("fails TLS verification for another name, without the pinned CA, and against another service", async () => {
    await expect(fetchHello({ ca: serviceCert, servername: "example.com" })).rejects.toMatchObject({ code: "ERR_TLS_CERT_ALTNAME_INVALID" });
    await expect(fetchHello({})).rejects.toMatchObject({ code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" });
    const other = generateKeyPairSync("ec", { namedCurve: "secp384r1" });
    const otherService = await createCertificate({ subject: "CN=CCF Service", publicKey: other.publicKey, privateKey: other.privateKey, isCa: true });
    await expect(fetchHello({ ca: otherService })).rejects.toMatchObject({ code: expect.stringMatching(/CERT_SIGNATURE_FAILURE|UNABLE_TO_VERIFY_LEAF_SIGNATURE/) });
  });

  it("accepts PEM keys and refuses mismatched keys, missing signing keys and bad SANs", async () => {
    const publicPem = nodeKeys.publicKey.export({ type: "spki", format: "pem" }).toString();
    const servicePrivatePem = serviceKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const pem = await createCertificate({ subject: "CN=n2", publicKey: publicPem, issuer: { privateKey: servicePrivatePem, certificatePem: serviceCert } });
    expect(loadCertificate(pem, "n2").checkIssued(loadCertificate(serviceCert, "service"))).toBe(true);

    await expect(createCertificate({ subject: "CN=x", publicKey: nodeKeys.publicKey })).rejects.toThrowError(
      "privateKey: is required for a self-signed certificate (or pass issuer)",
    );
    await expect(createCertificate({ subject: "CN=x", publicKey: nodeKeys.publicKey, privateKey: serviceKeys.privateKey })).rejects.toMatchObject({
      code: "KEY_MISMATCH",
      message: "privateKey: does not match publicKey (a self-signed certificate is signed by the subject's own key)",
    });
    await expect(
      createCertificate({ subject: "CN=x", publicKey: nodeKeys.publicKey, issuer: { privateKey: nodeKeys.privateKey, certificatePem: serviceCert } }),
    ).rejects.toMatchObject({ code: "KEY_MISMATCH" });
    await expect(
      createCertificate({ subject: "CN=x", publicKey: nodeKeys.publicKey, privateKey: nodeKeys.privateKey, sans: { ip: ["localhost"] } }),
    ).rejects.toThrowError("sans.ip: 'localhost' is not an IP address");
  });
});
