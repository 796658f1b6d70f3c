import { InputError, typedError } from "../errors.js";
import { typeName } from "../text/input-value.js";
import type { ProposalBody } from "../client/model.js";

/**
 * Canonical text of a proposal body for comparison: keys sorted, PEM strings with CRLF→LF and surrounding
 * whitespace trimmed (the same certificate written by two tools compares equal). Not what is sent — the
 * bytes sent are the caller's own.
 */
export function canonicalProposal(body: ProposalBody | string | Uint8Array): string {
  let value: unknown = body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"));
    } catch {
      throw new InputError("proposal", "is not valid JSON");
    }
  }
  try {
    return JSON.stringify(normalize(value)) ?? "null";
  } catch (err) {
    throw typedError(err, "proposal", "cannot be compared (a value JSON cannot hold, a cycle, or nesting too deep)");
  }
}

/** True when two proposal bodies hold the same actions with the same arguments (see canonicalProposal). */
export function sameProposal(a: ProposalBody | string | Uint8Array, b: ProposalBody | string | Uint8Array): boolean {
  try {
    return canonicalProposal(a) === canonicalProposal(b);
  } catch {
    return false;
  }
}

/** Deep equality of JSON values with the same normalization. */
export function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(normalize(a ?? null)) === JSON.stringify(normalize(b ?? null));
  } catch (err) {
    throw typedError(err, "value", "cannot be compared (a value JSON cannot hold, a cycle, or nesting too deep)");
  }
}

function normalize(value: unknown): unknown {
  if (typeof value === "string") return value.includes("-----BEGIN ") ? normalizePem(value) : value;
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, normalize((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** PEM text normalized for comparison: LF line endings, no surrounding whitespace. */
export function normalizePem(pem: string): string {
  if (typeof pem !== "string") throw new InputError("pem", `must be PEM text (got ${typeName(pem)})`);
  return pem.replace(/\r\n?/g, "\n").trim();
}
