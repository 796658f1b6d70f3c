// MemberIdentity through @pulumi/pulumi's real dynamic provider host, driven over gRPC as the engine does.
import { createPrivateKey, X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProviderHost, urnOf, type ProviderHost } from "./provider-host.js";
import { serializeProviders } from "./serialized.js";
import { MEMBER_IDENTITY_SECRET_OUTPUTS } from "../../provider/secret-outputs.js";

const urn = (name: string) => urnOf(name, "pulumi-nodejs:dynamic/ccf:MemberIdentity");

describe("MemberIdentity through the provider host", () => {
  let host: ProviderHost;
  let provider: string;
  beforeAll(async () => {
    provider = serializeProviders().identity;
    host = await startProviderHost();
    await host.configure({});
  });
  afterAll(async () => host?.close());

  it("check fills defaults and reports bad inputs by property", async () => {
    const ok = await host.check(urn("a"), {}, { __provider: provider, name: "alice" });
    expect(ok.failures).toEqual([]);
    expect(ok.inputs).toMatchObject({ name: "alice", curve: "secp384r1", validityDays: 365, encryptionKey: false, encryptionKeyBits: 2048 });

    const bad = await host.check(urn("b"), {}, { __provider: provider, name: "", curve: "secp256k1", encryptionKeyBits: 1024, validityDays: 0 });
    expect(bad.failures).toEqual([
      { property: "name", reason: "is required" },
      { property: "curve", reason: "'secp256k1' is not supported; use one of secp256r1, secp384r1, secp521r1" },
      { property: "validityDays", reason: "must be a whole number of days from 1 to 36500 (got 0)" },
      { property: "encryptionKeyBits", reason: "must be an integer from 2048 to 16384 (got 1024)" },
    ]);
  });

  it("create makes a key pair, certificate and encryption pair; any input change replaces it", async () => {
    const { inputs } = await host.check(urn("c"), {}, { __provider: provider, name: "carol", curve: "secp256r1", encryptionKey: true });
    const { id, props } = await host.create(urn("c"), inputs);
    const cert = new X509Certificate(props.certificate as string);
    expect(cert.subject).toBe("CN=carol");
    expect(props.memberId).toBe(id);
    expect(cert.fingerprint256.replaceAll(":", "").toLowerCase()).toBe(id);
    expect(cert.checkPrivateKey(createPrivateKey(props.privateKey as string))).toBe(true);
    expect(createPrivateKey(props.encryptionPrivateKey as string).asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(props.encryptionPublicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(props.__provider).toBe(provider);
    // What the engine keeps in plain text (everything but the secret outputs) holds no private key.
    const plain = Object.fromEntries(Object.entries(props).filter(([k]) => !MEMBER_IDENTITY_SECRET_OUTPUTS.includes(k)));
    expect(JSON.stringify(plain)).not.toMatch(/PRIVATE KEY/);
    expect(JSON.stringify(props)).toMatch(/PRIVATE KEY/);

    const same = await host.diff(id, urn("c"), props, inputs);
    expect(same).toEqual({ changes: "none", replaces: [], deleteBeforeReplace: false });
    const renamed = await host.diff(id, urn("c"), props, { ...inputs, name: "caroline" });
    expect(renamed).toEqual({ changes: "some", replaces: ["name"], deleteBeforeReplace: false });

    const read = await host.read(id, urn("c"), props);
    expect(read.id).toBe(id);
    expect(read.props.certificate).toBe(props.certificate);
  });
});
