// The governance client against a hostile node (test/helpers/hostile-node.ts): every mode ends in a typed
// error naming node, method and path, within the operation deadline, with no raw escape in its message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, generateMemberIdentity, localSigner, proposalBody, type MemberIdentity, type RetryEvent } from "../../core/index.js";
import { HOSTILE_MODES, startHostileNode, type HostileMode, type HostileNode } from "../helpers/hostile-node.js";

const EXPECTED: Record<HostileMode, { code: string; message: RegExp }> = {
  "huge-body": { code: "NODE_REPLY", message: /invalid reply: the reply is larger than the 16777216-byte response cap/ },
  "huge-declared": { code: "NODE_REPLY", message: /invalid reply: the reply declares 2147483648 bytes, over the 16777216-byte response cap/ },
  trickle: { code: "TRANSPORT", message: /the reply body did not complete within \d+(\.\d)? s \(BODY_TIMEOUT\); gave up after 1 attempt in \d+\.\d s \(the 2\.5 s deadline passed\)$/ },
  "silent-socket": { code: "TRANSPORT", message: /no TLS connection within \d+(\.\d)? s \(CONNECT_TIMEOUT\); gave up after 1 attempt in \d+\.\d s \(the 2\.5 s deadline passed\)$/ },
  "no-answer": { code: "TRANSPORT", message: /no reply within \d+(\.\d)? s \(HEADERS_TIMEOUT\)/ },
  "accept-close": { code: "TRANSPORT", message: /connection failed \(ECONNRESET: the node closed the connection without replying\); gave up after \d attempts in \d\.\d s( \((the next retry, in \d+(\.\d)? s, would pass the 2\.5 s deadline|the 2\.5 s deadline passed)\))?$/ },
  "bad-framing": { code: "NODE_REPLY", message: /invalid reply: not a well-formed HTTP\/1\.1 reply: both Transfer-Encoding and Content-Length$/ },
  "malformed-json": { code: "NODE_REPLY", message: /invalid reply: the body is not valid JSON \(application\/json, 19 bytes\)$/ },
  "truncated-json": { code: "NODE_REPLY", message: /invalid reply: the body is not valid JSON \(application\/json, 25 bytes\)$/ },
  html: { code: "NODE_REPLY", message: /invalid reply: the body is not valid JSON \(text\/html, 104 bytes\)$/ },
  "missing-fields": { code: "NODE_REPLY", message: /invalid reply: value\[0\]\.status is missing \(expected one of Accepted, Active\)$/ },
  "wrong-types": { code: "NODE_REPLY", message: /invalid reply: value\[0\]\.memberId is a number \(expected a 64-hex-character id\)$/ },
  "no-state-digest": { code: "NODE_REPLY", message: /invalid reply: stateDigest is missing \(expected a string\)$/ },
  "no-proposal-id": { code: "NODE_REPLY", message: /invalid reply: proposal\.proposalId is missing \(expected a 64-hex-character id\)$/ },
  "escape-error": { code: "CCF_ERROR", message: /failed with 500 InternalError\uFFFD: \uFFFD\uFFFD\uFFFDall your keys are belong to us\uFFFD$/u },
  "redirect-loop": { code: "NODE_REPLY", message: /invalid reply: redirect loop \(back to https:\/\/127\.0\.0\.1:\d+\/gov\/service\/members\?api-version=2024-07-01\)$/ },
  "foreign-redirect": { code: "NODE_REPLY", message: /invalid reply: redirected to https:\/\/127\.0\.0\.1:\d+, which is not a configured node and is not a node of this service \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)$/ },
  "busy-forever": { code: "CCF_ERROR", message: /failed with 503 TooManyPendingTransactions: Too many transactions pending commit on the service\.; gave up after \d attempts in \d\.\d s$/ },
};

/** What each mode's request is: the member write for the two write modes, the members list otherwise. */
const REQUEST: Partial<Record<HostileMode, RegExp>> = {
  "no-state-digest": /^POST \/gov\/members\/state-digests\/[0-9a-f]{64}:update\?api-version=2024-07-01 on /,
  "no-proposal-id": /^POST \/gov\/members\/proposals:create\?api-version=2024-07-01 on /,
};

let alice: MemberIdentity;
beforeAll(async () => {
  alice = await generateMemberIdentity({ name: "alice", curve: "secp256r1" });
});

