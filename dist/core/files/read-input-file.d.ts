/** Largest file read from a flag, an input or a manifest: 1 MiB. */
export declare const MAX_INPUT_FILE_BYTES: number;
export interface ReadInputFileOptions {
    /** Names the input in errors (`--signing-key`, `manifest members[0] certificate`). */
    input: string;
    /** The value as the user gave it (shown when it looks like a path); defaults to `path`. */
    given?: string;
    /** Cap in bytes (default MAX_INPUT_FILE_BYTES). */
    maxBytes?: number;
    /** Append the value to `input` in messages when it looks like a path (default true). */
    showValue?: boolean;
    /** What to pass instead, for a value that is not a path (default "a file path"). */
    instead?: string;
}
/** Reads a regular file of at most `maxBytes`; see the module comment. */
export declare function readInputFile(path: string, options: ReadInputFileOptions): Buffer;
/** `1 MiB`, `512 KiB`, `100 bytes`. */
export declare function sizeText(bytes: number): string;
