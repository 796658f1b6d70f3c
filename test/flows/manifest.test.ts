import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateEncryptionKeyPair, generateMemberIdentity } from "../../core/identity/index.js";
import { InputError } from "../../core/errors.js";
import { apply, checkMembershipChange, parseManifest, planAgainst, RefusedError } from "../../core/flows/index.js";
import type { Member, ServiceInfo } from "../../core/client/index.js";

let dir: string;
let alice: { certificatePem: string; memberId: string };
let bob: { certificatePem: string; memberId: string };
let carol: { certificatePem: string; memberId: string };
let enc: { publicKeyPem: string };
let enc2: { publicKeyPem: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ccf-manifest-"));
  [alice, bob, carol] = await Promise.all(["alice", "bob", "carol"].map((name) => generateMemberIdentity({ name })));
  [enc, enc2] = await Promise.all([generateEncryptionKeyPair(), generateEncryptionKeyPair()]);
  writeFileSync(join(dir, "alice_cert.pem"), alice.certificatePem);
  writeFileSync(join(dir, "alice_enc_pubk.pem"), enc.publicKeyPem);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parseManifest", () => {
  it("reads YAML with paths relative to the manifest and inline PEM", () => {
    const text = [
      "recovery_threshold: 1",
      "members:",
      "  - name: alice",
      "    certificate: alice_cert.pem",
      "    encryption_public_key: alice_enc_pubk.pem",
      "    member_data: { name: alice, team: ops }",
      "    recovery_role: Participant",
      "  - name: bob",
      "    certificate: |",
      ...bob.certificatePem.trim().split("\n").map((l) => `      ${l}`),
    ].join("\n");
    const m = parseManifest(text, { baseDir: dir });
    expect(m.recoveryThreshold).toBe(1);
    expect(m.members.map((x) => [x.name, x.memberId])).toEqual([
      ["alice", alice.memberId],
      ["bob", bob.memberId],
    ]);
    expect(m.members[0]).toMatchObject({ memberData: { name: "alice", team: "ops" }, recoveryRole: "Participant" });
    expect(m.members[0]!.encryptionPublicKeyPem).toContain("BEGIN PUBLIC KEY");
    expect(m.members[1]).toMatchObject({ memberData: null });
    expect(m.members[1]!.encryptionPublicKeyPem).toBeUndefined();
  });

  it("reads JSON (a bare list)", () => {
    const m = parseManifest(JSON.stringify([{ name: "carol", certificate: carol.certificatePem, member_data: { name: "carol" } }]));
    expect(m.members[0]!.memberId).toBe(carol.memberId);
  });

  const cases: [string, string, RegExp][] = [
    ["missing certificate", "members:\n  - name: x\n", /^manifest members\[0\] \(x\) certificate: is required/],
    ["missing file", "members:\n  - name: x\n    certificate: nope.pem\n", /^manifest members\[0\] \(x\) certificate: file 'nope.pem' not found/],
    ["unknown field", "members:\n  - name: x\n    cert: a.pem\n", /^manifest members\[0\] \(x\): unknown field 'cert'/],
    ["bad role", `members:\n  - name: x\n    certificate: alice_cert.pem\n    recovery_role: Boss\n`, /^manifest members\[0\] \(x\) recovery_role: must be one of NonParticipant, Participant, Owner \(got "Boss"\)/],
    ["data not an object", `members:\n  - name: x\n    certificate: alice_cert.pem\n    member_data: [1]\n`, /^manifest members\[0\] \(x\) member_data: must be a JSON object/],
    ["duplicate name", `members:\n  - name: x\n    certificate: alice_cert.pem\n  - name: x\n    certificate: alice_cert.pem\n`, /^manifest members\[1\] \(x\) name: 'x' is used twice/],
    ["duplicate certificate", `members:\n  - name: x\n    certificate: alice_cert.pem\n  - name: y\n    certificate: alice_cert.pem\n`, /^manifest members\[1\] \(y\) certificate: is the same certificate as member 'x'/],
    ["not a certificate", `members:\n  - name: x\n    certificate: alice_enc_pubk.pem\n`, /^manifest members\[0\] \(x\) certificate: is not a PEM certificate/],
    ["encryption key is a cert", `members:\n  - name: x\n    certificate: alice_cert.pem\n    encryption_public_key: alice_cert.pem\n`, /^manifest members\[0\] \(x\) encryption_public_key: is not a PEM public key/],
    ["bad threshold", "recovery_threshold: 0\nmembers: []\n", /^manifest recovery_threshold: must be an integer from 1 to 254/],
    ["bad YAML", "members: [\n", /^manifest: is not valid JSON or YAML/],
  ];
  for (const [name, text, message] of cases) {
    it(`names the entry and field: ${name}`, () => {
      const err = (() => {
        try {
          parseManifest(text, { baseDir: dir });
        } catch (e) {
          return e as Error;
        }
      })();
      expect(err).toBeInstanceOf(InputError);
      expect(err!.message).toMatch(message);
    });
  }
});

function member(id: { certificatePem: string; memberId: string }, extra: Partial<Member> = {}): Member {
  return { memberId: id.memberId, status: "Active", certificatePem: id.certificatePem, memberData: null, recoveryRole: "NonParticipant", ...extra };
}
const open: ServiceInfo = { status: "Open", certificatePem: "", recoveryCount: 0, recoveryThreshold: 1 };

