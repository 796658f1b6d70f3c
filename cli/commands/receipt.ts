import type { Io } from "../io.js";
import { optional, parseFlags, required } from "../args.js";
import { InputError } from "../../core/errors.js";
import { checkTransactionId } from "../../core/receipts/fetch.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags, connectionFromFlags } from "../online/connection.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

export const usage = `Usage: ccf-consortium receipt --tx VIEW.SEQNO --node URL --service-cert PEM [--out FILE] [--json]

Fetches the receipt of a committed transaction (GET /node/receipt, waiting out "not committed yet" and
202 answers for up to 30 s), verifies it offline against --service-cert (Merkle proof, the node's
signature over the root, the node certificate endorsed by the service certificate, through
service_endorsements after a recovery) and prints it, or writes it to FILE. Exit 1 if it does not verify.

  --tx VIEW.SEQNO          the transaction id (x-ms-ccf-transaction-id of a write, e.g. 2.15)
  --out FILE               write the receipt JSON there instead of standard output

${CONNECTION_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, tx: { type: "string" }, out: { type: "string" } });
  const out = outputFor(values, io);
  const txid = checkTransactionId(required(values, "tx"), "--tx");
  const outFile = optional(values, "out");
  if (outFile !== undefined && outFile.trim() === "") throw new InputError("--out", "must name a file");
  const { serviceCertificatePem } = connectionFromFlags(values, io);
  const { keepReceipt } = await import("../../core/receipts/collect.js");
  const client = await clientFromFlags(values, io);
  const kept = await withClient(client, (c) => keepReceipt(c, txid, serviceCertificatePem));
  const text = `${JSON.stringify(kept.receipt, null, 2)}\n`;
  if (outFile !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, outFile), text);
    } catch (err) {
      throw new InputError(`--out ${outFile}`, `cannot be written (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  out.document({ transactionId: txid, verified: true, root: kept.verified.root, endorsements: kept.verified.endorsements, ...(outFile ? { file: outFile } : { receipt: kept.receipt }) });
  if (!out.json) {
    if (outFile === undefined) io.stdout.write(text);
    else out.line(`Receipt of transaction ${txid} verified (root ${kept.verified.root}); written to ${outFile}.`);
  }
  return 0;
}
