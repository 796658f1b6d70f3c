import { X509Certificate, type KeyObject } from "node:crypto";
import { type DecodedSign1 } from "./decode.js";
import { type GovMessageType } from "./message-types.js";
/** A member certificate (PEM, first of a bundle), a parsed one, or its public key. */
export type VerificationKey = string | Buffer | X509Certificate | KeyObject;
/**
 * Checks the signature of a decoded message against a member's certificate (or public key), as a CCF node
 * does: alg must be ES256/ES384/ES512 and match the key's curve (P-256/P-384/P-521), the signature must be
 * raw r||s of the right length (DER fails), over the Sig_structure of the protected bytes as sent, hashed
 * with the alg's hash. Returns false for any of those failing; throws only for an unreadable certificate.
 */
export declare function verifySign1(decoded: DecodedSign1, certificate: VerificationKey): boolean;
export interface VerifyGovernanceOptions {
    /** The type the receiving endpoint expects (checked with CCF's messages). */
    expectedType?: GovMessageType;
    /** The proposal id in the endpoint's URL, for ballots and withdrawals. */
    expectedProposalId?: string;
}
export interface GovernanceVerification {
    /** True when every check passed. */
    valid: boolean;
    /** The first failed check, in a CCF node's order and words where CCF has words for it. */
    reason?: string;
    decoded: DecodedSign1;
    /** The member id of the certificate checked against. */
    memberId?: string;
}
/**
 * Decodes and checks a governance message against one member certificate, in a node's order
 * (reference §2.4): alg supported, kid is this member, signature, message type, proposal id.
 * Throws `COSE_MALFORMED` (from `decodeSign1`) for what does not decode; everything else is a result.
 */
export declare function verifyGovernanceMessage(bytes: Uint8Array, certificate: VerificationKey, options?: VerifyGovernanceOptions): GovernanceVerification;
