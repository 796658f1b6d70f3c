import type { GovernanceClient } from "../client/governance-client.js";
import { type FetchReceiptOptions } from "./fetch.js";
import type { Receipt } from "./model.js";
import { type VerifiedReceipt } from "./verify.js";
export interface KeptReceipt {
    transactionId: string;
    receipt: Receipt;
    verified: VerifiedReceipt;
    /** Where it was written (when a directory was given). */
    path?: string;
}
export declare function receiptFileName(transactionId: string): string;
/** Fetches the receipt of `transactionId`, verifies it against `serviceCertificatePem`, writes it to `dir`. */
export declare function keepReceipt(client: GovernanceClient, transactionId: string, serviceCertificatePem: string, options?: FetchReceiptOptions & {
    dir?: string;
}): Promise<KeptReceipt>;
