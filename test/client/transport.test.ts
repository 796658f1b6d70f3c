import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, GovernanceError, NodeReplyError, retryPolicy, Transport, TransportError } from "../../core/client/index.js";
import { createPki, json, startHttpsServer, type Pki, type TestServer } from "./pki.js";

let pki: Pki;
let otherPki: Pki;
let nodeTls: { keyPem: string; certPem: string };
const servers: TestServer[] = [];

beforeAll(() => {
  pki = createPki();
  otherPki = createPki("Another Service");
  nodeTls = pki.node("IP:127.0.0.1,DNS:localhost");
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  pki.dispose();
  otherPki.dispose();
});

async function server(handler: Parameters<typeof startHttpsServer>[1], tls = nodeTls): Promise<TestServer> {
  const s = await startHttpsServer(tls, handler);
  servers.push(s);
  return s;
}

/** A port nothing listens on (a server started and closed). */
async function deadUrl(): Promise<string> {
  const s = await startHttpsServer(nodeTls, () => undefined);
  await s.close();
  return s.url;
}

function recordingRetry(delays: number[]) {
  return retryPolicy({ retries: 3, baseDelayMs: 100, random: () => 0.5, sleep: async (ms) => void delays.push(ms) });
}

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("TLS pinning", () => {
  it("trusts the pinned service certificate as the only root", async () => {
    const s = await server((_req, _body, res) => json(res, 200, { ok: true }));
    const t = new Transport({ nodes: [{ url: s.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy() });
    const res = await t.send({ method: "GET", path: "/x", idempotent: true });
    expect(res.status).toBe(200);
    await t.close();
  });

  it("refuses a node whose certificate another CA issued, without failing over or retrying", async () => {
    const s = await server((_req, _body, res) => json(res, 200, {}));
    const delays: number[] = [];
    const t = new Transport({ nodes: [{ url: s.url }, { url: s.url }], serviceCertificatePem: otherPki.serviceCertificatePem, retry: recordingRetry(delays) });
    const err = await t.send({ method: "GET", path: "/x", idempotent: true }).catch((e) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err.code).toBe("TRANSPORT");
    expect(err.failure).toBe("tls");
    expect(err.message).toMatch(/TLS verification against the pinned service certificate failed/);
    expect(t.requests.total).toBe(1);
    expect(delays).toEqual([]);
    await t.close();
  });

  it("checks the host against the node certificate SANs; servername overrides it for nodes reached by IP", async () => {
    const dnsOnly = pki.node("DNS:node0.ccf.test");
    const s = await server((_req, _body, res) => json(res, 200, { ok: true }), dnsOnly);
    const strict = new Transport({ nodes: [{ url: s.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy() });
    const err = await strict.send({ method: "GET", path: "/x", idempotent: true }).catch((e) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err.failure).toBe("tls");
    expect(err.causeCode).toBe("ERR_TLS_CERT_ALTNAME_INVALID");
    await strict.close();

    const named = new Transport({ nodes: [{ url: s.url }], servername: "node0.ccf.test", serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy() });
    expect((await named.send({ method: "GET", path: "/x", idempotent: true })).status).toBe(200);
    await named.close();

    const wrongName = new Transport({ nodes: [{ url: s.url, servername: "other.ccf.test" }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy() });
    expect((await wrongName.send({ method: "GET", path: "/x", idempotent: true }).catch((e) => e)).failure).toBe("tls");
    await wrongName.close();
  });

  it("rejects plain http:// node URLs and a service certificate that is not PEM", () => {
    expect(() => createGovernanceClient({ nodes: ["http://127.0.0.1:1"], serviceCertificatePem: pki.serviceCertificatePem })).toThrow(/nodes\[0\]: 'http:\/\/127.0.0.1:1' must use https:\/\//);
    expect(() => createGovernanceClient({ nodes: ["https://127.0.0.1:1"], serviceCertificatePem: "nope" })).toThrow(/service certificate: is not a PEM certificate/);
  });
});

describe("failover and redirects", () => {
  it("fails over to the next node on a connection error and sticks to the node that answered", async () => {
    const dead = await deadUrl();
    const s = await server((_req, _body, res) => json(res, 200, { node: "live" }));
    const seen: string[] = [];
    const t = new Transport({ nodes: [{ url: dead }, { url: s.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy({ sleep: async () => {} }), onRequest: (i) => seen.push(i.node) });
    expect((await t.send({ method: "POST", path: "/gov/x", body: Buffer.from("a"), idempotent: false })).status).toBe(200);
    expect(seen).toEqual([dead, s.url]);
    await t.send({ method: "GET", path: "/gov/y", idempotent: true });
    expect(seen).toEqual([dead, s.url, s.url]);
    await t.close();
  });

  it("backs off and retries when every node is unreachable, then reports the connection error", async () => {
    const delays: number[] = [];
    const a = await deadUrl();
    const b = await deadUrl();
    const t = new Transport({ nodes: [{ url: a }, { url: b }], serviceCertificatePem: pki.serviceCertificatePem, retry: recordingRetry(delays) });
    const err = await t.send({ method: "GET", path: "/gov/x", idempotent: true }).catch((e) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err.failure).toBe("not-sent");
    expect(err.causeCode).toBe("ECONNREFUSED");
    expect(t.requests.total).toBe(8); // 2 nodes × (1 + 3 retries)
    expect(delays).toEqual([75, 150, 300]); // base·2^n with equal jitter at random()=0.5
    await t.close();
  });

  for (const status of [307, 308]) {
    it(`follows ${status} to the primary keeping method and body`, async () => {
      const seen: { method?: string; body: string }[] = [];
      const primary = await server((req, body, res) => {
        seen.push({ method: req.method, body: body.toString() });
        json(res, 200, { method: req.method, sha: sha(body), path: req.url }, { "x-ms-ccf-transaction-id": "2.42" });
      });
      const backup = await server((req, _body, res) => {
        res.writeHead(status, { location: `${primary.url}${req.url}` });
        res.end();
      });
      const t = new Transport({ nodes: [{ url: backup.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy() });
      const body = Buffer.from("signed-cose-bytes");
      const res = await t.send({ method: "POST", path: "/gov/members/proposals:create?api-version=2024-07-01", body, idempotent: false });
      expect(res.status).toBe(200);
      expect(res.node).toBe(primary.url);
      expect(JSON.parse(res.body.toString())).toEqual({ method: "POST", sha: sha(body), path: "/gov/members/proposals:create?api-version=2024-07-01" });
      expect(seen).toEqual([{ method: "POST", body: "signed-cose-bytes" }]);
      expect(t.requests.byMethod).toEqual({ POST: 2 });
      await t.close();
    });
  }
});

describe("redirect bounds", () => {
  it("follows at most 3 hops, refuses non-https and credentials, never retries a bad redirect (NODE_REPLY)", async () => {
    let hits = 0;
    const s = await server((req, _body, res) => {
      hits++;
      const n = Number(req.url!.slice(1).split("?")[0]);
      const to = n === 90 ? "http://127.0.0.1:1/x" : n === 80 ? `https://user:pw@127.0.0.1:${s.port}/x` : `/${n + 1}`;
      res.writeHead(307, { location: to });
      res.end();
    });
    const t = new Transport({ nodes: [{ url: s.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy({ sleep: async () => {} }) });
    const chain = await t.send({ method: "GET", path: "/1", idempotent: true }).catch((e) => e);
    expect(chain).toBeInstanceOf(NodeReplyError);
    expect(chain.code).toBe("NODE_REPLY");
    expect(chain.message).toBe(`GET /4 on ${s.url}: invalid reply: more than 3 redirects (a redirect loop?)`);
    expect(hits).toBe(4);
    const plain = await t.send({ method: "GET", path: "/90", idempotent: true }).catch((e) => e);
    expect(plain.message).toBe(`GET /90 on ${s.url}: invalid reply: refusing to follow a redirect to non-HTTPS http://127.0.0.1:1`);
    const creds = await t.send({ method: "GET", path: "/80", idempotent: true }).catch((e) => e);
    expect(creds.message).toBe(`GET /80 on ${s.url}: invalid reply: refusing to follow a redirect carrying credentials`);
    expect(hits).toBe(6);
    await t.close();
  });
});

describe("retries", () => {
  it("retries 503 honouring Retry-After for requests safe to repeat", async () => {
    let n = 0;
    const s = await server((_req, _body, res) => {
      if (n++ < 2) return json(res, 503, { error: { code: "TooManyPendingTransactions", message: "busy" } }, { "retry-after": "3" });
      json(res, 200, { ok: true });
    });
    const delays: number[] = [];
    const t = new Transport({ nodes: [{ url: s.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: recordingRetry(delays) });
    expect((await t.send({ method: "GET", path: "/x", idempotent: true })).status).toBe(200);
    expect(delays).toEqual([3000, 3000]);
    expect(t.requests.total).toBe(3);
    await t.close();
  });

  it("gives up after the configured retries and surfaces the 503 as a typed error", async () => {
    const s = await server((_req, _body, res) => json(res, 503, { error: { code: "TransactionCommitAttemptsExceedLimit", message: "too many" } }));
    const delays: number[] = [];
    const c = createGovernanceClient({ nodes: [s.url], serviceCertificatePem: pki.serviceCertificatePem, api: "2024-07-01", retry: { retries: 2, random: () => 0, sleep: async (ms) => void delays.push(ms) } });
    const err = await c.getServiceInfo().catch((e) => e);
    expect(err).toBeInstanceOf(GovernanceError);
    expect(err).toMatchObject({ code: "CCF_ERROR", status: 503, ccfCode: "TransactionCommitAttemptsExceedLimit", ccfMessage: "too many", method: "GET", path: "/gov/service/info?api-version=2024-07-01" });
    expect(delays).toEqual([50, 100]);
    await c.close();
  });

  it("does not re-send a non-idempotent request after the connection dropped once it was sent", async () => {
    let n = 0;
    const s = await server((req) => {
      n++;
      req.socket.destroy();
    });
    const t = new Transport({ nodes: [{ url: s.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy({ sleep: async () => {} }) });
    const err = await t.send({ method: "POST", path: "/gov/x", body: Buffer.from("p"), idempotent: false }).catch((e) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err.failure).toBe("maybe-sent");
    expect(n).toBe(1);
    // The same drop on a request safe to repeat is retried.
    const again = await t.send({ method: "POST", path: "/gov/ack", body: Buffer.from("p"), idempotent: true }).catch((e) => e);
    expect(again.failure).toBe("maybe-sent");
    expect(n).toBe(1 + 6);
    await t.close();
  });
});

describe("errors", () => {
  it("carry CCF's code and message and the request, never the request body", async () => {
    const s = await server((_req, _body, res) => json(res, 400, { error: { code: "StateDigestMismatch", message: "Submitted state digest is not valid." } }));
    const c = createGovernanceClient({ nodes: [s.url], serviceCertificatePem: pki.serviceCertificatePem, api: "classic" });
    const err = await c.getStateDigest("a".repeat(64)).catch((e) => e);
    expect(err).toBeInstanceOf(GovernanceError);
    expect(err.message).toBe(`GET /gov/kv/members/acks on ${s.url} failed with 400 StateDigestMismatch: Submitted state digest is not valid.`);
    await c.close();
  });
});

describe("API flavour detection", () => {
  it("uses 2024-07-01 when served, and the detection answer is the members list (no extra GET)", async () => {
    const paths: string[] = [];
    const s = await server((req, _body, res) => {
      paths.push(req.url!);
      if (req.url!.startsWith("/gov/service/members?api-version=2024-07-01")) return json(res, 200, { value: [{ memberId: "a".repeat(64), status: "Active", certificate: "PEM", memberData: { name: "m0" } }] });
      json(res, 404, { error: { code: "ResourceNotFound", message: "nope" } });
    });
    const c = createGovernanceClient({ nodes: [s.url], serviceCertificatePem: pki.serviceCertificatePem });
    // The first listMembers waits on detection, whose answer is fetched after the call began: reused.
    expect(await c.listMembers()).toEqual([{ memberId: "a".repeat(64), status: "Active", certificatePem: "PEM", memberData: { name: "m0" }, recoveryRole: "NonParticipant" }]);
    expect(await c.api()).toBe("2024-07-01");
    expect(paths).toEqual(["/gov/service/members?api-version=2024-07-01"]);
    await c.listMembers(); // a later call reads again
    expect(paths).toHaveLength(2);
    await c.close();
  });

  it("never answers a later call with the detection reply (membership may have changed meanwhile)", async () => {
    const paths: string[] = [];
    let members = [{ memberId: "a".repeat(64), status: "Active", certificate: "PEM", memberData: null }];
    const s = await server((req, _body, res) => {
      paths.push(req.url!);
      if (req.url!.startsWith("/gov/service/members?api-version=2024-07-01")) return json(res, 200, { value: members });
      json(res, 404, { error: { code: "ResourceNotFound", message: "nope" } });
    });
    const c = createGovernanceClient({ nodes: [s.url], serviceCertificatePem: pki.serviceCertificatePem });
    expect(await c.api()).toBe("2024-07-01"); // detection, triggered by another call
    members = []; // someone else removes the member
    expect(await c.listMembers()).toEqual([]);
    expect(paths).toHaveLength(2);
    await c.close();
  });

  it("falls back to 2023-06-01-preview on UnsupportedApiVersionValue, and to classic on 404", async () => {
    const preview = await server((req, _body, res) => {
      if (req.url!.includes("api-version=2024-07-01")) return json(res, 400, { error: { code: "UnsupportedApiVersionValue", message: "Unsupported api-version '2024-07-01'. The supported api-versions are: 2023-06-01-preview" } });
      json(res, 200, { value: [] });
    });
    const a = createGovernanceClient({ nodes: [preview.url], serviceCertificatePem: pki.serviceCertificatePem });
    expect(await a.api()).toBe("2023-06-01-preview");
    expect(await a.ccfVersion()).toBe(4);
    await a.close();

    const classic = await server((req, _body, res) => {
      if (req.url === "/gov/members") return json(res, 200, { ["b".repeat(64)]: { status: "Accepted", member_data: null, cert: "PEM", public_encryption_key: "KEY" } });
      json(res, 404, { error: { code: "ResourceNotFound", message: "Unknown path" } });
    });
    const b = createGovernanceClient({ nodes: [classic.url], serviceCertificatePem: pki.serviceCertificatePem });
    expect(await b.api()).toBe("classic");
    expect(await b.listMembers()).toEqual([{ memberId: "b".repeat(64), status: "Accepted", certificatePem: "PEM", encryptionPublicKeyPem: "KEY", memberData: null, recoveryRole: "Participant" }]);
    await b.close();
  });

  it("rejects an unknown api choice naming the input", () => {
    expect(() => createGovernanceClient({ nodes: ["https://127.0.0.1:1"], serviceCertificatePem: pki.serviceCertificatePem, api: "2099-01-01" as never })).toThrow(
      "api: '2099-01-01' is not one of auto, classic, 2024-07-01, 2023-06-01-preview",
    );
  });
});

describe("errors of signed writes", () => {
  it("never carry the request body (a recovery share here)", async () => {
    const { generateMemberIdentity } = await import("../../core/identity/index.js");
    const { localSigner } = await import("../../core/cose/index.js");
    const id = await generateMemberIdentity({ name: "m" });
    const signer = localSigner(id.privateKeyPem, id.certificatePem);
    const s = await server((_req, _body, res) => json(res, 403, { error: { code: "ServiceNotWaitingForRecoveryShares", message: "Service is not waiting for recovery shares." } }));
    const c = createGovernanceClient({ nodes: [s.url], serviceCertificatePem: pki.serviceCertificatePem, api: "2024-07-01" });
    const share = Buffer.from("TOP-SECRET-SHARE-BYTES");
    const err = await c.submitRecoveryShare(signer, share).catch((e) => e);
    expect(err).toBeInstanceOf(GovernanceError);
    expect(err).toMatchObject({ status: 403, ccfCode: "ServiceNotWaitingForRecoveryShares", method: "POST", path: `/gov/recovery/members/${id.memberId}:recover?api-version=2024-07-01` });
    const everything = `${err.message} ${err.stack} ${JSON.stringify(err)} ${String(err.cause ?? "")}`;
    expect(everything).not.toContain(share.toString("base64"));
    expect(everything).not.toContain("TOP-SECRET");
    await c.close();
  });
});

describe("redirect stickiness", () => {
  it("after a 307 to a node it knows, sends the next requests straight to that node", async () => {
    const seen: string[] = [];
    const primary = await server((req, _body, res) => json(res, 200, { at: "primary", path: req.url }));
    const backup = await server((req, _body, res) => {
      res.writeHead(307, { location: `${primary.url}${req.url}` });
      res.end();
    });
    const t = new Transport({ nodes: [{ url: backup.url }, { url: primary.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy(), onRequest: (i) => seen.push(i.node) });
    await t.send({ method: "POST", path: "/gov/ack", body: Buffer.from("x"), idempotent: true });
    await t.send({ method: "POST", path: "/gov/ack", body: Buffer.from("y"), idempotent: true });
    expect(seen).toEqual([backup.url, primary.url, primary.url]);
    await t.close();
  });
});

describe("preconnect", () => {
  it("the first requests use the connection opened ahead; nothing is sent before a request", async () => {
    const seen: string[] = [];
    const s = await server((req, _body, res) => {
      seen.push(`${req.method} ${req.url}`);
      json(res, 200, { ok: true });
    });
    let connections = 0;
    s.server.on("secureConnection", () => connections++);
    const t = new Transport({ nodes: [{ url: s.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy() });
    t.preconnect();
    t.preconnect(); // a second call opens nothing more
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(connections).toBe(1);
    expect(seen).toEqual([]);
    for (const path of ["/a", "/b", "/c"]) expect((await t.send({ method: "GET", path, idempotent: true })).status).toBe(200);
    expect(seen).toEqual(["GET /a", "GET /b", "GET /c"]);
    expect(connections).toBe(1);
    await t.close();
  });

  it("a node that does not verify: the preconnect fails quietly and the request reports it", async () => {
    const s = await server((_req, _body, res) => json(res, 200, {}));
    const t = new Transport({ nodes: [{ url: s.url }], serviceCertificatePem: otherPki.serviceCertificatePem, retry: retryPolicy() });
    t.preconnect();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const err = await t.send({ method: "GET", path: "/x", idempotent: true }).catch((e) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(err.failure).toBe("tls");
    await t.close();
  });

  it("a node that is down: the request fails over as without a preconnect", async () => {
    const up = await server((_req, _body, res) => json(res, 200, { up: true }));
    const t = new Transport({ nodes: [{ url: await deadUrl() }, { url: up.url }], serviceCertificatePem: pki.serviceCertificatePem, retry: retryPolicy() });
    t.preconnect();
    const res = await t.send({ method: "GET", path: "/x", idempotent: true });
    expect(res.status).toBe(200);
    expect(res.node).toBe(up.url);
    await t.close();
  });
});
