/**
 * The runner protocol, through @actions/core 3 (inputs from INPUT_<NAME>, outputs as GITHUB_OUTPUT
 * heredocs, `::add-mask::` and annotations, the job summary). One module so the commands name what they
 * use and the secret scrubbing in render.ts has one summary path.
 */
import * as core from "@actions/core";
import { safeText } from "../core/text/safe-text.js";

export const ExitCode = core.ExitCode;

export interface AnnotationProperties {
  title?: string;
}

/** INPUT_<NAME>, trimmed; "" when unset (required inputs are checked by inputs.ts with a clear message). */
export function getInput(name: string): string {
  return core.getInput(name);
}

export function setOutput(name: string, value: unknown): void {
  core.setOutput(name, value);
}

/** Registers a value the runner must mask in every log line. */
export function setSecret(secret: string): void {
  core.setSecret(secret);
}

/** Log lines and annotations carry text from nodes and manifests: control characters and escapes replaced. */
function logText(message: string): string {
  return safeText(message, { keepNewlines: true, max: 8000 });
}

export function info(message: string): void {
  core.info(logText(message));
}

export function debug(message: string): void {
  core.debug(logText(message));
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  core.warning(safeText(message), annotationProperties(properties));
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  core.error(safeText(message), annotationProperties(properties));
}

function annotationProperties(properties: AnnotationProperties): AnnotationProperties {
  return properties.title === undefined ? properties : { ...properties, title: safeText(properties.title, { max: 200 }) };
}

/** Appends markdown to the job summary; false when there is no summary file (not on a runner). */
export async function appendSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  await core.summary.addRaw(markdown, true).write();
  return true;
}
