import { addMemberUsage, runAddMember } from "../online/add-member-command.js";
export const usage = addMemberUsage(false);
export function run(argv, io) {
    return runAddMember(argv, io, false);
}
