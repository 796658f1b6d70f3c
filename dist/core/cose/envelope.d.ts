/** CBOR tag of COSE_Sign1 (RFC 9052 §4.2). CCF refuses untagged messages. */
export declare const COSE_SIGN1_TAG = 18;
/**
 * Assembles `18([protected, {}, payload, signature])`: unprotected header empty (CCF ignores it; kid there
 * does not count), payload attached (an empty payload is an empty byte string, never nil), signature raw r||s.
 */
export declare function encodeSign1(protectedHeader: Uint8Array, payload: Uint8Array, signature: Uint8Array): Uint8Array;
