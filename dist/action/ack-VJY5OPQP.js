import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  keepReceipts,
  receiptsDirInput
} from "./chunk-JPTGVYE3.js";
import {
  signerFromInputs
} from "./chunk-WE3VJFCN.js";
import {
  activateMember,
  auditService,
  parseAttestationAllowlist,
  parseSha256,
  sha256Hex
} from "./chunk-I6SG5PVT.js";
import {
  TransportError,
  withClient
} from "./chunk-RGTSZGGO.js";
import {
  cell,
  code,
  markdownTable,
  writeSummary
} from "./chunk-2MGYFWBN.js";
import "./chunk-7IY7ICS4.js";
import {
  GateError
} from "./chunk-2JPLZYMD.js";
import {
  error,
  info,
  input,
  readInputFile,
  redact,
  setOutput
} from "./chunk-DVVEQ537.js";
import {
  CcfConsortiumError,
  InputError,
  inputWithValue
} from "./chunk-RGBX3ABY.js";
import "./chunk-WL6NGZJP.js";
import "./chunk-NVOPRWJI.js";

// actions/commands/ack.ts
import { isAbsolute, resolve } from "node:path";
var run = async ({ command, run: run2 }) => {
  const signer = signerFromInputs(command, run2.workspace);
  const expectedConstitution = constitutionExpectation(run2.workspace);
  const allowlist = parseAttestationAllowlist(input("attestation-allowlist"));
  const receiptsDir = receiptsDirInput(run2.workspace);
  setOutput("member-id", signer.memberId);
  await withClient(command, run2, async ({ client, serviceCertificatePem }) => {
    const member = await client.getMember(signer.memberId).catch((err) => {
      if (err instanceof TransportError && err.failure === "tls") return "tls";
      throw err;
    });
    if (member === void 0) {
      throw new CcfConsortiumError("REFUSED", `member ${signer.memberId} is not a member of the service (its set_member proposal has not been accepted yet?)`);
    }
    if (member !== "tls" && member.status === "Active") {
      setOutput("member-status", "Active");
      info(`Member ${signer.memberId} is already Active; nothing to sign.`);
      await writeSummary(`### Member acknowledgement

Member ${code(signer.memberId)} is already **Active**; nothing was signed.
`);
      return;
    }
    const report = await auditService(client, { expectedServiceCertificatePem: serviceCertificatePem, ...expectedConstitution, attestationAllowlist: allowlist });
    setOutput("gates", JSON.stringify(report.gates));
    if (report.constitutionSha256) setOutput("constitution-sha256", report.constitutionSha256);
    const table = markdownTable(
      ["Gate", "Result", "Detail"],
      report.gates.map((g) => [code(g.gate), g.ok ? "\u2705 pass" : "\u274C FAIL", cell(g.detail)])
    );
    if (!report.passed) {
      const failed = report.gates.filter((g) => !g.ok);
      await writeSummary(`### Member acknowledgement refused

Member ${code(signer.memberId)} stays **Accepted**: nothing was signed.

${table}`);
      for (const g of failed) error(redact(`${g.detail}; nothing was signed`), { title: `ccf-consortium ack: gate '${g.gate}' failed` });
      setOutput("member-status", member === "tls" ? "unknown" : member.status);
      throw new GateError(failed[0].gate, `${failed[0].detail}; nothing was signed`, { reported: true });
    }
    const outcome = await activateMember(client, signer);
    const after = await client.getMember(signer.memberId);
    setOutput("member-status", after?.status ?? "unknown");
    info(`Member ${signer.memberId} acknowledged the service state: now ${after?.status}`);
    await writeSummary(
      `### Member acknowledged

Every gate held; member ${code(signer.memberId)} updated its state digest and acked it: now **${after?.status}**.

${table}` + (outcome.transactionId ? `
Ack transaction: ${code(outcome.transactionId)}
` : "")
    );
    await writeSummary(await keepReceipts(client, serviceCertificatePem, receiptsDir, [outcome.transactionId], run2.workspace));
  });
};
function constitutionExpectation(workspace) {
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
export {
  run
};
