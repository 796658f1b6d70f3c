import { parseArgs } from "node:util";
import { InputError } from "../core/errors.js";
import { looksLikePath } from "../core/text/input-value.js";
import { safeText } from "../core/text/safe-text.js";
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
        throw flagsError(err);
    }
}
/**
 * parseArgs' error as one line that echoes no value: an argument is quoted only when it looks like a path
 * or a flag (a key pasted as a stray argument, `sign --signing-key "$(cat key.pem)"`, is never shown).
 */
function flagsError(err) {
    const code = err.code;
    const message = String(err?.message ?? "");
    const quoted = /'([^'\n]{0,300})'/.exec(message)?.[1];
    const flag = quoted !== undefined && /^-{1,2}[A-Za-z0-9_-]+$/.test(quoted) ? quoted : undefined;
    switch (code) {
        case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
            return new InputError("arguments", `unexpected argument${quoted !== undefined && looksLikePath(quoted) ? ` '${quoted}'` : " (not shown: it does not look like a word or a path)"}; this command takes flags only`);
        case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
            return new InputError(flag ?? "arguments", flag ? `Unknown option '${flag}'` : "an unknown option was given");
        case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
            if (message.includes("ambiguous"))
                return new InputError(flag ?? "arguments", `its value starts with '-'; write ${flag ?? "--flag"}=VALUE`);
            if (message.includes("argument missing"))
                return new InputError(flag ?? "arguments", "needs a value");
            return new InputError(flag ?? "arguments", flag ? "has a value of the wrong kind (a switch takes no value)" : "a flag has a value of the wrong kind");
        }
        default:
            return new InputError(flag ?? "arguments", safeText(message.split("\n")[0].replace(/'[^']*'/g, (q) => (looksLikePath(q.slice(1, -1)) ? q : "'…'")), { max: 300 }));
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
