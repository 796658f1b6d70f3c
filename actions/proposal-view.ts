/** Showing a proposal's actions (as submitted) without ever printing PEM bodies in full. */
import { X509Certificate } from "node:crypto";
import { memberIdOf } from "../core/identity/index.js";
import { cell, code, markdownTable } from "./render.js";

function summarizeArg(key: string, value: unknown): string {
  if (typeof value === "string" && value.includes("-----BEGIN CERTIFICATE-----")) {
    try {
      const c = new X509Certificate(value);
      return `${key}: certificate ${c.subject.replace(/\n/g, ", ")} (member id ${memberIdOf(c)})`;
    } catch {
      return `${key}: (unparseable certificate)`;
    }
  }
  if (typeof value === "string" && value.includes("-----BEGIN PUBLIC KEY-----")) return `${key}: RSA public key`;
  return `${key}: ${JSON.stringify(value)}`;
}

/** A table of `{"actions":[{name,args}]}`; anything else is shown as a code block. */
export function renderActions(body: Buffer | Uint8Array | undefined): string {
  if (!body) return "_The proposal's actions could not be read._\n";
  const text = Buffer.from(body).toString("utf8");
  let parsed: { actions?: { name?: unknown; args?: Record<string, unknown> }[] };
  try {
    parsed = JSON.parse(text);
  } catch {
    return "```\n" + text.slice(0, 4000) + "\n```\n";
  }
  const actions = Array.isArray(parsed.actions) ? parsed.actions : [];
  return markdownTable(
    ["#", "Action", "Arguments"],
    actions.map((a, i) => [
      String(i + 1),
      code(String(a.name)),
      cell(Object.entries(a.args ?? {}).map(([k, v]) => summarizeArg(k, v)).join("\n")),
    ]),
  );
}
