/**
 * Reading action inputs: `core.getInput` (INPUT_<NAME>, hyphens kept), turned into typed values. Every problem
 * is an InputError naming the input; secret values are never echoed.
 */
import { isAbsolute, resolve } from "node:path";
import * as core from "./toolkit.js";
import { InputError } from "../core/errors.js";
import { readInputFile } from "../core/files/read-input-file.js";
import { looksLikePath } from "../core/text/input-value.js";
import { nodeOrigin } from "../core/client/connection-inputs.js";

export const COMMANDS = ["plan", "apply", "vote", "ack", "sign", "status", "submit-share"] as const;
export type CommandName = (typeof COMMANDS)[number];

export function input(name: string): string {
  return core.getInput(name).trim();
}

export function requiredInput(name: string, command: string): string {
  const v = input(name);
  if (!v) throw new InputError(name, `is required by the '${command}' command`);
  return v;
}

export function commandInput(): CommandName {
  const v = input("command");
  if (!v) throw new InputError("command", `is required: one of ${COMMANDS.join(", ")}`);
  if (!(COMMANDS as readonly string[]).includes(v)) throw new InputError("command", `${looksLikePath(v) ? `'${v}'` : "the value given"} is not a command; use one of ${COMMANDS.join(", ")}`);
  return v as CommandName;
}

export function booleanInput(name: string): boolean {
  const v = input(name).toLowerCase();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  throw new InputError(name, `must be 'true' or 'false'${looksLikePath(v) ? ` (got '${v}')` : ""}`);
}

/** One or several node URLs separated by newlines, commas or spaces; each an https origin. */
export function nodeUrlsInput(command: string): string[] {
  const raw = requiredInput("node-url", command);
  const urls = raw.split(/[\s,]+/).filter(Boolean);
  for (const u of urls) nodeOrigin(u, "node-url");
  return urls;
}

/** A PEM given inline, or a path (relative to the workspace) to a PEM file (at most 1 MiB). Not for secrets. */
export function pemOrPathInput(name: string, command: string, workspace: string): string {
  const v = requiredInput(name, command);
  if (v.includes("-----BEGIN")) return v.endsWith("\n") ? v : `${v}\n`;
  const path = isAbsolute(v) ? v : resolve(workspace, v);
  return readInputFile(path, { input: name, given: v, instead: "PEM text or the path of a PEM file" }).toString("utf8");
}

/** A secret PEM (private key): must be inline (from a secret), never a path; never echoed. */
export function secretPemInput(name: string): string {
  const v = input(name);
  if (!v) return "";
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(v)) {
    throw new InputError(name, "must be a PEM private key passed from a secret (e.g. `${{ secrets.CCF_MEMBER_KEY }}`); the value given is not one");
  }
  return v.endsWith("\n") ? v : `${v}\n`;
}

/** A file path inside the workspace. */
export function pathInput(name: string, command: string, workspace: string, fallback?: string): string {
  const v = input(name) || fallback;
  if (!v) throw new InputError(name, `is required by the '${command}' command`);
  return isAbsolute(v) ? v : resolve(workspace, v);
}
