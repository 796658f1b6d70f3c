/**
 * Fetch, verify, keep: what `--receipts DIR` (CLI) and `receipts-dir` (Action) do for each transaction a
 * command caused. The file is the receipt exactly as parsed (CCF's JSON form), named `<view>.<seqno>.json`,
 * written only after it verified against the pinned service certificate.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GovernanceClient } from "../client/governance-client.js";
import { fetchReceipt, type FetchReceiptOptions } from "./fetch.js";
import type { Receipt } from "./model.js";
import { verifyReceipt, type VerifiedReceipt } from "./verify.js";

export interface KeptReceipt {
  transactionId: string;
  receipt: Receipt;
  verified: VerifiedReceipt;
  /** Where it was written (when a directory was given). */
  path?: string;
}

export function receiptFileName(transactionId: string): string {
  return `${transactionId}.json`;
}

/** Fetches the receipt of `transactionId`, verifies it against `serviceCertificatePem`, writes it to `dir`. */
export async function keepReceipt(
  client: GovernanceClient,
  transactionId: string,
  serviceCertificatePem: string,
  options: FetchReceiptOptions & { dir?: string } = {},
): Promise<KeptReceipt> {
  const receipt = await fetchReceipt(client, transactionId, options);
  const verified = verifyReceipt(receipt, serviceCertificatePem, { transactionId, input: `receipt of ${transactionId}` });
  if (options.dir === undefined) return { transactionId, receipt, verified };
  await mkdir(options.dir, { recursive: true });
  const path = join(options.dir, receiptFileName(transactionId));
  await writeFile(path, `${JSON.stringify(receipt, null, 2)}\n`);
  return { transactionId, receipt, verified, path };
}
