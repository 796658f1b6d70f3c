/**
 * `--receipts DIR` on the commands that write (propose, vote, add/remove members, set member data, apply,
 * ack): after the command's own work, the receipt of each transaction it reported is fetched, verified
 * against --service-cert (core/receipts) and written to DIR/<view>.<seqno>.json.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../../core/errors.js";
import { optional } from "../args.js";
import { clientFromFlags, connectionFromFlags } from "./connection.js";
import { withClient } from "./run.js";
export const RECEIPTS_FLAGS = { receipts: { type: "string" } };
export const RECEIPTS_USAGE = `Receipts:
  --receipts DIR           fetch the receipt of the transaction this command caused, verify it against
                           --service-cert and write it to DIR/<view>.<seqno>.json (see verify-receipt)
`;
/**
 * Checks --receipts before anything is sent (creating the directory), so a bad path fails as bad input
 * before any change is made. Undefined without --receipts.
 */
export function receiptsDirFromFlags(values, io) {
    const flag = optional(values, "receipts");
    if (flag === undefined)
        return undefined;
    if (flag.trim() === "")
        throw new InputError("--receipts", "must name a directory");
    const dir = resolve(io.cwd, flag);
    try {
        mkdirSync(dir, { recursive: true });
    }
    catch (err) {
        throw new InputError(`--receipts ${flag}`, `cannot be used as a directory (${err.code ?? "error"})`);
    }
    return dir;
}
/** With --receipts (`dir` from receiptsDirFromFlags): keeps a verified receipt of every transaction id given. */
export async function keepReceiptsFromFlags(dir, values, io, out, transactionIds) {
    if (dir === undefined)
        return;
    const ids = [...new Set(transactionIds.filter((t) => t !== undefined))];
    if (ids.length === 0) {
        out.note("No receipt kept: the command reported no transaction.");
        return;
    }
    const { serviceCertificatePem } = connectionFromFlags(values, io);
    const { keepReceipt } = await import("../../core/receipts/collect.js");
    const client = await clientFromFlags(values, io);
    await withClient(client, async (c) => {
        for (const id of ids) {
            const kept = await keepReceipt(c, id, serviceCertificatePem, { dir });
            out.line(`Receipt of transaction ${id} verified (root ${kept.verified.root.slice(0, 16)}…): ${kept.path}`);
        }
    });
}
