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

export function initialLedger(view = 2): LedgerState {
  return { view, seqno: 0, committedSeqno: 0, root: "", lastSignatureSeqno: 0, viewHistory: [] };
}

/** Allocates the seqno of a new write transaction. */
export function nextSeqno(ledger: LedgerState): number {
  ledger.seqno += 1;
  return ledger.seqno;
}

/** Parses "<view>.<seqno>" (both non-negative decimal integers); undefined when malformed. */
export function parseTxId(text: string): { view: number; seqno: number } | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(text);
  if (!m) return undefined;
  const view = Number(m[1]);
  const seqno = Number(m[2]);
  if (!Number.isSafeInteger(view) || !Number.isSafeInteger(seqno)) return undefined;
  return { view, seqno };
}

/**
 * Status of `view.seqno` given the ledger and the highest durably committed seqno (CCF's
 * get_status_for_txid semantics, simplified to one view history).
 */
export function txStatus(ledger: LedgerState, durableSeqno: number, view: number, seqno: number): TxStatus {
  if (view === ledger.view) {
    if (seqno <= durableSeqno) return "Committed";
    if (seqno <= ledger.seqno) return "Pending";
    return "Unknown";
  }
  if (view > ledger.view) return "Unknown";
  // An earlier view: transactions in it up to its last seqno (and committed) stay Committed, the rest were rolled back.
  const past = ledger.viewHistory.find((h) => h.view === view);
  if (past && seqno <= past.lastSeqno && seqno <= durableSeqno) return "Committed";
  return seqno <= durableSeqno ? "Invalid" : "Invalid";
}
