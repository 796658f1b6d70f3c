import { type Io } from "../io.js";
import type { ProgressListener } from "../../core/flows/progress.js";
/** Where a command's result goes: text for people, or one JSON document for scripts. */
export interface Output {
    json: boolean;
    /** Human mode: a line on stdout. Ignored with --json. */
    line(text?: string): void;
    /** --json mode: the one document on stdout. Ignored in human mode. */
    document(value: unknown): void;
    /** Progress while waiting, on stderr (human mode only: --json keeps stderr for errors). */
    progress: ProgressListener;
    /** A note on stderr in human mode. */
    note(text: string): void;
}
export declare function outputFor(values: Record<string, unknown>, io: Io): Output;
