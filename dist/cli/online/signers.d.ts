import type { Signer } from "../../core/cose/signer.js";
import type { Io } from "../io.js";
/** The member who signs: its private key and certificate files. */
export declare const SIGNER_FLAGS: {
    readonly "signing-key": {
        readonly type: "string";
    };
    readonly "signing-cert": {
        readonly type: "string";
    };
};
/** Proposals that need ballots: who votes, and whether to wait for the commit. */
export declare const VOTING_FLAGS: {
    readonly voter: {
        readonly type: "string";
        readonly multiple: true;
    };
    readonly "wait-for-commit": {
        readonly type: "boolean";
    };
};
export declare const SIGNER_USAGE = "Signing member:\n  --signing-key KEY        the member's private key (PEM)\n  --signing-cert CERT      the member's certificate (PEM)";
export declare const VOTING_USAGE = "Voting:\n  --voter KEY,CERT         a member who votes for the proposal (repeatable; without any, the signing\n                           member votes alone). Ballots are sent in parallel until it is Accepted.\n  --wait-for-commit        wait until the accepting transaction is committed";
/** The signer named by --signing-key / --signing-cert (both required). */
export declare function signerFromFlags(values: Record<string, unknown>, io: Io): Signer;
/** The voters named by each `--voter KEY,CERT`; the signer alone when there are none. */
export declare function votersFromFlags(values: Record<string, unknown>, io: Io, signer: Signer): Signer[];
