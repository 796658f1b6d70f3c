import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { oddHeaders, signedEnvelope } from "../helpers/odd-encodings.js";

describe("ccf-consortium verify", () => {
  const tmp = tempDir("cli-verify-");
  let memberId: string;
  let otherId: string;
  let privateKeyPem: string;
  beforeAll(async () => {
    const id = await generateMemberIdentity({ name: "m0", curve: "secp256r1" });
    memberId = id.memberId;
    privateKeyPem = id.privateKeyPem;
    tmp.write("m0_privk.pem", id.privateKeyPem, true);
    tmp.write("m0_cert.pem", id.certificatePem);
    const o = await generateMemberIdentity({ name: "m1" });
    otherId = o.memberId;
    tmp.write("m1_cert.pem", o.certificatePem);
    tmp.write("ack.json", '{"stateDigest":"00"}');
    const r = runCli(["sign", "--content", "ack.json", "--signing-key", "m0_privk.pem", "--signing-cert", "m0_cert.pem", "--ccf-gov-msg-type", "ack", "--ccf-gov-msg-created-at", "2024-05-01T12:00:00Z"], tmp.dir);
    expect(r.code).toBe(0);
    tmp.write("ack.cose", r.stdout);
  });
  afterAll(() => tmp.cleanup());

  it("prints the headers and verifies (exit 0)", () => {
    const r = runCli(["verify", "--cert", "m0_cert.pem", "--msg", "ack.cose", "--ccf-gov-msg-type", "ack"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe(
      [
        "alg: ES256 (-7)",
        `kid: ${memberId}`,
        "ccf.gov.msg.type: ack",
        "ccf.gov.msg.created_at: 1714564800 (2024-05-01T12:00:00Z)",
        "payload: 20 bytes",
        "signature: 64 bytes",
        `certificate member id: ${memberId}`,
        "verified: yes",
        "",
      ].join("\n"),
    );
  });

  it("reads the message from stdin", () => {
    const r = runCli(["verify", "--cert", "m0_cert.pem", "--msg", "-"], tmp.dir, readFileSync(join(tmp.dir, "ack.cose")));
    expect(r.code).toBe(0);
  });

  it("another member's certificate, a wrong type, a flipped byte: exit 1 with the reason", () => {
    const other = runCli(["verify", "--cert", "m1_cert.pem", "--msg", "ack.cose"], tmp.dir);
    expect(other.code).toBe(1);
    expect(other.stdout.toString()).toContain(`verified: no (Signer is not a known member: kid "${memberId}" is not the certificate's member id ${otherId})`);
    const wrongType = runCli(["verify", "--cert", "m0_cert.pem", "--msg", "ack.cose", "--ccf-gov-msg-type", "proposal"], tmp.dir);
    expect(wrongType.code).toBe(1);
    expect(wrongType.stdout.toString()).toContain("verified: no (Found ccf.gov.msg.type set to ack, expected ccf.gov.msg.type to be proposal)");
    const bytes = readFileSync(join(tmp.dir, "ack.cose"));
    bytes[bytes.length - 1]! ^= 0x80;
    tmp.write("flipped.cose", bytes);
    const flipped = runCli(["verify", "--cert", "m0_cert.pem", "--msg", "flipped.cose"], tmp.dir);
    expect(flipped.code).toBe(1);
    expect(flipped.stdout.toString()).toContain("verified: no (Failed to validate COSE Sign1)");
  });

  it("something that is not a COSE_Sign1: exit 1, CCF's decoder message", () => {
    const r = runCli(["verify", "--cert", "m0_cert.pem", "--msg", "ack.json"], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("ccf-consortium verify: Failed to parse COSE_Sign1 outer array\n");
  });

  it("correctly signed, but integers as floats or bignums, or a label twice: exit 1, the decoder's reason", () => {
    const cases = oddHeaders({ memberId, alg: -7, type: "ack", createdAt: 1_714_564_800 });
    for (const c of cases) {
      tmp.write("odd.cose", signedEnvelope(c.header, Buffer.from('{"stateDigest":"00"}'), privateKeyPem));
      const r = runCli(["verify", "--cert", "m0_cert.pem", "--msg", "odd.cose"], tmp.dir);
      expect({ name: c.name, code: r.code, stderr: r.stderr }).toEqual({ name: c.name, code: 1, stderr: `ccf-consortium verify: ${c.reason}\n` });
    }
  });

  it("bad arguments: exit 2", () => {
    const noCert = runCli(["verify", "--msg", "ack.cose"], tmp.dir);
    expect(noCert.stderr).toBe("ccf-consortium verify: --cert: is required\n");
    expect(noCert.code).toBe(2);
    const missing = runCli(["verify", "--cert", "m0_cert.pem", "--msg", "nope.cose"], tmp.dir);
    expect(missing.stderr).toBe("ccf-consortium verify: --msg nope.cose: no such file\n");
    expect(missing.code).toBe(2);
    const badType = runCli(["verify", "--cert", "m0_cert.pem", "--msg", "ack.cose", "--ccf-gov-msg-type", "acks"], tmp.dir);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toMatch(/^ccf-consortium verify: --ccf-gov-msg-type: unknown message type 'acks'/);
  });
});
