import { safeText } from "../core/text/safe-text.js";
export const processIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
};
/**
 * Writes one line (or several) of text. Whatever it holds (names and data from a node or a manifest),
 * terminal escape sequences and control characters are replaced (core/text safeText): nothing printed
 * can drive the user's terminal.
 */
export function println(stream, text = "") {
    stream.write(safeText(text, { keepNewlines: true, max: Number.MAX_SAFE_INTEGER }) + "\n");
}
