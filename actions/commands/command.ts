import type { CommandName } from "../inputs.js";
import type { RunContext } from "../event.js";

export interface CommandContext {
  command: CommandName;
  run: RunContext;
}

export type Command = (ctx: CommandContext) => Promise<void>;
