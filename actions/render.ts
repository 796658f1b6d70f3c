/** Markdown for summaries and comments. Cells are escaped so data from a manifest cannot break a table. */
import * as core from "./toolkit.js";
import { redact } from "./secrets.js";

export function cell(value: unknown): string {
  const s = value === undefined || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\r?\n/g, "<br>");
}

/** A GitHub-flavoured markdown table; rows are already-rendered cells (use `cell()` for raw data). */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n") + "\n";
}

export function code(value: string): string {
  return `\`${value.replace(/`/g, "'")}\``;
}

export function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 12)}…` : id;
}

/** Appends markdown to the job summary (scrubbed of secrets). No-op when not on a runner. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.appendSummary(redact(markdown));
}
