import type { CoseAlgorithm } from "../identity/index.js";
import { type GovMessageType } from "./message-types.js";
/** Protected-header labels CCF reads (reference §2.1). */
export declare const HEADER_ALG = 1;
export declare const HEADER_KID = 4;
export declare const HEADER_MSG_TYPE = "ccf.gov.msg.type";
export declare const HEADER_CREATED_AT = "ccf.gov.msg.created_at";
export declare const HEADER_PROPOSAL_ID = "ccf.gov.msg.proposal_id";
/**
 * Largest created_at we emit. A CCF node refuses proposals whose created_at exceeds this
 * ("Header parameter created_at value is too large", reference §2.5): it keys its replay window on a
 * 10-digit zero-padded decimal. We refuse it for every message type: such a time (after 2286) is a mistake.
 */
export declare const MAX_CREATED_AT = 9999999999;
/** What a caller says about the header; normalized by `normalizeGovHeader`. */
export interface GovHeaderInput {
    algorithm: CoseAlgorithm;
    /** Member id (64 hex chars, any case; emitted lowercase). */
    memberId: string;
    type: GovMessageType | string;
    /** Seconds since the Unix epoch, or a Date; defaults to now. */
    createdAt?: number | Date;
    /** Required for ballot and withdrawal, refused for other types. 64 hex chars, emitted lowercase. */
    proposalId?: string;
}
/** Checked, normalized header values: exactly what goes on the wire. */
export interface GovHeader {
    readonly algorithm: CoseAlgorithm;
    readonly memberId: string;
    readonly type: GovMessageType;
    readonly createdAt: number;
    readonly proposalId?: string;
}
/** A member id as CCF uses it for kid: 64 lowercase hex characters (SHA-256 of the cert DER). */
export declare function normalizeMemberId(value: unknown, input?: string): string;
/** A proposal id: 64 hex characters; upper case is accepted, lower case is emitted (CCF ids are lowercase). */
export declare function normalizeProposalId(value: unknown, input?: string): string;
/** created_at as CCF wants it: whole seconds since the epoch, 0 ≤ t ≤ 9_999_999_999. */
export declare function normalizeCreatedAt(value: number | Date | undefined, input?: string, now?: () => number): number;
/** Validates a header request: known type, proposal id exactly when the type needs one, sane created_at. */
export declare function normalizeGovHeader(input: GovHeaderInput, names?: {
    type?: string;
    proposalId?: string;
    createdAt?: string;
    memberId?: string;
}, now?: () => number): GovHeader;
/**
 * Encodes the protected header the way CCF's `ccf_cose_sign1` does: a CBOR map whose keys are sorted by
 * the bytewise order of their CBOR encodings (RFC 8949 §4.2.1; cwt's `sort_keys_for_deterministic_encoding`),
 * which for CCF's labels gives 1 (0x01), 4 (0x04), "ccf.gov.msg.type" (0x70…), "ccf.gov.msg.created_at"
 * (0x76…), "ccf.gov.msg.proposal_id" (0x77…). kid is a byte string holding the member id's ASCII hex.
 */
export declare function encodeProtectedHeader(header: GovHeader): Uint8Array;
/** Sorts map entries by the bytes of their encoded keys (RFC 8949 §4.2.1 core deterministic order). */
export declare function sortForDeterministicEncoding<V>(entries: [number | string, V][]): [number | string, V][];
