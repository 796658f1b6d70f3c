// Builds dist/: the library (tsc: JavaScript + declarations for core, sandbox, provider: the package's
// exports), the CLI (esbuild: dist/cli/main.cjs and one CommonJS bundle per command, see buildCli) and the
// GitHub Action (esbuild: dist/index.js, an ES module for node24, and the chunks it loads on demand in
// dist/action/). Deterministic: CI rebuilds and fails when the committed dist/index.js or dist/action/ differ. The output is built in a scratch
// folder and then synced into dist/ file by file (atomic renames, stale files removed), so a build never
// leaves dist/ half-written under a test that is reading it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, relative } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Bundled CommonJS dependencies call require() for Node built-ins.
const REQUIRE_SHIM = "import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);";

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

/**
 * Libraries the CLI loads from dist/cli/vendor/ on first use, not inlined into every command bundle, with
 * what each vendor module re-exports (`export *` leaves a default export out).
 */
const VENDORED = {
  "@peculiar/x509": "export * from '@peculiar/x509';",
  "reflect-metadata": "import 'reflect-metadata';",
  "@azure/keyvault-keys": "export * from '@azure/keyvault-keys';",
  "@azure/identity": "export * from '@azure/identity';",
  "quickjs-emscripten-core": "export * from 'quickjs-emscripten-core';",
  "@jitl/quickjs-singlefile-mjs-release-sync": "export { default } from '@jitl/quickjs-singlefile-mjs-release-sync';",
};

const dist = join(root, "dist");
const scratch = join(root, ".tmp", `build-${process.pid}`);
rmSync(scratch, { recursive: true, force: true });

try {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", scratch], { stdio: "inherit", cwd: root });
  const esbuild = await import("esbuild");
  await buildCli(esbuild, join(scratch, "cli"));
  const actionEntry = join(root, "actions", "main.ts");
  if (existsSync(actionEntry)) {
    // The Action: dist/index.js and the chunks it loads on demand (dist/action/), split at every dynamic
    // import (each command is one), so a run loads the entry, the toolkit and its command's code.
    await esbuild.build({
      entryPoints: { index: actionEntry },
      outdir: scratch,
      bundle: true,
      splitting: true,
      chunkNames: "action/[name]-[hash]",
      platform: "node",
      format: "esm",
      target: "node20",
      legalComments: "none",
      logLevel: "warning",
      plugins: [lazyOidc],
      banner: { js: REQUIRE_SHIM },
    });
  }
  sync(scratch, dist);

/**
 * The CLI, as CommonJS (Node's CommonJS loader starts a short process in a fraction of what its ES module
 * loader costs): dist/cli/main.cjs, the dispatcher, and one self-contained bundle per command,
 * dist/cli/commands/<name>.cjs, required only when that command runs. Large libraries that only some paths
 * need (X.509 generation, Azure, the QuickJS engine) are not inlined: they are ES module bundles in
 * dist/cli/vendor/, imported on first use (and @noble/curves a CommonJS one, required where it is needed).
 */
async function buildCli(esbuild, out) {
  const common = { bundle: true, platform: "node", target: "node20", legalComments: "none", logLevel: "warning", mainFields: ["module", "main"] };
  const cjs = {
    ...common,
    format: "cjs",
    // Our sources use import.meta.url (main.ts); a CommonJS file has __filename.
    define: { "import.meta.url": "__ccfImportMetaUrl" },
    banner: { js: "const __ccfImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
  // cli/commands.ts names each command's module; in the dispatcher that becomes a require of its bundle.
  const commandBundles = {
    name: "command-bundles",
    setup(build) {
      build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) => {
        if (args.importer !== join(root, "cli", "commands.ts")) return undefined;
        return { path: args.path.slice("./commands/".length, -".js".length), namespace: "command-bundle" };
      });
      build.onLoad({ filter: /.*/, namespace: "command-bundle" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./commands/${args.path}.cjs`)});`, loader: "js" }));
      build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    },
  };
  await esbuild.build({ ...cjs, entryPoints: { main: join(root, "cli", "main.ts") }, outfile: join(out, "main.cjs"), plugins: [commandBundles] });
  chmodSync(join(out, "main.cjs"), 0o755);

  const vendorDir = join(root, ".tmp", `vendor-entries-${process.pid}`);
  const vendored = new Map(Object.keys(VENDORED).map((pkg) => [pkg, pkg.replace(/^@/, "").replace(/[^a-z0-9]+/gi, "-")]));
  const vendor = {
    name: "vendor",
    setup(build) {
      build.onResolve({ filter: /^[@a-z]/ }, (args) => {
        const file = vendored.get(args.path);
        if (file === undefined) return undefined;
        if (args.kind !== "dynamic-import") return { errors: [{ text: `${args.path} is vendored (dist/cli/vendor/) and must be imported dynamically, not with '${args.kind}'` }] };
        return { path: `../vendor/${file}.mjs`, external: true };
      });
      // Required where it is imported, which for most commands is inside code evaluated on first use.
      build.onResolve({ filter: /^@noble\/curves\/nist$/ }, () => ({ path: "../vendor/noble-curves-nist.cjs", external: true }));
    },
  };
  const commandsDir = join(root, "cli", "commands");
  const names = readdirSync(commandsDir).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort();
  await esbuild.build({
    ...cjs,
    // Each bundle: the command, and the runner that reports its errors (with the same error classes).
    entryPoints: Object.fromEntries(names.map((n) => [n, `command-entry:${n}`])),
    outdir: join(out, "commands"),
    outExtension: { ".js": ".cjs" },
    plugins: [
      {
        name: "command-entry",
        setup(build) {
          build.onResolve({ filter: /^command-entry:/ }, (args) => ({ path: args.path.slice("command-entry:".length), namespace: "command-entry" }));
          build.onLoad({ filter: /.*/, namespace: "command-entry" }, (args) => ({
            resolveDir: root,
            loader: "ts",
            contents: `export { usage, run } from "./cli/commands/${args.path}.js";\nexport { runCommand } from "./cli/run-command.js";\n`,
          }));
        },
      },
      vendor,
    ],
  });
  mkdirSync(vendorDir, { recursive: true });
  try {
    const entries = {};
    for (const [pkg, file] of vendored) {
      const entry = join(vendorDir, `${file}.mjs`);
      writeFileSync(entry, `${VENDORED[pkg]}\n`);
      entries[file] = entry;
    }
    await esbuild.build({
      ...common,
      entryPoints: entries,
      outdir: join(out, "vendor"),
      outExtension: { ".js": ".mjs" },
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      format: "esm",
      nodePaths: [join(root, "node_modules")],
      banner: { js: REQUIRE_SHIM },
    });
    // @noble/curves (receipts' ECDSA over a digest): needed synchronously (receipt verification is sync), so
    // CommonJS, required by the command bundles that reach it, in the code that runs only when it is needed.
    await esbuild.build({ ...common, format: "cjs", stdin: { contents: "export * from '@noble/curves/nist';", resolveDir: root }, outfile: join(out, "vendor", "noble-curves-nist.cjs") });
  } finally {
    rmSync(vendorDir, { recursive: true, force: true });
  }
}
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
