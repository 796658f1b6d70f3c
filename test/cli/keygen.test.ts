import { runCliText } from "../helpers/cli.js";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCertificate, loadEncryptionPublicKey, loadPrivateKey, assertKeyMatchesCertificate, curveOf } from "../../core/index.js";
import { openssl, opensslMemberId } from "../core/identity/helpers.js";
import { tempDir } from "../helpers/temp-dir.js";

const tmp = tempDir("ccf-cli-keygen-");
afterAll(() => tmp.cleanup());

function cli(args: string[], cwd = tmp.dir) {
  return runCliText(args, cwd);
}

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** One line on stderr, exit 2, no stack trace. */
function expectBadInput(r: ReturnType<typeof cli>, message: string): void {
  expect(r.stderr).toBe(`${message}\n`);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
}

describe("ccf-consortium keygen", () => {
  it("writes NAME_privk.pem (0600) and NAME_cert.pem like keygenerator.sh, and prints the files and the member id", () => {
    const r = cli(["keygen", "--name", "alice"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const id = opensslMemberId("alice_cert.pem", tmp.dir);
    expect(r.stdout).toBe(
      [
        "Wrote alice_privk.pem (private key, mode 0600: keep it secret)",
        "Wrote alice_cert.pem",
        `Member id (secp384r1): ${id}`,
        "",
      ].join("\n"),
    );
    expect(mode(join(tmp.dir, "alice_privk.pem"))).toBe(0o600);
    const text = openssl(["x509", "-in", "alice_cert.pem", "-noout", "-text"], tmp.dir);
    expect(text).toContain("Subject: CN = alice");
    expect(text).toContain("Signature Algorithm: ecdsa-with-SHA384");
    const key = loadPrivateKey(readFileSync(join(tmp.dir, "alice_privk.pem")), "alice_privk.pem");
    const cert = loadCertificate(readFileSync(join(tmp.dir, "alice_cert.pem")), "alice_cert.pem");
    assertKeyMatchesCertificate(key, cert, { keyInput: "k", certInput: "c" });
    expect(existsSync(join(tmp.dir, "alice_enc_privk.pem"))).toBe(false);
  });

  it.each([
    ["secp256r1", "ecdsa-with-SHA256"],
    ["secp521r1", "ecdsa-with-SHA512"],
  ])("short flags -n -c %s -g -o DIR write all four files", (curve, sigalg) => {
    const r = cli(["keygen", "-n", `bob_${curve}`, "-c", curve, "-g", "-o", "out/keys"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const dir = join(tmp.dir, "out", "keys");
    const p = (f: string) => join(dir, f);
    expect(mode(p(`bob_${curve}_privk.pem`))).toBe(0o600);
    expect(mode(p(`bob_${curve}_enc_privk.pem`))).toBe(0o600);
    expect(mode(p(`bob_${curve}_cert.pem`))).toBe(0o644);
    expect(mode(p(`bob_${curve}_enc_pubk.pem`))).toBe(0o644);
    expect(openssl(["x509", "-in", p(`bob_${curve}_cert.pem`), "-noout", "-text"], tmp.dir)).toContain(`Signature Algorithm: ${sigalg}`);
    expect(curveOf(loadCertificate(readFileSync(p(`bob_${curve}_cert.pem`)), "c"), "c")).toBe(curve);
    expect(loadEncryptionPublicKey(readFileSync(p(`bob_${curve}_enc_pubk.pem`)), "e").bits).toBe(2048);
    expect(loadPrivateKey(readFileSync(p(`bob_${curve}_enc_privk.pem`)), "e").asymmetricKeyType).toBe("rsa");
    expect(r.stdout).toContain(`Wrote ${join("out/keys", `bob_${curve}_enc_privk.pem`)} (private key, mode 0600: keep it secret)\n`);
    expect(r.stdout).toContain(`Wrote ${join("out/keys", `bob_${curve}_enc_pubk.pem`)}\n`);
    expect(r.stdout).toContain(`Member id (${curve}): ${opensslMemberId(p(`bob_${curve}_cert.pem`), tmp.dir)}\n`);
  });

  it("refuses to overwrite without --force, leaving the files untouched; --force replaces them with fresh 0600 keys", () => {
    const dir = join(tmp.dir, "ow");
    expect(cli(["keygen", "--name", "carol", "--gen-enc-key", "--out", "ow"]).code).toBe(0);
    const before = readFileSync(join(dir, "carol_privk.pem"), "utf8");
    expectBadInput(cli(["keygen", "--name", "carol", "--out", "ow"]), "ccf-consortium keygen: ow/carol_privk.pem: already exists; pass --force to overwrite it");
    expect(readFileSync(join(dir, "carol_privk.pem"), "utf8")).toBe(before);

    // A pre-existing world-readable file is replaced, not truncated: the new key is 0600.
    writeFileSync(join(dir, "carol_enc_privk.pem"), "old", { mode: 0o644 });
    const r = cli(["keygen", "--name", "carol", "-g", "--out", "ow", "--force"]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "carol_privk.pem"), "utf8")).not.toBe(before);
    expect(mode(join(dir, "carol_privk.pem"))).toBe(0o600);
    expect(mode(join(dir, "carol_enc_privk.pem"))).toBe(0o600);
    expect(readFileSync(join(dir, "carol_enc_privk.pem"), "utf8")).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it("leaves no partial identity behind when a file cannot be written", () => {
    mkdirSync(join(tmp.dir, "partial", "dave_enc_privk.pem"), { recursive: true });
    const r = cli(["keygen", "--name", "dave", "-g", "--out", "partial", "--force"]);
    expect(r.stderr).toBe("ccf-consortium keygen: partial/dave_enc_privk.pem: cannot be replaced (EISDIR)\n");
    expect(r.code).toBe(2);
    expect(readdirSync(join(tmp.dir, "partial"))).toEqual(["dave_enc_privk.pem"]);
  });

  it("refuses bad input with one line naming it, exit 2", () => {
    expectBadInput(cli(["keygen"]), "ccf-consortium keygen: --name: is required");
    expectBadInput(
      cli(["keygen", "--name", "x", "--curve", "secp256k1"]),
      "ccf-consortium keygen: --curve: 'secp256k1' is not supported (CCF governance does not accept secp256k1 signatures); use one of secp256r1, secp384r1, secp521r1",
    );
    expectBadInput(
      cli(["keygen", "--name", "x", "--curve", "ed25519"]),
      "ccf-consortium keygen: --curve: 'ed25519' is not supported; use one of secp256r1, secp384r1, secp521r1",
    );
    expectBadInput(
      cli(["keygen", "--name", "x", "-g", "--enc-key-bits", "1024"]),
      "ccf-consortium keygen: --enc-key-bits: 1024 is too small; RSA encryption keys must be at least 2048 bits",
    );
    expectBadInput(cli(["keygen", "--name", "../x"]), "ccf-consortium keygen: --name: must not contain '/' or '\\' (it is used as a file name prefix)");
    expectBadInput(cli(["keygen", "--name", "x", "--bogus"]), "ccf-consortium keygen: --bogus: Unknown option '--bogus'");
    writeFileSync(join(tmp.dir, "afile"), "");
    const r = cli(["keygen", "--name", "x", "--out", "afile"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ccf-consortium keygen: --out: cannot create directory afile \(.+\)\n$/);
    expect(existsSync(join(tmp.dir, "x_privk.pem"))).toBe(false);
  });

  it("prints its usage with --help", () => {
    const r = cli(["keygen", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: ccf-consortium keygen --name NAME/);
  });
});
