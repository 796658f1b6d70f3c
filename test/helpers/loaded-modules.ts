/**
 * What a run of the BUILT CLI (`npm run build` first) loads, by source module: CommonJS files from the
 * require cache at exit, ES module files (dist/cli/vendor/) from a loader hook (module.register, Node >= 20.6),
 * and each bundle names the modules it holds (esbuild writes `// <path>` before each one). A module is
 * listed once it is in a loaded file.
 * Node's own modules loaded by the end of the run are listed too (process.moduleLoadList).
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CLI_MAIN } from "./cli.js";

const HOOKS = `import { writeSync } from "node:fs";
export async function load(url, context, next) { if (url.startsWith("file:")) writeSync(2, "LOADED " + url + "\\n"); return next(url, context); }`;
const PRELOAD = `import { register, createRequire } from "node:module"; import { writeSync } from "node:fs"; import { pathToFileURL } from "node:url";
register("data:text/javascript,${encodeURIComponent(HOOKS)}");
const cache = createRequire(process.cwd() + "/").cache;
process.on("exit", () => {
  for (const f of Object.keys(cache)) writeSync(2, "LOADED " + pathToFileURL(f).href + "\\n");
  for (const m of process.moduleLoadList) if (m.startsWith("NativeModule ")) writeSync(2, "BUILTIN " + m.slice(13) + "\\n");
});`;

export interface LoadedModules {
  code: number | null;
  stdout: string;
  /** Standard error without the report lines. */
  stderr: string;
  /** Files loaded, relative to dist/ (e.g. `cli/main.cjs`, `cli/commands/ack.cjs`). */
  files: string[];
  /** Source modules in those files, as the bundle names them (`core/errors.ts`, `node_modules/undici/lib/...`). */
  modules: string[];
  /** Node's built-in modules, internal ones included (`tls`, `internal/deps/undici/undici`, ...). */
  builtins: string[];
}

/** Runs the CLI (asynchronously: a sandbox may be serving from this process) and reports what it loaded. */
export function loadedModules(args: string[], cwd: string): Promise<LoadedModules> {
  return new Promise((done) => {
    execFile(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(PRELOAD)}`, CLI_MAIN, ...args], { cwd, encoding: "utf8" }, (err, stdout, stderr) => {
      const lines = stderr.split("\n");
      const paths = [...new Set(lines.filter((l) => l.startsWith("LOADED ")).map((l) => fileURLToPath(l.slice(7))))];
      const modules = new Set<string>();
      for (const path of paths) {
        for (const m of readFileSync(path, "utf8").matchAll(/^\/\/ ((?:node_modules\/)?[\w@.-]+(?:\/[\w@.-]+)*\.[cm]?[jt]s)$/gm)) modules.add(m[1]!);
      }
      done({
        code: err ? ((err as { code?: unknown }).code as number | null) ?? null : 0,
        stdout,
        stderr: lines.filter((l) => !l.startsWith("LOADED ") && !l.startsWith("BUILTIN ")).join("\n"),
        files: paths.map((p) => relative(resolve("dist"), p)).sort(),
        modules: [...modules].sort(),
        builtins: lines.filter((l) => l.startsWith("BUILTIN ")).map((l) => l.slice(8)),
      });
    });
  });
}
