/**
 * Markdown for summaries and comments. Data from a manifest, a node or a pull request goes through core's
 * safeMarkdown (control characters and escapes replaced, Markdown/HTML escaped, mentions neutralized,
 * length capped), so it cannot break a table, inject HTML or links, or ping anyone.
 */
import * as core from "./toolkit.js";
import { redact } from "./secrets.js";
import { safeMarkdown, safeText } from "../core/text/safe-text.js";

/** Longest table cell (a member name, member data) shown. */
const MAX_CELL = 300;

export function cell(value: unknown): string {
  const s = value === undefined || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);
  return safeMarkdown(s ?? "", { max: MAX_CELL });
}

/** Untrusted text (an error message, a node's reason) as inline Markdown, scrubbed of secrets. */
export function text(value: string): string {
  return safeMarkdown(redact(value));
}

/** A whole Markdown body before it is published: secrets scrubbed, control characters replaced. */
export function safeBody(markdown: string): string {
  return safeText(redact(markdown), { keepNewlines: true, max: Number.MAX_SAFE_INTEGER });
}

/** A GitHub-flavoured markdown table; rows are already-rendered cells (use `cell()` for raw data). */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n") + "\n";
}

export function code(value: string): string {
  return `\`${safeText(value, { max: MAX_CELL }).replace(/`/g, "'")}\``;
}

export function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 12)}…` : id;
}

/** Appends markdown to the job summary (scrubbed of secrets). No-op when not on a runner. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.appendSummary(safeBody(markdown));
}
