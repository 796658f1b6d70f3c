/**
 * The bytes a COSE_Sign1 signature covers (RFC 9052 §4.4):
 * `["Signature1", protected (bstr, exactly as sent), external_aad = h'', payload (bstr)]`.
 */
export declare function sigStructure(protectedHeader: Uint8Array, payload: Uint8Array): Uint8Array;
