/** The members manifest from the checked-out workspace (at the pull request head on `pull_request`). */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { InputError } from "../core/errors.js";
import { parseManifest, type Manifest } from "../core/flows/index.js";
import { pathInput } from "./inputs.js";

export function manifestFromInputs(command: string, workspace: string): { manifest: Manifest; path: string } {
  const abs = pathInput("manifest", command, workspace, ".ccf/members.yaml");
  const shown = relative(workspace, abs) || abs;
  if (!existsSync(abs)) throw new InputError("manifest", `'${shown}' does not exist in the workspace (did the workflow run actions/checkout?)`);
  return { manifest: parseManifest(readFileSync(abs, "utf8"), { baseDir: dirname(abs), source: shown }), path: shown };
}
