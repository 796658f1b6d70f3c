/**
 * The audit a new member runs before it signs anything (its ack): what it is about to trust must be what
 * was reviewed. Each gate reports pass/fail with what it saw; the caller signs only when every gate passed.
 *
 * ```ts
 * const report = await auditService(client, { expectedServiceCertificatePem, expectedConstitutionSha256,
 *   attestationAllowlist: parseAttestationAllowlist("AMD_SEV_SNP_v1:<measurement>") });
 * if (!report.passed) ... // report.gates: [{ gate, ok, detail }]
 * ```
 */
import { quoteValue, typeName } from "../text/input-value.js";
import { createHash } from "node:crypto";
import { InputError } from "../errors.js";
import type { GovernanceClient } from "../client/index.js";
import { memberIdOf } from "../identity/member-id.js";

export type AuditGate = "service-certificate" | "constitution" | "attestation";

export interface GateResult {
  gate: AuditGate;
  ok: boolean;
  detail: string;
}

/** Attestation format → allowed measurements (an empty set: any measurement of that format). */
export type AttestationAllowlist = Map<string, Set<string>>;

/** What the audit reads from the live service (read-only, over TLS pinned to the service certificate). */
export type AuditSource = Pick<GovernanceClient, "getServiceInfo" | "getConstitution" | "listNodes">;

export interface AuditExpectations {
  /** The pinned service certificate: the service must publish this one. */
  expectedServiceCertificatePem: string;
  /** Lowercase hex SHA-256 the live constitution must have. */
  expectedConstitutionSha256: string;
  /** Where that hash came from, for the report (default "the expected SHA-256"). */
  constitutionSource?: string;
  /** Undefined: the attestation gate is skipped. */
  attestationAllowlist?: AttestationAllowlist;
}

export interface AuditReport {
  gates: GateResult[];
  passed: boolean;
  /** The live constitution's SHA-256, when it could be read. */
  constitutionSha256?: string;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  if (typeof bytes !== "string" && !(bytes instanceof Uint8Array)) throw new InputError("sha256", `needs text or bytes (got ${typeName(bytes)})`);
  return createHash("sha256").update(bytes).digest("hex");
}

/** A SHA-256 given as input: 64 hex characters, returned lowercase. */
export function parseSha256(value: string, input: string): string {
  if (typeof value !== "string") throw new InputError(input, `must be 64 hex characters (a SHA-256), got ${typeName(value)}`);
  const hash = value.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new InputError(input, "must be 64 hex characters (a SHA-256)");
  return hash;
}

/** Parses an allowlist: one `<format>` or `<format>:<measurement>` a line (commas also separate, `#` comments). */
export function parseAttestationAllowlist(text: string, input = "attestation-allowlist"): AttestationAllowlist | undefined {
  if (typeof text !== "string") throw new InputError(input, `must be text (got ${typeName(text)})`);
  const entries = text.split(/[\n,]+/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  if (entries.length === 0) return undefined;
  const allow: AttestationAllowlist = new Map();
  for (const e of entries) {
    const i = e.indexOf(":");
    const format = (i < 0 ? e : e.slice(0, i)).trim();
    const measurement = i < 0 ? "" : e.slice(i + 1).trim().toLowerCase();
    if (!/^[A-Za-z0-9_]+$/.test(format)) throw new InputError(input, `${quoteValue(e)} is not '<format>' or '<format>:<measurement>'`);
    if (i >= 0 && !/^[0-9a-f]+$/.test(measurement)) throw new InputError(input, `the measurement in ${quoteValue(e, 200)} must be hex`);
    const set = allow.get(format) ?? new Set<string>();
    if (measurement) set.add(measurement);
    allow.set(format, set);
  }
  return allow;
}

/** Lowercase hex SHA-256 of a certificate's DER (what `openssl x509 -fingerprint -sha256` shows; a member certificate's is its member id). */
export function certificateSha256(pem: string): string {
  return memberIdOf(pem, "certificate");
}

/** Runs every gate (none short-circuits the others, so the report is complete). */
export async function auditService(client: AuditSource, expect: AuditExpectations): Promise<AuditReport> {
  const gates: GateResult[] = [];
  const source = expect.constitutionSource ?? "the expected SHA-256";
  let liveConstitution: string | undefined;

  try {
    const live = (await client.getServiceInfo()).certificatePem;
    const want = certificateSha256(expect.expectedServiceCertificatePem);
    const got = certificateSha256(live);
    gates.push(
      got === want
        ? { gate: "service-certificate", ok: true, detail: `the service publishes the pinned certificate (SHA-256 ${want})` }
        : { gate: "service-certificate", ok: false, detail: `the service publishes certificate SHA-256 ${got}, not the pinned ${want}` },
    );
  } catch (err) {
    gates.push({ gate: "service-certificate", ok: false, detail: `could not read the service certificate over TLS pinned to the given one: ${(err as Error).message}` });
  }

  try {
    liveConstitution = sha256Hex(await client.getConstitution());
    gates.push(
      liveConstitution === expect.expectedConstitutionSha256
        ? { gate: "constitution", ok: true, detail: `the live constitution's SHA-256 ${liveConstitution} matches ${source}` }
        : { gate: "constitution", ok: false, detail: `the live constitution's SHA-256 is ${liveConstitution}, expected ${expect.expectedConstitutionSha256} (${source})` },
    );
  } catch (err) {
    gates.push({ gate: "constitution", ok: false, detail: `could not read the live constitution: ${(err as Error).message}` });
  }

  if (expect.attestationAllowlist) {
    try {
      const nodes = (await client.listNodes()).filter((n) => n.status === "Trusted");
      const bad: string[] = [];
      for (const n of nodes) {
        const { format, measurement } = n.quoteInfo;
        const allowed = format ? expect.attestationAllowlist.get(format) : undefined;
        if (!allowed) bad.push(`node ${n.nodeId.slice(0, 12)}… attests with format ${format ?? "(none)"}, not allow-listed`);
        else if (allowed.size > 0 && !allowed.has((measurement ?? "").toLowerCase())) {
          bad.push(`node ${n.nodeId.slice(0, 12)}… has ${format} measurement ${measurement ?? "(none)"}, not allow-listed`);
        }
      }
      gates.push(
        nodes.length === 0
          ? { gate: "attestation", ok: false, detail: "the service reports no Trusted node" }
          : bad.length === 0
            ? { gate: "attestation", ok: true, detail: `${nodes.length} Trusted node(s), each with an allow-listed attestation (${[...new Set(nodes.map((n) => n.quoteInfo.format))].join(", ")})` }
            : { gate: "attestation", ok: false, detail: bad.join("; ") },
      );
    } catch (err) {
      gates.push({ gate: "attestation", ok: false, detail: `could not read the trusted nodes: ${(err as Error).message}` });
    }
  }
  return { gates, passed: gates.every((g) => g.ok), constitutionSha256: liveConstitution };
}
