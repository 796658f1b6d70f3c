/**
 * `ack`, gated: before a new member signs anything it audits the service it is about to trust (pinned
 * service certificate, constitution hash, optionally node attestation). Only when every gate holds does it
 * update the state digest and acknowledge it. An Active member succeeds without signing.
 */
import { readInputFile } from "../../core/files/read-input-file.js";
import { inputWithValue } from "../../core/text/input-value.js";
import { isAbsolute, resolve } from "node:path";
import * as core from "../toolkit.js";
import { CcfConsortiumError, InputError } from "../../core/errors.js";
import { activateMember, auditService, parseAttestationAllowlist, parseSha256, sha256Hex, type AuditExpectations } from "../../core/flows/index.js";
import { TransportError } from "../../core/client/index.js";
import { input } from "../inputs.js";
import { signerFromInputs } from "../signer.js";
import { withClient } from "../client.js";
import { GateError } from "../gates.js";
import { redact } from "../secrets.js";
import { cell, code, markdownTable, writeSummary } from "../render.js";
import { keepReceipts, receiptsDirInput } from "../receipts.js";
import type { Command } from "./command.js";

export const run: Command = async ({ command, run }) => {
  const signer = signerFromInputs(command, run.workspace);
  const expectedConstitution = constitutionExpectation(run.workspace);
  const allowlist = parseAttestationAllowlist(input("attestation-allowlist"));
  const receiptsDir = receiptsDirInput(run.workspace);
  core.setOutput("member-id", signer.memberId);

  await withClient(command, run, async ({ client, serviceCertificatePem }) => {
    const member = await client.getMember(signer.memberId).catch((err: unknown) => {
      // A TLS failure here is the service-certificate gate failing: the node is not the pinned service.
      if (err instanceof TransportError && err.failure === "tls") return "tls" as const;
      throw err;
    });
    if (member === undefined) {
      throw new CcfConsortiumError("REFUSED", `member ${signer.memberId} is not a member of the service (its set_member proposal has not been accepted yet?)`);
    }
    if (member !== "tls" && member.status === "Active") {
      core.setOutput("member-status", "Active");
      core.info(`Member ${signer.memberId} is already Active; nothing to sign.`);
      await writeSummary(`### Member acknowledgement\n\nMember ${code(signer.memberId)} is already **Active**; nothing was signed.\n`);
      return;
    }

    const report = await auditService(client, { expectedServiceCertificatePem: serviceCertificatePem, ...expectedConstitution, attestationAllowlist: allowlist });
    core.setOutput("gates", JSON.stringify(report.gates));
    if (report.constitutionSha256) core.setOutput("constitution-sha256", report.constitutionSha256);
    const table = markdownTable(
      ["Gate", "Result", "Detail"],
      report.gates.map((g) => [code(g.gate), g.ok ? "✅ pass" : "❌ FAIL", cell(g.detail)]),
    );

    if (!report.passed) {
      const failed = report.gates.filter((g) => !g.ok);
      await writeSummary(`### Member acknowledgement refused\n\nMember ${code(signer.memberId)} stays **Accepted**: nothing was signed.\n\n${table}`);
      // One annotation per failed gate, each naming it; nothing is signed.
      for (const g of failed) core.error(redact(`${g.detail}; nothing was signed`), { title: `ccf-consortium ack: gate '${g.gate}' failed` });
      core.setOutput("member-status", member === "tls" ? "unknown" : member.status);
      throw new GateError(failed[0]!.gate, `${failed[0]!.detail}; nothing was signed`, { reported: true });
    }

    const outcome = await activateMember(client, signer);
    const after = await client.getMember(signer.memberId);
    core.setOutput("member-status", after?.status ?? "unknown");
    core.info(`Member ${signer.memberId} acknowledged the service state: now ${after?.status}`);
    await writeSummary(
      `### Member acknowledged\n\nEvery gate held; member ${code(signer.memberId)} updated its state digest and acked it: now **${after?.status}**.\n\n${table}` +
        (outcome.transactionId ? `\nAck transaction: ${code(outcome.transactionId)}\n` : ""),
    );
    await writeSummary(await keepReceipts(client, serviceCertificatePem, receiptsDir, [outcome.transactionId], run.workspace));
  });
};

function constitutionExpectation(workspace: string): Pick<AuditExpectations, "expectedConstitutionSha256" | "constitutionSource"> {
  const hash = input("expected-constitution-sha256");
  const file = input("constitution-file");
  if (hash && file) throw new InputError("expected-constitution-sha256", "give either expected-constitution-sha256 or constitution-file, not both");
  if (hash) return { expectedConstitutionSha256: parseSha256(hash, "expected-constitution-sha256"), constitutionSource: "expected-constitution-sha256" };
  if (file) {
    const path = isAbsolute(file) ? file : resolve(workspace, file);
    const bytes = readInputFile(path, { input: "constitution-file", given: file });
    return { expectedConstitutionSha256: sha256Hex(bytes), constitutionSource: inputWithValue("constitution-file", file) };
  }
  throw new InputError("expected-constitution-sha256", "ack audits the constitution before signing: give expected-constitution-sha256 or constitution-file");
}
