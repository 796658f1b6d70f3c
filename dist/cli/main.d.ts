#!/usr/bin/env node
import { type Io } from "./io.js";
/** Runs one command line; returns the exit code. 2 = bad input, 1 = failure. */
export declare function main(argv: string[], io?: Io): Promise<number>;
