import type { ChangeResult } from "../../core/flows/remove-member.js";
/** The human lines for a flow's ChangeResult: done, still Open (needs ballots), or nothing to do. */
export declare function changeLines(result: ChangeResult, text: {
    done: string;
    nothing: string;
}): string[];
