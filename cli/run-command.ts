import type { CommandModule } from "./commands.js";
import { println, type Io } from "./io.js";
import { CcfConsortiumError, isUserError } from "../core/errors.js";
import { safeText } from "../core/text/safe-text.js";

const PROGRAM = "ccf-consortium";

/**
 * Runs a loaded command and turns what it throws into an exit code and one line (or, with --json, one
 * JSON document): 2 for a user mistake, 1 for any other failure. The built CLI bundles each command with
 * its own copy of this function and of core's error classes (dist/cli/commands/<name>.cjs), so the
 * `instanceof` checks here run next to the classes the command threw.
 */
export async function runCommand(name: string, mod: CommandModule, rest: string[], io: Io): Promise<number> {
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      println(io.stdout, mod.usage);
      return 0;
    }
    return await mod.run(rest, io);
  } catch (err) {
    // --json: the error is the one document on stdout (and the line on stderr, for people watching).
    const json = rest.includes("--json");
    const report = (code: string, raw: string) => {
      const message = safeText(raw);
      println(io.stderr, `${PROGRAM} ${name}: ${message}`);
      if (json) println(io.stdout, JSON.stringify({ error: { code, message } }, null, 2));
    };
    if (isUserError(err)) {
      report(err.code, err.message);
      return 2;
    }
    if (err instanceof CcfConsortiumError) {
      report(err.code, err.message);
      return 1;
    }
    const e = err as Error;
    report("INTERNAL", `unexpected error: ${e?.message ?? String(err)}`);
    if (io.env.CCF_CONSORTIUM_DEBUG) println(io.stderr, e?.stack ?? "");
    return 1;
  }
}
