/**
 * Several nodes over one state: each node has its own certificate endorsed by the service identity,
 * reads are local, a backup forwards writes (profiles 4, 5) or redirects them with 307 + Location
 * (profiles 6, 7); nodes stop (connections refused) and start again; stopping the primary elects the
 * next node.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "node:tls";
import { X509Certificate } from "node:crypto";
import { startSandbox, type Sandbox, type SandboxMember } from "../../sandbox/index.js";
import { isLoopbackAddress, operationsRoutes } from "../../sandbox/control-api.js";
import type { RequestContext } from "../../sandbox/router.js";
import { call, post, signed, target } from "./ops-helpers.js";

const API = { 4: "api-version=2023-06-01-preview", 5: "api-version=2024-07-01", 6: "api-version=2024-07-01", 7: "api-version=2024-07-01" } as const;

function peerCertificate(url: string, ca: string): Promise<X509Certificate> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: u.hostname, port: Number(u.port), ca, servername: "localhost" }, () => {
      const raw = socket.getPeerCertificate().raw;
      socket.end();
      resolve(new X509Certificate(raw));
    });
    socket.on("error", reject);
  });
}

async function createProposal(sb: Sandbox, url: string, member: SandboxMember, v: 4 | 5 | 6 | 7) {
  const body = await signed(member, "proposal", { actions: [{ name: "set_member_data", args: { member_id: member.memberId, member_data: { via: url } } }] });
  return { body, response: await call(url, sb.serviceCertificatePem, "POST", `/gov/members/proposals:create?${API[v]}`, body, { "content-type": "application/cose" }) };
}

for (const v of [4, 5, 6, 7] as const) {
  describe(`3 nodes, profile ${v}`, () => {
    let sb: Sandbox;
    beforeAll(async () => {
      sb = await startSandbox({ members: 1, activate: true, nodes: 3, ccfVersion: v });
    });
    afterAll(async () => sb?.close());

    it("each node presents its own certificate issued by the service identity (SANs 127.0.0.1, localhost)", async () => {
      expect(sb.urls).toHaveLength(3);
      expect(new Set(sb.urls).size).toBe(3);
      const service = new X509Certificate(sb.serviceCertificatePem);
      const certs = await Promise.all(sb.urls.map((u) => peerCertificate(u, sb.serviceCertificatePem)));
      expect(new Set(certs.map((c) => c.fingerprint256)).size).toBe(3);
      for (const c of certs) {
        expect(c.checkIssued(service)).toBe(true);
        expect(c.verify(service.publicKey)).toBe(true);
        expect(c.subjectAltName).toContain("IP Address:127.0.0.1");
        expect(c.subjectAltName).toContain("DNS:localhost");
      }
    });

    it("reads are served by every node", async () => {
      for (const url of sb.urls) {
        const r = await call(url, sb.serviceCertificatePem, "GET", `/gov/service/members?${API[v]}`);
        expect(r.status).toBe(200);
        expect(r.json().value).toHaveLength(1);
      }
    });

    if (v === 4 || v === 5) {
      it("a write on a backup is forwarded to the primary transparently", async () => {
        const { response } = await createProposal(sb, sb.urls[1]!, sb.members[0]!, v);
        expect(response.status).toBe(200);
        expect(response.headers["location"]).toBeUndefined();
        expect(response.json().proposalState).toBe("Open");
        expect(response.headers["x-ms-ccf-transaction-id"]).toMatch(/^\d+\.\d+$/);
        const pid = response.json().proposalId as string;
        const onPrimary = await call(sb.urls[0]!, sb.serviceCertificatePem, "GET", `/gov/members/proposals/${pid}?${API[v]}`);
        expect(onPrimary.status).toBe(200);
        expect(onPrimary.json().proposerId).toBe(sb.members[0]!.memberId);
        // classic writes too
        const up = await post(target(sb, sb.urls[2]!), "/gov/ack/update_state_digest", sb.members[0]!, "state_digest");
        expect(up.status).toBe(200);
        expect(up.json().state_digest).toMatch(/^[0-9a-f]{64}$/);
      });
    } else {
      it("a write on a backup is answered 307 Temporary Redirect to the primary, same path and query", async () => {
        const { body, response } = await createProposal(sb, sb.urls[2]!, sb.members[0]!, v);
        expect(response.status).toBe(307);
        expect(response.headers["location"]).toBe(`${sb.urls[0]}/gov/members/proposals:create?${API[v]}`);
        expect(sb.service.state.proposals).toEqual({});
        // following it with the same method and body works
        const followed = await call(String(response.headers["location"]), sb.serviceCertificatePem, "POST", "", body, { "content-type": "application/cose" });
        expect(followed.status).toBe(200);
        expect(followed.json().proposalState).toBe("Open");
        expect(Object.keys(sb.service.state.proposals)).toEqual([followed.json().proposalId]);
        if (v === 6) {
          const classic = await post(target(sb, sb.urls[1]!), "/gov/ack/update_state_digest", sb.members[0]!, "state_digest");
          expect(classic.status).toBe(307);
          expect(classic.headers["location"]).toBe(`${sb.urls[0]}/gov/ack/update_state_digest`);
        }
      });
    }
  });
}

describe("stopping and starting nodes (profile 6)", () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ members: 1, activate: true, nodes: 3, ccfVersion: 6 });
  });
  afterAll(async () => sb?.close());

  it("a stopped node refuses connections; started again it serves on the same URL", async () => {
    const url = sb.urls[2]!;
    await sb.control.stopNode(2);
    await expect(call(url, sb.serviceCertificatePem, "GET", `/gov/service/info?${API[6]}`)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(sb.control.nodes()[2]).toMatchObject({ running: false, primary: false });
    await sb.control.startNode(2);
    expect(sb.urls[2]).toBe(url);
    expect((await call(url, sb.serviceCertificatePem, "GET", `/gov/service/info?${API[6]}`)).status).toBe(200);
  });

  it("stopping the primary elects the next node in a new view; the old primary rejoins as a backup", async () => {
    const view = sb.service.state.ledger.view;
    await sb.control.stopNode(0);
    expect(sb.service.state.primaryNodeIndex).toBe(1);
    expect(sb.service.state.ledger.view).toBe(view + 1);
    // node 1 now takes writes itself; node 2 redirects to it
    const direct = await createProposal(sb, sb.urls[1]!, sb.members[0]!, 6);
    expect(direct.response.status).toBe(200);
    expect(direct.response.headers["x-ms-ccf-transaction-id"]).toMatch(new RegExp(`^${view + 1}\\.`));
    const redirected = await createProposal(sb, sb.urls[2]!, sb.members[0]!, 6);
    expect(redirected.response.status).toBe(307);
    expect(redirected.response.headers["location"]).toBe(`${sb.urls[1]}/gov/members/proposals:create?${API[6]}`);
    await sb.control.startNode(0);
    const fromOld = await createProposal(sb, sb.urls[0]!, sb.members[0]!, 6);
    expect(fromOld.response.status).toBe(307);
    expect(fromOld.response.headers["location"]).toBe(`${sb.urls[1]}/gov/members/proposals:create?${API[6]}`);
  });

  it("without a majority there is no primary: backups answer 503 PrimaryNotFound until an election is possible", async () => {
    // state here: node 1 primary, nodes 0 and 2 backups
    const view = sb.service.state.ledger.view;
    await sb.control.stopNode(0);
    await sb.control.stopNode(1); // the primary; 1 of 3 left: no election
    expect(sb.service.state.primaryNodeIndex).toBe(1);
    expect(sb.service.state.ledger.view).toBe(view);
    const lost = await createProposal(sb, sb.urls[2]!, sb.members[0]!, 6);
    expect(lost.response.status).toBe(503);
    expect(lost.response.json()).toEqual({
      error: { code: "PrimaryNotFound", message: "Request should be redirected to primary, but receiving node does not know current primary address" },
    });
    // reads still work on the remaining node
    expect((await call(sb.urls[2]!, sb.serviceCertificatePem, "GET", `/gov/service/info?${API[6]}`)).status).toBe(200);
    await sb.control.startNode(0); // 2 of 3: node 2 (next after 1 that runs) is elected
    expect(sb.service.state.primaryNodeIndex).toBe(2);
    expect(sb.service.state.ledger.view).toBe(view + 1);
    const direct = await createProposal(sb, sb.urls[2]!, sb.members[0]!, 6);
    expect(direct.response.status).toBe(200);
    await sb.control.startNode(1);
    expect(sb.control.nodes().map((n) => [n.running, n.primary])).toEqual([
      [true, false],
      [true, false],
      [true, true],
    ]);
  });

  it("the control API stops and starts nodes over HTTPS", async () => {
    const ca = sb.serviceCertificatePem;
    const list = await call(sb.urls[1]!, ca, "GET", "/control/nodes");
    expect(list.json().map((n: { index: number; running: boolean; primary: boolean }) => [n.index, n.running, n.primary])).toEqual([
      [0, true, false],
      [1, true, false],
      [2, true, true],
    ]);
    const stop = await call(sb.urls[1]!, ca, "POST", "/control/nodes/0/stop");
    expect(stop.status).toBe(202);
    // the stop happens once the answer is written
    for (let i = 0; i < 100 && sb.control.nodes()[0]!.running; i++) await new Promise((r) => setTimeout(r, 10));
    await expect(call(sb.urls[0]!, ca, "GET", "/control/nodes")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    const start = await call(sb.urls[2]!, ca, "POST", "/control/nodes/0/start");
    expect(start.status).toBe(200);
    expect(start.json()[0].running).toBe(true);
    const bad = await call(sb.urls[0]!, ca, "POST", "/control/nodes/9/start");
    expect(bad.status).toBe(400);
    expect(bad.json().error.message).toBe("node index must be an integer from 0 to 2 (got '9')");
  });
});

describe("no primary on a forwarding profile (5, two nodes)", () => {
  it("stopping the primary of two nodes leaves no majority: the backup answers 503 for writes", async () => {
    const sb = await startSandbox({ members: 1, activate: true, nodes: 2, ccfVersion: 5 });
    try {
      await sb.control.stopNode(0);
      expect(sb.service.state.primaryNodeIndex).toBe(0);
      const r = await createProposal(sb, sb.urls[1]!, sb.members[0]!, 5);
      expect(r.response.status).toBe(503);
      expect(r.response.json()).toEqual({ error: { code: "InternalError", message: "RPC could not be forwarded to unknown primary." } });
      await sb.control.startNode(0);
      expect((await createProposal(sb, sb.urls[1]!, sb.members[0]!, 5)).response.status).toBe(200);
    } finally {
      await sb.close();
    }
  });
});

describe("control API is loopback-only", () => {
  it("recognises loopback peers", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ["10.0.0.5", "192.168.1.1", "::ffff:10.0.0.1", "fe80::1", "", undefined]) expect(isLoopbackAddress(a)).toBe(false);
  });

  it("answers 403 to a non-loopback peer", async () => {
    const noop = async () => undefined;
    const routes = operationsRoutes(
      {
        faults: undefined as never,
        addLatency: noop as never,
        failWithUnavailable: noop as never,
        dropConnection: noop as never,
        clearFaults: noop as never,
        faultSnapshot: () => ({ latency: [], unavailable: [], drops: [], injected: { delayed: 0, unavailable: 0, droppedBeforeWrite: 0, droppedAfterCommit: 0 } }),
        nodes: () => [],
        simulateDisaster: noop as never,
        privateRecoveryDone: noop,
      },
      { service: noop as never, servers: () => [], stopNode: noop, startNode: noop, restart: noop },
    );
    const route = routes.find((r) => r.path === "/control/faults")!;
    const ctx = (remoteAddress: string) =>
      ({ req: { body: Buffer.alloc(0) }, params: {}, raw: { req: { socket: { remoteAddress } }, res: {} } }) as unknown as RequestContext;
    await expect(Promise.resolve(route.handler(ctx("10.1.2.3")))).rejects.toMatchObject({ status: 403, message: "The sandbox control API only answers loopback clients." });
    expect((await route.handler(ctx("127.0.0.1"))).status).toBe(200);
  });
});
