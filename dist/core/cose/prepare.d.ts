import { type CoseAlgorithm } from "../identity/index.js";
import type { GovMessageType } from "./message-types.js";
import { type GovPayload } from "./payload.js";
import { type GovHeader } from "./protected-header.js";
/** How errors name each input (flags in the CLI, fields in the Action); defaults are the option names. */
export interface InputNames {
    type?: string;
    proposalId?: string;
    createdAt?: string;
    memberId?: string;
    certificate?: string;
    payload?: string;
    signature?: string;
}
export interface GovMessageOptions {
    type: GovMessageType | string;
    payload?: GovPayload;
    /** Required for ballot and withdrawal (64 hex; emitted lowercase); refused for other types. */
    proposalId?: string;
    /** Seconds since the epoch or a Date; default: now. */
    createdAt?: number | Date;
    /** Clock for the default created_at (ms since the epoch); default Date.now. */
    now?: () => number;
    names?: InputNames;
}
export interface PrepareOptions extends GovMessageOptions {
    /** The signing certificate: gives alg (from its curve) and kid, and lets `finish` check the signature. */
    certificatePem?: string | Buffer;
    /** Without a certificate: the alg of the signing key… */
    algorithm?: CoseAlgorithm;
    /** …and the member id (kid). */
    memberId?: string;
}
/**
 * Everything an external signer needs and everything `finishGovernanceMessage` uses, fixed once: the
 * encoded protected header, the payload, the Sig_structure over them, and its digest under the alg's hash.
 * Frozen; its byte arrays are copies, and `finish` uses its own pristine copies of them.
 */
export interface ToBeSigned extends GovHeader {
    readonly protectedHeader: Uint8Array;
    readonly payload: Uint8Array;
    readonly sigStructure: Uint8Array;
    /** What Key Vault / an HSM signs: hash(sigStructure) with SHA-256/384/512 for ES256/384/512. */
    readonly digest: Uint8Array;
    /** The signing certificate, when prepare was given one. */
    readonly certificatePem?: string;
}
/** The JSON form of a ToBeSigned (byte fields in standard base64), as `ccf-consortium prepare` prints it. */
export interface ToBeSignedJSON {
    algorithm: CoseAlgorithm;
    memberId: string;
    type: GovMessageType;
    createdAt: number;
    proposalId?: string;
    protectedHeader: string;
    payload: string;
    sigStructure: string;
    digest: string;
    certificatePem?: string;
}
/** Header + payload → protected header bytes and Sig_structure. Shared by sign, prepare and finish. */
export declare function buildUnsigned(header: GovHeader, payload: Uint8Array): {
    protectedHeader: Uint8Array;
    sigStructure: Uint8Array;
};
export declare function checkSignatureLength(algorithm: CoseAlgorithm, signature: Uint8Array, input?: string): void;
/**
 * Phase one of two-phase signing (keys in an HSM or Azure Key Vault): fixes the protected header
 * (created_at included) and returns the one immutable object that phase two consumes.
 */
export declare function prepareGovernanceMessage(options: PrepareOptions): ToBeSigned;
/**
 * Phase two: the COSE_Sign1 for a prepared object and a raw r||s signature over its digest. The header
 * bytes are the prepared ones; nothing is re-encoded. When prepare had the certificate, the signature is
 * checked against it, so a signature by the wrong key or over another digest fails here, not at the node.
 */
export declare function finishGovernanceMessage(tbs: ToBeSigned, signature: Uint8Array, options?: {
    names?: InputNames;
}): Uint8Array;
/** The JSON form of a ToBeSigned (for files and for `ccf-consortium prepare`). */
export declare function toBeSignedToJSON(tbs: ToBeSigned): ToBeSignedJSON;
/**
 * Rebuilds a ToBeSigned from its JSON form (e.g. a file written by `prepare`), checking that it is
 * self-consistent: the protected header decodes to the stated values, and the Sig_structure and digest are
 * the ones those bytes give. `input` names the source in errors.
 */
export declare function toBeSignedFromJSON(json: unknown, input?: string): ToBeSigned;
