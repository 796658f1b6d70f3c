/**
 * The ledger's transaction ids `view.seqno` and transaction status as CCF reports it
 * (Unknown/Pending/Committed/Invalid).
 *
 * A write transaction takes the next seqno and is Pending. A signature transaction follows shortly after
 * (see SandboxService: signatures are emitted on a short timer, coalescing writes); it signs the Merkle
 * root of every transaction before it (sandbox/history), and once the state holding it is durably
 * persisted every transaction up to it is Committed — the sandbox's version of "committed = replicated
 * and signed".
 */
import type { LedgerState } from "./state.js";
export type TxStatus = "Unknown" | "Pending" | "Committed" | "Invalid";
export declare function initialLedger(view?: number): LedgerState;
/** Allocates the seqno of a new write transaction. */
export declare function nextSeqno(ledger: LedgerState): number;
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
