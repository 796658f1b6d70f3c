import { type Receipt } from "./model.js";
export interface VerifyReceiptOptions {
    /** The transaction the receipt must be for ("view.seqno"); checked against the commit evidence. */
    transactionId?: string;
    /** Names the receipt in error messages (a file path). */
    input?: string;
}
export interface VerifiedReceipt {
    /** From the commit evidence; undefined for a signature transaction's receipt (it carries only the root). */
    transactionId: string | undefined;
    /** The signed Merkle root (hex). */
    root: string;
    nodeId: string;
    /** How many service endorsements the chain went through (0: the service certificate issued the node's). */
    endorsements: number;
    signatureTransaction: boolean;
}
/** Verifies `receipt` (parsed or raw JSON value) against the service certificate; throws a typed error. */
export declare function verifyReceipt(receipt: Receipt | unknown, serviceCertificatePem: string, options?: VerifyReceiptOptions): VerifiedReceipt;
