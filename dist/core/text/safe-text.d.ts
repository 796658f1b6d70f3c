/**
 * Text that came from a node, a manifest or a pull request, made safe to print, annotate or put in
 * Markdown: terminal escape sequences and control characters replaced, bidi overrides removed, length
 * capped. One place, used by the CLI's output, the Action's annotations/summaries/comments, the provider's
 * messages and the client's error messages. Linear time, no regular expressions.
 */
/** Default cap for one message or field of untrusted text. */
export declare const MAX_SAFE_TEXT = 2000;
export interface SafeTextOptions {
    /** Longest result, in UTF-16 code units, before "…" (default MAX_SAFE_TEXT). */
    max?: number;
    /** Keep `\n` (and `\t`) as they are; otherwise they become a space. Default false. */
    keepNewlines?: boolean;
}
/**
 * Replaces every escape sequence (ESC, CSI, OSC, ... up to its terminator) by one U+FFFD, other C0/C1
 * control characters and DEL by U+FFFD, drops bidi controls, folds CR/LF/TAB to a space (unless
 * keepNewlines) and caps the length. Printable text, including non-ASCII, passes unchanged.
 */
export declare function safeText(text: unknown, options?: SafeTextOptions): string;
/**
 * Untrusted text as inline Markdown (a table cell, a list item, a comment line): safeText on one line,
 * then every character Markdown or HTML gives meaning to is escaped, and `@` cannot mention anyone.
 */
export declare function safeMarkdown(text: unknown, options?: {
    max?: number;
}): string;
