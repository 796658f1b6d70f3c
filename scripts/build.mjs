// Builds dist/: the package (tsc: JavaScript + declarations for core, sandbox, cli, provider, actions)
// and the GitHub Action bundle (esbuild: dist/index.js, one self-contained ESM file for node24).
// Deterministic: CI rebuilds and fails when the committed dist/ differs.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });

const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit", cwd: root });
chmodSync(join(dist, "cli", "main.js"), 0o755);

const actionEntry = join(root, "actions", "main.ts");
if (existsSync(actionEntry)) {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [actionEntry],
    outfile: join(dist, "index.js"),
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
