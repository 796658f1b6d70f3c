/**
 * Secret inputs: masked before anything else runs, and remembered so that any text the action writes (an
 * error, a summary, a comment) can be scrubbed as a last line of defence.
 */
import * as core from "./toolkit.js";

/** Inputs that carry secrets. Read and masked first thing, whatever the command. */
export const SECRET_INPUTS = ["signing-key", "key-vault-token", "encryption-key", "github-token"] as const;

const known = new Set<string>();

/** PEM armour and base64 lines too short to be worth masking (they would mask ordinary words). */
function maskableLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 8 && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(l) && !/^[A-Za-z-]+:/.test(l));
}

/** Registers a secret with the runner (whole value, and each non-boilerplate line of a PEM). */
export function maskSecret(value: string): void {
  const v = value.trim();
  if (!v) return;
  core.setSecret(v);
  known.add(v);
  for (const line of maskableLines(v)) {
    if (line === v) continue;
    core.setSecret(line);
    known.add(line);
  }
}

/** Masks every secret input. Returns nothing: inputs are read again where used. */
export function maskSecretInputs(): void {
  for (const name of SECRET_INPUTS) maskSecret(core.getInput(name));
}

/** Replaces any registered secret (or secret line) in `text` with ***. */
export function redact(text: string): string {
  let out = text;
  // Longest first, so a whole PEM is replaced before its lines.
  for (const s of [...known].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join("***");
  return out;
}
