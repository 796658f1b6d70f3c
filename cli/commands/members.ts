import type { Io } from "../io.js";
import { CcfConsortiumError } from "../../core/errors.js";

// Placeholder until the command lands; listed so the command table type-checks.
export const usage = "Usage: ccf-consortium members (not available yet)";

export async function run(_argv: string[], _io: Io): Promise<number> {
  throw new CcfConsortiumError("INTERNAL", "the 'members' command is not available yet");
}
