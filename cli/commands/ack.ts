import type { Io } from "../io.js";
import { optional, parseFlags } from "../args.js";
import { InputError } from "../../core/errors.js";
import { activateMember } from "../../core/flows/activate-member.js";
import { auditService, parseAttestationAllowlist, parseSha256, type AuditReport } from "../../core/flows/audit.js";
import { RefusedError } from "../../core/flows/errors.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags, connectionFromFlags } from "../online/connection.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { SIGNER_FLAGS, SIGNER_USAGE, signerFromFlags } from "../online/signers.js";
import { RECEIPTS_FLAGS, RECEIPTS_USAGE, keepReceiptsFromFlags, receiptsDirFromFlags } from "../online/receipts.js";

export const usage = `Usage: ccf-consortium ack --node URL --service-cert PEM --signing-key KEY --signing-cert CERT
                          [--expected-constitution-sha256 HEX [--attestation-allowlist LIST]] [--json]

Activates the signing member (an Accepted member, with its own key): refreshes its state digest, then
signs an ack of exactly that digest. The member becomes Active (and, if it has an encryption key, gets a
recovery share). Nothing is sent when it is already Active.

  --expected-constitution-sha256 HEX
                           audit first (as the GitHub Action's ack does): the service must publish the
                           pinned --service-cert and its constitution must have this SHA-256; otherwise
                           nothing is signed (exit 1)
  --attestation-allowlist LIST
                           also every Trusted node's attestation: '<format>' or '<format>:<measurement>'
                           entries, comma separated (e.g. AMD_SEV_SNP_v1:<hex>)

${RECEIPTS_USAGE}
${SIGNER_USAGE}

${CONNECTION_USAGE}`;

const AUDIT_FLAGS = {
  "expected-constitution-sha256": { type: "string" },
  "attestation-allowlist": { type: "string" },
} as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, ...AUDIT_FLAGS, ...RECEIPTS_FLAGS });
  const out = outputFor(values, io);
  const receipts = receiptsDirFromFlags(values, io);
  // The client first: its TLS handshake with the node overlaps reading and checking the member's key.
  const client = await clientFromFlags(values, io);
  const signer = signerFromFlags(values, io);
  const expectedHash = optional(values, "expected-constitution-sha256");
  const allowlist = optional(values, "attestation-allowlist");
  if (allowlist !== undefined && expectedHash === undefined) {
    throw new InputError("--attestation-allowlist", "needs --expected-constitution-sha256 (the audit always checks the constitution)");
  }
  const audit =
    expectedHash === undefined
      ? undefined
      : {
          expectedServiceCertificatePem: connectionFromFlags(values, io).serviceCertificatePem,
          expectedConstitutionSha256: parseSha256(expectedHash, "--expected-constitution-sha256"),
          constitutionSource: "--expected-constitution-sha256",
          ...(allowlist !== undefined ? { attestationAllowlist: parseAttestationAllowlist(allowlist, "--attestation-allowlist") } : {}),
        };
  const result = await withClient(client, async (c) => {
    let report: AuditReport | undefined;
    // An Active member signs nothing, so there is nothing to gate.
    if (audit && (await c.getMember(signer.memberId))?.status !== "Active") {
      report = await auditService(c, audit);
      const failed = report.gates.filter((g) => !g.ok);
      if (failed.length) throw new RefusedError(`${failed.map((g) => `gate '${g.gate}' failed: ${g.detail}`).join("; ")}; nothing was signed`);
      for (const g of report.gates) out.line(`gate ${g.gate}: ${g.detail}`);
    }
    return { ...(await activateMember(c, signer, { onProgress: out.progress })), ...(report ? { gates: report.gates } : {}) };
  });
  out.document(result);
  out.line(result.changed ? `Member ${result.memberId} acked the state digest and is Active.` : `Member ${result.memberId} is already Active; nothing sent.`);
  await keepReceiptsFromFlags(receipts, values, io, out, [result.transactionId]);
  return 0;
}
