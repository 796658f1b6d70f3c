// `npm pack` → the tarball installed in a separate project's node_modules (unpacked there as npm does,
// with its runtime dependencies linked from this checkout: no registry, no network) → a TypeScript
// program typechecks against `ccf-consortium/provider`, and the provider host, started in that project,
// resolves the package by name from the serialized provider and runs it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProviderHost, urnOf } from "./provider-host.js";
import { serializeProviders } from "./serialized.js";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };

function npm(args: string[], cwd: string): string {
  const cli = process.env.npm_execpath;
  return cli?.endsWith(".js") ? execFileSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" }) : execFileSync("npm", args, { cwd, encoding: "utf8" });
}

describe("the packed package, installed in another project", () => {
  let tmp: string;
  let project: string;
  let files: string[];
  let entry: string;
  let identity: string;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "ccf-pack-"));
    const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", tmp], root)) as { filename: string; files: { path: string }[] }[];
    files = packed!.files.map((f) => f.path);
    project = join(tmp, "project");
    const installed = join(project, "node_modules", "ccf-consortium");
    mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", join(tmp, packed!.filename), "-C", installed, "--strip-components=1"]);
    // The declared runtime dependencies and the peer, nothing else (a missing dependency must fail).
    for (const dep of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]) {
      mkdirSync(join(project, "node_modules", dep, ".."), { recursive: true });
      symlinkSync(join(root, "node_modules", dep), join(project, "node_modules", dep), "dir");
    }
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-stack", private: true, type: "module" }));
    entry = pathToFileURL(join(installed, "dist", "provider", "index.js")).href;
    ({ identity } = serializeProviders({ entry }));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("ships the provider's JavaScript and declarations, and no tests or keys", () => {
    for (const f of ["dist/provider/index.js", "dist/provider/index.d.ts", "dist/provider/member.d.ts", "dist/provider/member-operations.js", "dist/core/index.js"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("provider/") || /\.pem$/.test(f))).toEqual([]);
  });

  it("typechecks a Pulumi program importing ccf-consortium/provider", () => {
    writeFileSync(
      join(project, "index.ts"),
      [
        'import { Member, MemberIdentity, type MemberArgs } from "ccf-consortium/provider";',
        'const id = new MemberIdentity("m", { name: "m", curve: "secp256r1" });',
        "const args: MemberArgs = {",
        '  connection: { nodeUrls: ["https://127.0.0.1:1"], serviceCertificate: "PEM" },',
        "  certificate: id.certificate,",
        '  proposer: { certificate: "PEM", privateKey: "PEM" },',
        "  activation: { privateKey: id.privateKey },",
        "};",
        'export const member = new Member("m", args);',
        "export const status: import(\"@pulumi/pulumi\").Output<string> = member.status;",
        "// @ts-expect-error certificate is required",
        'new Member("bad", { connection: args.connection, proposer: args.proposer });',
      ].join("\n"),
    );
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ["index.ts"] }));
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    expect(() => execFileSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" })).not.toThrow();
  });

  it("runs in the provider host started in that project, resolved by package name", async () => {
    expect(identity).toContain(`FALLBACK_ENTRY: "${entry}"`);
    // Prove the name is what resolves: the captured fallback points nowhere.
    const byName = identity.replace(entry, "file:///nonexistent/ccf-consortium/dist/provider/index.js");
    const host = await startProviderHost({ cwd: project });
    try {
      const urn = urnOf("m", "pulumi-nodejs:dynamic/ccf:MemberIdentity");
      const { inputs, failures } = await host.check(urn, {}, { __provider: byName, name: "packed" });
      expect(failures).toEqual([]);
      const { id, props } = await host.create(urn, inputs);
      expect(props.memberId).toBe(id);
      expect(props.certificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    } finally {
      await host.close();
    }
  });

  it("falls back to the captured module URL when the host runs outside the project", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "ccf-elsewhere-"));
    const host = await startProviderHost({ cwd: elsewhere });
    try {
      const { failures } = await host.check(urnOf("m", "pulumi-nodejs:dynamic/ccf:MemberIdentity"), {}, { __provider: identity, name: "" });
      expect(failures).toEqual([{ property: "name", reason: "is required" }]);
    } finally {
      await host.close();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
