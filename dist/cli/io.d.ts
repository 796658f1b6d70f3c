/** What a command writes to; injected so tests and the demo can capture it. */
export interface Io {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
    stdin: NodeJS.ReadableStream;
    env: NodeJS.ProcessEnv;
    cwd: string;
}
export declare const processIo: Io;
/**
 * Writes one line (or several) of text. Whatever it holds (names and data from a node or a manifest),
 * terminal escape sequences and control characters are replaced (core/text safeText): nothing printed
 * can drive the user's terminal.
 */
export declare function println(stream: NodeJS.WritableStream, text?: string): void;
