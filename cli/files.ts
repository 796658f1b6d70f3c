/**
 * Reading the files named on the command line: regular files of at most 1 MiB (core's readInputFile).
 * Every failure is an InputError naming the flag, and the path only when it looks like one: a key pasted
 * in place of a path (`--signing-key="$(cat key.pem)"`) is never echoed.
 */
import { resolve } from "node:path";
import { InputError } from "../core/errors.js";
import { readInputFile as readBoundedFile } from "../core/files/read-input-file.js";
import { inputWithValue, looksLikePath } from "../core/text/input-value.js";
import type { Io } from "./io.js";

/**
 * Reads a file named by a positional argument; failures are InputErrors named by the path when it looks
 * like one, else by `argument` (e.g. "CERT").
 */
export function readInputFile(path: string, cwd: string, argument = "file"): Buffer {
  return readBoundedFile(resolve(cwd, path), { input: looksLikePath(path) ? path : argument, given: path, showValue: false });
}

/** How messages name a positional argument's value: the path itself, or `argument` for a value that is not path-like. */
export function argumentInput(argument: string, path: string): string {
  return looksLikePath(path) ? path : argument;
}

/** Reads a file named by a flag; errors name the flag and, when it looks like a path, the path. */
export function readFlagFile(flag: string, path: string, io: Io): Buffer {
  return readBoundedFile(resolve(io.cwd, path), { input: flag, given: path });
}

/** How messages name a flag and the path given to it: `--cert a.pem`, or just `--cert` for a value that is not path-like. */
export function flagInput(flag: string, path: string): string {
  return inputWithValue(flag, path);
}

/** A flag's text value, or with `@path` the content of that file (like curl's `-d @file`). */
export function inlineOrFile(flag: string, value: string, io: Io): { text: string; input: string } {
  if (!value.startsWith("@")) return { text: value, input: flag };
  const path = value.slice(1);
  if (!path) throw new InputError(flag, "'@' must be followed by a file path");
  return { text: readFlagFile(flag, path, io).toString("utf8"), input: inputWithValue(flag, value) };
}
