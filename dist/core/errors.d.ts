/**
 * One error base with a stable `code`. Faces map codes to exit codes, annotations and Pulumi check
 * failures. Messages are actionable and never carry key material.
 */
export type ErrorCode = "INVALID_INPUT" | "UNSUPPORTED_KEY" | "KEY_MISMATCH" | "COSE_MALFORMED" | "COSE_INVALID" | "CCF_ERROR" | "TRANSPORT" | "NODE_REPLY" | "REFUSED" | "PROPOSAL_FAILED" | "TIMEOUT" | "SIGNER" | "RECEIPT_INVALID" | "INTERNAL";
export declare class CcfConsortiumError extends Error {
    readonly code: ErrorCode;
    constructor(code: ErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
/** A user mistake: names the input (flag, file, field) and what is wrong with it. */
export declare class InputError extends CcfConsortiumError {
    readonly input: string;
    constructor(input: string, problem: string, code?: ErrorCode, options?: {
        cause?: unknown;
    });
}
/** True for errors caused by what the user supplied (shown as one line, exit code 2). */
export declare function isUserError(err: unknown): err is InputError;
/**
 * Anything thrown from parsing untrusted input, as a typed error: a CcfConsortiumError passes through;
 * anything else (a TypeError, RangeError or SyntaxError from a library, a stack overflow on deeply nested
 * input) becomes an InputError naming `input` with `problem`. The original error is kept as `cause` but its
 * message is never shown, since a library's message can quote the input (and the input may be a key).
 */
export declare function typedError(err: unknown, input: string, problem: string, code?: ErrorCode): CcfConsortiumError;
