export class CcfConsortiumError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** A user mistake: names the input (flag, file, field) and what is wrong with it. */
export class InputError extends CcfConsortiumError {
    input;
    constructor(input, problem, code = "INVALID_INPUT", options) {
        super(code, `${input}: ${problem}`, options);
        this.input = input;
    }
}
/** True for errors caused by what the user supplied (shown as one line, exit code 2). */
export function isUserError(err) {
    return err instanceof InputError;
}
/**
 * Anything thrown from parsing untrusted input, as a typed error: a CcfConsortiumError passes through;
 * anything else (a TypeError, RangeError or SyntaxError from a library, a stack overflow on deeply nested
 * input) becomes an InputError naming `input` with `problem`. The original error is kept as `cause` but its
 * message is never shown, since a library's message can quote the input (and the input may be a key).
 */
export function typedError(err, input, problem, code = "INVALID_INPUT") {
    if (err instanceof CcfConsortiumError)
        return err;
    return new InputError(input, problem, code, { cause: err });
}
