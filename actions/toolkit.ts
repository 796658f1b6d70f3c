/**
 * The runner protocol, through @actions/core 3 (inputs from INPUT_<NAME>, outputs as GITHUB_OUTPUT
 * heredocs, `::add-mask::` and annotations, the job summary). One module so the commands name what they
 * use and the secret scrubbing in render.ts has one summary path.
 */
import * as core from "@actions/core";

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

export function info(message: string): void {
  core.info(message);
}

export function debug(message: string): void {
  core.debug(message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  core.notice(message, properties);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  core.warning(message, properties);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  core.error(message, properties);
}

/** Appends markdown to the job summary; false when there is no summary file (not on a runner). */
export async function appendSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  await core.summary.addRaw(markdown, true).write();
  return true;
}
