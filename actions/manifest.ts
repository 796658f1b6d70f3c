/** The members manifest from the checked-out workspace (at the pull request head on `pull_request`). */
import { existsSync, realpathSync } from "node:fs";
import { dirname, relative, isAbsolute } from "node:path";
import { InputError } from "../core/errors.js";
import { MAX_MANIFEST_BYTES, parseManifest, type Manifest } from "../core/flows/index.js";
import { readInputFile } from "../core/files/read-input-file.js";
import { looksLikePath, notAFileProblem } from "../core/text/input-value.js";
import { pathInput } from "./inputs.js";

/**
 * Parses the manifest. Files it names (certificates, encryption keys) must be inside the workspace: a pull
 * request's manifest cannot make the runner read anything else.
 */
export function manifestFromInputs(command: string, workspace: string): { manifest: Manifest; path: string } {
  const abs = pathInput("manifest", command, workspace, ".ccf/members.yaml");
  const shown = relative(workspace, abs) || abs;
  // A value that does not look like a path (a key pasted into the input) is never echoed.
  if (!looksLikePath(shown)) throw new InputError("manifest", notAFileProblem(shown, "", "the path of the manifest in the workspace"));
  if (!existsSync(abs)) throw new InputError("manifest", `'${shown}' does not exist in the workspace (did the workflow run actions/checkout?)`);
  const root = realpathSync(workspace);
  const inside = (p: string) => {
    const rel = relative(root, realpathSync(p));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  if (!inside(abs)) throw new InputError("manifest", `'${shown}' is outside the workspace`);
  const readFile = (p: string): string => {
    if (existsSync(p) && !inside(p)) throw new InputError("file", "is outside the workspace");
    return readInputFile(p, { input: "file" }).toString("utf8");
  };
  const text = readInputFile(abs, { input: "manifest", given: shown, maxBytes: MAX_MANIFEST_BYTES }).toString("utf8");
  return { manifest: parseManifest(text, { baseDir: dirname(abs), source: shown, readFile }), path: shown };
}
