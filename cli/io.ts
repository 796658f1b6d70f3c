import { safeText } from "../core/text/safe-text.js";

/** What a command writes to; injected so tests and the demo can capture it. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  // Opened on first use only (sign/verify with `-`): creating the stream costs every command's start-up.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
};

/**
 * Writes one line (or several) of text. Whatever it holds (names and data from a node or a manifest),
 * terminal escape sequences and control characters are replaced (core/text safeText): nothing printed
 * can drive the user's terminal.
 */
export function println(stream: NodeJS.WritableStream, text = ""): void {
  stream.write(safeText(text, { keepNewlines: true, max: Number.MAX_SAFE_INTEGER }) + "\n");
}
