/**
 * Reading a file named by a flag, an action input or a manifest: it must be a regular file (not a device,
 * pipe or directory, so `/dev/zero` or a FIFO cannot hang or exhaust the reader) of at most `maxBytes`
 * (default 1 MiB). Every failure is an InputError naming the input, and the path only when it looks like
 * one (a PEM or other secret given in place of a path is never echoed).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "../errors.js";
import { inputWithValue, notAFileProblem } from "../text/input-value.js";
/** Largest file read from a flag, an input or a manifest: 1 MiB. */
export const MAX_INPUT_FILE_BYTES = 1024 * 1024;
const CHUNK = 64 * 1024;
/** Reads a regular file of at most `maxBytes`; see the module comment. */
export function readInputFile(path, options) {
    const given = options.given ?? path;
    const max = options.maxBytes ?? MAX_INPUT_FILE_BYTES;
    const fail = (why) => {
        const label = options.showValue === false ? options.input : inputWithValue(options.input, given);
        throw new InputError(label, notAFileProblem(given, why, options.instead));
    };
    if (typeof path !== "string" || path.length === 0 || path.includes("\0"))
        return fail("is not a file path");
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer (it is refused below).
        fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        return fail(openProblem(err.code));
    }
    try {
        const st = fstatSync(fd);
        if (st.isDirectory())
            return fail("is a directory, not a file");
        if (!st.isFile())
            return fail("is not a regular file (a device, pipe or socket); pass a file");
        if (st.size > max)
            return fail(`is ${st.size} bytes; files given here are limited to ${sizeText(max)}`);
        // Read in chunks up to the cap (+1 to notice a file that grew, or a /proc file that reports size 0).
        const chunks = [];
        let total = 0;
        for (;;) {
            const buf = Buffer.allocUnsafe(Math.min(CHUNK, max + 1 - total));
            let n;
            try {
                n = readSync(fd, buf, 0, buf.length, null);
            }
            catch (err) {
                return fail(`cannot be read (${err.code ?? "error"})`);
            }
            if (n === 0)
                break;
            chunks.push(buf.subarray(0, n));
            total += n;
            if (total > max)
                return fail(`is larger than ${sizeText(max)}, the limit for files given here`);
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        closeSync(fd);
    }
}
function openProblem(code) {
    switch (code) {
        case "ENOENT":
            return "no such file";
        case "ENOTDIR":
            return "no such file (a parent is not a directory)";
        case "EISDIR":
            return "is a directory, not a file";
        case "EACCES":
        case "EPERM":
            return "permission denied";
        case "ENAMETOOLONG":
            return "is not a file path (the name is too long)";
        default:
            return `cannot be read (${code ?? "unknown error"})`;
    }
}
/** `1 MiB`, `512 KiB`, `100 bytes`. */
export function sizeText(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}
