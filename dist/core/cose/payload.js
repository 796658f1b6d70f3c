import { InputError } from "../errors.js";
const EMPTY = new Uint8Array(0);
/** The payload's bytes, copied so later changes to the caller's buffer cannot reach a message. */
export function payloadBytes(payload, input = "payload") {
    if (payload === undefined || payload === null)
        return EMPTY;
    if (payload instanceof Uint8Array)
        return new Uint8Array(payload);
    if (typeof payload === "string")
        return new Uint8Array(Buffer.from(payload, "utf8"));
    if (payload instanceof ArrayBuffer)
        return new Uint8Array(payload.slice(0));
    let json;
    try {
        json = JSON.stringify(payload);
    }
    catch (err) {
        throw new InputError(input, `cannot be serialized as JSON: ${err.message}`);
    }
    if (json === undefined)
        throw new InputError(input, "cannot be serialized as JSON");
    return new Uint8Array(Buffer.from(json, "utf8"));
}
