import type { Io } from "../io.js";
export declare const usage = "Usage: ccf-consortium add-member (not available yet)";
export declare function run(_argv: string[], _io: Io): Promise<number>;
