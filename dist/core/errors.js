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
