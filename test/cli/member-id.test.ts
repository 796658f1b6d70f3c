import { runCliText } from "../helpers/cli.js";
import { loadedModules } from "../helpers/loaded-modules.js";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/index.js";
import { keygeneratorSh, openssl, opensslMemberId, pemBodyLines } from "../core/identity/helpers.js";
import { tempDir } from "../helpers/temp-dir.js";

const tmp = tempDir("ccf-cli-memberid-");
afterAll(() => tmp.cleanup());

function cli(args: string[]) {
  return runCliText(args, tmp.dir);
}

function expectBadInput(args: string[], message: string, secrets: string[] = []): void {
  const r = cli(args);
  expect(r.stderr).toBe(`ccf-consortium member-id: ${message}\n`);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  for (const line of secrets) expect(r.stderr).not.toContain(line);
}

describe("ccf-consortium member-id", () => {
  it("prints only the id, the same as openssl's SHA-256 fingerprint, for keygenerator.sh and our certificates", async () => {
    keygeneratorSh(tmp.dir, "ks", "secp384r1", "sha384");
    const ours = await generateMemberIdentity({ name: "ours", curve: "secp521r1" });
    writeFileSync(join(tmp.dir, "ours_cert.pem"), ours.certificatePem);
    for (const file of ["ks_cert.pem", "ours_cert.pem"]) {
      const r = cli(["member-id", file]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${opensslMemberId(file, tmp.dir)}\n`);
    }
    // An absolute path and a bundle (first certificate wins).
    writeFileSync(join(tmp.dir, "bundle.pem"), ours.certificatePem + readCert("ks_cert.pem"));
    expect(cli(["member-id", join(tmp.dir, "bundle.pem")]).stdout).toBe(`${ours.memberId}\n`);
  });

  it("refuses bad input with one line naming the file, exit 2, never echoing key material", () => {
    keygeneratorSh(tmp.dir, "k1", "secp256k1", "sha256");
    openssl(["genpkey", "-algorithm", "ed25519", "-out", "ed.pem"], tmp.dir);
    openssl(["req", "-new", "-key", "ed.pem", "-x509", "-nodes", "-days", "365", "-out", "ed_cert.pem", "-subj", "/CN=ed"], tmp.dir);
    openssl(["req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "rsa_privk.pem", "-x509", "-days", "365", "-out", "rsa_cert.pem", "-subj", "/CN=rsa"], tmp.dir);
    writeFileSync(join(tmp.dir, "notes.txt"), "just some text\n");
    mkdirSync(join(tmp.dir, "adir"), { recursive: true });

    expectBadInput(["member-id"], "CERT: is required (the member certificate, PEM)");
    expectBadInput(["member-id", "a.pem", "b.pem"], "arguments: expected one certificate file, got 2");
    expectBadInput(["member-id", "missing.pem"], "missing.pem: no such file");
    expectBadInput(["member-id", "adir"], "adir: is a directory, not a file");
    expectBadInput(["member-id", "notes.txt"], "notes.txt: is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block, found no PEM block)");
    expectBadInput(
      ["member-id", "k1_privk.pem"],
      "k1_privk.pem: is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block, found 'EC PARAMETERS', 'EC PRIVATE KEY')",
      pemBodyLines(readCert("k1_privk.pem")),
    );
    expectBadInput(
      ["member-id", "k1_cert.pem"],
      "k1_cert.pem: uses the EC curve secp256k1, which CCF governance does not accept; use secp256r1, secp384r1, secp521r1",
    );
    expectBadInput(["member-id", "ed_cert.pem"], "ed_cert.pem: holds an Ed25519 key; CCF member identities must be EC keys on secp256r1, secp384r1, secp521r1");
    expectBadInput(["member-id", "rsa_cert.pem"], "rsa_cert.pem: holds an RSA key; CCF member identities must be EC keys on secp256r1, secp384r1, secp521r1");
  });
});

describe("ccf-consortium member-id start-up", () => {
  it("loads only the CLI dispatcher and the certificate parsing modules: nothing from node_modules, no COSE, no client", async () => {
    const identity = await generateMemberIdentity({ name: "lean" });
    writeFileSync(join(tmp.dir, "lean_cert.pem"), identity.certificatePem);
    const r = await loadedModules(["member-id", "lean_cert.pem"], tmp.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${identity.memberId}\n`);
    expect(r.modules).toContain("cli/commands/member-id.ts");
    expect(r.modules.filter((f) => f.includes("node_modules"))).toEqual([]);
    // Beyond the dispatcher (cli/*.ts, not other commands) only the error base, the bounded file reader, the
    // text helpers (no value echoed, nothing unsafe printed) and the certificate parsing modules.
    const core = r.modules.filter((f) => !/^cli\/[^/]+\.ts$/.test(f) && f !== "cli/commands/member-id.ts");
    expect(core).toEqual([
      "core/errors.ts",
      "core/files/read-input-file.ts",
      "core/identity/certificate.ts",
      "core/identity/curves.ts",
      "core/identity/member-id.ts",
      "core/identity/pem.ts",
      "core/text/input-value.ts",
      "core/text/safe-text.ts",
    ]);
  });
});

function readCert(name: string): string {
  return readFileSync(join(tmp.dir, name), "utf8");
}
