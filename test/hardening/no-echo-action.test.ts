// Issue 9: the Action's inputs never echo a value that is not path-like (a key pasted into a path input).
// Masking stays the last line of defence; this is the first: the message never holds the value at all.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CcfConsortiumError, generateMemberIdentity } from "../../core/index.js";
import { booleanInput, commandInput, pemOrPathInput } from "../../actions/inputs.js";
import { manifestFromInputs } from "../../actions/manifest.js";
import { pemBodyLines } from "../core/identity/helpers.js";

const ws = mkdtempSync(join(tmpdir(), "ccf-action-no-echo-"));
let key = "";
beforeAll(async () => {
  key = (await generateMemberIdentity({ name: "alice" })).privateKeyPem;
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith("INPUT_")) delete process.env[k];
});

function expectNoEcho(fn: () => unknown, input: string): void {
  let message = "";
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CcfConsortiumError);
    message = (err as Error).message;
  }
  expect(message.startsWith(`${input}: `)).toBe(true);
  expect(message).not.toContain("\n");
  for (const line of pemBodyLines(key)) expect(message).not.toContain(line);
  expect(message).not.toContain("PRIVATE KEY");
}

describe("action inputs given a private key where a path or word is expected", () => {
  it("manifest", () => {
    process.env.INPUT_MANIFEST = key;
    expectNoEcho(() => manifestFromInputs("plan", ws), "manifest");
  });
  it("a path-or-PEM input given a key body without armour", () => {
    process.env["INPUT_SERVICE-CERT"] = pemBodyLines(key).join("\n");
    expectNoEcho(() => pemOrPathInput("service-cert", "plan", ws), "service-cert");
  });
  it("command and boolean inputs", () => {
    process.env.INPUT_COMMAND = key;
    expectNoEcho(() => commandInput(), "command");
    process.env.INPUT_COMMENT = key;
    expectNoEcho(() => booleanInput("comment"), "comment");
  });
});
