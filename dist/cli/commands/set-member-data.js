import { CcfConsortiumError } from "../../core/errors.js";
// Placeholder until the command lands; listed so the command table type-checks.
export const usage = "Usage: ccf-consortium set-member-data (not available yet)";
export async function run(_argv, _io) {
    throw new CcfConsortiumError("INTERNAL", "the 'set-member-data' command is not available yet");
}
