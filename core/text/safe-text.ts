/**
 * Text that came from a node, a manifest or a pull request, made safe to print, annotate or put in
 * Markdown: terminal escape sequences and control characters replaced, bidi overrides removed, length
 * capped. One place, used by the CLI's output, the Action's annotations/summaries/comments, the provider's
 * messages and the client's error messages. Linear time, no regular expressions.
 */

/** Default cap for one message or field of untrusted text. */
export const MAX_SAFE_TEXT = 2000;

const REPLACEMENT = "\uFFFD";

export interface SafeTextOptions {
  /** Longest result, in UTF-16 code units, before "…" (default MAX_SAFE_TEXT). */
  max?: number;
  /** Keep `\n` (and `\t`) as they are; otherwise they become a space. Default false. */
  keepNewlines?: boolean;
}

function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c;
}

/**
 * Replaces every escape sequence (ESC, CSI, OSC, ... up to its terminator) by one U+FFFD, other C0/C1
 * control characters and DEL by U+FFFD, drops bidi controls, folds CR/LF/TAB to a space (unless
 * keepNewlines) and caps the length. Printable text, including non-ASCII, passes unchanged.
 */
export function safeText(text: unknown, options: SafeTextOptions = {}): string {
  const max = Math.max(1, options.max ?? MAX_SAFE_TEXT);
  let s = typeof text === "string" ? text : printable(text);
  // Only what can be shown is scanned: a huge input costs no more than a short one.
  const truncated = s.length > max;
  if (truncated) s = s.slice(0, max);
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || (c > 0x9f && !isBidiControl(c))) i++;
    else break;
  }
  const clean = i === n ? s : rewrite(s, i, options.keepNewlines === true);
  return truncated || clean.length > max ? finish(clean, max) : clean;
}

function printable(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "[unprintable value]";
  }
}

function rewrite(s: string, start: number, keep: boolean): string {
  const parts: string[] = [s.slice(0, start)];
  const n = s.length;
  let runStart = start;
  let i = start;
  while (i < n) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || (c > 0x9f && !isBidiControl(c))) {
      i++;
      continue;
    }
    if (i > runStart) parts.push(s.slice(runStart, i));
    if (c === 0x0a || c === 0x09 || c === 0x0d) {
      if (keep && c !== 0x0d) parts.push(s[i]!);
      else if (!(c === 0x0d && s.charCodeAt(i + 1) === 0x0a)) parts.push(keep ? "\n" : " ");
      i++;
    } else if (isBidiControl(c)) {
      i++;
    } else if (c === 0x1b || c === 0x9b || c === 0x9d || c === 0x90) {
      parts.push(REPLACEMENT);
      i = skipEscape(s, i);
    } else {
      parts.push(REPLACEMENT);
      i++;
    }
    runStart = i;
  }
  if (runStart < n) parts.push(s.slice(runStart));
  return parts.join("");
}

/** Index just past the escape sequence starting at `i` (ESC or a C1 introducer). Bounded and linear. */
function skipEscape(s: string, i: number): number {
  const n = s.length;
  let kind: "csi" | "string" | "single";
  const c = s.charCodeAt(i);
  let j = i + 1;
  if (c === 0x9b) kind = "csi";
  else if (c === 0x9d || c === 0x90) kind = "string";
  else {
    const next = s.charCodeAt(j);
    if (next === 0x5b /* [ */) kind = "csi";
    else if (next === 0x5d /* ] */ || next === 0x50 /* P */ || next === 0x5f /* _ */ || next === 0x5e /* ^ */ || next === 0x58 /* X */) kind = "string";
    else kind = "single";
    if (j < n) j++;
  }
  if (kind === "single") return j;
  if (kind === "csi") {
    // Parameters and intermediates (0x20-0x3f), then one final byte (0x40-0x7e).
    while (j < n) {
      const d = s.charCodeAt(j);
      if (d >= 0x40 && d <= 0x7e) return j + 1;
      if (d < 0x20 || d > 0x3f) return j;
      j++;
    }
    return j;
  }
  // OSC/DCS/...: up to BEL, ST (ESC \) or the C1 ST; stops at a newline so one bad byte cannot eat the rest.
  while (j < n) {
    const d = s.charCodeAt(j);
    if (d === 0x07 || d === 0x9c) return j + 1;
    if (d === 0x1b) return s.charCodeAt(j + 1) === 0x5c ? j + 2 : j;
    if (d === 0x0a) return j;
    j++;
  }
  return j;
}

function finish(s: string, max: number): string {
  let cut = Math.max(0, max - 1);
  // Do not split a surrogate pair.
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${s.slice(0, cut)}…`;
}

/**
 * Untrusted text as inline Markdown (a table cell, a list item, a comment line): safeText on one line,
 * then every character Markdown or HTML gives meaning to is escaped, and `@` cannot mention anyone.
 */
export function safeMarkdown(text: unknown, options: { max?: number } = {}): string {
  const s = safeText(text, { max: options.max ?? MAX_SAFE_TEXT });
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    switch (ch) {
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      case "&":
        out += "&amp;";
        break;
      case "@":
        out += "&#64;";
        break;
      case "\\":
      case "`":
      case "*":
      case "_":
      case "[":
      case "]":
      case "#":
      case "|":
      case "~":
        out += `\\${ch}`;
        break;
      default:
        out += ch;
    }
  }
  return out;
}
