/**
 * `ack --expected-constitution-sha256 [--attestation-allowlist]`: the same gates as the Action's ack (core
 * auditService), on the BUILT bin (`npm run build` first) against a sandbox whose members start Accepted.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxMember } from "../../sandbox/index.js";
import { tempDir } from "../helpers/temp-dir.js";
import { cli, expectOneLineError, ok, signedBy } from "./online-harness.js";

let sb: Sandbox;
let m0: SandboxMember, m1: SandboxMember;
const tmp = tempDir("ccf-cli-ack-audit-");
let conn: string[];
let constitutionSha256: string;
const run = (...args: string[]) => cli(args, tmp.dir);

beforeAll(async () => {
  sb = await startSandbox({ members: 2, ccfVersion: 6 });
  [m0, m1] = sb.members as [SandboxMember, SandboxMember];
  const certPath = join(tmp.dir, "service_cert.pem");
  writeFileSync(certPath, sb.serviceCertificatePem);
  conn = ["--node", sb.url, "--service-cert", certPath];
  constitutionSha256 = createHash("sha256").update(sb.service.state.constitution!).digest("hex");
});

afterAll(async () => {
  await sb?.close();
  tmp.cleanup();
});

describe("ack with the audit gates", () => {
  it("refuses, signing nothing, when the constitution hash or a node's attestation format differs", async () => {
    const wrongHash = await run("ack", ...conn, ...signedBy(m0), "--expected-constitution-sha256", "0".repeat(64));
    expectOneLineError(wrongHash, 1, new RegExp(`gate 'constitution' failed: the live constitution's SHA-256 is ${constitutionSha256}, expected 0{64} \\(--expected-constitution-sha256\\); nothing was signed$`));
    const wrongFormat = await run("ack", ...conn, ...signedBy(m0), "--expected-constitution-sha256", constitutionSha256, "--attestation-allowlist", "AMD_SEV_SNP_v1");
    expectOneLineError(wrongFormat, 1, /gate 'attestation' failed: node [0-9a-f]{12}… attests with format Insecure_Virtual, not allow-listed; nothing was signed$/);
    expect(sb.service.state.members[m0.memberId]!.status).toBe("Accepted");
  });

  it("acks when every gate holds, reporting each; an Active member is not audited again", async () => {
    const r = await run("ack", ...conn, ...signedBy(m0), "--expected-constitution-sha256", constitutionSha256.toUpperCase(), "--attestation-allowlist", "Insecure_Virtual");
    expect(ok(r).split("\n")).toEqual([
      expect.stringMatching(/^gate service-certificate: the service publishes the pinned certificate \(SHA-256 [0-9a-f]{64}\)$/),
      `gate constitution: the live constitution's SHA-256 ${constitutionSha256} matches --expected-constitution-sha256`,
      "gate attestation: 1 Trusted node(s), each with an allow-listed attestation (Insecure_Virtual)",
      `Member ${m0.memberId} acked the state digest and is Active.`,
      "",
    ]);
    const json = JSON.parse(ok(await run("ack", ...conn, ...signedBy(m1), "--expected-constitution-sha256", constitutionSha256, "--json")));
    expect(json).toMatchObject({ memberId: m1.memberId, changed: true, gates: [{ gate: "service-certificate", ok: true }, { gate: "constitution", ok: true }] });

    const again = await run("ack", ...conn, ...signedBy(m0), "--expected-constitution-sha256", "0".repeat(64));
    expect(ok(again)).toBe(`Member ${m0.memberId} is already Active; nothing sent.\n`);
  });

  it("bad input: exit 2, naming the flag", async () => {
    expectOneLineError(await run("ack", ...conn, ...signedBy(m0), "--expected-constitution-sha256", "abc"), 2, /--expected-constitution-sha256: must be 64 hex characters \(a SHA-256\)$/);
    expectOneLineError(await run("ack", ...conn, ...signedBy(m0), "--attestation-allowlist", "Insecure_Virtual"), 2, /--attestation-allowlist: needs --expected-constitution-sha256/);
    expectOneLineError(await run("ack", ...conn, ...signedBy(m0), "--expected-constitution-sha256", constitutionSha256, "--attestation-allowlist", "SNP v1"), 2, /--attestation-allowlist: 'SNP v1' is not '<format>' or '<format>:<measurement>'$/);
  });
});
