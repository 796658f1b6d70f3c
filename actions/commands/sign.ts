/** `sign`: a COSE_Sign1 governance message of any type, written to a file for workflows that send it themselves. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { readInputFile } from "../../core/files/read-input-file.js";
import { dirname, isAbsolute, join, resolve } from "node:path";
import * as core from "../toolkit.js";
import { InputError } from "../../core/errors.js";
import { parseGovMessageType, requiresProposalId, signGovernanceMessage } from "../../core/cose/index.js";
import { input, requiredInput } from "../inputs.js";
import { signerFromInputs } from "../signer.js";
import { markdownTable, writeSummary } from "../render.js";
import type { Command } from "./command.js";

export const run: Command = async ({ command, run }) => {
  const type = parseGovMessageType(requiredInput("message-type", command), "message-type");
  const proposalId = input("proposal-id").toLowerCase() || undefined;
  if (requiresProposalId(type) && !proposalId) throw new InputError("proposal-id", `is required to sign a '${type}' message`);
  if (proposalId && !/^[0-9a-f]{64}$/.test(proposalId)) throw new InputError("proposal-id", "must be 64 hex characters");
  const payload = contentInput(run.workspace);
  const signer = signerFromInputs(command, run.workspace);
  const out = outputPath(input("output-file"), type, run.workspace, run.runnerTemp);

  const bytes = await signGovernanceMessage(signer, { type, payload, proposalId: requiresProposalId(type) ? proposalId : undefined });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);

  core.setOutput("file", out);
  core.setOutput("member-id", signer.memberId);
  core.info(`Signed a '${type}' message as member ${signer.memberId} (${bytes.length} bytes) → ${out}`);
  await writeSummary(
    `### Signed governance message\n\n` +
      markdownTable(
        ["Field", "Value"],
        [
          ["Type", `\`${type}\``],
          ["Member", `\`${signer.memberId}\``],
          ["Algorithm", signer.algorithm],
          ...(proposalId && requiresProposalId(type) ? [["Proposal", `\`${proposalId}\``]] : []),
          ["Payload", `${payload.length} bytes`],
          ["COSE_Sign1", `${bytes.length} bytes, SHA-256 \`${createHash("sha256").update(bytes).digest("hex")}\``],
          ["File", `\`${out}\``],
        ],
      ),
  );
};

/** `content`: inline text, or `@path` (workspace-relative) for a file's bytes. Empty → empty payload. */
function contentInput(workspace: string): Uint8Array {
  const v = core.getInput("content");
  if (!v.startsWith("@")) return new Uint8Array(Buffer.from(v, "utf8"));
  const p = v.slice(1).trim();
  const path = isAbsolute(p) ? p : resolve(workspace, p);
  return new Uint8Array(readInputFile(path, { input: "content", given: p }));
}

function outputPath(given: string, type: string, workspace: string, runnerTemp: string): string {
  if (given) return isAbsolute(given) ? given : resolve(workspace, given);
  return join(runnerTemp || workspace, `ccf-${type}.cose`);
}
