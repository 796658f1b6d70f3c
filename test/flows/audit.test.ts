/**
 * The ack audit (core/flows/audit.ts): allowlist parsing, every gate reported, and the gates against a
 * live sandbox in both API flavours.
 */
import { afterEach, describe, expect, it } from "vitest";
import { auditService, parseAttestationAllowlist, parseSha256, sha256Hex } from "../../core/flows/index.js";
import { InputError } from "../../core/errors.js";
import { startService, type Service } from "./sandbox-helpers.js";

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
        getServiceInfo: async () => {
          throw new Error("TLS verification failed");
        },
        getConstitution: async () => "export function validate() {}",
        listNodes: async () => [{ nodeId: "ab".repeat(32), status: "Trusted", quoteInfo: { format: "AMD_SEV_SNP_v1", measurement: "FF00" } }],
      },
      {
        expectedServiceCertificatePem: "unused",
        expectedConstitutionSha256: sha256Hex("export function validate() {}"),
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
        getServiceInfo: async () => ({ status: "Open", certificatePem: "x", recoveryCount: 0 }),
        getConstitution: async () => "",
        listNodes: async () => [{ nodeId: "cd".repeat(32), status: "Trusted", quoteInfo: { format: "AMD_SEV_SNP_v1", measurement: "0000" } }],
      },
      { expectedServiceCertificatePem: "x", expectedConstitutionSha256: sha256Hex(""), constitutionSource: "x", attestationAllowlist: parseAttestationAllowlist("AMD_SEV_SNP_v1:ff00") },
    );
    expect(report.gates.find((g) => g.gate === "attestation")).toEqual({
      gate: "attestation",
      ok: false,
      detail: "node cdcdcdcdcdcd… has AMD_SEV_SNP_v1 measurement 0000, not allow-listed",
    });
  });
});


describe("parseSha256", () => {
  it("lowercases a 64-hex hash and names the input otherwise", () => {
    expect(parseSha256(" " + "AB".repeat(32), "expected-constitution-sha256")).toBe("ab".repeat(32));
    expect(() => parseSha256("abc", "expected-constitution-sha256")).toThrow(new InputError("expected-constitution-sha256", "must be 64 hex characters (a SHA-256)"));
  });
});

describe("auditService against the sandbox", () => {
  let svc: Service | undefined;
  afterEach(async () => {
    await svc?.close();
    svc = undefined;
  });

  for (const { ccfVersion, api } of [{ ccfVersion: 6, api: "classic" }, { ccfVersion: 6, api: "2024-07-01" }, { ccfVersion: 4, api: "2023-06-01-preview" }] as const) {
    it(`CCF ${ccfVersion}.x, ${api}: every gate holds for the reviewed service; a wrong hash or format fails its gate only`, async () => {
      svc = await startService({ ccfVersion, members: 1, nodes: 2, client: { api } });
      const { sandbox, client } = svc;
      const constitution = sandbox.service.state.constitution!;
      const format = "Insecure_Virtual"; // classic reads it from /gov/kv/nodes/info quote_info
      const good = await auditService(client, {
        expectedServiceCertificatePem: sandbox.serviceCertificatePem,
        expectedConstitutionSha256: sha256Hex(constitution),
        ...(format ? { attestationAllowlist: parseAttestationAllowlist(format) } : {}),
      });
      expect(good.gates.map((g) => [g.gate, g.ok])).toEqual([["service-certificate", true], ["constitution", true], ...(format ? [["attestation", true]] : [])]);
      expect(good).toMatchObject({ passed: true, constitutionSha256: sha256Hex(constitution) });
      expect(good.gates[1]!.detail).toBe(`the live constitution's SHA-256 ${sha256Hex(constitution)} matches the expected SHA-256`);

      const bad = await auditService(client, {
        expectedServiceCertificatePem: sandbox.serviceCertificatePem,
        expectedConstitutionSha256: "0".repeat(64),
        constitutionSource: "review",
        attestationAllowlist: parseAttestationAllowlist("AMD_SEV_SNP_v1"),
      });
      expect(bad.passed).toBe(false);
      expect(bad.gates.map((g) => [g.gate, g.ok])).toEqual([["service-certificate", true], ["constitution", false], ["attestation", false]]);
      expect(bad.gates[1]!.detail).toBe(`the live constitution's SHA-256 is ${sha256Hex(constitution)}, expected ${"0".repeat(64)} (review)`);
      const nodes = sandbox.service.state.nodes.map((n) => `node ${n.nodeId.slice(0, 12)}… attests with format ${format ?? "(none)"}, not allow-listed`);
      expect(bad.gates[2]!.detail).toBe(nodes.join("; "));
    });
  }
});
