import type { Io } from "../io.js";
import { parseFlags, required } from "../args.js";
import { InputError } from "../../core/errors.js";
import { readFlagFile } from "../files.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";

export const usage = `Usage: ccf-consortium validate-proposal --node URL --service-cert PEM --proposal FILE
                                       [--constitution FILE]... [--json]

Runs the live constitution's validate() on a proposal locally (QuickJS, as a CCF node runs it) and
prints the verdict and description. Nothing is signed or sent: the only requests are reads (the
constitution, the node's version and, when validate() reads them, the governance tables a member can read:
members, service info and config, nodes, proposals). Exit code 0 valid, 1 invalid, 2 bad input.

  --proposal FILE          the proposal JSON ({"actions": [...]}), exactly as it would be signed
  --constitution FILE      judge with this constitution instead of the live one (repeatable: concatenated
                           in order) — try a constitution change before proposing it

${CONNECTION_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, proposal: { type: "string" }, constitution: { type: "string", multiple: true } });
  const out = outputFor(values, io);
  const path = required(values, "proposal");
  const text = readFlagFile("--proposal", path, io).toString("utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new InputError(`--proposal ${path}`, `is not JSON (${(err as Error).message})`);
  }
  if (parsed === null || typeof parsed !== "object" || !Array.isArray((parsed as { actions?: unknown }).actions)) {
    throw new InputError(`--proposal ${path}`, 'must be a JSON object with an "actions" array');
  }
  const files = (values.constitution as string[] | undefined) ?? [];
  const { concatConstitution } = await import("../../core/constitution/constitution.js");
  const constitution = files.length ? concatConstitution(files.map((f) => readFlagFile("--constitution", f, io).toString("utf8"))) : undefined;
  const client = await clientFromFlags(values, io);
  const { validateProposalLocally } = await import("../../core/flows/validate-proposal.js");
  const verdict = await withClient(client, (c) => validateProposalLocally(c, text, { constitution }));
  out.document({ valid: verdict.valid, description: verdict.description, constitutionSha256: verdict.constitutionSha256, tablesRead: verdict.tablesRead });
  out.line(verdict.valid ? "valid" : "invalid");
  if (verdict.description) out.line(verdict.description);
  return verdict.valid ? 0 : 1;
}
