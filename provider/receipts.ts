/**
 * The Member's transaction ids (acceptance, ack) and, with `keepReceipts`, their receipts: fetched,
 * verified against the connection's service certificate (core/receipts) and kept as CCF's JSON. A receipt
 * that cannot be had (e.g. the wait for its commit times out) is left out rather than failing an
 * operation whose change already happened; `ccf-consortium receipt --tx` fetches it later.
 */
import { keepReceipt, type GovernanceClient } from "../core/index.js";
import type { MemberSpec } from "./member-inputs.js";

export interface ReceiptOutputs {
  acceptanceTransactionId?: string;
  ackTransactionId?: string;
  acceptanceReceipt?: string;
  ackReceipt?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

async function receiptOf(client: GovernanceClient, spec: MemberSpec, transactionId: string | undefined): Promise<string | undefined> {
  if (!spec.keepReceipts || transactionId === undefined) return undefined;
  try {
    return JSON.stringify((await keepReceipt(client, transactionId, spec.connection.serviceCertificate)).receipt);
  } catch {
    return undefined;
  }
}

/** Outputs after an operation: new transaction ids replace the previous state's (`olds`); receipts follow. */
export async function receiptOutputs(client: GovernanceClient, spec: MemberSpec, olds: Record<string, unknown>, fresh: { acceptanceTransactionId?: string; ackTransactionId?: string }): Promise<ReceiptOutputs> {
  const out: ReceiptOutputs = {};
  for (const [id, receipt, freshId] of [
    ["acceptanceTransactionId", "acceptanceReceipt", fresh.acceptanceTransactionId],
    ["ackTransactionId", "ackReceipt", fresh.ackTransactionId],
  ] as const) {
    const txid = freshId ?? str(olds[id]);
    if (txid === undefined) continue;
    out[id] = txid;
    const kept = freshId === undefined && str(olds[id]) === txid ? str(olds[receipt]) : undefined;
    const value = kept ?? (await receiptOf(client, spec, txid));
    if (value !== undefined) out[receipt] = value;
  }
  return out;
}
