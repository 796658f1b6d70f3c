/** One PEM block: its label (`CERTIFICATE`, `EC PRIVATE KEY`, ...) and the whole armoured text. */
export interface PemBlock {
    label: string;
    pem: string;
}
/**
 * Splits PEM text into its blocks, in order. Text between blocks (openssl's "Bag Attributes", comments)
 * is ignored. Never throws and never returns key material in anything but the blocks themselves.
 */
export declare function pemBlocks(text: string | Buffer): PemBlock[];
/** A short description of what a file holds, for error messages (labels only, never content). */
export declare function describeBlocks(blocks: PemBlock[]): string;
