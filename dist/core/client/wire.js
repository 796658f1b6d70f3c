import { NodeReplyError } from "./errors.js";
/** Parses `"<submitted>/<threshold> recovery shares successfully submitted"` (+ recovery started). */
export function parseRecoveryMessage(message) {
    const m = /(\d+)\s*\/\s*(\d+)\s+recovery shares/.exec(message);
    return {
        message,
        ...(m ? { submittedCount: Number(m[1]), recoveryThreshold: Number(m[2]) } : {}),
        ...(/Full recovery key successfully submitted/.test(message) ? { fullKeySubmitted: true } : {}),
        recoveryInitiated: /End of recovery procedure initiated/.test(message),
    };
}
// ---- reply validators: each takes the value and where it sits (`value[2].memberId`), returns it typed
// or throws a NodeReplyError (the Reply adds node and request). Linear in the size of the value.
function typeName(value) {
    return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function wrong(where, expected, value) {
    return new NodeReplyError({ problem: value === undefined ? `${where} is missing (expected ${expected})` : `${where} is ${typeName(value)} (expected ${expected})` });
}
export function asRecord(value, where) {
    if (!value || typeof value !== "object" || Array.isArray(value))
        throw wrong(where, "a JSON object", value);
    return value;
}
export function asArray(value, where) {
    if (!Array.isArray(value))
        throw wrong(where, "an array", value);
    return value;
}
export function asString(value, where) {
    if (typeof value !== "string")
        throw wrong(where, "a string", value);
    return value;
}
/** A string or absent (`null` counts as absent, as CCF writes unset optionals in the classic maps). */
export function optString(value, where) {
    return value === undefined || value === null ? undefined : asString(value, where);
}
export function asCount(value, where) {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
        throw wrong(where, "a non-negative integer", value);
    return value;
}
export function optCount(value, where) {
    return value === undefined || value === null ? undefined : asCount(value, where);
}
export function optBoolean(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== "boolean")
        throw wrong(where, "true or false", value);
    return value;
}
export function oneOf(value, where, allowed) {
    if (typeof value !== "string")
        throw wrong(where, `one of ${allowed.join(", ")}`, value);
    if (!allowed.includes(value)) {
        throw new NodeReplyError({ problem: `${where} is '${value.slice(0, 40)}' (expected one of ${allowed.join(", ")})` });
    }
    return value;
}
/** A member, proposal or node id: 64 hex characters. */
export function asId(value, where) {
    if (typeof value !== "string")
        throw wrong(where, "a 64-hex-character id", value);
    if (!/^[0-9a-fA-F]{64}$/.test(value))
        throw new NodeReplyError({ problem: `${where} is not a 64-hex-character id` });
    return value;
}
/** A transaction id `<view>.<seqno>`. */
export function asTransactionId(value, where) {
    if (typeof value !== "string")
        throw wrong(where, "a transaction id <view>.<seqno>", value);
    if (!/^\d{1,20}\.\d{1,20}$/.test(value))
        throw new NodeReplyError({ problem: `${where} is not a transaction id <view>.<seqno>` });
    return value;
}
/** A map `{key: value}` with every value shaped by `shape`. */
export function asMap(value, where, shape) {
    const out = {};
    for (const [k, v] of Object.entries(asRecord(value, where)))
        out[k] = shape(v, `${where}["${k.slice(0, 70)}"]`);
    return out;
}
export const MEMBER_STATUSES = ["Accepted", "Active"];
export const RECOVERY_ROLES = ["NonParticipant", "Participant", "Owner"];
export const PROPOSAL_STATES = ["Open", "Accepted", "Withdrawn", "Rejected", "Failed", "Dropped"];
export const SERVICE_STATUSES = ["Opening", "Open", "WaitingForRecoveryShares", "Recovering"];
export const NODE_STATUSES = ["Pending", "Trusted", "Retired"];
export const TRANSACTION_STATUSES = ["Unknown", "Pending", "Committed", "Invalid"];
export function asVotes(value, where) {
    if (value === undefined || value === null)
        return undefined;
    return asMap(value, where, (v, w) => {
        if (typeof v !== "boolean")
            throw wrong(w, "true or false", v);
        return v;
    });
}
/** `{reason, trace?}` (a proposal's or a ballot's failure), the same in both flavours. */
export function parseFailure(value, where) {
    if (value === undefined || value === null)
        return undefined;
    const f = asRecord(value, where);
    const trace = optString(f.trace, `${where}.trace`);
    return { reason: asString(f.reason, `${where}.reason`), ...(trace !== undefined ? { trace } : {}) };
}
export function parseFailures(value, where) {
    if (value === undefined || value === null)
        return undefined;
    return asMap(value, where, (v, w) => parseFailure(v, w) ?? { reason: "" });
}
