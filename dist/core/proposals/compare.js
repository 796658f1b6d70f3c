/**
 * Canonical text of a proposal body for comparison: keys sorted, PEM strings with CRLF→LF and surrounding
 * whitespace trimmed (the same certificate written by two tools compares equal). Not what is sent — the
 * bytes sent are the caller's own.
 */
export function canonicalProposal(body) {
    const value = typeof body === "string" || body instanceof Uint8Array ? JSON.parse(Buffer.from(body).toString("utf8")) : body;
    return JSON.stringify(normalize(value));
}
/** True when two proposal bodies hold the same actions with the same arguments (see canonicalProposal). */
export function sameProposal(a, b) {
    try {
        return canonicalProposal(a) === canonicalProposal(b);
    }
    catch {
        return false;
    }
}
/** Deep equality of JSON values with the same normalization. */
export function sameJson(a, b) {
    return JSON.stringify(normalize(a ?? null)) === JSON.stringify(normalize(b ?? null));
}
function normalize(value) {
    if (typeof value === "string")
        return value.includes("-----BEGIN ") ? normalizePem(value) : value;
    if (Array.isArray(value))
        return value.map(normalize);
    if (value && typeof value === "object") {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .filter((k) => value[k] !== undefined)
            .map((k) => [k, normalize(value[k])]));
    }
    return value;
}
/** PEM text normalized for comparison: LF line endings, no surrounding whitespace. */
export function normalizePem(pem) {
    return pem.replace(/\r\n?/g, "\n").trim();
}
