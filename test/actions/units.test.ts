// The action's pure helpers: allowlist parsing, Link pagination, comment cap, secret scrubbing, table cells.
import { describe, expect, it } from "vitest";
import { auditService, parseAttestationAllowlist, sha256Hex } from "../../actions/audit.js";
import { capComment, MAX_COMMENT_CHARS, nextLink } from "../../actions/github.js";
import { maskSecret, redact } from "../../actions/secrets.js";
import { cell, markdownTable } from "../../actions/render.js";
import { InputError } from "../../core/errors.js";
import { parseOutputFile } from "./harness.js";

describe("attestation-allowlist", () => {
  it("parses formats and format:measurement lines, lowercasing measurements", () => {
    const allow = parseAttestationAllowlist("Insecure_Virtual\nAMD_SEV_SNP_v1:ABCD\n# comment\n AMD_SEV_SNP_v1:ef01 ,OE_SGX_v1")!;
    expect([...allow.entries()].map(([k, v]) => [k, [...v]])).toEqual([
      ["Insecure_Virtual", []],
      ["AMD_SEV_SNP_v1", ["abcd", "ef01"]],
      ["OE_SGX_v1", []],
    ]);
    expect(parseAttestationAllowlist("  \n")).toBeUndefined();
  });
  it("names the input and the bad entry", () => {
    expect(() => parseAttestationAllowlist("SNP v1")).toThrow(new InputError("attestation-allowlist", "'SNP v1' is not '<format>' or '<format>:<measurement>'"));
    expect(() => parseAttestationAllowlist("AMD_SEV_SNP_v1:xyz")).toThrow("attestation-allowlist: the measurement in 'AMD_SEV_SNP_v1:xyz' must be hex");
  });
});

describe("auditService", () => {
  it("runs every gate even when one fails, and reports what it saw", async () => {
    const report = await auditService(
      {
        serviceCertificatePem: async () => {
          throw new Error("TLS verification failed");
        },
        constitution: async () => Buffer.from("export function validate() {}"),
        trustedNodes: async () => [{ nodeId: "ab".repeat(32), format: "AMD_SEV_SNP_v1", measurement: "FF00" }],
      },
      {
        pinnedServiceCertificatePem: "unused",
        constitutionSha256: sha256Hex("export function validate() {}"),
        constitutionSource: "constitution-file c.js",
        attestationAllowlist: parseAttestationAllowlist("AMD_SEV_SNP_v1:ff00"),
      },
    );
    expect(report.passed).toBe(false);
    expect(report.gates.map((g) => [g.gate, g.ok])).toEqual([["service-certificate", false], ["constitution", true], ["attestation", true]]);
    expect(report.gates[0]!.detail).toBe("could not read the service certificate over TLS pinned to the given one: TLS verification failed");
  });
  it("a measurement not listed for its format fails the attestation gate", async () => {
    const report = await auditService(
      {
        serviceCertificatePem: async () => "x",
        constitution: async () => Buffer.from(""),
        trustedNodes: async () => [{ nodeId: "cd".repeat(32), format: "AMD_SEV_SNP_v1", measurement: "0000" }],
      },
      { pinnedServiceCertificatePem: "x", constitutionSha256: sha256Hex(""), constitutionSource: "x", attestationAllowlist: parseAttestationAllowlist("AMD_SEV_SNP_v1:ff00") },
    );
    expect(report.gates.find((g) => g.gate === "attestation")).toEqual({
      gate: "attestation",
      ok: false,
      detail: "node cdcdcdcdcdcd… has AMD_SEV_SNP_v1 measurement 0000, not allow-listed",
    });
  });
});

describe("GitHub helpers", () => {
  it("follows rel=next in a Link header", () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe("https://api.github.com/x?page=2");
    expect(nextLink('<https://api.github.com/x?page=1>; rel="first", <https://api.github.com/x?page=4>; rel="prev"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });
  it("caps a comment below GitHub's limit, saying so", () => {
    const capped = capComment("x".repeat(70_000));
    expect(capped.length).toBe(MAX_COMMENT_CHARS);
    expect(capped.endsWith("(truncated: the full text is in the job summary)")).toBe(true);
    expect(capComment("short")).toBe("short");
  });
});

describe("secrets", () => {
  it("masks the whole PEM and each body line, and scrubs them from text", () => {
    const pem = "-----BEGIN PRIVATE KEY-----\nMIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCq\nzzQ1c2VjcmV0LWxpbmUtdHdvLWZvci10ZXN0aW5n\n-----END PRIVATE KEY-----\n";
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      maskSecret(pem);
    } finally {
      process.stdout.write = write;
    }
    const masks = written.join("").split("\n").filter((l) => l.startsWith("::add-mask::"));
    expect(masks).toContain("::add-mask::MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCq");
    expect(masks).toContain("::add-mask::zzQ1c2VjcmV0LWxpbmUtdHdvLWZvci10ZXN0aW5n");
    expect(masks.some((m) => m.includes("BEGIN PRIVATE KEY") && !m.includes("%0A"))).toBe(false);
    expect(redact(`oops: zzQ1c2VjcmV0LWxpbmUtdHdvLWZvci10ZXN0aW5n and ${pem}`)).toBe("oops: *** and ***\n");
  });
});

describe("rendering and outputs", () => {
  it("escapes table cells so manifest data cannot break a table or inject HTML", () => {
    expect(cell("a|b\nc<script>")).toBe("a\\|b<br>c&lt;script>");
    expect(markdownTable(["A", "B"], [["1", "2"]])).toBe("| A | B |\n| --- | --- |\n| 1 | 2 |\n");
  });
  it("parses GITHUB_OUTPUT heredocs", () => {
    expect(parseOutputFile("plan<<ghadelimiter_1\n{\"a\":\n1}\nghadelimiter_1\nx=y\n")).toEqual({ plan: '{"a":\n1}', x: "y" });
  });
});
