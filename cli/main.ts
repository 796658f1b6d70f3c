#!/usr/bin/env node
import module from "node:module";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { commands, type CommandEntry } from "./commands.js";
import { processIo, println, type Io } from "./io.js";
import { runCommand } from "./run-command.js";
import { looksLikePath } from "../core/text/input-value.js";
import { safeText } from "../core/text/safe-text.js";

const PROGRAM = "ccf-consortium";

const EXIT_CODES = `Exit codes:
  0  done: the service is as asked (or nothing was needed)
  1  failed: the node, the network or a proposal failed (Rejected, Failed, Dropped, Withdrawn), or the
     change would be refused
  2  bad input: a flag, file or value is wrong (the message names it)
  3  pending: a proposal made or adopted by this command is Open and waits for other members' ballots
     (the output names who has not voted; run the command again, or add --wait DURATION)
With --json, standard output holds exactly one JSON document, errors included:
  {"error": {"code": "...", "message": "..."}}`;

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
  lines.push(EXIT_CODES, "");
  lines.push(`Run '${PROGRAM} <command> --help' for a command's options.`);
  return lines.join("\n");
}

/** Runs one command line; returns the exit code: 0 done, 1 failed, 2 bad input, 3 pending. */
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
    const message = `unknown command${looksLikePath(name) ? ` '${name}'` : " (not shown)"}. Run '${PROGRAM} --help' for the list.`;
    println(io.stderr, `${PROGRAM}: ${message}`);
    if (rest.includes("--json")) println(io.stdout, JSON.stringify({ error: { code: "INVALID_INPUT", message } }, null, 2));
    return 2;
  }
  let mod: Awaited<ReturnType<CommandEntry["load"]>>;
  try {
    mod = await entry.load();
  } catch (err) {
    const message = `could not load the command (${safeText((err as Error)?.message ?? String(err), { max: 300 })})`;
    println(io.stderr, `${PROGRAM} ${name}: ${message}`);
    if (rest.includes("--json")) println(io.stdout, JSON.stringify({ error: { code: "INTERNAL", message } }, null, 2));
    return 1;
  }
  // A built command brings its own runner (see cli/run-command.ts); from the sources there is one copy.
  return (mod.runCommand ?? runCommand)(name, mod, rest, io);
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
