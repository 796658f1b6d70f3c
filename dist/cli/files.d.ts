import type { Io } from "./io.js";
/**
 * Reads a file named by a positional argument; failures are InputErrors named by the path when it looks
 * like one, else by `argument` (e.g. "CERT").
 */
export declare function readInputFile(path: string, cwd: string, argument?: string): Buffer;
/** How messages name a positional argument's value: the path itself, or `argument` for a value that is not path-like. */
export declare function argumentInput(argument: string, path: string): string;
/** Reads a file named by a flag; errors name the flag and, when it looks like a path, the path. */
export declare function readFlagFile(flag: string, path: string, io: Io): Buffer;
/** How messages name a flag and the path given to it: `--cert a.pem`, or just `--cert` for a value that is not path-like. */
export declare function flagInput(flag: string, path: string): string;
/** A flag's text value, or with `@path` the content of that file (like curl's `-d @file`). */
export declare function inlineOrFile(flag: string, value: string, io: Io): {
    text: string;
    input: string;
};
