import type { SandboxState } from "../state.js";
export declare const LEDGER_FILE = "ledger.jsonl";
/** A JSON receipt in CCF's `describe_receipt_v1` shape. */
export interface ReceiptBody {
    signature: string;
    proof: ({
        left: string;
    } | {
        right: string;
    })[];
    node_id: string;
    cert: string;
    leaf?: string;
    leaf_components?: {
        write_set_digest: string;
        commit_evidence: string;
    };
    service_endorsements?: string[];
}
export declare class LedgerHistory {
    private readonly dir;
    private readonly tree;
    private readonly leaves;
    private readonly signatures;
    private readonly nodeCerts;
    /** Service identities seen at signatures, oldest first (issuers of earlier node certificates). */
    private readonly serviceCerts;
    private readonly pendingWrites;
    private unwritten;
    private readonly signatureCache;
    private readonly endorsementCache;
    /** Seqnos whose historical state this node has "fetched" (CCF answers 202 before that). */
    private readonly fetched;
    private constructor();
    /** The history of DIR, replayed up to `state.ledger.seqno`. */
    static load(dir: string, state: SandboxState): LedgerHistory;
    private replay;
    private rewriteSync;
    /** Records the write set of transaction `seqno` (called when a write transaction commits in memory). */
    recordWrite(seqno: number, view: number, state: SandboxState): void;
    private commitSecret;
    private commitEvidence;
    private addLeaf;
    private log;
    private intern;
    /**
     * Appends a signature transaction to `state` (mutated in place): the next seqno, every transaction
     * before it in the tree, the root signed by the primary node, `state.ledger.root` = that root.
     */
    appendSignature(state: SandboxState): number;
    /** Appends the entries logged since the last call to DIR/ledger.jsonl and fsyncs it. */
    persist(): Promise<void>;
    persistSync(): void;
    /** CCF answers 202 the first time a transaction's historical state is asked for; true from then on. */
    markFetched(seqno: number): boolean;
    /** View of transaction `seqno` as recorded in the tree (undefined when not in it yet). */
    viewOf(seqno: number): number | undefined;
    private signatureCovering;
    private signatureOf;
    /**
     * CCF's `populate_service_endorsements` (src/node/historical_queries_utils.cpp): when the current
     * service identity did not issue the node certificate, the previous identity that did is endorsed by
     * the current one — a CA certificate for the old public key and subject, issued by the current key.
     */
    private endorsementFor;
    /** The receipt of `view.seqno`, or undefined when that transaction id is not in the signed history. */
    receipt(state: SandboxState, view: number, seqno: number): Promise<ReceiptBody | undefined>;
}
