// The action bundle under Node 24, the runtime `runs.using: node24` gives it on GitHub's runners.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { actionSuite } from "./suite.js";
import { NODE24, ROOT, runtimes } from "./harness.js";

it("the Node 24 runtime is really Node 24", () => {
  if (!existsSync(NODE24)) execFileSync(process.execPath, [join(ROOT, "scripts", "ensure-node24.mjs")], { cwd: ROOT, stdio: "inherit" });
  expect(execFileSync(NODE24, ["--version"], { encoding: "utf8" })).toMatch(/^v24\./);
});

actionSuite(runtimes()[1]!);
