/** Running the BUILT CLI (`npm run build` first), as users do: `node dist/cli/main.cjs ...`. */
import { execFile, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const CLI_MAIN = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "cli", "main.cjs");

/** Without the debug switch a failure is one line, as users see it. */
const ENV = { ...process.env, CCF_CONSORTIUM_DEBUG: "" };

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd` and waits; stdout as bytes (sign/finish write binary). */
export function runCli(args: string[], cwd: string, input?: Buffer | string): { code: number; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [CLI_MAIN, ...args], { cwd, input, env: ENV });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString() };
}

/** Runs the CLI in `cwd` and waits; stdout as text. */
export function runCliText(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [CLI_MAIN, ...args], { cwd, encoding: "utf8", env: ENV });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI asynchronously (needed when a sandbox serves from this process: never spawnSync then). */
export function runCliAsync(args: string[], cwd?: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI_MAIN, ...args], { cwd, encoding: "utf8", env: ENV }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}
