/** One PEM block: its label (`CERTIFICATE`, `EC PRIVATE KEY`, ...) and the whole armoured text. */
export interface PemBlock {
    label: string;
    pem: string;
}
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
export declare function pemBlocks(text: string | Buffer): PemBlock[];
/**
 * PEM input as text, or an InputError naming `input` for anything else (a number, an object, ...). Bytes
 * (Buffer, Uint8Array) are read as latin1, which keeps every byte.
 */
export declare function pemText(pem: unknown, input: string): string;
/** A short description of what a file holds, for error messages (labels only, never content). */
export declare function describeBlocks(blocks: PemBlock[]): string;
