/**
 * Conformance: COSE Sign1 member authentication (reference §2.1–§2.4, §2.7; §11 item 2), for every API
 * flavour. Envelopes come from core/cose AND from raw bytes built here with cbor-x + node:crypto, so the
 * sandbox is not only tested by the code it checks.
 *
 * 401 envelope: code InvalidAuthenticationInfo, message "Invalid authentication credentials.", one
 * `details` entry per policy tried, header `WWW-Authenticate: COSE-SIGN1 realm="Signed request access"`.
 * Malformed envelopes: 500 InternalError with the decoder's text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_FLAVOURS, startFixture, type Fixture } from "./fixture.js";
import { govHeader, nowSeconds, rawCose, sign, setMemberProposal, type HttpResult } from "./helpers.js";

const WWW = 'COSE-SIGN1 realm="Signed request access"';

function expect401(r: HttpResult, details: { auth_policy: string; message: string }[]): void {
  expect(r.status).toBe(401);
  expect(r.headers["www-authenticate"]).toBe(WWW);
  expect(r.json).toEqual({
    error: {
      code: "InvalidAuthenticationInfo",
      message: "Invalid authentication credentials.",
      details: details.map((d) => ({ auth_policy: d.auth_policy, code: "InvalidAuthenticationInfo", message: d.message })),
    },
  });
}

function expect500(r: HttpResult, message: string): void {
  expect(r.status).toBe(500);
  expect(r.json).toEqual({ error: { code: "InternalError", message } });
}

describe.each(ALL_FLAVOURS)("COSE authentication — $label", (flavour) => {
  let f: Fixture;
  // Proposal creation: Active policy on the new API; any-status COSE policy + handler check on classic.
  const proposalPolicy = flavour.api === "new" ? "active_member_cose_sign1" : "member_cose_sign1";

  beforeAll(async () => {
    f = await startFixture(flavour, 2);
  });
  afterAll(async () => {
    await f.close();
  });

  const proposal = () => setMemberProposal(f.outsider.certificatePem);
  const m0 = () => f.active[0]!;
  const raw = (header: [number | string, unknown][], options: Partial<Parameters<typeof rawCose>[0]> = {}) =>
    rawCose({ header, payload: JSON.stringify(proposal()), privateKeyPem: m0().privateKeyPem, ...options });
  const post = (body: Uint8Array, contentType: string | null = "application/cose") => f.gov.client.postCose(f.gov.createPath(), body, contentType);

  it("accepts a hand-built envelope (cbor-x, raw r||s) from an Active member", async () => {
    const r = await post(raw(govHeader(m0().memberId, "proposal", nowSeconds())));
    expect(r.status).toBe(200);
    expect(f.gov.stateOf(r)).toBe("Open");
  });

  it("step 1: missing Content-Type → 401 'Missing content-type header'", async () => {
    expect401(await post(await sign(m0(), { type: "proposal", payload: proposal() }), null), [{ auth_policy: proposalPolicy, message: "Missing content-type header" }]);
  });

  it("step 1: Content-Type application/json → 401 'Content type is not set to application/cose'", async () => {
    expect401(await post(await sign(m0(), { type: "proposal", payload: proposal() }), "application/json"), [
      { auth_policy: proposalPolicy, message: "Content type is not set to application/cose" },
    ]);
  });

  it("step 1: Content-Type with parameters is not equal → 401", async () => {
    expect401(await post(await sign(m0(), { type: "proposal", payload: proposal() }), "application/cose; charset=utf-8"), [
      { auth_policy: proposalPolicy, message: "Content type is not set to application/cose" },
    ]);
  });

  it("step 2: untagged COSE_Sign1 → 500 'COSE_Sign1 is not tagged'", async () => {
    expect500(await post(raw(govHeader(m0().memberId, "proposal", nowSeconds()), { tag: null })), "COSE_Sign1 is not tagged");
  });

  it("step 2: wrong tag (98, COSE_Sign) → 500 'COSE_Sign1 is not tagged'", async () => {
    expect500(await post(raw(govHeader(m0().memberId, "proposal", nowSeconds()), { tag: 98 })), "COSE_Sign1 is not tagged");
  });

  it("step 2: missing created_at → 500 'Missing created_at in protected header'", async () => {
    expect500(await post(raw(govHeader(m0().memberId, "proposal", undefined))), "Missing created_at in protected header");
  });

  it("step 2: negative created_at → 500", async () => {
    expect500(await post(raw(govHeader(m0().memberId, "proposal", -5))), "Failed to decode protected header: ccf.gov.msg.created_at is negative");
  });

  it("step 2: kid as a text string → 500 (kid must be a byte string)", async () => {
    const header = govHeader(m0().memberId, "proposal", nowSeconds());
    header[1] = [4, m0().memberId];
    expect500(await post(raw(header)), "Failed to decode protected header: kid (4) is not a byte string");
  });

  it("step 2: missing kid → 500 'Missing kid in protected header'", async () => {
    const header = govHeader(m0().memberId, "proposal", nowSeconds()).filter(([k]) => k !== 4);
    expect500(await post(raw(header)), "Missing kid in protected header");
  });

  it("step 2: body that is not CBOR → 500", async () => {
    expect500(await post(new TextEncoder().encode("{}")), "Failed to parse COSE_Sign1 outer array");
  });

  it("step 3: EdDSA (-8) → 401 'Unsupported algorithm: -8'", async () => {
    const header = govHeader(m0().memberId, "proposal", nowSeconds());
    header[0] = [1, -8];
    expect401(await post(raw(header)), [{ auth_policy: proposalPolicy, message: "Unsupported algorithm: -8" }]);
  });

  it("step 3 before step 4: PS256 (-37) from an unknown kid → 'Unsupported algorithm: -37'", async () => {
    const header = govHeader("ab".repeat(32), "proposal", nowSeconds());
    header[0] = [1, -37];
    expect401(await post(raw(header)), [{ auth_policy: proposalPolicy, message: "Unsupported algorithm: -37" }]);
  });

  it("step 4: kid of upper-case hex does not name a member → 401 'Signer is not a known member'", async () => {
    expect401(await post(raw(govHeader(m0().memberId.toUpperCase(), "proposal", nowSeconds()))), [
      { auth_policy: proposalPolicy, message: "Signer is not a known member" },
    ]);
  });

  it("step 4: signer who is not a member → 401 'Signer is not a known member'", async () => {
    expect401(await post(await sign(f.outsider, { type: "proposal", payload: proposal() })), [
      { auth_policy: proposalPolicy, message: "Signer is not a known member" },
    ]);
  });

  it("step 5: DER-encoded ECDSA signature → 401 'Failed to validate COSE Sign1'", async () => {
    expect401(await post(raw(govHeader(m0().memberId, "proposal", nowSeconds()), { dsaEncoding: "der" })), [
      { auth_policy: proposalPolicy, message: "Failed to validate COSE Sign1" },
    ]);
  });

  it("step 5: kid of one member, signed with another member's key → 401 'Failed to validate COSE Sign1'", async () => {
    const other = f.active[1]!;
    expect401(await post(raw(govHeader(other.memberId, "proposal", nowSeconds()))), [{ auth_policy: proposalPolicy, message: "Failed to validate COSE Sign1" }]);
  });

  it("step 5 before step 6: wrong type and a bad signature → the signature reason", async () => {
    expect401(await post(raw(govHeader(m0().memberId, "ballot", nowSeconds()), { dsaEncoding: "der" })), [
      { auth_policy: proposalPolicy, message: "Failed to validate COSE Sign1" },
    ]);
  });

  it("step 6: missing ccf.gov.msg.type → 401 'Missing ccf.gov.msg.type, expected ccf.gov.msg.type to be proposal'", async () => {
    expect401(await post(raw(govHeader(m0().memberId, undefined, nowSeconds()))), [
      { auth_policy: proposalPolicy, message: "Missing ccf.gov.msg.type, expected ccf.gov.msg.type to be proposal" },
    ]);
  });

  it("step 6: ccf.gov.msg.type of another endpoint → 401 'Found ccf.gov.msg.type set to ballot, ...'", async () => {
    expect401(await post(await sign(m0(), { type: "ballot", payload: proposal(), proposalId: "ab".repeat(32) })), [
      { auth_policy: proposalPolicy, message: "Found ccf.gov.msg.type set to ballot, expected ccf.gov.msg.type to be proposal" },
    ]);
  });

  if (flavour.api === "new") {
    it("step 7: an Accepted member cannot propose → 401 'Signer is not an ACTIVE member'", async () => {
      expect401(await post(await sign(f.accepted, { type: "proposal", payload: proposal() })), [
        { auth_policy: "active_member_cose_sign1", message: "Signer is not an ACTIVE member" },
      ]);
    });

    it("step 6 before step 7: an Accepted member with the wrong type → the type reason", async () => {
      expect401(await post(await sign(f.accepted, { type: "ack", payload: proposal() })), [
        { auth_policy: "active_member_cose_sign1", message: "Found ccf.gov.msg.type set to ack, expected ccf.gov.msg.type to be proposal" },
      ]);
    });
  } else {
    it("classic: an Accepted member passes authentication but the handler refuses → 403 'Member <id> is not active.'", async () => {
      const r = await post(await sign(f.accepted, { type: "proposal", payload: proposal() }));
      expect(r.status).toBe(403);
      expect(r.json).toEqual({ error: { code: "AuthorizationFailed", message: `Member ${f.accepted.memberId} is not active.` } });
    });

    it("classic cert-or-COSE endpoint lists both policies in details (member_cert first)", async () => {
      const r = await f.gov.client.postCose("/gov/ack/update_state_digest", await sign(f.accepted, { type: "state_digest" }), "text/plain");
      expect401(r, [
        { auth_policy: "member_cert", message: "No caller member certificate" },
        { auth_policy: "member_cose_sign1", message: "Content type is not set to application/cose" },
      ]);
    });
  }

  it("state-digest update and ack accept any member status (Accepted member → 200 / 204)", async () => {
    const u = await f.gov.update(f.accepted);
    expect(u.status).toBe(200);
    const digest = flavour.api === "new" ? u.json.stateDigest : u.json.state_digest;
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const probe = await f.gov.client.get(f.gov.isNew ? f.gov.q(`/gov/service/members/${f.accepted.memberId}`) : "/gov/members");
    const status = f.gov.isNew ? probe.json.status : probe.json[f.accepted.memberId].status;
    expect(status).toBe("Accepted");
  });

  it("ack is authenticated with policy member_cose_sign1 (wrong type reported for it)", async () => {
    const r = await f.gov.client.postCose(f.gov.ackPath(m0().memberId), await sign(m0(), { type: "state_digest" }));
    expect401(r, [{ auth_policy: "member_cose_sign1", message: "Found ccf.gov.msg.type set to state_digest, expected ccf.gov.msg.type to be ack" }]);
  });
});
