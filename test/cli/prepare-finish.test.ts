import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeSign1, verifyGovernanceMessage } from "../../core/cose/index.js";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { derToRaw, openssl } from "../core/cose/helpers.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const PID = "c0ffee00".repeat(8);
const CREATED = "2025-01-02T03:04:05Z";

describe("ccf-consortium prepare / finish (Key Vault style and CCF style)", () => {
  const tmp = tempDir("cli-prepare-");
  let certPem: string;
  beforeAll(async () => {
    const id = await generateMemberIdentity({ name: "hsm", curve: "secp384r1" });
    tmp.write("hsm_privk.pem", id.privateKeyPem, true);
    certPem = id.certificatePem;
    tmp.write("hsm_cert.pem", certPem);
    tmp.write("ballot.json", '{"ballot":"export function vote (proposal, proposerId) { return true }"}');
  });
  afterAll(() => tmp.cleanup());

  const msgFlags = ["--content", "ballot.json", "--signing-cert", "hsm_cert.pem", "--ccf-gov-msg-type", "ballot", "--ccf-gov-msg-proposal-id", PID, "--ccf-gov-msg-created-at", CREATED];

  /** What Key Vault does with a sign request body: sign the digest as given (openssl pkeyutl does no hashing). */
  function keyVaultSign(body: { alg: string; value: string }, file: string, encoding: "base64url" | "base64" = "base64url"): string {
    expect(body.alg).toBe("ES384");
    const digest = Buffer.from(body.value, "base64url");
    const der = openssl(["pkeyutl", "-sign", "-inkey", join(tmp.dir, "hsm_privk.pem"), "-in", tmp.write(`${file}.digest`, digest)]);
    const value = derToRaw(der, 48).toString(encoding);
    return tmp.write(file, JSON.stringify({ kid: "https://vault.example/keys/hsm/1", value }));
  }

  function prepare(): { alg: string; value: string; toBeSigned: Record<string, string | number> } {
    const r = runCli(["prepare", ...msgFlags], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    tmp.write("prepared.json", r.stdout);
    return JSON.parse(r.stdout.toString());
  }

  it("prepare prints a Key Vault sign body plus the to-be-signed object; finish makes a message that verifies", () => {
    const prepared = prepare();
    expect(prepared.alg).toBe("ES384");
    expect(prepared.value).toMatch(/^[A-Za-z0-9_-]{64}$/); // 48 bytes, base64url, no padding
    const tbs = prepared.toBeSigned;
    expect(tbs).toMatchObject({ algorithm: "ES384", type: "ballot", proposalId: PID, createdAt: 1_735_787_045 });
    const sigStructure = Buffer.from(tbs.sigStructure as string, "base64");
    expect(Buffer.from(prepared.value, "base64url").equals(createHash("sha384").update(sigStructure).digest())).toBe(true);

    keyVaultSign(prepared, "response.json");
    const r = runCli(["finish", "--prepared", "prepared.json", "--signature", "response.json"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const msg = new Uint8Array(r.stdout);
    expect(verifyGovernanceMessage(msg, certPem, { expectedType: "ballot", expectedProposalId: PID }).valid).toBe(true);
    expect(Buffer.from(decodeSign1(msg).protectedBytes).toString("base64")).toBe(tbs.protectedHeader);

    // Same as `sign` with the same flags, except for the signature.
    const signed = runCli(["sign", ...msgFlags, "--signing-key", "hsm_privk.pem"], tmp.dir);
    expect(signed.code).toBe(0);
    expect(signed.stdout.length).toBe(r.stdout.length);
    expect(signed.stdout.subarray(0, -96).equals(r.stdout.subarray(0, -96))).toBe(true);
  });

  it("finish accepts standard base64 with padding too, and CCF's form (message flags instead of --prepared)", () => {
    const prepared = prepare();
    keyVaultSign(prepared, "response-b64.json", "base64");
    const viaPrepared = runCli(["finish", "--prepared", "prepared.json", "--signature", "response-b64.json"], tmp.dir);
    expect(viaPrepared.stderr).toBe("");
    const ccfStyle = runCli(["finish", ...msgFlags.map((f) => f.replace("created-at", "created_at")), "--signature", "response-b64.json"], tmp.dir);
    expect(ccfStyle.stderr).toBe("");
    expect(ccfStyle.code).toBe(0);
    expect(ccfStyle.stdout.equals(viaPrepared.stdout)).toBe(true);
  });

  describe("bad input", () => {
    const run = (args: string[]) => runCli(["finish", ...args], tmp.dir);
    it("a signature of the wrong length", () => {
      tmp.write("short.json", JSON.stringify({ value: Buffer.alloc(64, 1).toString("base64url") }));
      prepare();
      const r = run(["--prepared", "prepared.json", "--signature", "short.json"]);
      expect(r.stderr).toBe("ccf-consortium finish: --signature short.json: is 64 bytes; an ES384 signature is 96 bytes (raw r||s)\n");
      expect(r.code).toBe(2);
      expect(r.stdout.length).toBe(0);
    });
    it("a DER signature", () => {
      const prepared = prepare();
      const der = openssl(["pkeyutl", "-sign", "-inkey", join(tmp.dir, "hsm_privk.pem"), "-in", tmp.write("der.digest", Buffer.from(prepared.value, "base64url"))]);
      tmp.write("der.json", JSON.stringify({ value: der.toString("base64url") }));
      const r = run(["--prepared", "prepared.json", "--signature", "der.json"]);
      expect(r.stderr).toBe(`ccf-consortium finish: --signature der.json: is ${der.length} bytes; an ES384 signature is 96 bytes (raw r||s); it looks DER-encoded, CCF needs raw r||s (IEEE P1363)\n`);
      expect(r.code).toBe(2);
    });
    it("a signature over another digest", () => {
      prepare();
      keyVaultSign({ alg: "ES384", value: Buffer.alloc(48, 7).toString("base64url") }, "wrong.json");
      const r = run(["--prepared", "prepared.json", "--signature", "wrong.json"]);
      expect(r.stderr).toMatch(/^ccf-consortium finish: --signature wrong\.json: does not verify against the signing certificate \(member [0-9a-f]{64}\): it was made with another key or over another digest\n$/);
      expect(r.code).toBe(2);
    });
    it("signature files that are not Key Vault responses", () => {
      prepare();
      tmp.write("notjson.json", "value=abc");
      tmp.write("novalue.json", JSON.stringify({ kid: "x" }));
      tmp.write("badb64.json", JSON.stringify({ value: "not base64!" }));
      expect(run(["--prepared", "prepared.json", "--signature", "notjson.json"]).stderr).toBe("ccf-consortium finish: --signature notjson.json: is not valid JSON\n");
      expect(run(["--prepared", "prepared.json", "--signature", "novalue.json"]).stderr).toBe(
        'ccf-consortium finish: --signature novalue.json: has no "value" string (expected Key Vault\'s sign response: {"kid": ..., "value": "<base64url signature>"})\n',
      );
      expect(run(["--prepared", "prepared.json", "--signature", "badb64.json"]).stderr).toBe('ccf-consortium finish: --signature badb64.json: "value" is not base64 or base64url\n');
      expect(run(["--prepared", "prepared.json", "--signature", "none.json"]).stderr).toBe("ccf-consortium finish: --signature none.json: no such file\n");
    });
    it("a prepared file that was edited", () => {
      const prepared = prepare();
      keyVaultSign(prepared, "response.json");
      const edited = { ...prepared, toBeSigned: { ...prepared.toBeSigned, createdAt: 1 } };
      tmp.write("edited.json", JSON.stringify(edited));
      const r = run(["--prepared", "edited.json", "--signature", "response.json"]);
      expect(r.stderr).toBe("ccf-consortium finish: --prepared edited.json: says createdAt 1 but its protected header has 1735787045\n");
      expect(r.code).toBe(2);
    });
    it("CCF's form without created-at, and --prepared mixed with message flags", () => {
      prepare();
      keyVaultSign(prepare(), "response.json");
      const noTime = msgFlags.slice(0, -2);
      expect(run([...noTime, "--signature", "response.json"]).stderr).toBe(
        "ccf-consortium finish: --ccf-gov-msg-created-at: is required (the same time that was used to prepare the message)\n",
      );
      expect(run(["--prepared", "prepared.json", "--content", "ballot.json", "--signature", "response.json"]).stderr).toBe(
        "ccf-consortium finish: --content: cannot be combined with --prepared (the prepared file fixes the message)\n",
      );
    });
    it("prepare: bad message flags", () => {
      const r = runCli(["prepare", "--content", "ballot.json", "--signing-cert", "hsm_cert.pem", "--ccf-gov-msg-type", "ballot"], tmp.dir);
      expect(r.stderr).toBe("ccf-consortium prepare: --ccf-gov-msg-proposal-id: is required for a ballot message\n");
      expect(r.code).toBe(2);
      const r2 = runCli(["prepare", "--content", "ballot.json", "--signing-cert", "hsm_privk.pem", "--ccf-gov-msg-type", "proposal"], tmp.dir);
      expect(r2.stderr).toBe("ccf-consortium prepare: --signing-cert hsm_privk.pem: is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block, found 'PRIVATE KEY')\n");
      expect(r2.stderr).not.toContain(readFileSync(join(tmp.dir, "hsm_privk.pem"), "utf8").split("\n")[1]!);
    });
  });
});
