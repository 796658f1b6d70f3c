import { parseArgs } from "node:util";
import { InputError } from "../core/errors.js";
/**
 * Parses a command's flags with node:util's parseArgs (strict). `aliases` maps alternative spellings
 * (e.g. CCF's `--ccf-gov-msg-proposal_id`) to the canonical flag. Unknown flags and missing values are
 * InputErrors naming the flag.
 */
export function parseFlags(argv, options, aliases = {}, allowPositionals = false) {
    const normalized = argv.map((arg) => {
        if (!arg.startsWith("--"))
            return arg;
        const eq = arg.indexOf("=");
        const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        const canonical = aliases[name];
        if (!canonical)
            return arg;
        return eq === -1 ? `--${canonical}` : `--${canonical}${arg.slice(eq)}`;
    });
    try {
        const { values, positionals } = parseArgs({ args: normalized, options, allowPositionals, strict: true });
        return { values: values, positionals };
    }
    catch (err) {
        const message = err.message;
        const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "arguments";
        throw new InputError(flag, message.replace(/\. To specify a positional.*$/s, "").trim());
    }
}
/** A required string flag. */
export function required(values, name) {
    const v = values[name];
    if (typeof v !== "string" || v === "")
        throw new InputError(`--${name}`, "is required");
    return v;
}
export function optional(values, name) {
    const v = values[name];
    return typeof v === "string" ? v : undefined;
}
