import { CcfConsortiumError, InputError } from "../errors.js";
/** A receipt that parses but does not prove what it claims. */
export class ReceiptInvalidError extends CcfConsortiumError {
    check;
    constructor(check, message) {
        super("RECEIPT_INVALID", message);
        this.check = check;
    }
}
/** A receipt that is not CCF's JSON receipt shape (missing field, wrong type, not hex/base64/PEM). */
export class ReceiptMalformedError extends InputError {
    /** JSON path of the offending field, e.g. `proof[2].left`. */
    field;
    constructor(input, field, problem) {
        super(input, `${field} ${problem}`);
        this.field = field;
    }
}
