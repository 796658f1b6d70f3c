// The package installs as users install it before it is published, from this repository, offline-capable
// (everything from the local npm cache that `npm ci` filled; the network only for what it lacks):
// - `npm pack` + `npm install <tarball>` into another project;
// - `npm install git+file://<this checkout>` (what `npm install github:OWNER/ccf-consortium` does): npm clones
//   HEAD, installs its dev dependencies, runs `prepare` (the build) and installs the packed result. npm 11
//   runs a git dependency's `prepare` only when the consumer approves it: `allowScripts` in its package.json
//   (what `npm install-scripts approve` writes).
// Each gives a working `npx ccf-consortium --help` and `import("ccf-consortium/provider")` (with the
// @pulumi/pulumi peer a Pulumi program has).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; devDependencies: Record<string, string> };
const PULUMI = `@pulumi/pulumi@${pkg.devDependencies["@pulumi/pulumi"]}`;

/** npm as a user runs it: none of the npm_* settings of an enclosing `npm test` (its cache location kept). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) || /^npm_config_(cache|userconfig|registry)$/i.test(k)) env[k] = v;
  return env;
}

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, env: cleanEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 32 << 20 });
}

const npmInstall = (cwd: string, ...specs: string[]) => run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...specs], cwd);

function consumer(dir: string, extra: Record<string, unknown> = {}): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", ...extra }, null, 2));
  return dir;
}

function works(project: string): void {
  const help = run("npx", ["--offline", "ccf-consortium", "--help"], project);
  expect(help).toMatch(/^Usage: ccf-consortium <command> \[options\]/);
  // A command through the bin: its bundle (dist/cli/commands/) and a vendored library (dist/cli/vendor/) are in the package.
  const keygen = run("npx", ["--offline", "ccf-consortium", "keygen", "--name", "installed", "--out", join(project, "keys")], project);
  expect(keygen).toMatch(/Member id \(secp384r1\): [0-9a-f]{64}/);
  expect(existsSync(join(project, "keys", "installed_cert.pem"))).toBe(true);
  const provider = run(process.execPath, ["--input-type=module", "-e", 'const m = await import("ccf-consortium/provider"); console.log(Object.keys(m).sort().join(","))'], project);
  expect(provider.trim().split(",")).toEqual(expect.arrayContaining(["Member", "MemberIdentity"]));
  const core = run(process.execPath, ["--input-type=module", "-e", 'const m = await import("ccf-consortium"); console.log(typeof m.azureKeyVaultSigner, typeof m.signGovernanceMessage)'], project);
  expect(core.trim()).toBe("function function");
}

describe("installing the package into another project", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "ccf-install-"));
  });
  // Two installed projects (Pulumi included): removing them takes a while on a loaded machine.
  afterAll(() => rm(tmp, { recursive: true, force: true }), 300_000);

  it("npm pack + npm install <tarball>", () => {
    // The suite has just built dist/ (`npm test` builds first): pack it as is, without rebuilding under the other tests.
    const [packed] = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], root)) as { filename: string }[];
    const project = consumer(join(tmp, "from-tarball"));
    npmInstall(project, join(tmp, packed!.filename), PULUMI);
    expect(JSON.parse(readFileSync(join(project, "node_modules", "ccf-consortium", "package.json"), "utf8")).version).toBe(pkg.version);
    works(project);
  }, 300_000);

  it.skipIf(!existsSync(join(root, ".git")))("npm install git+file://<checkout> with the consumer's allowScripts approval (prepare builds it)", () => {
    const spec = `git+file://${root}`;
    const project = consumer(join(tmp, "from-git"), { allowScripts: { [spec]: true } });
    npmInstall(project, spec, PULUMI);
    const installed = join(project, "node_modules", "ccf-consortium");
    // Built by `prepare` in npm's clone: none of it comes from git.
    expect(existsSync(join(installed, "dist", "cli", "main.cjs"))).toBe(true);
    expect(existsSync(join(installed, "dist", "provider", "index.d.ts"))).toBe(true);
    works(project);
  }, 600_000);
});
