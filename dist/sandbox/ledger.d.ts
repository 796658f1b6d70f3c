import type { LedgerState } from "./state.js";
export type TxStatus = "Unknown" | "Pending" | "Committed" | "Invalid";
export declare function initialLedger(view?: number): LedgerState;
/** Allocates the seqno of a new write transaction. */
export declare function nextSeqno(ledger: LedgerState): number;
/** Appends a signature transaction: new seqno, fresh random root (hex). Returns its seqno. */
export declare function appendSignature(ledger: LedgerState, random?: (n: number) => Buffer): number;
/** Parses "<view>.<seqno>" (both non-negative decimal integers); undefined when malformed. */
export declare function parseTxId(text: string): {
    view: number;
    seqno: number;
} | undefined;
/**
 * Status of `view.seqno` given the ledger and the highest durably committed seqno (CCF's
 * get_status_for_txid semantics, simplified to one view history).
 */
export declare function txStatus(ledger: LedgerState, durableSeqno: number, view: number, seqno: number): TxStatus;
