// actions/toolkit.ts speaks the runner protocol byte for byte like @actions/core 3 (the reference it replaces
// in the bundle): same commands, same escaping, same GITHUB_OUTPUT heredocs, same input lookup.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as reference from "@actions/core";
import { afterAll, describe, expect, it } from "vitest";
import * as toolkit from "../../actions/toolkit.js";

const dir = mkdtempSync(join(tmpdir(), "toolkit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stdoutOf(fn: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join("");
}

const MESSAGES = ["plain", "50% done\r\nnext line", "a:b,c::d", "", "-----BEGIN PRIVATE KEY-----\nMIG2AgEA\n-----END PRIVATE KEY-----\n"];
const TITLES = [undefined, "ccf-consortium ack: gate 'constitution' failed", "x,y:z%\n"];

describe("toolkit vs @actions/core", () => {
  it("annotations, masks, info and debug are the same bytes", () => {
    for (const m of MESSAGES) {
      for (const title of TITLES) {
        const props = title === undefined ? {} : { title };
        expect(stdoutOf(() => toolkit.error(m, props))).toBe(stdoutOf(() => reference.error(m, props)));
        expect(stdoutOf(() => toolkit.warning(m, props))).toBe(stdoutOf(() => reference.warning(m, props)));
      }
      expect(stdoutOf(() => toolkit.setSecret(m))).toBe(stdoutOf(() => reference.setSecret(m)));
      expect(stdoutOf(() => toolkit.info(m))).toBe(stdoutOf(() => reference.info(m)));
      expect(stdoutOf(() => toolkit.debug(m))).toBe(stdoutOf(() => reference.debug(m)));
    }
    expect(toolkit.ExitCode).toEqual({ Success: reference.ExitCode.Success, Failure: reference.ExitCode.Failure });
  });

  it("GITHUB_OUTPUT heredocs are the same (up to the random delimiter)", () => {
    const mine = join(dir, "out-mine");
    const theirs = join(dir, "out-theirs");
    writeFileSync(mine, "");
    writeFileSync(theirs, "");
    const saved = process.env.GITHUB_OUTPUT;
    try {
      for (const [name, value] of [["plan", '{"a":1}'], ["multi", "line 1\nline 2\r\n"], ["empty", ""], ["proposal-id", "ab".repeat(32)]] as const) {
        process.env.GITHUB_OUTPUT = mine;
        toolkit.setOutput(name, value);
        process.env.GITHUB_OUTPUT = theirs;
        reference.setOutput(name, value);
      }
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
    }
    const norm = (f: string) => readFileSync(f, "utf8").replace(/ghadelimiter_[0-9a-f-]{36}/g, "DELIM");
    expect(norm(mine)).toBe(norm(theirs));
    expect(readFileSync(mine, "utf8")).toMatch(/^plan<<ghadelimiter_[0-9a-f-]{36}\n\{"a":1\}\nghadelimiter_/);
  });

  it("inputs are looked up the same way (hyphens kept, spaces → _, trimmed)", () => {
    process.env["INPUT_NODE-URL"] = "  https://a:1\nhttps://b:2 \n";
    process.env["INPUT_SOME_NAME"] = "x";
    try {
      for (const name of ["node-url", "some name", "missing"]) expect(toolkit.getInput(name)).toBe(reference.getInput(name));
    } finally {
      delete process.env["INPUT_NODE-URL"];
      delete process.env["INPUT_SOME_NAME"];
    }
  });
});
