export type ProofStep = {
    left: string;
} | {
    right: string;
};
export interface LeafComponents {
    write_set_digest: string;
    commit_evidence: string;
    claims_digest?: string;
}
export interface Receipt {
    signature: string;
    proof: ProofStep[];
    node_id: string;
    cert: string;
    leaf_components?: LeafComponents;
    leaf?: string;
    service_endorsements?: string[];
}
/** `ce:<view>.<seqno>:<hex>` → the transaction id it names, or undefined when it is not in that form. */
export declare function transactionIdOfCommitEvidence(commitEvidence: string): string | undefined;
/** Validates `value` as CCF's JSON receipt; `input` names where it came from (a file, a node reply). */
export declare function parseReceipt(value: unknown, input?: string): Receipt;
/** Parses receipt JSON text (a file, a node reply); syntax errors name `input`. */
export declare function parseReceiptJson(text: string, input?: string): Receipt;
