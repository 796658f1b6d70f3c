/**
 * The runner protocol the action speaks, written to the same bytes as @actions/core 3 (checked against it in
 * test/actions/toolkit.test.ts): inputs from INPUT_<NAME>, outputs as GITHUB_OUTPUT heredocs with a random
 * delimiter, workflow commands (`::add-mask::`, `::error title=…::`) with the toolkit's escaping, and the
 * job summary appended to GITHUB_STEP_SUMMARY. Why not import @actions/core: its entry statically loads
 * @actions/http-client (for OIDC, unused here) with a second copy of undici — 790 KB of bundle and ~35 ms of
 * start-up on every run.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";

export const ExitCode = { Success: 0, Failure: 1 } as const;

export interface AnnotationProperties {
  title?: string;
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return "";
  return typeof input === "string" ? input : JSON.stringify(input);
}

function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: unknown): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `::command k=v,…::message` on stdout. */
export function issueCommand(command: string, properties: Record<string, string | undefined>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(",");
  process.stdout.write(`::${command}${props ? ` ${props}` : ""}::${escapeData(message)}${EOL}`);
}

/** INPUT_<NAME> (spaces → `_`, upper-cased, hyphens kept), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
}

export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || "";
  if (!file) {
    process.stdout.write(EOL);
    issueCommand("set-output", { name }, toCommandValue(value));
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: "utf8" });
}

/** Registers a value the runner must mask in every log line. */
export function setSecret(secret: string): void {
  issueCommand("add-mask", {}, secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand("debug", {}, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand("warning", { title: properties.title }, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand("error", { title: properties.title }, message);
}

/** Appends markdown (and a newline) to the job summary; false when there is no summary file (not on a runner). */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown + EOL, { encoding: "utf8" });
  return true;
}
