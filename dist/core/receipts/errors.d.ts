import { CcfConsortiumError, InputError } from "../errors.js";
/**
 * Which check of a receipt failed (CCF's algorithm, doc/use_apps/verify_tx.rst "Receipt Verification"):
 *   - "transaction-id": the commit evidence names another transaction than the one expected;
 *   - "node-id": `node_id` is not the SHA-256 of the public key in `cert`;
 *   - "signature": `signature` does not verify over the recomputed root with `cert`'s key (a changed proof
 *     element, leaf component or signature all end here: the root no longer matches what was signed);
 *   - "endorsement": `cert` is not endorsed by the service certificate (directly or through
 *     `service_endorsements`).
 */
export type ReceiptCheck = "transaction-id" | "node-id" | "signature" | "endorsement";
/** A receipt that parses but does not prove what it claims. */
export declare class ReceiptInvalidError extends CcfConsortiumError {
    readonly check: ReceiptCheck;
    constructor(check: ReceiptCheck, message: string);
}
/** A receipt that is not CCF's JSON receipt shape (missing field, wrong type, not hex/base64/PEM). */
export declare class ReceiptMalformedError extends InputError {
    /** JSON path of the offending field, e.g. `proof[2].left`. */
    readonly field: string;
    constructor(input: string, field: string, problem: string);
}
