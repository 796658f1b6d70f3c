import { parseArgs, type ParseArgsConfig } from "node:util";
import { InputError } from "../core/errors.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a command's flags with node:util's parseArgs (strict). `aliases` maps alternative spellings
 * (e.g. CCF's `--ccf-gov-msg-proposal_id`) to the canonical flag. Unknown flags and missing values are
 * InputErrors naming the flag.
 */
export function parseFlags(
  argv: string[],
  options: OptionSpec,
  aliases: Record<string, string> = {},
  allowPositionals = false,
): { values: Record<string, string | boolean | string[] | boolean[] | undefined>; positionals: string[] } {
  const normalized = argv.map((arg) => {
    if (!arg.startsWith("--")) return arg;
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const canonical = aliases[name];
    if (!canonical) return arg;
    return eq === -1 ? `--${canonical}` : `--${canonical}${arg.slice(eq)}`;
  });
  try {
    const { values, positionals } = parseArgs({ args: normalized, options, allowPositionals, strict: true });
    return { values: values as Record<string, string | boolean | string[] | boolean[] | undefined>, positionals };
  } catch (err) {
    const message = (err as Error).message;
    const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "arguments";
    throw new InputError(flag, message.replace(/\. To specify a positional.*$/s, "").trim());
  }
}

/** A required string flag. */
export function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== "string" || v === "") throw new InputError(`--${name}`, "is required");
  return v;
}

export function optional(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}
