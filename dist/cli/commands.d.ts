import type { Io } from "./io.js";
/** A command module: its usage text and its entry point, loaded only when the command runs. */
export interface CommandModule {
    usage: string;
    run(argv: string[], io: Io): Promise<number>;
}
export interface CommandEntry {
    name: string;
    summary: string;
    group: "Identities and signing (offline)" | "Governance (online)" | "Local node";
    load(): Promise<CommandModule>;
}
export declare const commands: CommandEntry[];
