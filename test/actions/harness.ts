/**
 * Runs the bundled action (dist/index.js) the way the runner does: a child process with INPUT_* variables
 * (hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, an event payload file, and RUNNER_TEMP.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const BUNDLE = join(ROOT, "dist", "index.js");
export const NODE24 = join(ROOT, "test", "node24", "node_modules", ".bin", "node");

/** The runtimes the tests run the bundle under: this machine's Node and Node 24 (the runner's). */
export function runtimes(): { name: string; bin: string }[] {
  return [
    { name: `node ${process.versions.node}`, bin: process.execPath },
    { name: "node 24", bin: NODE24 },
  ];
}

/**
 * The runner sets every input that has a default in action.yml (INPUT_<NAME>); `${{ github.token }}` is
 * the job's token, given here as `token`.
 */
export function actionDefaults(token: string): Record<string, string> {
  const spec = parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, { default: value }] of Object.entries(spec.inputs)) {
    if (value === undefined) continue;
    out[name] = value === "${{ github.token }}" ? token : String(value);
  }
  return out;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Everything written: stdout + stderr + outputs file + summary file. */
  everything: string;
  runnerTemp: string;
}

export interface RunOptions {
  node: string;
  inputs: Record<string, string | undefined>;
  eventName?: string;
  event?: unknown;
  repository?: string;
  apiUrl?: string;
  workspace?: string;
  env?: Record<string, string>;
  /** The job token (default input of github-token). */
  token?: string;
}

/** Parses the GITHUB_OUTPUT file: `name<<delimiter\nvalue\ndelimiter` blocks (and plain `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated output ${name}`);
      out[name!] = value.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "action-run-"));
  const runnerTemp = join(dir, "runner-temp");
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  const eventFile = join(dir, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  mkdirSync(runnerTemp);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: opts.eventName ?? "workflow_dispatch",
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: opts.repository ?? "contoso/consortium",
    GITHUB_SHA: (opts.event as { after?: string })?.after ?? "0".repeat(40),
    GITHUB_WORKSPACE: opts.workspace ?? dir,
    GITHUB_RUN_ID: "4242",
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_TEMP: runnerTemp,
    ...(opts.apiUrl ? { GITHUB_API_URL: opts.apiUrl } : {}),
    ...opts.env,
  };
  const inputs = { ...actionDefaults(opts.token ?? "ghs_jobtoken0000000000000000000000000000"), ...opts.inputs };
  for (const [k, v] of Object.entries(inputs)) if (v !== undefined) env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(opts.node, [BUNDLE], { env, cwd: opts.workspace ?? dir, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
  const outputsText = readFileSync(outputFile, "utf8");
  const summary = readFileSync(summaryFile, "utf8");
  return {
    code: typeof code === "number" ? code : 1,
    stdout,
    stderr,
    outputs: parseOutputFile(outputsText),
    summary,
    everything: [stdout, stderr, outputsText, summary].join("\n"),
    runnerTemp,
  };
}

/**
 * The lines of a PEM private key that must never appear anywhere (base64 body lines). The runner consumes
 * `::add-mask::` commands and never shows them, so those lines are left out of `log` before scanning.
 */
export function pemBodyLines(pem: string): string[] {
  return pem
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("-----"));
}

export function withoutMaskCommands(text: string): string {
  return text
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
}

export function bundleExists(): boolean {
  return existsSync(BUNDLE);
}
