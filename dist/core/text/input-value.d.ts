/**
 * Naming the value given to an input without echoing it. A flag or field that should hold a file path may
 * have been given the secret itself (`--signing-key="$(cat key.pem)"`): such a value is never shown. A
 * value is shown only when it looks like a path: short, one line, printable, no PEM armour.
 */
/** Longest value shown as a path (longer paths are named by their input only). */
export declare const MAX_SHOWN_PATH = 256;
/** True when `value` can be shown in a message as a file path: short, one line, printable, not PEM. */
export declare function looksLikePath(value: unknown): value is string;
/** True when `value` holds PEM armour (a certificate or key given where a path was expected). */
export declare function looksLikePem(value: unknown): boolean;
/**
 * How a message names the value given to `input`: `"--cert certs/a.pem"` when the value looks like a path,
 * else just `"--cert"` (the value is never echoed).
 */
export declare function inputWithValue(input: string, value: unknown): string;
/**
 * What is wrong with a value that was meant to name a readable file, without echoing it: for a value that
 * is not path-like, says what it looks like and what to pass instead (`instead` defaults to "a file path").
 */
export declare function notAFileProblem(value: unknown, why: string, instead?: string): string;
/** A value's type for messages (`a number`, `null`, `a list`, ...), never its content. */
export declare function typeName(value: unknown): string;
