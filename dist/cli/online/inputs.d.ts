import type { RecoveryRole } from "../../core/client/model.js";
import type { Io } from "../io.js";
/** `--member-data JSON|@file`: a JSON object. */
export declare function memberDataFlag(values: Record<string, unknown>, io: Io, required?: boolean): Record<string, unknown> | undefined;
export declare function recoveryRoleFlag(values: Record<string, unknown>): RecoveryRole | undefined;
/** A certificate file flag, as normalized PEM. */
export declare function certificateFlag(values: Record<string, unknown>, flag: string, io: Io): string | undefined;
/** An RSA encryption public key file flag (≥ 2048 bits), as SPKI PEM. */
export declare function encryptionKeyFlag(values: Record<string, unknown>, flag: string, io: Io): string | undefined;
export declare function proposalIdFlag(values: Record<string, unknown>): string;
export declare function memberIdFlag(values: Record<string, unknown>): string | undefined;
/** `--member-id ID` or `--cert CERT`, exactly one: the member a command acts on (`which` says what for). */
export declare function memberFlags(values: Record<string, unknown>, io: Io, which: string): {
    memberId: string;
} | {
    certificatePem: string;
};
