// The example program (examples/pulumi/index.ts) under pulumi.runtime.setMocks: its shape (three members,
// one a recovery member; identities generated; voters growing as members join), its secrets (every key
// reaches the engine as a secret, never in the serialized provider) and the provider's serialization.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const SECRET_SIG = "4dabf18193072939515e22adb298388d";

interface Registration { type: string; name: string; inputs: Record<string, any> }

const isSecret = (v: any) => v && typeof v === "object" && v[SECRET_SIG] === "1b47061264138c4ac30d75fd1eb44270";
/** The registration with every secret-wrapped value blanked out: what must not hold key material. */
const withoutSecrets = (v: any): any =>
  isSecret(v) ? "<secret>" : Array.isArray(v) ? v.map(withoutSecrets) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withoutSecrets(x)])) : v;

describe("example program under setMocks", () => {
  let dir: string;
  let registered: Registration[];
  let exported: Record<string, unknown>;
  let secretOutputs: Record<string, string[]>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ccf-pulumi-mocks-"));
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(root, join(dir, "node_modules", "ccf-consortium"), "dir");
    symlinkSync(join(root, "node_modules", "@pulumi"), join(dir, "node_modules", "@pulumi"), "dir");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const config = {
      values: {
        "ccf-consortium-example:nodeUrl": "https://127.0.0.1:8000",
        "ccf-consortium-example:serviceCertificate": "SERVICE-CERT",
        "ccf-consortium-example:proposerCertificate": "PROPOSER-CERT",
        "ccf-consortium-example:proposerPrivateKey": "PROPOSER-PRIVATE-KEY",
      },
      secretKeys: ["ccf-consortium-example:proposerPrivateKey"],
    };
    const script = fileURLToPath(new URL("./fixtures/mock-program.mjs", import.meta.url));
    const out = execFileSync(process.execPath, [script, join(root, "examples", "pulumi", "index.ts"), dir, JSON.stringify(config)], { encoding: "utf8" });
    ({ registered, exported, secretOutputs } = JSON.parse(out));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("declares three identities and three members, one of them a recovery member", () => {
    const identities = registered.filter((r) => r.type === "pulumi-nodejs:dynamic/ccf:MemberIdentity");
    const members = registered.filter((r) => r.type === "pulumi-nodejs:dynamic/ccf:Member");
    expect(identities.map((r) => r.name)).toEqual(["operator-a", "operator-b", "recovery-1"]);
    expect(members.map((r) => r.name)).toEqual(["operator-a", "operator-b", "recovery-1"]);
    expect(identities.map((r) => r.inputs.encryptionKey)).toEqual([false, false, true]);

    for (const m of members) {
      expect(m.inputs.connection).toEqual({ nodeUrls: ["https://127.0.0.1:8000"], serviceCertificate: "SERVICE-CERT" });
      expect(m.inputs.certificate).toBe(`CERT-OF-${m.name}`);
      expect(m.inputs.memberData.name).toBe(m.name);
    }
    const [a, b, r] = members;
    expect(a.inputs.encryptionPublicKey).toBeUndefined();
    expect(r.inputs.encryptionPublicKey).toBe("ENC-PUB-OF-recovery-1");
    expect(r.inputs.recoveryRole).toBe("Participant");
    // Each member joins with the ballots of the proposer and of the members before it.
    expect([a, b, r].map((m) => m.inputs.voters.value.length)).toEqual([1, 2, 3]);
    expect(b.inputs.voters.value[1]).toEqual({ certificate: "CERT-OF-operator-a", privateKey: "PRIVATE-KEY-OF-operator-a" });
    expect(exported.memberIds).toEqual(["member-1", "member-2", "member-3"]);
    expect(exported.recoveryMembers).toHaveLength(3);
  });

  it("sends every private key as a secret and keeps them out of the serialized provider", () => {
    const members = registered.filter((r) => r.type === "pulumi-nodejs:dynamic/ccf:Member");
    for (const m of members) {
      expect(isSecret(m.inputs.proposer)).toBe(true);
      expect(isSecret(m.inputs.voters)).toBe(true);
      expect(isSecret(m.inputs.activation)).toBe(true);
      expect(m.inputs.activation.value.privateKey).toBe(`PRIVATE-KEY-OF-${m.name}`);
    }
    // The engine is told which outputs to encrypt in the state.
    expect(secretOutputs["pulumi-nodejs:dynamic/ccf:Member::operator-a"]).toEqual(["proposer", "voters", "activation"]);
    expect(secretOutputs["pulumi-nodejs:dynamic/ccf:MemberIdentity::recovery-1"]).toEqual(["privateKey", "encryptionPrivateKey"]);
    const visible = JSON.stringify(registered.map(withoutSecrets));
    expect(visible).not.toMatch(/PRIVATE-KEY/);
    expect(visible).toContain("CERT-OF-operator-a");
  });

  it("serializes a provider that loads the package at run time and captures nothing else", () => {
    const texts = new Set(registered.map((r) => r.inputs.__provider));
    expect(texts.size).toBe(2); // one Member provider, one MemberIdentity provider, shared by all resources
    for (const text of texts) {
      expect(typeof text).toBe("string");
      expect(text).not.toMatch(/PRIVATE|CERT-OF|SERVICE-CERT/);
      expect(text).toContain('PACKAGE_ENTRY: "ccf-consortium/provider"');
      // Nothing inlined: only the loader and the delegating methods.
      expect(text.match(/^function /gm)).toHaveLength(text.includes("update") ? 8 : 6);
      expect(text).not.toMatch(/cbor|undici|createGovernanceClient|x509/i);
      const provider = require("require-from-string")(text).handler();
      expect(Object.keys(provider).sort()).toEqual(text.includes("update") ? ["check", "create", "delete", "diff", "read", "update"] : ["check", "create", "diff", "read"]);
    }
  });
});
