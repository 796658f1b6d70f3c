export function initialLedger(view = 2) {
    return { view, seqno: 0, committedSeqno: 0, root: "", lastSignatureSeqno: 0, viewHistory: [] };
}
/** Allocates the seqno of a new write transaction. */
export function nextSeqno(ledger) {
    ledger.seqno += 1;
    return ledger.seqno;
}
/** Parses "<view>.<seqno>" (both non-negative decimal integers); undefined when malformed. */
export function parseTxId(text) {
    const m = /^(\d+)\.(\d+)$/.exec(text);
    if (!m)
        return undefined;
    const view = Number(m[1]);
    const seqno = Number(m[2]);
    if (!Number.isSafeInteger(view) || !Number.isSafeInteger(seqno))
        return undefined;
    return { view, seqno };
}
/**
 * Status of `view.seqno` given the ledger and the highest durably committed seqno (CCF's
 * get_status_for_txid semantics, simplified to one view history).
 */
export function txStatus(ledger, durableSeqno, view, seqno) {
    if (view === ledger.view) {
        if (seqno <= durableSeqno)
            return "Committed";
        if (seqno <= ledger.seqno)
            return "Pending";
        return "Unknown";
    }
    if (view > ledger.view)
        return "Unknown";
    // An earlier view: transactions in it up to its last seqno (and committed) stay Committed, the rest were rolled back.
    const past = ledger.viewHistory.find((h) => h.view === view);
    if (past && seqno <= past.lastSeqno && seqno <= durableSeqno)
        return "Committed";
    return seqno <= durableSeqno ? "Invalid" : "Invalid";
}
