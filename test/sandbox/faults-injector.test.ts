import { describe, expect, it } from "vitest";
import { FaultInjector, TOO_MANY_PENDING_MESSAGE } from "../../sandbox/faults.js";

const get = (path: string) => ({ method: "GET", path });
const post = (path: string) => ({ method: "POST", path });

function injector(start = 1_000_000) {
  let now = start;
  const slept: number[] = [];
  const faults = new FaultInjector({ now: () => now, sleep: async (ms) => void slept.push(ms) });
  return { faults, slept, advance: (ms: number) => (now += ms) };
}

describe("FaultInjector", () => {
  it("adds latency per matching request; count-limited rules expire, rules add up", async () => {
    const { faults, slept } = injector();
    faults.addLatency({ ms: 50 });
    faults.addLatency({ ms: 20, count: 1, path: "/gov/members" });
    await faults.onRequest(0, get("/gov/members/proposals"));
    await faults.onRequest(0, get("/gov/members/proposals"));
    await faults.onRequest(0, get("/node/network"));
    expect(slept).toEqual([70, 50, 50]);
    expect(faults.snapshot().latency).toEqual([{ ms: 50 }]);
    expect(faults.snapshot().injected.delayed).toBe(3);
  });

  it("answers the next N requests with 503 TooManyPendingTransactions and Retry-After, then serves", async () => {
    const { faults } = injector();
    faults.failWithUnavailable({ count: 2, retryAfterSeconds: 7 });
    const first = await faults.onRequest(0, post("/gov/members/proposals:create"));
    const second = await faults.onRequest(1, get("/gov/service/info"));
    const third = await faults.onRequest(0, get("/gov/service/info"));
    expect(first?.status).toBe(503);
    expect(first?.headers["retry-after"]).toBe("7");
    expect(JSON.parse(first!.body.toString())).toEqual({
      error: { code: "TooManyPendingTransactions", message: TOO_MANY_PENDING_MESSAGE },
    });
    expect(second?.status).toBe(503);
    expect(third).toBeUndefined();
    expect(faults.snapshot().injected.unavailable).toBe(2);
  });

  it("answers 503 for a duration (injected clock), default Retry-After 1", async () => {
    const { faults, advance } = injector();
    faults.failWithUnavailable({ durationMs: 1000 });
    expect((await faults.onRequest(0, get("/x")))?.headers["retry-after"]).toBe("1");
    advance(999);
    expect((await faults.onRequest(0, get("/x")))?.status).toBe(503);
    advance(1);
    expect(await faults.onRequest(0, get("/x"))).toBeUndefined();
    expect(faults.snapshot().unavailable).toEqual([]);
  });

  it("limits rules to a node, a method and a path prefix", async () => {
    const { faults } = injector();
    faults.failWithUnavailable({ count: 5, nodeIndex: 1, method: "post", path: "/gov/members" });
    expect(await faults.onRequest(0, post("/gov/members/proposals:create"))).toBeUndefined();
    expect(await faults.onRequest(1, get("/gov/members/proposals"))).toBeUndefined();
    expect(await faults.onRequest(1, post("/gov/service/x"))).toBeUndefined();
    expect((await faults.onRequest(1, post("/gov/members/proposals:create")))?.status).toBe(503);
  });

  it("drops before-write and after-commit separately, count times", () => {
    const { faults } = injector();
    faults.dropConnection({ when: "after-commit", count: 2 });
    faults.dropConnection({ when: "before-write" });
    expect(faults.takeDrop(0, post("/gov/a"), "before-write")).toBe(true);
    expect(faults.takeDrop(0, post("/gov/a"), "before-write")).toBe(false);
    expect(faults.takeDrop(0, post("/gov/a"), "after-commit")).toBe(true);
    expect(faults.takeDrop(0, post("/gov/a"), "after-commit")).toBe(true);
    expect(faults.takeDrop(0, post("/gov/a"), "after-commit")).toBe(false);
    expect(faults.snapshot().injected).toMatchObject({ droppedBeforeWrite: 1, droppedAfterCommit: 2 });
  });

  it("clear removes every rule and resets counters", async () => {
    const { faults, slept } = injector();
    faults.addLatency({ ms: 5 });
    faults.failWithUnavailable({ count: 3 });
    faults.dropConnection({ when: "before-write" });
    faults.clear();
    expect(await faults.onRequest(0, get("/x"))).toBeUndefined();
    expect(slept).toEqual([]);
    expect(faults.snapshot()).toEqual({
      latency: [],
      unavailable: [],
      drops: [],
      injected: { delayed: 0, unavailable: 0, droppedBeforeWrite: 0, droppedAfterCommit: 0 },
    });
  });

  it("rejects malformed rules with a message naming the field", () => {
    const { faults } = injector();
    expect(() => faults.addLatency({ ms: -1 })).toThrow("ms must be an integer ≥ 0 (got -1)");
    expect(() => faults.failWithUnavailable({ count: 0 })).toThrow("count must be an integer ≥ 1 (got 0)");
    expect(() => faults.dropConnection({ when: "sometime" as never })).toThrow('when must be "before-write" or "after-commit"');
    expect(() => faults.addLatency({ ms: 1, path: "gov" })).toThrow('path must be a string starting with "/"');
    expect(() => faults.addLatency({ ms: 1, nodeIndex: 1.5 })).toThrow("nodeIndex must be an integer ≥ 0");
  });
});
