import type { Io } from "../io.js";
import type { Output } from "./output.js";
export declare const RECEIPTS_FLAGS: {
    readonly receipts: {
        readonly type: "string";
    };
};
export declare const RECEIPTS_USAGE = "Receipts:\n  --receipts DIR           fetch the receipt of the transaction this command caused, verify it against\n                           --service-cert and write it to DIR/<view>.<seqno>.json (see verify-receipt)\n";
/**
 * Checks --receipts before anything is sent (creating the directory), so a bad path fails as bad input
 * before any change is made. Undefined without --receipts.
 */
export declare function receiptsDirFromFlags(values: Record<string, unknown>, io: Io): string | undefined;
/** With --receipts (`dir` from receiptsDirFromFlags): keeps a verified receipt of every transaction id given. */
export declare function keepReceiptsFromFlags(dir: string | undefined, values: Record<string, unknown>, io: Io, out: Output, transactionIds: (string | undefined)[]): Promise<void>;
