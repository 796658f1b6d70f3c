import type { Io } from "./io.js";
/** Reads a file named on the command line; failures are InputErrors naming the path. */
export declare function readInputFile(path: string, cwd: string): Buffer;
/** Reads a file named by a flag; errors name the flag and the path (never the content). */
export declare function readFlagFile(flag: string, path: string, io: Io): Buffer;
/** A flag's text value, or with `@path` the content of that file (like curl's `-d @file`). */
export declare function inlineOrFile(flag: string, value: string, io: Io): {
    text: string;
    input: string;
};
