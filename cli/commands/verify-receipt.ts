import type { Io } from "../io.js";
import { parseFlags, optional, required } from "../args.js";
import { InputError } from "../../core/errors.js";
import { loadCertificate, certificatePem } from "../../core/identity/certificate.js";
import { checkTransactionId } from "../../core/receipts/fetch.js";
import { parseReceiptJson } from "../../core/receipts/model.js";
import { verifyReceipt } from "../../core/receipts/verify.js";
import { readFlagFile } from "../files.js";
import { outputFor } from "../online/output.js";

export const usage = `Usage: ccf-consortium verify-receipt --service-cert PEM [--tx VIEW.SEQNO] [--json] FILE

Verifies a CCF JSON receipt offline (no network): recomputes the leaf and the Merkle root, checks the
node's signature over the root and that the service certificate endorses the node certificate (through
service_endorsements after a recovery). A receipt proves the transaction is in the ledger the service
signed; it does not show what the transaction wrote.

  --service-cert PEM       the service certificate to verify against
  --tx VIEW.SEQNO          also require the receipt to be for this transaction
  FILE                     the receipt (JSON, as written by 'receipt' or --receipts)

Exit codes: 0 valid, 1 invalid, 2 bad input (unreadable file, not a receipt, bad flag).`;

const MAX_RECEIPT_BYTES = 256 * 1024;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, { "service-cert": { type: "string" }, tx: { type: "string" }, json: { type: "boolean" } }, {}, true);
  const out = outputFor(values, io);
  if (positionals.length !== 1) throw new InputError("FILE", positionals.length === 0 ? "is required (the receipt JSON file)" : "give exactly one receipt file");
  const file = positionals[0]!;
  const certPath = required(values, "service-cert");
  const serviceCert = certificatePem(loadCertificate(readFlagFile("--service-cert", certPath, io), `--service-cert ${certPath}`));
  const tx = optional(values, "tx");
  const transactionId = tx === undefined ? undefined : checkTransactionId(tx, "--tx");
  const bytes = readFlagFile("FILE", file, io);
  if (bytes.length > MAX_RECEIPT_BYTES) throw new InputError(file, `is ${bytes.length} bytes; a receipt is at most ${MAX_RECEIPT_BYTES}`);
  const receipt = parseReceiptJson(bytes.toString("utf8"), file);
  const verified = verifyReceipt(receipt, serviceCert, { input: file, ...(transactionId ? { transactionId } : {}) });
  out.document({ file, valid: true, ...verified });
  out.line(
    `${file}: valid receipt of ${verified.transactionId ? `transaction ${verified.transactionId}` : "a signature transaction"} (root ${verified.root}, node ${verified.nodeId.slice(0, 16)}…${verified.endorsements ? `, through ${verified.endorsements} service endorsement(s)` : ""}).`,
  );
  return 0;
}
