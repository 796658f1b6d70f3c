/**
 * The GitHub Action's entry (bundled into dist/index.js). Masks every secret input before anything else,
 * then runs one command. Failures become one annotation whose title names what failed; user mistakes name
 * the input; no stack traces, and no secret can reach the message (it is scrubbed).
 */
import * as core from "./toolkit.js";
import { CcfConsortiumError, isUserError } from "../core/errors.js";
import { commandInput, type CommandName } from "./inputs.js";
import { maskSecretInputs, redact } from "./secrets.js";
import { runContext } from "./event.js";
import { GateError } from "./gates.js";
import type { Command } from "./commands/command.js";

const COMMANDS: Record<CommandName, () => Promise<{ run: Command }>> = {
  plan: () => import("./commands/plan.js"),
  apply: () => import("./commands/apply.js"),
  vote: () => import("./commands/vote.js"),
  ack: () => import("./commands/ack.js"),
  sign: () => import("./commands/sign.js"),
  status: () => import("./commands/status.js"),
  "submit-share": () => import("./commands/submit-share.js"),
};

export async function run(): Promise<void> {
  maskSecretInputs();
  let command: string = "action";
  try {
    const name = commandInput();
    command = name;
    const mod = await COMMANDS[name]();
    await mod.run({ command: name, run: runContext() });
  } catch (err) {
    fail(command, err);
  }
}

function fail(command: string, err: unknown): void {
  process.exitCode = core.ExitCode.Failure;
  if (err instanceof GateError && err.reported) return;
  const message = redact(err instanceof Error ? err.message : String(err));
  let title: string;
  if (err instanceof GateError) title = `ccf-consortium ${command}: gate '${err.gate}' failed`;
  else if (isUserError(err)) title = `ccf-consortium ${command}: invalid input '${err.input}'`;
  else if (err instanceof CcfConsortiumError) title = `ccf-consortium ${command}: ${err.code}`;
  else title = `ccf-consortium ${command}: unexpected error`;
  core.error(message, { title });
  if (!(err instanceof CcfConsortiumError) && process.env.CCF_CONSORTIUM_DEBUG && err instanceof Error) {
    core.debug(redact(err.stack ?? ""));
  }
}

await run();
