// Issue 9: a private key given where a file path is expected is never echoed. Each path that used to print
// the key as a "file name" exits 2 with one line and no key line, through the built CLI.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateEncryptionKeyPair, generateMemberIdentity } from "../../core/index.js";
import { runCliText } from "../helpers/cli.js";
import { pemBodyLines } from "../core/identity/helpers.js";
import { tempDir } from "../helpers/temp-dir.js";

const tmp = tempDir("ccf-no-echo-");
afterAll(() => tmp.cleanup());

let keyPem = "";
let encKeyPem = "";
let secretLines: string[] = [];
const NODE = ["--node", "https://127.0.0.1:9", "--service-cert", "service.pem"];

beforeAll(async () => {
  const alice = await generateMemberIdentity({ name: "alice" });
  keyPem = alice.privateKeyPem;
  encKeyPem = (await generateEncryptionKeyPair()).privateKeyPem;
  secretLines = [...pemBodyLines(keyPem), ...pemBodyLines(encKeyPem)];
  writeFileSync(join(tmp.dir, "alice_cert.pem"), alice.certificatePem);
  writeFileSync(join(tmp.dir, "service.pem"), alice.certificatePem);
  writeFileSync(join(tmp.dir, "alice_privk.pem"), alice.privateKeyPem, { mode: 0o600 });
  writeFileSync(join(tmp.dir, "content.json"), "{}");
});

function expectNoEcho(args: string[], flag: string): void {
  const r = runCliText(args, tmp.dir);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(flag);
  expect(lines[0]).toMatch(/looks like PEM|not shown|not a plausible|starts with '-'/);
  for (const line of secretLines) {
    expect(r.stderr).not.toContain(line);
    expect(r.stdout).not.toContain(line);
  }
  expect(r.stderr).not.toContain("PRIVATE KEY-----");
}

describe("a PEM private key given as a file name is never echoed (exit 2, one line)", () => {
  it("sign --signing-key=KEY", () => {
    expectNoEcho(["sign", `--signing-key=${keyPem}`, "--signing-cert", "alice_cert.pem", "--ccf-gov-msg-type", "ack", "--content", "content.json"], "--signing-key");
  });
  it("sign --signing-key KEY (a value starting with '-')", () => {
    expectNoEcho(["sign", "--signing-key", keyPem, "--signing-cert", "alice_cert.pem", "--ccf-gov-msg-type", "ack", "--content", "content.json"], "--signing-key");
  });
  it("sign with the key as a stray argument", () => {
    expectNoEcho(["sign", `x${keyPem}`], "arguments");
  });
  it("ack --signing-key=KEY", () => {
    expectNoEcho(["ack", ...NODE, `--signing-key=${keyPem}`, "--signing-cert", "alice_cert.pem"], "--signing-key");
  });
  it("add-member --voter=KEYPEM,CERT", () => {
    expectNoEcho(["add-member", ...NODE, "--signing-key", "alice_privk.pem", "--signing-cert", "alice_cert.pem", "--cert", "alice_cert.pem", `--voter=${keyPem},alice_cert.pem`], "--voter");
  });
  it("add-member --voter=KEYPEM (no comma)", () => {
    expectNoEcho(["add-member", ...NODE, "--signing-key", "alice_privk.pem", "--signing-cert", "alice_cert.pem", "--cert", "alice_cert.pem", `--voter=${keyPem}`], "--voter");
  });
  it("submit-share --enc-key=KEY", () => {
    expectNoEcho(["submit-share", ...NODE, "--signing-key", "alice_privk.pem", "--signing-cert", "alice_cert.pem", `--enc-key=${encKeyPem}`], "--enc-key");
  });
  it("member-id KEY", () => {
    expectNoEcho(["member-id", `x${keyPem}`], "CERT");
  });
  it("keygen --out=KEY", () => {
    expectNoEcho(["keygen", "--name", "bob", `--out=${keyPem}`], "--out");
  });
  it("plan with a manifest whose certificate is a key's body (no armour)", () => {
    const body = pemBodyLines(keyPem).join("\n");
    writeFileSync(join(tmp.dir, "members.yaml"), `members:\n  - name: alice\n    certificate: |\n${body.split("\n").map((l) => `      ${l}`).join("\n")}\n`);
    expectNoEcho(["plan", ...NODE, "--manifest", "members.yaml"], "certificate");
  });
});

describe("files read from flags are capped regular files", () => {
  it("sign --signing-key /dev/zero fails at once: not a regular file", () => {
    const r = runCliText(["sign", "--signing-key", "/dev/zero", "--signing-cert", "alice_cert.pem", "--ccf-gov-msg-type", "ack", "--content", "content.json"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ccf-consortium sign: --signing-key /dev/zero: is not a regular file (a device, pipe or socket); pass a file\n");
  });
  it("a file over 1 MiB is refused", () => {
    writeFileSync(join(tmp.dir, "big.pem"), Buffer.alloc(1024 * 1024 + 1, 0x41));
    const r = runCliText(["member-id", "big.pem"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ccf-consortium member-id: big.pem: is 1048577 bytes; files given here are limited to 1 MiB\n");
  });
  it("keygen --out /proc/nope fails promptly (Node's recursive mkdir loops forever there)", () => {
    const r = runCliText(["keygen", "--name", "bob", "--out", "/proc/nope"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ccf-consortium keygen: --out: cannot create directory /proc/nope (the parent directory does not accept new entries)\n");
  });
});
