/** What a command writes to; injected so tests and the demo can capture it. */
export interface Io {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
    stdin: NodeJS.ReadableStream;
    env: NodeJS.ProcessEnv;
    cwd: string;
}
export declare const processIo: Io;
export declare function println(stream: NodeJS.WritableStream, text?: string): void;