describe("the client against a hostile node", () => {
  const nodes: HostileNode[] = [];
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.close()));
  });

  for (const mode of HOSTILE_MODES) {
    it(`${mode}: a typed ${EXPECTED[mode].code} error naming node and request`, { timeout: 20_000 }, async () => {
      const node = await startHostileNode({ mode, members: [{ memberId: alice.memberId, certificatePem: alice.certificatePem }] });
      nodes.push(node);
      const client = createGovernanceClient({ nodes: [node.url], serviceCertificatePem: node.serviceCertificatePem, api: "2024-07-01", timeoutMs: 2500 });
      const signer = localSigner(alice.privateKeyPem, alice.certificatePem);
      const act =
        mode === "no-state-digest"
          ? client.updateStateDigest(signer)
          : mode === "no-proposal-id"
            ? client.createProposal(signer, proposalBody({ name: "set_member_data", args: { member_id: alice.memberId, member_data: {} } }))
            : client.listMembers();
      const err = await act.then(
        (v) => ({ resolved: v }),
        (e: unknown) => e,
      );
      await client.close();
      expect((err as { code?: string }).code, String((err as Error).message)).toBe(EXPECTED[mode].code);
      const message = (err as Error).message;
      expect(message).toMatch(REQUEST[mode] ?? /^GET \/gov\/service\/members\?api-version=2024-07-01 on https:\/\/127\.0\.0\.1:\d+/);
      expect(message).toMatch(EXPECTED[mode].message);
      expect(message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(message).not.toMatch(/undefined|Unterminated|Unexpected token/);
    });
  }
});

describe("bounds", () => {
  it("the response cap is an option, enforced while streaming", { timeout: 20_000 }, async () => {
    const node = await startHostileNode({ mode: "huge-body" });
    const client = createGovernanceClient({ nodes: [node.url], serviceCertificatePem: node.serviceCertificatePem, api: "2024-07-01", maxResponseBytes: 100_000 });
    const err = await client.listMembers().catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/invalid reply: the reply is larger than the 100000-byte response cap \(abandoned after \d+ bytes\)$/);
    await client.close();
    await node.close();
  });

  it("retries report progress; the final error names the attempts and the total time", { timeout: 20_000 }, async () => {
    const node = await startHostileNode({ mode: "accept-close" });
    const events: RetryEvent[] = [];
    const client = createGovernanceClient({
      nodes: [node.url],
      serviceCertificatePem: node.serviceCertificatePem,
      api: "2024-07-01",
      retry: { retries: 3, baseDelayMs: 10, random: () => 0.5 },
      onRetry: (e) => events.push(e),
    });
    const err = await client.listMembers().catch((e: unknown) => e);
    await client.close();
    await node.close();
    expect(events.map((e) => `${e.attempt}/${e.attempts} ${e.delayMs} ${e.reason} ${e.method} ${e.path}`)).toEqual([
      "2/4 8 ECONNRESET GET /gov/service/members?api-version=2024-07-01",
      "3/4 15 ECONNRESET GET /gov/service/members?api-version=2024-07-01",
      "4/4 30 ECONNRESET GET /gov/service/members?api-version=2024-07-01",
    ]);
    expect((err as Error).message).toMatch(/^GET \/gov\/service\/members\?api-version=2024-07-01 on https:\/\/127\.0\.0\.1:\d+: connection failed \(ECONNRESET: the node closed the connection without replying\); gave up after 4 attempts in \d+\.\d s$/);
    expect(node.requests).toBe(4);
  });

  it("no retry starts past the operation deadline: 503 with Retry-After 3 and a 2 s deadline fails at once", { timeout: 20_000 }, async () => {
    const node = await startHostileNode({ mode: "busy-forever" });
    const client = createGovernanceClient({ nodes: [node.url], serviceCertificatePem: node.serviceCertificatePem, api: "2024-07-01", timeoutMs: 800 });
    const err = await client.listMembers().catch((e: unknown) => e);
    await client.close();
    await node.close();
    expect((err as { code?: string }).code).toBe("CCF_ERROR");
    expect((err as Error).message).toMatch(/failed with 503 TooManyPendingTransactions: .*$/);
    expect(node.requests).toBe(1);
  });

  it("bad --timeout style durations are refused, naming the input", async () => {
    const { parseDuration } = await import("../../core/index.js");
    expect([parseDuration("60s", "t"), parseDuration("2m", "t"), parseDuration("500ms", "t"), parseDuration("90", "t"), parseDuration("1.5s", "t")]).toEqual([60_000, 120_000, 500, 90_000, 1500]);
    for (const bad of ["", "0s", "-1s", "soon", "5 days", "1e3s", "25h"]) expect(() => parseDuration(bad, "--timeout")).toThrow(/^--timeout: '.*' is not a duration \(e\.g\. 500ms, 60s, 2m; more than 0, at most 24h\)$/);
  });
});
