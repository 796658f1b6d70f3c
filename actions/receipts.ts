/**
 * `receipts-dir` (apply, vote, ack): after the command's own work, the receipt of each transaction it
 * caused is fetched, verified against the pinned `service-cert` (core/receipts) and written to
 * `<receipts-dir>/<view>.<seqno>.json`, ready for actions/upload-artifact. The `receipts` output lists
 * them; the job summary gets a table of transaction ids with "receipt verified".
 */
import { mkdirSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import * as core from "./toolkit.js";
import { InputError } from "../core/errors.js";
import type { GovernanceClient } from "../core/client/index.js";
import { keepReceipt } from "../core/receipts/index.js";
import { input } from "./inputs.js";
import { code, markdownTable } from "./render.js";

/** The directory of `receipts-dir` (created now, before anything is signed), or undefined when not set. */
export function receiptsDirInput(workspace: string): string | undefined {
  const v = input("receipts-dir");
  if (!v) return undefined;
  const dir = isAbsolute(v) ? v : resolve(workspace, v);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new InputError("receipts-dir", `'${v}' cannot be used as a directory (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return dir;
}

/** Keeps verified receipts of `transactionIds` in `dir`; returns the job summary section ("" when nothing). */
export async function keepReceipts(client: GovernanceClient, serviceCertificatePem: string, dir: string | undefined, transactionIds: (string | undefined)[], workspace: string): Promise<string> {
  if (dir === undefined) return "";
  const ids = [...new Set(transactionIds.filter((t): t is string => t !== undefined))];
  const kept: { transactionId: string; file: string; root: string }[] = [];
  for (const id of ids) {
    const r = await keepReceipt(client, id, serviceCertificatePem, { dir });
    const file = relative(workspace, r.path!) || r.path!;
    kept.push({ transactionId: id, file, root: r.verified.root });
    core.info(`Receipt of transaction ${id} verified: ${file}`);
  }
  core.setOutput("receipts", JSON.stringify(kept));
  if (kept.length === 0) return "\n**Receipts:** no transaction was written, no receipt kept.\n";
  return `\n#### Receipts\n\n${markdownTable(["Transaction", "Receipt", "File"], kept.map((k) => [code(k.transactionId), "✅ receipt verified", code(k.file)]))}`;
}
