/** Reading the files named on the command line: every failure an InputError naming the flag and the path (never the content). */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../core/errors.js";
/** Reads a file named on the command line; failures are InputErrors naming the path. */
export function readInputFile(path, cwd) {
    try {
        return readFileSync(resolve(cwd, path));
    }
    catch (err) {
        const code = err.code;
        const why = code === "ENOENT"
            ? "no such file"
            : code === "EISDIR"
                ? "is a directory, not a file"
                : code === "EACCES" || code === "EPERM"
                    ? "permission denied"
                    : `cannot be read (${code ?? "unknown error"})`;
        throw new InputError(path, why);
    }
}
/** Reads a file named by a flag; errors name the flag and the path (never the content). */
export function readFlagFile(flag, path, io) {
    try {
        return readInputFile(path, io.cwd);
    }
    catch (err) {
        if (err instanceof InputError)
            throw new InputError(`${flag} ${path}`, err.message.slice(err.input.length + 2));
        throw err;
    }
}
/** A flag's text value, or with `@path` the content of that file (like curl's `-d @file`). */
export function inlineOrFile(flag, value, io) {
    if (!value.startsWith("@"))
        return { text: value, input: flag };
    const path = value.slice(1);
    if (!path)
        throw new InputError(flag, "'@' must be followed by a file path");
    return { text: readFlagFile(flag, path, io).toString("utf8"), input: `${flag} ${value}` };
}
