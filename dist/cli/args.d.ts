import { type ParseArgsConfig } from "node:util";
export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;
/**
 * Parses a command's flags with node:util's parseArgs (strict). `aliases` maps alternative spellings
 * (e.g. CCF's `--ccf-gov-msg-proposal_id`) to the canonical flag. Unknown flags and missing values are
 * InputErrors naming the flag.
 */
export declare function parseFlags(argv: string[], options: OptionSpec, aliases?: Record<string, string>, allowPositionals?: boolean): {
    values: Record<string, string | boolean | string[] | boolean[] | undefined>;
    positionals: string[];
};
/** A required string flag. */
export declare function required(values: Record<string, unknown>, name: string): string;
export declare function optional(values: Record<string, unknown>, name: string): string | undefined;
