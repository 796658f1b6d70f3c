/** The protected-header values a CCF node reads (reference §2.1), as it reads them. */
export interface GovProtectedHeaders {
    /** COSE alg id as sent (-7/-35/-36 are the accepted ones; anything else is for the caller to refuse). */
    alg: number;
    /** kid's bytes as text: the member id the message claims. */
    kid: string;
    msgType?: string;
    /** Seconds since the epoch (≥ 0). Values past 2^53 lose precision; CCF refuses anything > 9_999_999_999. */
    createdAt: number;
    proposalId?: string;
}
export interface DecodedSign1 {
    /** The protected header exactly as sent (what the signature covers). */
    protectedBytes: Uint8Array;
    headers: GovProtectedHeaders;
    payload: Uint8Array;
    signature: Uint8Array;
}
/**
 * Decodes a governance COSE_Sign1 the way a CCF node's decoder does (reference §2.4 step 2, §2.7):
 * tag 18 required, embedded payload, alg, kid (a byte string) and created_at (an unsigned integer)
 * required in the protected header. Throws `CcfConsortiumError("COSE_MALFORMED")` with CCF's texts:
 * `Failed to parse COSE_Sign1 outer array`, `COSE_Sign1 is not tagged`,
 * `Failed to decode protected header: <why>`, `Missing algorithm in protected header`,
 * `Missing kid in protected header`, `Missing created_at in protected header`.
 * It does not judge alg, the signature or the message type: see `verifySign1`.
 */
export declare function decodeSign1(bytes: Uint8Array): DecodedSign1;
/** Parses an encoded protected header; same errors as `decodeSign1`. */
export declare function parseProtectedHeader(protectedBytes: Uint8Array): GovProtectedHeaders;
