import { println, type Io } from "../io.js";
import type { ProgressEvent, ProgressListener } from "../../core/flows/progress.js";

/** Where a command's result goes: text for people, or one JSON document for scripts. */
export interface Output {
  json: boolean;
  /** Human mode: a line on stdout. Ignored with --json. */
  line(text?: string): void;
  /** --json mode: the one document on stdout. Ignored in human mode. */
  document(value: unknown): void;
  /** Progress on stderr (human mode; with --json only the waiting for other members' ballots). */
  progress: ProgressListener;
  /** A note on stderr in human mode. */
  note(text: string): void;
}

export function outputFor(values: Record<string, unknown>, io: Io): Output {
  const json = values.json === true;
  return {
    json,
    line: (text = "") => {
      if (!json) println(io.stdout, text);
    },
    document: (value) => {
      if (json) println(io.stdout, JSON.stringify(value, null, 2));
    },
    progress: (event: ProgressEvent) => {
      if (!json || event.step === "waiting-for-ballots") println(io.stderr, `… ${event.message}`);
    },
    note: (text) => {
      if (!json) println(io.stderr, text);
    },
  };
}