describe("planAgainst", () => {
  it("plans adds, removals, data changes, key rotations and encryption key changes as one ordered proposal", async () => {
    const alice2 = await generateMemberIdentity({ name: "alice" });
    const dave = await generateMemberIdentity({ name: "dave" });
    const live = [
      member(alice, { memberData: { name: "alice" } }),
      member(bob, { memberData: { name: "bob", v: 1 } }),
      member(carol, { memberData: { name: "carol" }, encryptionPublicKeyPem: enc.publicKeyPem, recoveryRole: "Participant" }),
      member(dave, { memberData: { name: "dave" } }),
    ];
    const manifest = parseManifest(
      JSON.stringify({
        members: [
          { name: "alice", certificate: alice2.certificatePem, member_data: { name: "alice" } },
          { name: "bob", certificate: bob.certificatePem, member_data: { name: "bob", v: 2 } },
          { name: "carol", certificate: carol.certificatePem, member_data: { name: "carol" }, encryption_public_key: enc2.publicKeyPem },
        ],
      }),
    );
    const p = planAgainst(manifest, { members: live, service: open });
    expect(p.adds).toEqual([]);
    expect(p.keyRotations).toEqual([{ name: "alice", oldMemberId: alice.memberId, newMemberId: alice2.memberId }]);
    expect(p.removals).toEqual([{ memberId: dave.memberId, name: "dave" }]);
    expect(p.dataChanges).toEqual([{ name: "bob", memberId: bob.memberId, from: { name: "bob", v: 1 }, to: { name: "bob", v: 2 } }]);
    expect(p.encryptionKeyChanges).toEqual([{ name: "carol", memberId: carol.memberId }]);
    expect(p.actions.map((a) => a.name)).toEqual(["set_member", "set_member", "set_member_data", "remove_member", "remove_member"]);
    expect(p.actions[0]!.args).toEqual({ cert: alice2.certificatePem, member_data: { name: "alice" } });
    expect(p.actions[1]!.args!.cert).toBe(carol.certificatePem);
    expect(p.actions.slice(3).map((a) => a.args!.member_id).sort()).toEqual([alice.memberId, dave.memberId].sort());
    expect(p.empty).toBe(false);
  });

  it("is empty when the service matches", () => {
    const manifest = parseManifest(JSON.stringify([{ name: "bob", certificate: bob.certificatePem, member_data: { name: "bob" } }]));
    const p = planAgainst(manifest, { members: [member(bob, { memberData: { name: "bob" } })], service: open });
    expect(p.empty).toBe(true);
    expect(p.unchanged).toEqual([{ name: "bob", memberId: bob.memberId }]);
  });

  it("refuses removing an active recovery member below the threshold: the plan is whole, the refusal reads right, apply refuses", async () => {
    const live = [member(bob), member(carol, { encryptionPublicKeyPem: enc.publicKeyPem, recoveryRole: "Participant" })];
    const manifest = parseManifest(JSON.stringify([{ name: "bob", certificate: bob.certificatePem }]));
    const p = planAgainst(manifest, { members: live, service: open });
    expect(p.removals).toEqual([{ memberId: carol.memberId }]);
    expect(p.refusals).toEqual([
      "removing 1 of the 1 active recovery members would leave 0, fewer than the recovery threshold 1 (CCF refuses remove_member then); lower the recovery threshold first, or add and activate recovery members first",
    ]);
    // apply refuses before reading or signing anything.
    await expect(apply(undefined as never, p, { proposer: undefined as never, voters: [] })).rejects.toThrow(RefusedError);
  });

  it("refuses recovery_role without an encryption key, and any change while recovering", () => {
    const withRole = parseManifest(JSON.stringify([{ name: "bob", certificate: bob.certificatePem }, { name: "carol", certificate: carol.certificatePem, recovery_role: "Owner" }]));
    expect(planAgainst(withRole, { members: [member(bob)], service: open }).refusals).toEqual([expect.stringMatching(/^manifest member 'carol': recovery_role Owner needs an encryption public key/)]);
    const add = parseManifest(JSON.stringify([{ name: "bob", certificate: bob.certificatePem }, { name: "carol", certificate: carol.certificatePem }]));
    expect(planAgainst(add, { members: [member(bob)], service: { ...open, status: "Recovering" } }).refusals).toEqual([expect.stringMatching(/^the service is Recovering: membership changes are refused/)]);
  });

  it("refuses more than 255 recovery members", () => {
    const live: Member[] = Array.from({ length: 255 }, (_, i) => ({ memberId: i.toString(16).padStart(64, "0"), status: "Active", certificatePem: "", memberData: { name: `m${i}` }, encryptionPublicKeyPem: enc.publicKeyPem, recoveryRole: "Participant" }));
    expect(() => checkMembershipChange(live, open, { set: [{ memberId: carol.memberId, label: "member carol", hasEncryptionKey: true }], remove: [] })).toThrow(
      /would make 256 recovery members; CCF allows at most 255 active recovery members/,
    );
    // A member without an encryption key is not a recovery member: allowed.
    expect(() => checkMembershipChange(live, open, { set: [{ memberId: carol.memberId, label: "member carol", hasEncryptionKey: false }], remove: [] })).not.toThrow();
  });
});
