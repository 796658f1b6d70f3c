import type { GovernanceClient } from "../client/governance-client.js";
import { type Receipt } from "./model.js";
export interface FetchReceiptOptions {
    /** Overall bound on waiting for the receipt, in ms (default 30 000). */
    timeoutMs?: number;
    /** Longest single wait between attempts, in ms (default 500). */
    maxWaitMs?: number;
    /** Frontend prefix: "node" (default), "gov" or "app". */
    frontend?: "node" | "gov" | "app";
}
export declare function checkTransactionId(value: string, input: string): string;
/** Fetches the receipt of `transactionId` (not verified: see `verifyReceipt`). */
export declare function fetchReceipt(client: GovernanceClient, transactionId: string, options?: FetchReceiptOptions): Promise<Receipt>;
