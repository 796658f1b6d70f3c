// Builds dist/: the package (tsc: JavaScript + declarations for core, sandbox, cli, provider)
// and the GitHub Action bundle (esbuild: dist/index.js, one self-contained ESM file for node24).
// Deterministic: CI rebuilds and fails when the committed dist/ differs. The output is built in a scratch
// folder and then synced into dist/ file by file (atomic renames, stale files removed), so a build never
// leaves dist/ half-written under a test that is reading it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const scratch = join(root, ".tmp", `build-${process.pid}`);
rmSync(scratch, { recursive: true, force: true });

try {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", scratch], { stdio: "inherit", cwd: root });
  chmodSync(join(scratch, "cli", "main.js"), 0o755);

  const actionEntry = join(root, "actions", "main.ts");
  if (existsSync(actionEntry)) {
    const esbuild = await import("esbuild");
    await esbuild.build({
      entryPoints: [actionEntry],
      outfile: join(scratch, "index.js"),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      legalComments: "none",
      logLevel: "warning",
      // Bundled CommonJS dependencies call require() for Node built-ins.
      banner: { js: "import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);" },
    });
  }
  sync(scratch, dist);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile());
}

function sync(from, to) {
  const fresh = new Set(files(from));
  for (const f of files(to)) if (!fresh.has(f)) rmSync(join(to, f));
  for (const f of fresh) {
    const src = join(from, f);
    const dst = join(to, f);
    const bytes = readFileSync(src);
    const mode = statSync(src).mode & 0o777;
    if (existsSync(dst) && readFileSync(dst).equals(bytes) && (statSync(dst).mode & 0o777) === mode) continue;
    mkdirSync(dirname(dst), { recursive: true });
    const tmp = `${dst}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes, { mode });
    chmodSync(tmp, mode);
    renameSync(tmp, dst);
  }
  // Drop folders left empty by removed sources.
  for (const d of readdirSync(to, { recursive: true }).map(String).sort().reverse()) {
    const p = join(to, d);
    if (statSync(p).isDirectory() && readdirSync(p).length === 0) rmSync(p, { recursive: true });
  }
}
