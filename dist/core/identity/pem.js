import { InputError } from "../errors.js";
import { typeName } from "../text/input-value.js";
const BEGIN = "-----BEGIN ";
const DASHES = "-----";
/**
 * Splits PEM text into its blocks, in order. Text between blocks (openssl's "Bag Attributes", comments)
 * is ignored. Never throws and never returns key material in anything but the blocks themselves.
 *
 * A hand-written line scanner, linear in the input (no backtracking regular expression: a lazy
 * `[\s\S]*?` took tens of seconds on a megabyte of repeated BEGIN lines). A BEGIN line ends with
 * `-----BEGIN LABEL-----` (LABEL: A-Z, 0-9, spaces); the block ends at the first line that ends with
 * `-----END LABEL-----` for the same label; a new BEGIN line before that END starts over (a block never
 * nests). CR LF line endings are accepted and normalized to LF.
 */
export function pemBlocks(text) {
    const s = typeof text === "string" ? text : text instanceof Uint8Array ? Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("latin1") : "";
    const blocks = [];
    let label;
    let endTag = "";
    let body = [];
    let pos = 0;
    const n = s.length;
    while (pos <= n) {
        let eol = s.indexOf("\n", pos);
        if (eol === -1)
            eol = n;
        let line = s.slice(pos, eol);
        pos = eol + 1;
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        const trimmed = line.trimEnd();
        if (label !== undefined && trimmed.endsWith(endTag)) {
            const before = trimmed.slice(0, trimmed.length - endTag.length);
            if (before.trim())
                body.push(before);
            blocks.push({ label, pem: `${BEGIN}${label}${DASHES}\n${body.map((l) => `${l}\n`).join("")}-----END ${label}${DASHES}\n` });
            label = undefined;
            body = [];
            continue;
        }
        const begun = beginLabel(trimmed);
        if (begun !== undefined) {
            label = begun;
            endTag = `-----END ${begun}${DASHES}`;
            body = [];
        }
        else if (label !== undefined)
            body.push(line);
    }
    return blocks;
}
/** The label of a line ending in `-----BEGIN LABEL-----`, else undefined. Linear in the line. */
function beginLabel(line) {
    if (!line.endsWith(DASHES))
        return undefined;
    const at = line.lastIndexOf(BEGIN);
    if (at === -1)
        return undefined;
    const end = line.length - DASHES.length;
    const start = at + BEGIN.length;
    if (end <= start)
        return undefined;
    for (let i = start; i < end; i++) {
        const c = line.charCodeAt(i);
        if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x20))
            return undefined;
    }
    return line.slice(start, end);
}
/**
 * PEM input as text, or an InputError naming `input` for anything else (a number, an object, ...). Bytes
 * (Buffer, Uint8Array) are read as latin1, which keeps every byte.
 */
export function pemText(pem, input) {
    if (typeof pem === "string")
        return pem;
    if (pem instanceof Uint8Array)
        return Buffer.from(pem.buffer, pem.byteOffset, pem.byteLength).toString("latin1");
    throw new InputError(input, `must be PEM text (got ${typeName(pem)})`);
}
/** A short description of what a file holds, for error messages (labels only, never content). */
export function describeBlocks(blocks) {
    if (blocks.length === 0)
        return "no PEM block";
    const labels = [...new Set(blocks.map((b) => b.label))];
    const shown = labels.slice(0, 5).map((l) => `'${l.length > 40 ? `${l.slice(0, 40)}…` : l}'`);
    return labels.length > 5 ? `${shown.join(", ")} and ${labels.length - 5} other label(s)` : shown.join(", ");
}
