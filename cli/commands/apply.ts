import type { Io } from "../io.js";
import { optional, parseFlags } from "../args.js";
import { apply, plan } from "../../core/flows/plan.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { outputFor } from "../online/output.js";
import { manifestFlag, planDocument, renderPlan } from "../online/plan-view.js";
import { withClient } from "../online/run.js";
import { changeLines } from "../online/change-result.js";
import { SIGNER_FLAGS, SIGNER_USAGE, VOTING_FLAGS, VOTING_USAGE, signerFromFlags, votersFromFlags } from "../online/signers.js";
import { RECEIPTS_FLAGS, RECEIPTS_USAGE, keepReceiptsFromFlags, receiptsDirFromFlags } from "../online/receipts.js";

export const usage = `Usage: ccf-consortium apply --manifest FILE --node URL --service-cert PEM
                            --signing-key KEY --signing-cert CERT [--voter KEY,CERT ...]
                            [--wait-for-commit] [--no-local-validation] [--json]

Makes the service match a members manifest: plans (see 'ccf-consortium plan --help' for the format),
proposes all the changes as ONE proposal (atomic: all or nothing) and collects ballots until it is
Accepted. Nothing is proposed when the service already matches; an identical Open proposal is reused.

  --manifest FILE          the manifest (JSON or YAML)
  --no-local-validation    do not run the live constitution's validate() on the proposal before signing
                           (by default a proposal it refuses is not signed: exit 1, its description shown)

${SIGNER_USAGE}

${VOTING_USAGE}

${RECEIPTS_USAGE}
${CONNECTION_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, ...VOTING_FLAGS, ...RECEIPTS_FLAGS, manifest: { type: "string" }, "no-local-validation": { type: "boolean" } });
  const out = outputFor(values, io);
  const receipts = receiptsDirFromFlags(values, io);
  const manifest = manifestFlag(values, io);
  const proposer = signerFromFlags(values, io);
  const voters = votersFromFlags(values, io, proposer);
  const client = await clientFromFlags(values, io);
  const source = optional(values, "manifest")!;
  const result = await withClient(client, async (c) => {
    const planned = await plan(c, manifest);
    out.line(renderPlan(planned, source));
    return apply(c, planned, {
      proposer,
      voters,
      waitForCommit: values["wait-for-commit"] === true,
      onProgress: out.progress,
      localValidation: values["no-local-validation"] !== true,
    });
  });
  const { plan: applied, ...change } = result;
  out.document({ ...change, plan: planDocument(applied) });
  if (!applied.empty || result.proposalId) {
    for (const line of changeLines(change, { done: "The service matches the manifest", nothing: "Nothing proposed." })) out.line(line);
    const toAck = [...applied.adds, ...applied.keyRotations.map((r) => ({ name: r.name })), ...applied.encryptionKeyChanges];
    if (result.changed && toAck.length) out.line(`To become Active, ${toAck.map((m) => m.name).join(", ")} must ack the state digest ('ccf-consortium ack' with their own key).`);
  }
  await keepReceiptsFromFlags(receipts, values, io, out, [result.transactionId]);
  return 0;
}
