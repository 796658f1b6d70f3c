/**
 * Each release's own rules, on the profiles that have them and absent on those that do not
 * (docs/fidelity.md lists the CCF source of each): genesis as CCF starts a network, strict decoding of
 * the protected header, `ballotSubmitters` (7.0.2), the RSA encryption key check (7.0.5), the
 * recovery-time refusals (7.0.7), and the state-digest path with a ':' in the member id.
 * The 255 cap (4.x/5.x only) is in recovery.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKeyPairSync } from "node:crypto";
import { startSandbox, type Sandbox, type SandboxMember } from "../../sandbox/index.js";
import { generateEncryptionKeyPair, generateMemberIdentity } from "../../core/identity/index.js";
import { CcfConsortiumError } from "../../core/errors.js";
import { oddHeaders, signedEnvelope } from "../helpers/odd-encodings.js";
import { activate, call, encryptedShareOf, post, propose, serviceInfo, target, V } from "./ops-helpers.js";

const PREVIEW = "api-version=2023-06-01-preview";

async function newMember(name: string, withKey = true): Promise<SandboxMember> {
  const id = await generateMemberIdentity({ name });
  const m = { name, memberId: id.memberId, certificatePem: id.certificatePem, privateKeyPem: id.privateKeyPem, certPath: "", keyPath: "" } as SandboxMember;
  if (withKey) {
    const enc = await generateEncryptionKeyPair({ bits: 2048 });
    Object.assign(m, { encryptionPublicKeyPem: enc.publicKeyPem, encryptionPrivateKeyPem: enc.privateKeyPem });
  }
  return m;
}

describe("genesis as CCF starts a network", () => {
  for (const ccfVersion of [4, 5, 6, 7] as const) {
    it(`${ccfVersion}.x defaults: the initial member is a recovery member, threshold 1; the seed's recovery-member flow passes`, async () => {
      const sb = await startSandbox({ ccfVersion });
      try {
        const t = target(sb);
        const q = ccfVersion === 4 ? PREVIEW : V;
        const m0 = sb.members[0]!;
        expect(m0.encryptionPublicKeyPem).toMatch(/BEGIN PUBLIC KEY/);
        const info = (await call(t.url, t.ca, "GET", `/gov/service/info?${q}`)).json();
        expect(info.status).toBe("Open");
        expect(info.configuration.recoveryThreshold).toBe(1);
        const ack = async (m: SandboxMember) => {
          const up = await post(t, `/gov/members/state-digests/${m.memberId}:update?${q}`, m, "state_digest");
          expect(up.status).toBe(200);
          return post(t, `/gov/members/state-digests/${m.memberId}:ack?${q}`, m, "ack", { stateDigest: up.json().stateDigest });
        };
        expect((await ack(m0)).status).toBe(204);
        const bob = await newMember("bob");
        const created = await post(t, `/gov/members/proposals:create?${q}`, m0, "proposal", {
          actions: [{ name: "set_member", args: { cert: bob.certificatePem, encryption_pub_key: bob.encryptionPublicKeyPem, member_data: { name: "bob" } } }],
        });
        expect(created.status).toBe(200);
        const pid = created.json().proposalId;
        const voted = await post(t, `/gov/members/proposals/${pid}/ballots/${m0.memberId}:submit?${q}`, m0, "ballot", { ballot: "export function vote (proposal, proposerId) { return true }" }, pid);
        expect(voted.json().proposalState).toBe("Accepted");
        expect((await ack(bob)).status).toBe(204);
        const bobNow = (await call(t.url, t.ca, "GET", `/gov/service/members/${bob.memberId}?${q}`)).json();
        expect(bobNow).toMatchObject({ status: "Active", recoveryRole: "Participant" });
        const share = await call(t.url, t.ca, "GET", `/gov/recovery/encrypted-shares/${bob.memberId}?${q}`);
        expect(share.status).toBe(200);
      } finally {
        await sb.close();
      }
    });
  }

  it("members default to recovery members; the threshold defaults to their number (CCF start config 0)", async () => {
    const sb = await startSandbox({ members: 3, ccfVersion: 6, open: false });
    try {
      expect(sb.members.every((m) => m.encryptionPublicKeyPem !== undefined)).toBe(true);
      expect(sb.service.state.service.config.recoveryThreshold).toBe(3);
    } finally {
      await sb.close();
    }
  });

  it("Open is refused without a recovery member, or with fewer than the threshold (CCF's texts)", async () => {
    const refused = async (options: Parameters<typeof startSandbox>[0], input: string, text: string) => {
      const err = await startSandbox(options).then(
        (sb) => sb.close().then(() => undefined),
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(CcfConsortiumError);
      expect((err as CcfConsortiumError).code).toBe("INVALID_INPUT");
      expect((err as Error).message).toContain(input);
      expect((err as Error).message).toContain(text);
    };
    await refused({ members: 2, recoveryMembers: 0 }, "recoveryMembers", "There should be at least one active recovery member to issue recovery shares");
    await refused({ members: 2, recoveryMembers: 1, recoveryThreshold: 2 }, "recoveryThreshold", "Cannot open network as number of active recovery members (1) is less than recovery threshold (2)");
    await refused({ members: 300, recoveryMembers: 256, activate: true, ccfVersion: 5, open: false }, "recoveryMembers", "CCF 5.x activates at most 255 recovery members");
  });

  it("Opening without recovery members: transition_service_to_open fails as in CCF, the service stays Opening", async () => {
    const sb = await startSandbox({ members: 1, recoveryMembers: 0, activate: true, open: false, ccfVersion: 6 });
    try {
      const t = target(sb);
      const m0 = sb.members[0]!;
      const r = await propose(t, m0, [m0], [{ name: "transition_service_to_open", args: { next_service_identity: sb.serviceCertificatePem } }]);
      expect(r.status).toBe(500);
      expect(r.json().error.code).toBe("InternalError");
      expect(r.json().error.message).toContain("Failed to issue recovery shares: There should be at least one active recovery member to issue recovery shares");
      expect((await serviceInfo(t)).status).toBe("Opening");
    } finally {
      await sb.close();
    }
  });
});

describe("strict decoding: correctly signed messages with non-integer integers or a label twice → 500, as the node's decoder throws", () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ ccfVersion: 7, activate: true });
  });
  afterAll(async () => sb?.close());

  it("floats (16/32/64-bit, integral), tag-2 bignums, duplicate labels: no proposal is created", async () => {
    const m0 = sb.members[0]!;
    const t = target(sb);
    const before = Object.keys(sb.service.state.proposals).length;
    const payload = Buffer.from(JSON.stringify({ actions: [{ name: "set_member_data", args: { member_id: m0.memberId, member_data: { odd: true } } }] }));
    const cases = oddHeaders({ memberId: m0.memberId, alg: -35, type: "proposal", createdAt: Math.floor(Date.now() / 1000) });
    for (const c of cases) {
      const r = await call(t.url, t.ca, "POST", `/gov/members/proposals:create?${V}`, signedEnvelope(c.header, payload, m0.privateKeyPem), { "content-type": "application/cose" });
      expect({ name: c.name, status: r.status, body: r.json() }).toEqual({ name: c.name, status: 500, body: { error: { code: "InternalError", message: c.reason } } });
    }
    expect(Object.keys(sb.service.state.proposals)).toHaveLength(before);
  });

  it("the same message with CBOR integers (hand-built, openssl-independent encoder) is accepted", async () => {
    const m0 = sb.members[0]!;
    const t = target(sb);
    const { headerBytes } = await import("../helpers/odd-encodings.js");
    const header = headerBytes([[1, -35], [4, Buffer.from(m0.memberId)], ["ccf.gov.msg.type", "proposal"], ["ccf.gov.msg.created_at", Math.floor(Date.now() / 1000)]]);
    const payload = Buffer.from(JSON.stringify({ actions: [{ name: "set_member_data", args: { member_id: m0.memberId, member_data: { plain: true } } }] }));
    const r = await call(t.url, t.ca, "POST", `/gov/members/proposals:create?${V}`, signedEnvelope(header, payload, m0.privateKeyPem), { "content-type": "application/cose" });
    expect(r.status).toBe(200);
  });
});

describe("7.0.5 (#7924): set_member.encryption_pub_key must be an RSA public key of at least 2048 bits", () => {
  const ecKey = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).publicKey.export({ type: "spki", format: "pem" }).toString();
  const smallRsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ type: "spki", format: "pem" }).toString();

  for (const ccfVersion of [5, 6, 7] as const) {
    it(`${ccfVersion}.x ${ccfVersion === 7 ? "refuses" : "accepts (no check before 7.0.5)"} an EC key and a 1024-bit RSA key`, async () => {
      const sb = await startSandbox({ ccfVersion, activate: true });
      try {
        const t = target(sb);
        const m0 = sb.members[0]!;
        const joiner = await newMember("joiner", false);
        for (const [key, expected] of [
          [ecKey, "set_member at position 0 failed validation: InternalError: Failed to convert pem to jwk: invalid RSA key"],
          [smallRsa, "set_member at position 0 failed validation: Error: encryption_pub_key.n must be at least 2048 bits"],
          ["not a key", "set_member at position 0 failed validation: InternalError: Failed to convert pem to jwk: invalid RSA key"],
        ] as const) {
          const r = await post(t, `/gov/members/proposals:create?${V}`, m0, "proposal", { actions: [{ name: "set_member", args: { cert: joiner.certificatePem, encryption_pub_key: key } }] });
          if (ccfVersion === 7) {
            expect(r.status).toBe(400);
            expect(r.json().error.code).toBe("ProposalFailedToValidate");
            expect(r.json().error.message).toContain(`Proposal failed to validate: ${expected}\n`);
          } else {
            expect(r.status).toBe(200);
          }
        }
        // a 2048-bit RSA key passes everywhere
        const good = await post(t, `/gov/members/proposals:create?${V}`, m0, "proposal", {
          actions: [{ name: "set_member", args: { cert: joiner.certificatePem, encryption_pub_key: (await generateEncryptionKeyPair({ bits: 2048 })).publicKeyPem } }],
        });
        expect(good.status).toBe(200);
      } finally {
        await sb.close();
      }
    });
  }
});

describe("7.0.7 (#7980): no recovery-member, threshold, share or rekey changes while the service is recovering", () => {
  for (const ccfVersion of [6, 7] as const) {
    it(`${ccfVersion}.x ${ccfVersion === 7 ? "refuses them (validate)" : "accepts them (no such check before 7.0.7)"}`, async () => {
      const sb = await startSandbox({ ccfVersion, members: 2, recoveryMembers: 2, recoveryThreshold: 1, activate: true });
      try {
        await sb.control.simulateDisaster();
        const t = target(sb);
        const [a, b] = sb.members as [SandboxMember, SandboxMember];
        const joiner = await newMember("joiner");
        const members = "Cannot change recovery members during recovery";
        const shares = "Cannot change the recovery threshold, refresh recovery shares, or rekey the ledger during recovery";
        const cases: [unknown, string][] = [
          [{ name: "set_member", args: { cert: joiner.certificatePem, encryption_pub_key: joiner.encryptionPublicKeyPem } }, members],
          [{ name: "set_member", args: { cert: b.certificatePem } }, members], // b already holds a key
          [{ name: "remove_member", args: { member_id: b.memberId } }, members],
          [{ name: "set_recovery_threshold", args: { recovery_threshold: 2 } }, shares],
          [{ name: "trigger_recovery_shares_refresh" }, shares],
          [{ name: "trigger_ledger_rekey" }, shares],
        ];
        for (const [action, text] of cases) {
          const r = await post(t, `/gov/members/proposals:create?${V}`, a, "proposal", { actions: [action] });
          const name = (action as { name: string }).name;
          if (ccfVersion === 7) {
            expect({ name, status: r.status, code: r.json().error?.code }).toEqual({ name, status: 400, code: "ProposalFailedToValidate" });
            expect(r.json().error.message).toContain(`${name} at position 0 failed validation: Error: ${text}\n`);
          } else {
            expect({ name, status: r.status }).toEqual({ name, status: 200 });
          }
        }
        // a member without an encryption key may still be added on both
        const plain = await newMember("plain", false);
        const ok = await propose(t, a, [a, b], [{ name: "set_member", args: { cert: plain.certificatePem } }]);
        expect(ok.json().proposalState).toBe("Accepted");
        expect((await serviceInfo(t)).status).toBe("Recovering");
      } finally {
        await sb.close();
      }
    });
  }

  it("7.x: the refusal is also in apply (a refresh proposed before the disaster cannot be applied during it)", async () => {
    const sb = await startSandbox({ ccfVersion: 7, members: 2, recoveryMembers: 2, recoveryThreshold: 1, activate: true });
    try {
      const t = target(sb);
      const [a, b] = sb.members as [SandboxMember, SandboxMember];
      const created = await post(t, `/gov/members/proposals:create?${V}`, a, "proposal", { actions: [{ name: "trigger_recovery_shares_refresh" }] });
      expect(created.status).toBe(200);
      const pid = created.json().proposalId;
      await sb.control.simulateDisaster();
      const yes = { ballot: "export function vote (proposal, proposerId) { return true }" };
      await post(target(sb), `/gov/members/proposals/${pid}/ballots/${a.memberId}:submit?${V}`, a, "ballot", yes, pid);
      const r = await post(target(sb), `/gov/members/proposals/${pid}/ballots/${b.memberId}:submit?${V}`, b, "ballot", yes, pid);
      expect(r.status).toBe(500);
      expect(r.json().error.message).toBe(
        "Failed to apply(): Error: Cannot change the recovery threshold, refresh recovery shares, or rekey the ledger during recovery",
      );
    } finally {
      await sb.close();
    }
  });
});

describe("GET .../state-digests/{id} with a ':' in the id (6.0.4 routing change)", () => {
  for (const ccfVersion of [5, 6, 7] as const) {
    it(`${ccfVersion}.x answers 404`, async () => {
      const sb = await startSandbox({ ccfVersion });
      try {
        const t = target(sb);
        const r = await call(t.url, t.ca, "GET", `/gov/members/state-digests/abcd:update?${V}`);
        expect(r.status).toBe(404);
        expect(r.json().error.code).toBe("ResourceNotFound");
        const share = await encryptedShareOf(t, sb.members[0]!.memberId);
        expect(share.status).toBe(404); // the genesis member is still Accepted: no share yet
      } finally {
        await sb.close();
      }
    });
  }
});

describe("activation with the defaults on every profile", () => {
  it("7.x: acking the genesis member issues its share (threshold 1 reached)", async () => {
    const sb = await startSandbox({ ccfVersion: 7 });
    try {
      const t = target(sb);
      expect((await activate(t, sb.members[0]!)).status).toBe(204);
      expect((await encryptedShareOf(t, sb.members[0]!.memberId)).status).toBe(200);
    } finally {
      await sb.close();
    }
  });
});
