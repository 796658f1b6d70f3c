/**
 * The audit `ack` runs before a new member signs anything: what the member is about to trust must be what
 * was reviewed. Each gate reports pass/fail with what it saw; ack signs only when every gate passed.
 */
import { createHash, X509Certificate } from "node:crypto";
import { InputError } from "../core/errors.js";

export interface GateResult {
  gate: "service-certificate" | "constitution" | "attestation";
  ok: boolean;
  detail: string;
}

export interface TrustedNode {
  nodeId: string;
  format?: string;
  measurement?: string;
}

/** What the audit reads from the live service (all read-only, over TLS pinned to the service certificate). */
export interface AuditSource {
  serviceCertificatePem(): Promise<string>;
  constitution(): Promise<Buffer>;
  trustedNodes(): Promise<TrustedNode[]>;
}

export interface AuditExpectations {
  pinnedServiceCertificatePem: string;
  /** Lowercase hex SHA-256 the live constitution must have. */
  constitutionSha256: string;
  /** Where that hash came from, for the report. */
  constitutionSource: string;
  /** format → allowed measurements (empty set: any measurement of that format). Undefined: gate skipped. */
  attestationAllowlist?: Map<string, Set<string>>;
}

export interface AuditReport {
  gates: GateResult[];
  passed: boolean;
  constitutionSha256?: string;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Parses `attestation-allowlist`: one `<format>` or `<format>:<measurement>` a line (commas also separate). */
export function parseAttestationAllowlist(text: string, input = "attestation-allowlist"): Map<string, Set<string>> | undefined {
  const entries = text.split(/[\n,]+/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  if (entries.length === 0) return undefined;
  const allow = new Map<string, Set<string>>();
  for (const e of entries) {
    const i = e.indexOf(":");
    const format = (i < 0 ? e : e.slice(0, i)).trim();
    const measurement = i < 0 ? "" : e.slice(i + 1).trim().toLowerCase();
    if (!/^[A-Za-z0-9_]+$/.test(format)) throw new InputError(input, `'${e}' is not '<format>' or '<format>:<measurement>'`);
    if (i >= 0 && !/^[0-9a-f]+$/.test(measurement)) throw new InputError(input, `the measurement in '${e}' must be hex`);
    const set = allow.get(format) ?? new Set<string>();
    if (measurement) set.add(measurement);
    allow.set(format, set);
  }
  return allow;
}

function fingerprint(pem: string): string {
  return new X509Certificate(pem).fingerprint256.replace(/:/g, "").toLowerCase();
}

/** Runs every gate (none short-circuits the others, so the report is complete). */
export async function auditService(source: AuditSource, expect: AuditExpectations): Promise<AuditReport> {
  const gates: GateResult[] = [];
  let liveConstitution: string | undefined;

  try {
    const live = await source.serviceCertificatePem();
    const want = fingerprint(expect.pinnedServiceCertificatePem);
    const got = fingerprint(live);
    gates.push(
      got === want
        ? { gate: "service-certificate", ok: true, detail: `the service publishes the pinned certificate (SHA-256 ${want})` }
        : { gate: "service-certificate", ok: false, detail: `the service publishes certificate SHA-256 ${got}, not the pinned ${want}` },
    );
  } catch (err) {
    gates.push({ gate: "service-certificate", ok: false, detail: `could not read the service certificate over TLS pinned to the given one: ${(err as Error).message}` });
  }

  try {
    liveConstitution = sha256Hex(await source.constitution());
    gates.push(
      liveConstitution === expect.constitutionSha256
        ? { gate: "constitution", ok: true, detail: `the live constitution's SHA-256 ${liveConstitution} matches ${expect.constitutionSource}` }
        : { gate: "constitution", ok: false, detail: `the live constitution's SHA-256 is ${liveConstitution}, expected ${expect.constitutionSha256} (${expect.constitutionSource})` },
    );
  } catch (err) {
    gates.push({ gate: "constitution", ok: false, detail: `could not read the live constitution: ${(err as Error).message}` });
  }

  if (expect.attestationAllowlist) {
    try {
      const nodes = await source.trustedNodes();
      const bad: string[] = [];
      for (const n of nodes) {
        const allowed = n.format ? expect.attestationAllowlist.get(n.format) : undefined;
        if (!allowed) bad.push(`node ${n.nodeId.slice(0, 12)}… attests with format ${n.format ?? "(none)"}, not allow-listed`);
        else if (allowed.size > 0 && !allowed.has((n.measurement ?? "").toLowerCase())) {
          bad.push(`node ${n.nodeId.slice(0, 12)}… has ${n.format} measurement ${n.measurement ?? "(none)"}, not allow-listed`);
        }
      }
      gates.push(
        nodes.length === 0
          ? { gate: "attestation", ok: false, detail: "the service reports no Trusted node" }
          : bad.length === 0
            ? { gate: "attestation", ok: true, detail: `${nodes.length} Trusted node(s), each with an allow-listed attestation (${[...new Set(nodes.map((n) => n.format))].join(", ")})` }
            : { gate: "attestation", ok: false, detail: bad.join("; ") },
      );
    } catch (err) {
      gates.push({ gate: "attestation", ok: false, detail: `could not read the trusted nodes: ${(err as Error).message}` });
    }
  }
  return { gates, passed: gates.every((g) => g.ok), constitutionSha256: liveConstitution };
}
