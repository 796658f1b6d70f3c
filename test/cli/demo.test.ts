/**
 * `npm start` = `node dist/cli/main.cjs demo`: the seed end to end on an embedded sandbox, no flags. Runs
 * the BUILT bin (`npm run build` first).
 */
import { runCliAsync, type CliResult } from "../helpers/cli.js";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

function demo(args: string[] = []): Promise<CliResult> {
  return runCliAsync(["demo", ...args]);
}

describe("ccf-consortium demo (npm start)", () => {
  it("adds a recovery member step by step and ends with it Active holding a recovery share; exit 0, temp dir removed", async () => {
    const r = await demo();
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = r.stdout;
    // Seven numbered steps, in order.
    const steps = [...out.matchAll(/^\[(\d)\/7\] (.*)$/gm)].map((m) => Number(m[1]));
    expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The HTTP calls each step made, with ids shortened (12 hex digits and an ellipsis).
    expect(out).toMatch(/^ {6}→ POST \/gov\/members\/state-digests\/[0-9a-f]{12}…:update$/m);
    expect(out).toMatch(/^ {6}→ POST \/gov\/members\/state-digests\/[0-9a-f]{12}…:ack$/m);
    expect(out).toMatch(/^ {6}→ POST \/gov\/members\/proposals:create$/m);
    expect(out).toMatch(/^ {6}→ POST \/gov\/members\/proposals\/[0-9a-f]{12}…\/ballots\/[0-9a-f]{12}…:submit$/m);
    expect(out).toMatch(/^ {6}→ GET \/gov\/recovery\/encrypted-shares\/[0-9a-f]{12}…$/m);
    expect(out).not.toMatch(/[0-9a-f]{64}/);
    // The members table: the new member Active with its share issued, the initial one too.
    expect(out).toContain("Service Open (API 2024-07-01, recovery threshold 1): 2 members\n");
    expect(out).toMatch(/^MEMBER ID {2,}NAME {2,}STATUS {2,}RECOVERY ROLE {2,}RECOVERY SHARE$/m);
    expect(out).toMatch(/^[0-9a-f]{12}… {2,}alice {2,}Active {2,}Participant {2,}issued$/m);
    expect(out).toMatch(/^[0-9a-f]{12}… {2,}- {2,}Active {2,}Participant {2,}issued$/m);
    // No key material on screen.
    expect(out).not.toMatch(/PRIVATE KEY|BEGIN/);
    // The sandbox's folder (keys, state) is gone.
    const dir = /^ {6}state and keys in (\S+) \(removed at the end\)$/m.exec(out)?.[1];
    expect(dir).toBeDefined();
    expect(existsSync(dir!)).toBe(false);
    expect(out).toMatch(/^Done in \d+\.\d s: \d+ HTTP requests; sandbox closed, \S+ removed\.$/m);
  });

  it("on the CCF 4.x profile (preview API only) the same walkthrough succeeds", async () => {
    const r = await demo(["--ccf-version", "4"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Service Open (API 2023-06-01-preview, recovery threshold 1): 2 members\n");
    expect(r.stdout).toMatch(/^[0-9a-f]{12}… {2,}alice {2,}Active {2,}Participant {2,}issued$/m);
  });
});
