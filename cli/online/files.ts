import { InputError } from "../../core/errors.js";
import type { Io } from "../io.js";
import { readInputFile } from "../commands/member-id.js";

/** Reads a file named by a flag; errors name the flag and the path (never the content). */
export function readFlagFile(flag: string, path: string, io: Io): Buffer {
  try {
    return readInputFile(path, io.cwd);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${flag} ${path}`, err.message.slice(err.input.length + 2));
    throw err;
  }
}

/** A flag's text value, or with `@path` the content of that file (like curl's `-d @file`). */
export function inlineOrFile(flag: string, value: string, io: Io): { text: string; input: string } {
  if (!value.startsWith("@")) return { text: value, input: flag };
  const path = value.slice(1);
  if (!path) throw new InputError(flag, "'@' must be followed by a file path");
  return { text: readFlagFile(flag, path, io).toString("utf8"), input: `${flag} ${value}` };
}
