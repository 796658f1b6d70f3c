import type { Io } from "../io.js";
import { addMemberUsage, runAddMember } from "../online/add-member-command.js";

export const usage = addMemberUsage(false);

export function run(argv: string[], io: Io): Promise<number> {
  return runAddMember(argv, io, false);
}
