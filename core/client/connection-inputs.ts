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
