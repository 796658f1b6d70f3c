import type { Io } from "../io.js";
export declare function addMemberUsage(vote: boolean): string;
/** propose-member (vote = false: no ballots) and add-member (vote = true). */
export declare function runAddMember(argv: string[], io: Io, vote: boolean): Promise<number>;
