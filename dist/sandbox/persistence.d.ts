import type { SandboxState } from "./state.js";
export declare const STATE_FILE = "state.json";
export declare function statePath(dir: string): string;
export declare function loadState(dir: string): SandboxState | undefined;
/** Synchronous atomic write (used at start and close). */
export declare function saveStateSync(dir: string, state: SandboxState): void;
/** Asynchronous atomic write (used by the commit loop). `text` is the serialized state. */
export declare function saveStateText(dir: string, text: string): Promise<void>;
/** Writes `text` to `path` atomically: temp file (created with `mode`), fsync, rename, fsync of the directory. */
export declare function writeFileAtomic(path: string, text: string, mode: number): Promise<void>;
