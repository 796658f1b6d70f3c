/** The connection settings every face takes from its user (flags, action inputs, resource properties). */
import { InputError } from "../errors.js";
import { API_FLAVOURS } from "./model.js";
/** A node URL must be an https origin (`https://host:port`): no path, query, fragment or credentials. Returns the origin. */
export function nodeOrigin(url, input) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new InputError(input, `'${url}' is not a URL (expected https://host:port)`);
    }
    if (parsed.protocol !== "https:")
        throw new InputError(input, `'${url}' must use https:// (CCF nodes only speak TLS)`);
    if ((parsed.pathname !== "/" && parsed.pathname !== "") || parsed.search || parsed.hash) {
        throw new InputError(input, `'${url}' must be a node's origin only (https://host:port, no path)`);
    }
    if (parsed.username || parsed.password)
        throw new InputError(input, `'${url}' must not carry credentials`);
    return parsed.origin;
}
/** `auto` or one of the API flavours. */
export function parseApiChoice(value, input) {
    if (value !== "auto" && !API_FLAVOURS.includes(value)) {
        throw new InputError(input, `'${value}' is not one of auto, ${API_FLAVOURS.join(", ")}`);
    }
    return value;
}
