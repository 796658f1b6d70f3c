/**
 * Fetch, verify, keep: what `--receipts DIR` (CLI) and `receipts-dir` (Action) do for each transaction a
 * command caused. The file is the receipt exactly as parsed (CCF's JSON form), named `<view>.<seqno>.json`,
 * written only after it verified against the pinned service certificate.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fetchReceipt } from "./fetch.js";
import { verifyReceipt } from "./verify.js";
export function receiptFileName(transactionId) {
    return `${transactionId}.json`;
}
/** Fetches the receipt of `transactionId`, verifies it against `serviceCertificatePem`, writes it to `dir`. */
export async function keepReceipt(client, transactionId, serviceCertificatePem, options = {}) {
    const receipt = await fetchReceipt(client, transactionId, options);
    const verified = verifyReceipt(receipt, serviceCertificatePem, { transactionId, input: `receipt of ${transactionId}` });
    if (options.dir === undefined)
        return { transactionId, receipt, verified };
    await mkdir(options.dir, { recursive: true });
    const path = join(options.dir, receiptFileName(transactionId));
    await writeFile(path, `${JSON.stringify(receipt, null, 2)}\n`);
    return { transactionId, receipt, verified, path };
}
