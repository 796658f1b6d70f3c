import { sign, verify } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  CURVES,
  assertKeyMatchesCertificate,
  curveOf,
  generateMemberIdentity,
  hashForCurve,
  loadCertificate,
  loadPrivateKey,
} from "../../../core/index.js";
import { openssl, opensslMemberId } from "./helpers.js";
import { tempDir } from "../../helpers/temp-dir.js";

const tmp = tempDir("ccf-identity-gen-");
afterAll(() => tmp.cleanup());

const SIGNATURE_ALGORITHM = { secp256r1: "ecdsa-with-SHA256", secp384r1: "ecdsa-with-SHA384", secp521r1: "ecdsa-with-SHA512" };
const OPENSSL_CURVE_NAME = { secp256r1: "prime256v1", secp384r1: "secp384r1", secp521r1: "secp521r1" };

describe("generateMemberIdentity", () => {
  it.each(CURVES)("%s: self-signed CN=<name>, 365 days, signed with the curve's hash, PKCS#8 key", async (curve) => {
    const now = new Date("2026-03-01T12:34:56.789Z");
    const identity = await generateMemberIdentity({ name: `member_${curve}`, curve, now });
    expect(identity.curve).toBe(curve);
    expect(identity.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    expect(identity.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/);

    const certPath = join(tmp.dir, `${curve}_cert.pem`);
    writeFileSync(certPath, identity.certificatePem);
    const text = openssl(["x509", "-in", certPath, "-noout", "-text"], tmp.dir);
    expect(text).toContain(`Subject: CN = member_${curve}`);
    expect(text).toContain(`Issuer: CN = member_${curve}`);
    expect(text).toContain(`ASN1 OID: ${OPENSSL_CURVE_NAME[curve]}`);
    const algorithms = [...text.matchAll(/Signature Algorithm: (\S+)/g)].map((m) => m[1]);
    expect(algorithms).toEqual([SIGNATURE_ALGORITHM[curve], SIGNATURE_ALGORITHM[curve]]);
    expect(text).toContain("Not Before: Mar  1 12:34:56 2026 GMT");
    expect(text).toContain("Not After : Mar  1 12:34:56 2027 GMT");
    const dates = openssl(["x509", "-in", certPath, "-noout", "-startdate", "-enddate"], tmp.dir);
    const [start, end] = [...dates.matchAll(/=(.+)$/gm)].map((m) => Date.parse(m[1]!));
    expect((end! - start!) / 86_400_000).toBe(365);

    // Self-signature verifies with openssl; the member id is openssl's fingerprint.
    expect(openssl(["verify", "-CAfile", certPath, certPath], tmp.dir).trim()).toBe(`${certPath}: OK`);
    expect(identity.memberId).toBe(opensslMemberId(certPath, tmp.dir));

    // The key belongs to the certificate and signs for it; openssl reads the key too.
    const key = loadPrivateKey(identity.privateKeyPem, "privateKeyPem");
    const cert = loadCertificate(identity.certificatePem, "certificatePem");
    assertKeyMatchesCertificate(key, cert, { keyInput: "privateKeyPem", certInput: "certificatePem" });
    expect(curveOf(key, "privateKeyPem")).toBe(curve);
    const sig = sign(hashForCurve(curve), Buffer.from("x"), key);
    expect(verify(hashForCurve(curve), Buffer.from("x"), cert.publicKey, sig)).toBe(true);
    writeFileSync(join(tmp.dir, `${curve}_privk.pem`), identity.privateKeyPem, { mode: 0o600 });
    expect(openssl(["pkey", "-in", `${curve}_privk.pem`, "-noout", "-text_pub"], tmp.dir)).toContain(`ASN1 OID: ${OPENSSL_CURVE_NAME[curve]}`);
  });

  it("defaults to secp384r1 and 365 days from now", async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const identity = await generateMemberIdentity({ name: "defaults" });
    const cert = loadCertificate(identity.certificatePem, "cert");
    expect(identity.curve).toBe("secp384r1");
    const from = Date.parse(cert.validFrom);
    expect(from).toBeGreaterThanOrEqual(before);
    expect(Date.parse(cert.validTo) - from).toBe(365 * 86_400_000);
  });

  it("keeps names with DN special characters intact in the CN", async () => {
    const identity = await generateMemberIdentity({ name: "Smith, J + co=1" });
    const path = join(tmp.dir, "special.pem");
    writeFileSync(path, identity.certificatePem);
    expect(openssl(["x509", "-in", path, "-noout", "-subject", "-nameopt", "RFC2253"], tmp.dir).trim()).toBe(
      "subject=CN=Smith\\, J \\+ co=1",
    );
  });

  it("refuses unsupported curves, empty and overlong names, bad validity", async () => {
    await expect(generateMemberIdentity({ name: "x", curve: "secp256k1" as never })).rejects.toThrowError(
      "curve: 'secp256k1' is not supported; use one of secp256r1, secp384r1, secp521r1",
    );
    await expect(generateMemberIdentity({ name: "" })).rejects.toThrowError("name: is required");
    await expect(generateMemberIdentity({ name: "n".repeat(65) })).rejects.toThrowError(
      "name: is 65 characters long; a certificate CN holds at most 64",
    );
    await expect(generateMemberIdentity({ name: "a\nb" })).rejects.toThrowError("name: must not contain control characters");
    await expect(generateMemberIdentity({ name: "x", days: 0 })).rejects.toThrowError("days: must be a whole number of days from 1 to 36600 (got 0)");
  });
});
