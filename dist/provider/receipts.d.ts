/**
 * The Member's transaction ids (acceptance, ack) and, with `keepReceipts`, their receipts: fetched,
 * verified against the connection's service certificate (core/receipts) and kept as CCF's JSON. A receipt
 * that cannot be had (e.g. the wait for its commit times out) is left out rather than failing an
 * operation whose change already happened; `ccf-consortium receipt --tx` fetches it later.
 */
import { type GovernanceClient } from "../core/index.js";
import type { MemberSpec } from "./member-inputs.js";
export interface ReceiptOutputs {
    acceptanceTransactionId?: string;
    ackTransactionId?: string;
    acceptanceReceipt?: string;
    ackReceipt?: string;
}
/** Outputs after an operation: new transaction ids replace the previous state's (`olds`); receipts follow. */
export declare function receiptOutputs(client: GovernanceClient, spec: MemberSpec, olds: Record<string, unknown>, fresh: {
    acceptanceTransactionId?: string;
    ackTransactionId?: string;
}): Promise<ReceiptOutputs>;
