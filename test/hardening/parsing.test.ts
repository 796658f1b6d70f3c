// Issue 9: linear-time parsing of untrusted text. PEM is scanned line by line (no backtracking regular
// expression); manifests are size-capped before parsing and YAML aliases are counted before any resolves.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CcfConsortiumError,
  MAX_MANIFEST_ALIASES,
  generateMemberIdentity,
  loadCertificate,
  loadPrivateKey,
  parseManifest,
  pemBlocks,
  readInputFile,
  type MemberIdentity,
} from "../../core/index.js";

let alice: MemberIdentity;
const dir = mkdtempSync(join(tmpdir(), "ccf-parsing-"));
beforeAll(async () => {
  alice = await generateMemberIdentity({ name: "alice" });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(fn: () => unknown): CcfConsortiumError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CcfConsortiumError);
    return err as CcfConsortiumError;
  }
  throw new Error("expected a throw");
}

describe("pemBlocks", () => {
  it("finds blocks in order, ignoring text between them, CRLF normalized", () => {
    const bundle = `Bag Attributes: x\r\n${alice.certificatePem.replace(/\n/g, "\r\n")}junk\n${alice.privateKeyPem}`;
    const blocks = pemBlocks(bundle);
    expect(blocks.map((b) => b.label)).toEqual(["CERTIFICATE", "PRIVATE KEY"]);
    expect(blocks[0]!.pem).toBe(alice.certificatePem);
    expect(blocks[1]!.pem).toBe(alice.privateKeyPem);
  });
  it("a BEGIN without its END yields nothing; a later complete block is still found", () => {
    expect(pemBlocks("-----BEGIN CERTIFICATE-----\nAAAA\n")).toEqual([]);
    expect(pemBlocks(`-----BEGIN FOO-----\nAAAA\n${alice.certificatePem}`).map((b) => b.label)).toEqual(["CERTIFICATE"]);
    expect(pemBlocks("-----BEGIN A-----\nx\n-----END B-----\n")).toEqual([]);
  });
  it("returns on megabytes of repeated BEGIN lines (was 24 s for 1 MB with the lazy regex)", () => {
    const line = "-----BEGIN CERTIFICATE-----\n";
    expect(pemBlocks(line.repeat(Math.ceil((2 * 1024 * 1024) / line.length)))).toEqual([]);
    const distinct = Array.from({ length: 40_000 }, (_, i) => `-----BEGIN L${i}-----\n`).join("");
    expect(pemBlocks(distinct)).toEqual([]);
  });
  it("the loaders give typed errors for non-text input", () => {
    expect(thrown(() => loadCertificate(42 as unknown as string, "cert")).message).toBe("cert: must be PEM text (got a number)");
    expect(thrown(() => loadPrivateKey({} as unknown as string, "key")).message).toBe("key: must be PEM text (got an object)");
  });
});

describe("manifest limits", () => {
  it("the 2 KB self-referencing alias manifest fails fast with a clear error (took 45 s)", () => {
    const bomb = `members: &a [${Array(700).fill("*a").join(",")}]\n`;
    expect(bomb.length).toBeGreaterThan(2000);
    expect(thrown(() => parseManifest(bomb)).message).toBe("manifest: has a YAML alias (*a) inside the node it refers to (a self-referencing alias)");
  });
  it("more aliases than the limit are refused before any is resolved", () => {
    const many = `x: &v [1]\nmembers: [${Array(MAX_MANIFEST_ALIASES + 1).fill("*v").join(",")}]\n`;
    expect(thrown(() => parseManifest(many)).message).toBe(`manifest: uses more than ${MAX_MANIFEST_ALIASES} YAML aliases (*name); write the values out`);
  });
  it("a few aliases still work (shared member data)", () => {
    const certPath = join(dir, "alice_cert.pem");
    writeFileSync(certPath, alice.certificatePem);
    const m = parseManifest(`members:\n  - name: alice\n    certificate: alice_cert.pem\n    member_data: &d { role: operator }\n`, { baseDir: dir });
    expect(m.members[0]!.memberData).toEqual({ role: operator() });
    function operator() {
      return "operator";
    }
  });
  it("a manifest over 1 MiB is refused before parsing", () => {
    const big = `members: []\n#${"x".repeat(1024 * 1024)}\n`;
    expect(thrown(() => parseManifest(big)).message).toBe("manifest: is larger than 1 MiB, the limit for a manifest");
  });
  it("deeply nested input is refused before parsing", () => {
    const half = (1024 * 1024) / 2 - 20;
    for (const deep of [`members: ${"[".repeat(half)}${"]".repeat(half)}`, `members:\n${"- ".repeat(half)}`, `members: ${"{a: ".repeat(half / 2)}`]) {
      expect(thrown(() => parseManifest(deep)).message).toBe("manifest: nests collections deeper than 64 levels");
    }
  });
  it("a certificate file that is a device, or too large, is refused naming the entry", () => {
    expect(thrown(() => parseManifest(`members:\n  - name: a\n    certificate: /dev/zero\n`)).message).toBe(
      "manifest members[0] (a) certificate /dev/zero: is not a regular file (a device, pipe or socket); pass a file",
    );
  });
});

describe("readInputFile", () => {
  it("reads a regular file up to the cap, refuses above it and non-regular files", () => {
    const p = join(dir, "f.txt");
    writeFileSync(p, "hello");
    expect(readInputFile(p, { input: "--x" }).toString()).toBe("hello");
    expect(thrown(() => readInputFile(p, { input: "--x", given: "f.txt", maxBytes: 4 })).message).toBe("--x f.txt: is 5 bytes; files given here are limited to 4 bytes");
    expect(thrown(() => readInputFile(dir, { input: "--x", given: "d" })).message).toBe("--x d: is a directory, not a file");
    expect(thrown(() => readInputFile("/dev/null", { input: "--x" })).message).toBe("--x /dev/null: is not a regular file (a device, pipe or socket); pass a file");
    expect(thrown(() => readInputFile(join(dir, "none"), { input: "--x", given: "none" })).message).toBe("--x none: no such file");
  });
});
