/** The connection settings every face takes from its user (flags, action inputs, resource properties). */
import { quoteValue, typeName } from "../text/input-value.js";
import { InputError } from "../errors.js";
import { API_FLAVOURS, type ApiChoice } from "./model.js";

/** A node URL must be an https origin (`https://host:port`): no path, query, fragment or credentials. Returns the origin. */
export function nodeOrigin(url: string, input: string): string {
  if (typeof url !== "string") throw new InputError(input, `must be a URL (https://host:port), got ${typeName(url)}`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(input, `${quoteValue(url, 300)} is not a URL (expected https://host:port)`);
  }
  // Credentials are never echoed: the URL is shown by its origin only when it carries any.
  if (parsed.username || parsed.password) throw new InputError(input, `'${parsed.origin}' must not carry credentials (user:password@)`);
  if (parsed.protocol !== "https:") throw new InputError(input, `${quoteValue(url, 300)} must use https:// (CCF nodes only speak TLS)`);
  if ((parsed.pathname !== "/" && parsed.pathname !== "") || parsed.search || parsed.hash) {
    throw new InputError(input, `${quoteValue(url, 300)} must be a node's origin only (https://host:port, no path)`);
  }
  return parsed.origin;
}

/** `auto` or one of the API flavours. */
export function parseApiChoice(value: string, input: string): ApiChoice {
  if (value !== "auto" && !(API_FLAVOURS as readonly string[]).includes(value)) {
    throw new InputError(input, `${quoteValue(value, 40)} is not one of auto, ${API_FLAVOURS.join(", ")}`);
  }
  return value as ApiChoice;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * A duration as people write it: `500ms`, `60s`, `2m`, `1h` or plain seconds (`90`). Returns ms; anything
 * else (zero, negative, no number, another unit, over a day) is an InputError naming `input`.
 */
export function parseDuration(value: string, input: string): number {
  if (typeof value !== "string") throw new InputError(input, `must be a duration such as 60s or 2m (got ${typeName(value)})`);
  const m = /^\s*(\d{1,9}(?:\.\d{1,3})?)\s*(ms|s|m|h)?\s*$/.exec(value);
  const ms = m ? Math.round(Number(m[1]) * UNIT_MS[m[2] ?? "s"]!) : NaN;
  if (!m || !(ms > 0) || ms > 86_400_000) {
    throw new InputError(input, `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}' is not a duration (e.g. 500ms, 60s, 2m; more than 0, at most 24h)`);
  }
  return ms;
}
