/**
 * Naming the value given to an input without echoing it. A flag or field that should hold a file path may
 * have been given the secret itself (`--signing-key="$(cat key.pem)"`): such a value is never shown. A
 * value is shown only when it looks like a path: short, one line, printable, no PEM armour.
 */

/** Longest value shown as a path (longer paths are named by their input only). */
export const MAX_SHOWN_PATH = 256;

const PEM_ARMOUR = "-----BEGIN ";

/** True when `value` can be shown in a message as a file path: short, one line, printable, not PEM. */
export function looksLikePath(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_SHOWN_PATH) return false;
  if (value.includes("-----")) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // C0 controls (newlines included), DEL, C1 controls, bidi overrides and isolates.
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return false;
  }
  return true;
}

/** True when `value` holds PEM armour (a certificate or key given where a path was expected). */
export function looksLikePem(value: unknown): boolean {
  return typeof value === "string" && value.includes(PEM_ARMOUR);
}

/**
 * How a message names the value given to `input`: `"--cert certs/a.pem"` when the value looks like a path,
 * else just `"--cert"` (the value is never echoed).
 */
export function inputWithValue(input: string, value: unknown): string {
  return looksLikePath(value) ? `${input} ${value}` : input;
}

/**
 * What is wrong with a value that was meant to name a readable file, without echoing it: for a value that
 * is not path-like, says what it looks like and what to pass instead (`instead` defaults to "a file path").
 */
export function notAFileProblem(value: unknown, why: string, instead = "a file path"): string {
  if (looksLikePath(value)) return why;
  if (looksLikePem(value)) return `is not a readable file (the value given looks like PEM: pass ${instead}, not the PEM itself)`;
  if (typeof value !== "string") return `is not a readable file (expected ${instead}, got ${typeName(value)})`;
  return `is not a readable file (the value given is not a plausible file path: pass ${instead})`;
}

/**
 * A value for a message: `'value'` when it is a short, path-like string (no secret can look like that),
 * else a description that never shows it (`a number`, `a value that is not shown`).
 */
export function quoteValue(value: unknown, max = 100): string {
  if (typeof value === "string") return looksLikePath(value) && value.length <= max ? `'${value}'` : "a value that is not shown";
  return typeName(value);
}

/** A value's type for messages (`a number`, `null`, `a list`, ...), never its content. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "bytes";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
    case "bigint":
      return "a number";
    case "boolean":
      return "a boolean";
    case "undefined":
      return "nothing";
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}
