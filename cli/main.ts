#!/usr/bin/env node
import module from "node:module";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { commands, type CommandEntry } from "./commands.js";
import { processIo, println, type Io } from "./io.js";
import { CcfConsortiumError, isUserError } from "../core/errors.js";
import { looksLikePath } from "../core/text/input-value.js";
import { safeText } from "../core/text/safe-text.js";

const PROGRAM = "ccf-consortium";

// Node 22.1+ keeps the compiled code of the command chunks on disk between runs; Node 20 has no such
// cache (a no-op there). Before any command is imported.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

function help(): string {
  const lines = [`Usage: ${PROGRAM} <command> [options]`, ""];
  const groups = [...new Set(commands.map((c) => c.group))];
  for (const group of groups) {
    lines.push(`${group}:`);
    for (const c of commands.filter((c) => c.group === group)) lines.push(`  ${c.name.padEnd(16)} ${c.summary}`);
    lines.push("");
  }
  lines.push(`Run '${PROGRAM} <command> --help' for a command's options.`);
  return lines.join("\n");
}

/** Runs one command line; returns the exit code. 2 = bad input, 1 = failure. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    println(io.stdout, help());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    const { createRequire } = await import("node:module");
    println(io.stdout, createRequire(import.meta.url)("../../package.json").version);
    return 0;
  }
  const entry: CommandEntry | undefined = commands.find((c) => c.name === name);
  if (!entry) {
    println(io.stderr, `${PROGRAM}: unknown command${looksLikePath(name) ? ` '${name}'` : " (not shown)"}. Run '${PROGRAM} --help' for the list.`);
    return 2;
  }
  try {
    const mod = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      println(io.stdout, mod.usage);
      return 0;
    }
    return await mod.run(rest, io);
  } catch (err) {
    if (isUserError(err)) {
      println(io.stderr, `${PROGRAM} ${name}: ${safeText(err.message)}`);
      return 2;
    }
    if (err instanceof CcfConsortiumError) {
      println(io.stderr, `${PROGRAM} ${name}: ${safeText(err.message)}`);
      return 1;
    }
    const e = err as Error;
    println(io.stderr, `${PROGRAM} ${name}: unexpected error: ${safeText(e?.message ?? String(err))}`);
    if (io.env.CCF_CONSORTIUM_DEBUG) println(io.stderr, e?.stack ?? "");
    return 1;
  }
}

// Run when executed directly (the bin, possibly through a symlink), not when imported by tests.
function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}
if (invokedDirectly()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`${PROGRAM}: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
