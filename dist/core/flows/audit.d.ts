import type { GovernanceClient } from "../client/index.js";
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
export declare function sha256Hex(bytes: Uint8Array | string): string;
/** A SHA-256 given as input: 64 hex characters, returned lowercase. */
export declare function parseSha256(value: string, input: string): string;
/** Parses an allowlist: one `<format>` or `<format>:<measurement>` a line (commas also separate, `#` comments). */
export declare function parseAttestationAllowlist(text: string, input?: string): AttestationAllowlist | undefined;
/** Lowercase hex SHA-256 of a certificate's DER (what `openssl x509 -fingerprint -sha256` shows; a member certificate's is its member id). */
export declare function certificateSha256(pem: string): string;
/** Runs every gate (none short-circuits the others, so the report is complete). */
export declare function auditService(client: AuditSource, expect: AuditExpectations): Promise<AuditReport>;
