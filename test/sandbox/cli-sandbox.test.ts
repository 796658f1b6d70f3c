/**
 * `ccf-consortium sandbox` through the built bin: files written into DIR, URL and member ids printed,
 * a clean stop (exit 0) on SIGINT and SIGTERM, bad flags → one line and exit code 2. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "./helpers.js";

const BIN = join(process.cwd(), "dist/cli/main.cjs");

function startCli(args: string[]): { child: ChildProcess; ready: Promise<string>; exit: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, [BIN, "sandbox", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const check = () => {
      if (out.includes("Press Ctrl-C to stop.")) resolve(out);
    };
    child.stdout!.on("data", check);
    void exit.then((code) => reject(new Error(`sandbox exited early (${code}): ${out}${err}`)));
  });
  return { child, ready, exit, output: () => out + err };
}

describe("ccf-consortium sandbox", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cli-sandbox-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the service and member files, prints URL and member ids, serves, and stops with exit 0 on SIGINT", async () => {
    const run = startCli(["--dir", dir, "--members", "2", "--recovery-members", "1", "--ccf-version", "7"]);
    const out = await run.ready;
    const url = /at (https:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    const ids = [...out.matchAll(/^member(\d) ([0-9a-f]{64}) Accepted/gm)].map((m) => m[2]);
    expect(ids).toHaveLength(2);
    expect(out).toContain("(recovery member)");
    for (const file of ["member0_privk.pem", "member0_enc_privk.pem", "member1_privk.pem", "state.json"]) {
      expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
    }
    for (const file of ["member0_cert.pem", "member0_enc_pubk.pem", "member1_cert.pem"]) expect(statSync(join(dir, file)).isFile()).toBe(true);
    const serviceCert = readFileSync(join(dir, "service_cert.pem"), "utf8");
    const client = new Client(url, serviceCert);
    const info = await client.get("/gov/service/info?api-version=2024-07-01");
    expect(info.json.certificate).toBe(serviceCert);
    const members = await client.get("/gov/service/members?api-version=2024-07-01");
    expect(members.json.value.map((m: { memberId: string }) => m.memberId).sort()).toEqual([...ids].sort());
    client.close();
    run.child.kill("SIGINT");
    expect(await run.exit).toBe(0);
    expect(run.output()).toContain("sandbox stopped");
  });

  it("resumes the same DIR (same members) and stops with exit 0 on SIGTERM", async () => {
    const run = startCli(["--dir", dir]);
    const out = await run.ready;
    expect([...out.matchAll(/^member\d [0-9a-f]{64}/gm)]).toHaveLength(2);
    expect(out).toContain("CCF 7.x");
    run.child.kill("SIGTERM");
    expect(await run.exit).toBe(0);
  });

  it("bad flags: one line naming the flag, exit code 2", () => {
    const bad = spawnSync(process.execPath, [BIN, "sandbox", "--dir", dir, "--ccf-version", "9"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("ccf-consortium sandbox: --ccf-version: must be from 4 to 7 (got 9)");
    const missing = spawnSync(process.execPath, [BIN, "sandbox"], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe("ccf-consortium sandbox: --dir: is required");
    const more = spawnSync(process.execPath, [BIN, "sandbox", "--dir", dir, "--members", "1", "--recovery-members", "2"], { encoding: "utf8" });
    expect(more.status).toBe(2);
    expect(more.stderr.trim()).toBe("ccf-consortium sandbox: --recovery-members: must not exceed --members (2 > 1)");
  });
});
