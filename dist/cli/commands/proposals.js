import { CcfConsortiumError } from "../../core/errors.js";
// Placeholder until the command lands; listed so the command table type-checks.
export const usage = "Usage: ccf-consortium proposals (not available yet)";
export async function run(_argv, _io) {
    throw new CcfConsortiumError("INTERNAL", "the 'proposals' command is not available yet");
}
