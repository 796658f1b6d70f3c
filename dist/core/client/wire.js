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
export function asRecord(value, what) {
    if (!value || typeof value !== "object" || Array.isArray(value))
        throw new TypeError(`unexpected ${what} from the node: not a JSON object`);
    return value;
}
export function str(value) {
    return typeof value === "string" ? value : undefined;
}
/** `{reason, trace?}` (a proposal's or a ballot's failure), the same in both flavours. */
export function parseFailure(value) {
    if (!value || typeof value !== "object")
        return undefined;
    const f = value;
    return { reason: String(f.reason ?? ""), ...(str(f.trace) ? { trace: str(f.trace) } : {}) };
}
export function parseFailures(value) {
    if (!value || typeof value !== "object")
        return undefined;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, parseFailure(v) ?? { reason: "" }]));
}
