const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
/**
 * Splits PEM text into its blocks, in order. Text between blocks (openssl's "Bag Attributes", comments)
 * is ignored. Never throws and never returns key material in anything but the blocks themselves.
 */
export function pemBlocks(text) {
    const s = typeof text === "string" ? text : text.toString("latin1");
    const blocks = [];
    for (const m of s.matchAll(BLOCK)) {
        const label = m[1];
        const body = m[2].replace(/\r/g, "");
        blocks.push({ label, pem: `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n` });
    }
    return blocks;
}
/** A short description of what a file holds, for error messages (labels only, never content). */
export function describeBlocks(blocks) {
    if (blocks.length === 0)
        return "no PEM block";
    return [...new Set(blocks.map((b) => b.label))].map((l) => `'${l}'`).join(", ");
}
