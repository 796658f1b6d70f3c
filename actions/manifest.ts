/** The members manifest from the checked-out workspace (at the pull request head on `pull_request`). */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, relative, isAbsolute } from "node:path";
import { InputError } from "../core/errors.js";
import { parseManifest, type Manifest } from "../core/flows/index.js";
import { pathInput } from "./inputs.js";

/**
 * Parses the manifest. Files it names (certificates, encryption keys) must be inside the workspace: a pull
 * request's manifest cannot make the runner read anything else.
 */
export function manifestFromInputs(command: string, workspace: string): { manifest: Manifest; path: string } {
  const abs = pathInput("manifest", command, workspace, ".ccf/members.yaml");
  const shown = relative(workspace, abs) || abs;
  if (!existsSync(abs)) throw new InputError("manifest", `'${shown}' does not exist in the workspace (did the workflow run actions/checkout?)`);
  const root = realpathSync(workspace);
  const inside = (p: string) => {
    const rel = relative(root, realpathSync(p));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  if (!inside(abs)) throw new InputError("manifest", `'${shown}' is outside the workspace`);
  const readFile = (p: string): string => {
    if (existsSync(p) && !inside(p)) throw new Error("outside the workspace");
    return readFileSync(p, "utf8");
  };
  return { manifest: parseManifest(readFileSync(abs, "utf8"), { baseDir: dirname(abs), source: shown, readFile }), path: shown };
}
