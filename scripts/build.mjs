// Builds dist/: the library (tsc: JavaScript + declarations for core, sandbox, provider: the package's
// exports), the CLI (esbuild: dist/cli/main.js, one entry plus per-command chunks loaded on demand, so a
// command loads a few files instead of resolving hundreds) and the GitHub Action bundle (esbuild:
// dist/index.js, one self-contained ESM file for node24).
// Deterministic: CI rebuilds and fails when the committed dist/ differs. The output is built in a scratch
// folder and then synced into dist/ file by file (atomic renames, stale files removed), so a build never
// leaves dist/ half-written under a test that is reading it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, relative } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Bundled CommonJS dependencies call require() for Node built-ins.
const REQUIRE_SHIM = "import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);";

// cbor-x's "node" entry probes for the optional native cbor-extract addon on start (detect-libc,
// node-gyp-build: a dozen files and a libc probe); its plain entry is the same decoder without the probe,
// and our messages are a few hundred bytes.
const plainCborX = {
  name: "plain-cbor-x",
  setup(build) {
    build.onResolve({ filter: /^cbor-x$/ }, () => ({ path: join(root, "node_modules", "cbor-x", "index.js") }));
  },
};

// @actions/core imports its OIDC client (getIDToken) at the top, and with it @actions/http-client and a
// whole undici 6 (fetch, WebSocket, a proxy tunnel): ~60 ms of every action start, for a function the action
// never calls. Here it is loaded on its first call instead: same class, same behaviour, evaluated lazily.
const lazyOidc = {
  name: "lazy-oidc",
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib$/.test(args.resolveDir)) return undefined;
      // A path relative to the root: esbuild prints a namespaced module's path into the bundle, and the
      // committed bundle must not depend on where the checkout lives.
      return { path: relative(root, join(args.resolveDir, "oidc-utils.js")), namespace: "lazy-oidc" };
    });
    build.onLoad({ filter: /.*/, namespace: "lazy-oidc" }, (args) => ({
      resolveDir: dirname(join(root, args.path)),
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient } = await import(${JSON.stringify(join(root, args.path))});
    return OidcClient.getIDToken(audience);
  }
}`,
    }));
  },
};

const dist = join(root, "dist");
const scratch = join(root, ".tmp", `build-${process.pid}`);
rmSync(scratch, { recursive: true, force: true });

try {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", scratch], { stdio: "inherit", cwd: root });
  const esbuild = await import("esbuild");
  // The CLI: cli/main.ts bundled with its npm dependencies, split at every dynamic import (each command
  // is one), so `ccf-consortium ack` reads main.js and the chunks ack needs, nothing else.
  await esbuild.build({
    entryPoints: { main: join(root, "cli", "main.ts") },
    outdir: join(scratch, "cli"),
    bundle: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
    // ES module builds first (@peculiar/x509's): a CommonJS package imported dynamically would become a
    // chunk with only a default export, where Node gives named exports.
    mainFields: ["module", "main"],
    plugins: [plainCborX],
    banner: { js: REQUIRE_SHIM },
  });
  chmodSync(join(scratch, "cli", "main.js"), 0o755);

  const actionEntry = join(root, "actions", "main.ts");
  if (existsSync(actionEntry)) {
    await esbuild.build({
      entryPoints: [actionEntry],
      outfile: join(scratch, "index.js"),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      legalComments: "none",
      logLevel: "warning",
      plugins: [lazyOidc, plainCborX],
      banner: { js: REQUIRE_SHIM },
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
