import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  signerFromInputs
} from "./chunk-WE3VJFCN.js";
import {
  markdownTable,
  parseGovMessageType,
  requiresProposalId,
  signGovernanceMessage,
  writeSummary
} from "./chunk-2MGYFWBN.js";
import "./chunk-7IY7ICS4.js";
import {
  getInput,
  info,
  input,
  readInputFile,
  requiredInput,
  setOutput
} from "./chunk-DVVEQ537.js";
import {
  InputError
} from "./chunk-RGBX3ABY.js";
import "./chunk-WL6NGZJP.js";
import "./chunk-NVOPRWJI.js";

// actions/commands/sign.ts
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
var run = async ({ command, run: run2 }) => {
  const type = parseGovMessageType(requiredInput("message-type", command), "message-type");
  const proposalId = input("proposal-id").toLowerCase() || void 0;
  if (requiresProposalId(type) && !proposalId) throw new InputError("proposal-id", `is required to sign a '${type}' message`);
  if (proposalId && !/^[0-9a-f]{64}$/.test(proposalId)) throw new InputError("proposal-id", "must be 64 hex characters");
  const payload = contentInput(run2.workspace);
  const signer = signerFromInputs(command, run2.workspace);
  const out = outputPath(input("output-file"), type, run2.workspace, run2.runnerTemp);
  const bytes = await signGovernanceMessage(signer, { type, payload, proposalId: requiresProposalId(type) ? proposalId : void 0 });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  setOutput("file", out);
  setOutput("member-id", signer.memberId);
  info(`Signed a '${type}' message as member ${signer.memberId} (${bytes.length} bytes) \u2192 ${out}`);
  await writeSummary(
    `### Signed governance message

` + markdownTable(
      ["Field", "Value"],
      [
        ["Type", `\`${type}\``],
        ["Member", `\`${signer.memberId}\``],
        ["Algorithm", signer.algorithm],
        ...proposalId && requiresProposalId(type) ? [["Proposal", `\`${proposalId}\``]] : [],
        ["Payload", `${payload.length} bytes`],
        ["COSE_Sign1", `${bytes.length} bytes, SHA-256 \`${createHash("sha256").update(bytes).digest("hex")}\``],
        ["File", `\`${out}\``]
      ]
    )
  );
};
function contentInput(workspace) {
  const v = getInput("content");
  if (!v.startsWith("@")) return new Uint8Array(Buffer.from(v, "utf8"));
  const p = v.slice(1).trim();
  const path = isAbsolute(p) ? p : resolve(workspace, p);
  return new Uint8Array(readInputFile(path, { input: "content", given: p }));
}
function outputPath(given, type, workspace, runnerTemp) {
  if (given) return isAbsolute(given) ? given : resolve(workspace, given);
  return join(runnerTemp || workspace, `ccf-${type}.cose`);
}
export {
  run
};
