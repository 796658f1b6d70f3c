import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeSign1, verifyGovernanceMessage } from "../../core/cose/index.js";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { parseCreatedAt } from "../../cli/commands/sign.js";
import { openssl } from "../core/cose/helpers.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const PID = "0f".repeat(32);

describe("ccf-consortium sign", () => {
  const tmp = tempDir("cli-sign-");
  let cert: string;
  let other: { key: string; cert: string };
  beforeAll(async () => {
    const id = await generateMemberIdentity({ name: "m0" });
    tmp.write("m0_privk.pem", id.privateKeyPem, true);
    cert = tmp.write("m0_cert.pem", id.certificatePem);
    const o = await generateMemberIdentity({ name: "m1" });
    other = { key: tmp.write("m1_privk.pem", o.privateKeyPem, true), cert: tmp.write("m1_cert.pem", o.certificatePem) };
    tmp.write("proposal.json", '{"actions":[{"name":"set_constitution","args":{}}]}');
    tmp.write("ballot.json", '{"ballot":"export function vote (proposal, proposerId) { return true }"}');
    tmp.write("empty", "");
  });
  afterAll(() => tmp.cleanup());

  const base = ["--signing-key", "m0_privk.pem", "--signing-cert", "m0_cert.pem"];

  it("writes a COSE_Sign1 that verifies, with CCF's flags", () => {
    const r = runCli(["sign", "--content", "proposal.json", ...base, "--ccf-gov-msg-type", "proposal", "--ccf-gov-msg-created-at", "2024-05-01T12:00:00Z"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const msg = new Uint8Array(r.stdout);
    const result = verifyGovernanceMessage(msg, readFileSync(cert, "utf8"), { expectedType: "proposal" });
    expect(result.valid).toBe(true);
    expect(result.decoded.headers.createdAt).toBe(1_714_564_800);
    expect(Buffer.from(result.decoded.payload).toString()).toBe(readFileSync(join(tmp.dir, "proposal.json"), "utf8"));
  });

  it("accepts CCF's underscore spellings, stdin content, and upper-case proposal ids", () => {
    const r = runCli(
      ["sign", "--content", "-", ...base, "--ccf-gov-msg-type", "ballot", `--ccf-gov-msg-proposal_id=${PID.toUpperCase()}`, "--ccf-gov-msg-created_at", "2024-05-01T14:00:00+02:00"],
      tmp.dir,
      readFileSync(join(tmp.dir, "ballot.json")),
    );
    expect(r.stderr).toBe("");
    const d = decodeSign1(new Uint8Array(r.stdout));
    expect(d.headers).toMatchObject({ msgType: "ballot", proposalId: PID, createdAt: 1_714_564_800 });
  });

  it("reads created-at like CCF's fromisoformat, but a time without an offset is UTC", () => {
    const cases: [string, number][] = [
      ["2024-05-01T12:00:00", 1_714_564_800],
      ["2024-05-01 12:00:00.999", 1_714_564_800],
      ["2024-05-01T12:00", 1_714_564_800],
      ["2024-05-01T07:30:00-04:30", 1_714_564_800],
      ["2024-05-01T12:00:00+0000", 1_714_564_800],
      ["2024-05-01T12:00:00z", 1_714_564_800],
      ["2024-05-01", 1_714_521_600],
      ["1970-01-01T00:00:00Z", 0],
    ];
    for (const [text, want] of cases) expect(parseCreatedAt(text, "--ccf-gov-msg-created-at"), text).toBe(want);
    // And through the built CLI, for the no-offset case.
    const r = runCli(["sign", "--content", "empty", ...base, "--ccf-gov-msg-type", "state_digest", "--ccf-gov-msg-created-at", "2024-05-01 12:00:00.999"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(decodeSign1(new Uint8Array(r.stdout)).headers.createdAt).toBe(1_714_564_800);
  });

  it("created-at defaults to now", () => {
    const before = Math.floor(Date.now() / 1000);
    const r = runCli(["sign", "--content", "empty", ...base, "--ccf-gov-msg-type", "withdrawal", "--ccf-gov-msg-proposal-id", PID], tmp.dir);
    const after = Math.floor(Date.now() / 1000);
    const t = decodeSign1(new Uint8Array(r.stdout)).headers.createdAt;
    expect(t >= before && t <= after).toBe(true);
  });

  it("signs with a key written by openssl ecparam -genkey (EC PARAMETERS + SEC1), as keygenerator.sh makes", () => {
    openssl(["ecparam", "-out", join(tmp.dir, "kg_privk.pem"), "-name", "secp384r1", "-genkey"]);
    openssl(["req", "-new", "-key", join(tmp.dir, "kg_privk.pem"), "-x509", "-nodes", "-days", "365", "-out", join(tmp.dir, "kg_cert.pem"), "-sha384", "-subj", "/CN=kg"]);
    expect(readFileSync(join(tmp.dir, "kg_privk.pem"), "utf8")).toContain("-----BEGIN EC PARAMETERS-----");
    const r = runCli(["sign", "--content", "proposal.json", "--signing-key", "kg_privk.pem", "--signing-cert", "kg_cert.pem", "--ccf-gov-msg-type", "proposal"], tmp.dir);
    expect(r.stderr).toBe("");
    const kgCert = readFileSync(join(tmp.dir, "kg_cert.pem"), "utf8");
    const result = verifyGovernanceMessage(new Uint8Array(r.stdout), kgCert);
    expect(result.valid).toBe(true);
    const der = openssl(["x509", "-in", join(tmp.dir, "kg_cert.pem"), "-outform", "DER"]);
    expect(result.decoded.headers.kid).toBe(createHash("sha256").update(der).digest("hex"));
  });

  describe("bad input: one line naming the input, exit 2, no stack, no key material", () => {
    const keyBody = () => readFileSync(join(tmp.dir, "m0_privk.pem"), "utf8").split("\n")[1]!;
    const cases: [string, string[], string][] = [
      ["unknown message type", ["--content", "empty", ...base, "--ccf-gov-msg-type", "vote"],
        "ccf-consortium sign: --ccf-gov-msg-type: unknown message type 'vote' (expected one of: proposal, ballot, withdrawal, state_digest, ack, recovery_share, encrypted_recovery_share)"],
      ["ballot without a proposal id", ["--content", "ballot.json", ...base, "--ccf-gov-msg-type", "ballot"],
        "ccf-consortium sign: --ccf-gov-msg-proposal-id: is required for a ballot message"],
      ["withdrawal without a proposal id", ["--content", "empty", ...base, "--ccf-gov-msg-type", "withdrawal"],
        "ccf-consortium sign: --ccf-gov-msg-proposal-id: is required for a withdrawal message"],
      ["a proposal id that is not 64 hex", ["--content", "empty", ...base, "--ccf-gov-msg-type", "withdrawal", "--ccf-gov-msg-proposal-id", "1234"],
        "ccf-consortium sign: --ccf-gov-msg-proposal-id: must be a proposal id: 64 hexadecimal characters (got 4 characters)"],
      ["a proposal id with non-hex characters", ["--content", "empty", ...base, "--ccf-gov-msg-type", "ballot", "--ccf-gov-msg-proposal_id", "g".repeat(64)],
        "ccf-consortium sign: --ccf-gov-msg-proposal-id: must be a proposal id: 64 hexadecimal characters (got 64 characters, not all hexadecimal)"],
      ["unparseable created-at", ["--content", "empty", ...base, "--ccf-gov-msg-type", "proposal", "--ccf-gov-msg-created-at", "yesterday"],
        "ccf-consortium sign: --ccf-gov-msg-created-at: 'yesterday' is not an ISO 8601 time (e.g. 2024-05-01T12:00:00Z; without an offset it is UTC)"],
      ["an impossible date", ["--content", "empty", ...base, "--ccf-gov-msg-type", "proposal", "--ccf-gov-msg-created-at", "2024-02-30T00:00:00Z"],
        "ccf-consortium sign: --ccf-gov-msg-created-at: '2024-02-30T00:00:00Z' is not a valid date"],
      ["negative created-at", ["--content", "empty", ...base, "--ccf-gov-msg-type", "proposal", "--ccf-gov-msg-created-at", "1969-12-31T23:59:59Z"],
        "ccf-consortium sign: --ccf-gov-msg-created-at: '1969-12-31T23:59:59Z' is before 1970-01-01T00:00:00Z; created_at cannot be negative"],
      ["negative created-at through an offset", ["--content", "empty", ...base, "--ccf-gov-msg-type", "proposal", "--ccf-gov-msg-created_at", "1970-01-01T00:00:00+01:00"],
        "ccf-consortium sign: --ccf-gov-msg-created-at: '1970-01-01T00:00:00+01:00' is before 1970-01-01T00:00:00Z; created_at cannot be negative"],
      ["a key that does not match the certificate", ["--content", "empty", "--signing-key", "m1_privk.pem", "--signing-cert", "m0_cert.pem", "--ccf-gov-msg-type", "proposal"],
        "ccf-consortium sign: --signing-key m1_privk.pem: does not match the certificate --signing-cert m0_cert.pem (its public key differs from the certificate's)"],
      ["an unreadable content file", ["--content", "missing.json", ...base, "--ccf-gov-msg-type", "proposal"],
        "ccf-consortium sign: --content missing.json: no such file"],
      ["an unreadable key file", ["--content", "empty", "--signing-key", "nope.pem", "--signing-cert", "m0_cert.pem", "--ccf-gov-msg-type", "proposal"],
        "ccf-consortium sign: --signing-key nope.pem: no such file"],
      ["a certificate given as the key", ["--content", "empty", "--signing-key", "m0_cert.pem", "--signing-cert", "m0_cert.pem", "--ccf-gov-msg-type", "proposal"],
        "ccf-consortium sign: --signing-key m0_cert.pem: is not a PEM private key (expected a 'PRIVATE KEY', 'EC PRIVATE KEY' or 'RSA PRIVATE KEY' block, found 'CERTIFICATE')"],
      ["a key given as the certificate", ["--content", "empty", "--signing-key", "m0_privk.pem", "--signing-cert", "m0_privk.pem", "--ccf-gov-msg-type", "proposal"],
        "ccf-consortium sign: --signing-cert m0_privk.pem: is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block, found 'PRIVATE KEY')"],
      ["a missing required flag", ["--content", "empty", "--signing-cert", "m0_cert.pem", "--ccf-gov-msg-type", "proposal"],
        "ccf-consortium sign: --signing-key: is required"],
    ];
    for (const [name, args, message] of cases) {
      it(name, () => {
        const r = runCli(["sign", ...args], tmp.dir);
        expect(r.stderr).toBe(`${message}\n`);
        expect(r.code).toBe(2);
        expect(r.stdout.length).toBe(0);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(r.stderr).not.toContain(keyBody());
      });
    }

    it("an unsupported curve (secp256k1)", () => {
      openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:secp256k1", "-nodes", "-keyout", join(tmp.dir, "k1.key"), "-out", join(tmp.dir, "k1.crt"), "-days", "1", "-subj", "/CN=k1"]);
      const r = runCli(["sign", "--content", "empty", "--signing-key", "k1.key", "--signing-cert", "k1.crt", "--ccf-gov-msg-type", "proposal"], tmp.dir);
      expect(r.stderr).toBe("ccf-consortium sign: --signing-key k1.key: uses the EC curve secp256k1, which CCF governance does not accept; use secp256r1, secp384r1, secp521r1\n");
      expect(r.code).toBe(2);
    });
  });
});
