import type { Io } from "../io.js";
import type { InputNames } from "../../core/cose/prepare.js";
export declare const usage: string;
/** Flags shared by sign, prepare and finish (CCF's _common_parser). */
export declare const GOV_MESSAGE_FLAGS: {
    readonly content: {
        readonly type: "string";
    };
    readonly "signing-cert": {
        readonly type: "string";
    };
    readonly "ccf-gov-msg-type": {
        readonly type: "string";
    };
    readonly "ccf-gov-msg-proposal-id": {
        readonly type: "string";
    };
    readonly "ccf-gov-msg-created-at": {
        readonly type: "string";
    };
};
/** CCF's argparse aliases. */
export declare const GOV_MESSAGE_ALIASES: Record<string, string>;
/** How the core names inputs in errors, for these commands: the flags. */
export declare const GOV_MESSAGE_INPUT_NAMES: InputNames;
export declare function run(argv: string[], io: Io): Promise<number>;
export interface GovMessageFlags {
    type: string;
    payload: Uint8Array;
    proposalId?: string;
    createdAt?: number;
}
/** Reads --content, --ccf-gov-msg-type, the proposal id and created_at (parsed; omitted = now). */
export declare function readGovMessageFlags(values: Record<string, unknown>, io: Io, options?: {
    createdAtRequired?: boolean;
}): Promise<GovMessageFlags>;
/**
 * created_at from an ISO 8601 time, as CCF's tool reads it (`int(datetime.fromisoformat(t).timestamp())`:
 * whole seconds, fractions dropped), except that a time without an offset is UTC (CCF's tool takes the
 * machine's local zone, which makes the same script sign different times on different machines).
 * Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH[:MM[:SS[.fff]]]` (T or a space), then `Z`, `±HH`, `±HHMM` or `±HH:MM`.
 */
export declare function parseCreatedAt(text: string, input: string): number;
export declare function readAll(stream: NodeJS.ReadableStream): Promise<Buffer>;
export declare function writeBinary(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void>;
