import { safeText } from "../core/text/safe-text.js";
/** The engine's marker for a value not known yet (preview with outputs of resources not yet created). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** True when the value is, or contains, a value unknown during preview. */
export function isUnknown(value) {
    if (value === UNKNOWN)
        return true;
    if (Array.isArray(value))
        return value.some(isUnknown);
    if (value && typeof value === "object")
        return Object.values(value).some(isUnknown);
    return false;
}
/** Collects check failures: `run(property, fn)` calls `fn` unless the property is unknown. */
export class Failures {
    list = [];
    run(property, value, fn) {
        if (isUnknown(value))
            return;
        try {
            fn();
        }
        catch (err) {
            this.list.push(toFailure(property, err));
        }
    }
    add(property, reason) {
        this.list.push({ property, reason });
    }
}
/**
 * An InputError becomes a failure on its own input when that is the property or a part of it
 * (`proposer.privateKey`), with the problem as the reason; otherwise on the property, with the whole
 * message. Anything that is not an InputError is a bug and is rethrown.
 */
export function toFailure(property, err) {
    const e = err;
    if (typeof e?.input !== "string" || typeof e.message !== "string")
        throw err;
    const own = e.input === property || e.input.startsWith(`${property}.`) || e.input.startsWith(`${property}[`);
    if (!own)
        return { property, reason: safeText(e.message) };
    const prefix = `${e.input}: `;
    return { property: e.input, reason: safeText(e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message) };
}
