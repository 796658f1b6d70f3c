/**
 * Fault controls against a running sandbox over real TLS: latency, 503 TooManyPendingTransactions with
 * Retry-After, a connection dropped before a write (state unchanged) or after it committed (state
 * changed and durable in DIR), restart keeping state — in process and through /control/... over HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { loadState } from "../../sandbox/persistence.js";
import { call, ConnectionDropped, post, target, V } from "./ops-helpers.js";

const proposalBody = (memberId: string, n: number) => ({ actions: [{ name: "set_member_data", args: { member_id: memberId, member_data: { n } } }] });

describe("faults (profile 6, one node)", () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ members: 1, activate: true, ccfVersion: 6 });
  });
  afterAll(async () => sb?.close());

  it("latency: the next request waits at least the injected delay", async () => {
    const t = target(sb);
    sb.control.addLatency({ ms: 120, count: 1 });
    const started = performance.now();
    const r = await call(t.url, t.ca, "GET", `/gov/service/info?${V}`);
    const elapsed = performance.now() - started;
    expect(r.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(118); // a lower bound: setTimeout never fires early
    expect(sb.control.faultSnapshot().injected.delayed).toBe(1);
    expect(sb.control.faultSnapshot().latency).toEqual([]);
  });

  it("503 TooManyPendingTransactions with Retry-After for the next N requests, set over the control API", async () => {
    const t = target(sb);
    const set = await call(t.url, t.ca, "POST", "/control/faults/unavailable", JSON.stringify({ count: 2, retryAfterSeconds: 3 }));
    expect(set.status).toBe(200);
    expect(set.json().unavailable).toEqual([{ count: 2, retryAfterSeconds: 3 }]);
    for (let i = 0; i < 2; i++) {
      const r = await post(t, `/gov/members/proposals:create?${V}`, sb.members[0]!, "proposal", proposalBody(sb.members[0]!.memberId, i));
      expect(r.status).toBe(503);
      expect(r.headers["retry-after"]).toBe("3");
      expect(r.json()).toEqual({ error: { code: "TooManyPendingTransactions", message: "Too many transactions pending commit on the service." } });
      // control routes are never subject to faults
      expect((await call(t.url, t.ca, "GET", "/control/faults")).status).toBe(200);
    }
    expect(Object.keys(sb.service.state.proposals)).toHaveLength(0);
    const ok = await post(t, `/gov/members/proposals:create?${V}`, sb.members[0]!, "proposal", proposalBody(sb.members[0]!.memberId, 9));
    expect(ok.status).toBe(200);
    const bad = await call(t.url, t.ca, "POST", "/control/faults/unavailable", JSON.stringify({ count: -1 }));
    expect(bad.status).toBe(400);
    expect(bad.json().error).toEqual({ code: "InvalidInput", message: "count must be an integer ≥ 1 (got -1)" });
  });

  it("refuses a rule with an unknown field (a typo installs no rule) with a 400 naming the field", async () => {
    const t = target(sb);
    for (const [path, body, field] of [
      ["/control/faults/unavailable", { stateDigest: 7 }, "stateDigest"],
      ["/control/faults/latency", { ms: 5, cout: 1 }, "cout"],
      ["/control/faults/drop", { when: "before-write", methods: "POST" }, "methods"],
    ] as const) {
      const r = await call(t.url, t.ca, "POST", path, JSON.stringify(body));
      expect(r.status).toBe(400);
      expect(r.json().error.code).toBe("InvalidInput");
      expect(r.json().error.message).toContain(`unknown field '${field}'`);
    }
    const snapshot = (await call(t.url, t.ca, "GET", "/control/faults")).json();
    expect(snapshot.unavailable).toEqual([]);
    expect(snapshot.latency).toEqual([]);
    expect(snapshot.drops).toEqual([]);
  });

  it("drop before the write: no response, nothing applied", async () => {
    const t = target(sb);
    await sb.control.flush();
    const seqno = sb.service.state.ledger.seqno;
    const proposals = Object.keys(sb.service.state.proposals);
    sb.control.dropConnection({ when: "before-write" });
    await expect(post(t, `/gov/members/proposals:create?${V}`, sb.members[0]!, "proposal", proposalBody(sb.members[0]!.memberId, 1))).rejects.toBeInstanceOf(
      ConnectionDropped,
    );
    expect(Object.keys(sb.service.state.proposals)).toEqual(proposals);
    expect(sb.service.state.ledger.seqno).toBe(seqno);
    // reads are not writes: a drop rule for writes leaves them alone, and it was used up anyway
    expect((await call(t.url, t.ca, "GET", `/gov/members/proposals?${V}`)).status).toBe(200);
  });

  it("drop after the write committed: no response, the write is applied and durable in DIR", async () => {
    const t = target(sb);
    const set = await call(t.url, t.ca, "POST", "/control/faults/drop", JSON.stringify({ when: "after-commit", path: "/gov/members/proposals" }));
    expect(set.json().drops).toEqual([{ when: "after-commit", path: "/gov/members/proposals", count: 1 }]);
    const before = new Set(Object.keys(sb.service.state.proposals));
    await expect(post(t, `/gov/members/proposals:create?${V}`, sb.members[0]!, "proposal", proposalBody(sb.members[0]!.memberId, 2))).rejects.toBeInstanceOf(
      ConnectionDropped,
    );
    const created = Object.keys(sb.service.state.proposals).filter((id) => !before.has(id));
    expect(created).toHaveLength(1);
    const onDisk = loadState(sb.dir)!;
    expect(Object.keys(onDisk.proposals)).toContain(created[0]);
    expect(onDisk.ledger.committedSeqno).toBeGreaterThanOrEqual(onDisk.ledger.seqno - 1);
    expect(sb.control.faultSnapshot().injected.droppedAfterCommit).toBe(1);
  });

  it("clear removes every fault", async () => {
    sb.control.addLatency({ ms: 1000 });
    sb.control.failWithUnavailable({ durationMs: 60_000 });
    const t = target(sb);
    const cleared = await call(t.url, t.ca, "POST", "/control/faults/clear");
    expect(cleared.json()).toEqual({ latency: [], unavailable: [], drops: [], injected: { delayed: 0, unavailable: 0, droppedBeforeWrite: 0, droppedAfterCommit: 0 } });
    expect((await call(t.url, t.ca, "GET", `/gov/service/info?${V}`)).status).toBe(200);
  });

  it("restart (in process) keeps every committed write, the identity and the URL", async () => {
    const t = target(sb);
    const url = sb.url;
    const cert = sb.serviceCertificatePem;
    const created = await post(t, `/gov/members/proposals:create?${V}`, sb.members[0]!, "proposal", proposalBody(sb.members[0]!.memberId, 3));
    const pid = created.json().proposalId as string;
    await sb.control.restart();
    expect(sb.url).toBe(url);
    expect(sb.serviceCertificatePem).toBe(cert);
    const r = await call(url, cert, "GET", `/gov/members/proposals/${pid}?${V}`);
    expect(r.status).toBe(200);
    expect(r.json().proposalState).toBe("Open");
    const member = await call(url, cert, "GET", `/gov/service/members/${sb.members[0]!.memberId}?${V}`);
    expect(member.json().status).toBe("Active");
  });

  it("restart over the control API: 202, then the node serves the same state again", async () => {
    const t = target(sb);
    const proposals = Object.keys(sb.service.state.proposals).sort();
    const serviceBefore = sb.service;
    const r = await call(t.url, t.ca, "POST", "/control/restart");
    expect(r.status).toBe(202);
    let info;
    for (let i = 0; i < 200; i++) {
      try {
        info = await call(t.url, t.ca, "GET", `/gov/members/proposals?${V}`);
        if (info.status === 200 && sb.service !== serviceBefore) break;
      } catch {
        // refused while restarting
      }
      await new Promise((res) => setTimeout(res, 10));
    }
    expect(sb.service).not.toBe(serviceBefore); // a new service, loaded from DIR
    expect(info?.status).toBe(200);
    expect(info!.json().value.map((p: { proposalId: string }) => p.proposalId).sort()).toEqual(proposals);
  });
});

describe("faults on a forwarding backup (profile 5, two nodes)", () => {
  it("faults act at the receiving node: drop after commit of a forwarded write", async () => {
    const sb = await startSandbox({ members: 1, activate: true, nodes: 2, ccfVersion: 5 });
    try {
      const backup = target(sb, sb.urls[1]!);
      sb.control.dropConnection({ when: "after-commit", nodeIndex: 1 });
      // a write received by the primary is not affected by a rule for node 1
      const direct = await post(target(sb), `/gov/members/proposals:create?${V}`, sb.members[0]!, "proposal", proposalBody(sb.members[0]!.memberId, 1));
      expect(direct.status).toBe(200);
      await expect(post(backup, `/gov/members/proposals:create?${V}`, sb.members[0]!, "proposal", proposalBody(sb.members[0]!.memberId, 2))).rejects.toBeInstanceOf(
        ConnectionDropped,
      );
      expect(Object.keys(sb.service.state.proposals)).toHaveLength(2);
      sb.control.failWithUnavailable({ count: 1, nodeIndex: 1 });
      const busy = await post(backup, `/gov/members/proposals:create?${V}`, sb.members[0]!, "proposal", proposalBody(sb.members[0]!.memberId, 3));
      expect(busy.status).toBe(503);
      expect(busy.headers["retry-after"]).toBe("1");
      expect(Object.keys(sb.service.state.proposals)).toHaveLength(2);
    } finally {
      await sb.close();
    }
  });
});
