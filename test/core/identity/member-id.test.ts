import { X509Certificate } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CURVES, generateMemberIdentity, memberIdOf } from "../../../core/index.js";
import { keygeneratorSh, openssl, opensslMemberId } from "./helpers.js";
import { tempDir } from "../../helpers/temp-dir.js";

const tmp = tempDir("ccf-identity-memberid-");
afterAll(() => tmp.cleanup());

describe("memberIdOf", () => {
  it.each(CURVES)("equals openssl's SHA-256 fingerprint for a %s certificate we generate", async (curve) => {
    const identity = await generateMemberIdentity({ name: `gen_${curve}`, curve });
    const path = join(tmp.dir, `gen_${curve}_cert.pem`);
    writeFileSync(path, identity.certificatePem);
    const expected = opensslMemberId(path, tmp.dir);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(identity.memberId).toBe(expected);
    expect(memberIdOf(identity.certificatePem)).toBe(expected);
    expect(memberIdOf(Buffer.from(identity.certificatePem))).toBe(expected);
    expect(memberIdOf(new X509Certificate(identity.certificatePem))).toBe(expected);
  });

  // keygenerator.sh: `-subj=/CN=NAME` (with '=') is accepted by OpenSSL 3.0 as `-subj /CN=NAME`.
  it.each([
    ["secp384r1", "sha384"],
    ["secp256r1", "sha256"],
    ["secp521r1", "sha512"],
  ])("equals openssl's fingerprint for a certificate made by keygenerator.sh's commands (%s)", (curve, digest) => {
    const name = `ks_${curve}`;
    keygeneratorSh(tmp.dir, name, curve, digest);
    const pem = tmp.read(`${name}_cert.pem`);
    expect(openssl(["x509", "-in", `${name}_cert.pem`, "-noout", "-subject"], tmp.dir).trim()).toBe(`subject=CN = ${name}`);
    expect(memberIdOf(pem)).toBe(opensslMemberId(`${name}_cert.pem`, tmp.dir));
  });

  it("takes DER and the first certificate of a bundle", async () => {
    const a = await generateMemberIdentity({ name: "first" });
    const b = await generateMemberIdentity({ name: "second" });
    writeFileSync(join(tmp.dir, "first.pem"), a.certificatePem);
    openssl(["x509", "-in", "first.pem", "-outform", "DER", "-out", "first.der"], tmp.dir);
    expect(memberIdOf(readFileSync(join(tmp.dir, "first.der")))).toBe(a.memberId);
    expect(memberIdOf(a.certificatePem + b.certificatePem)).toBe(a.memberId);
    expect(memberIdOf(b.certificatePem + a.certificatePem)).toBe(b.memberId);
  });

  it("names the input when given something that is not a certificate", () => {
    expect(() => memberIdOf("hello", "alice_cert.pem")).toThrowError(
      "alice_cert.pem: is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block, found no PEM block)",
    );
    expect(() => memberIdOf(Buffer.from([1, 2, 3]), "x.der")).toThrowError(
      "x.der: is neither a PEM certificate nor a DER-encoded X.509 certificate",
    );
  });
});
