import { encodePrefixedByteStrings } from "./cbor.js";
/** array(4) "Signature1" */
const PREFIX = { raw: Uint8Array.from([0x84, 0x6a, ...Buffer.from("Signature1", "ascii")]) };
/** external_aad: h'' */
const EMPTY_AAD = { raw: Uint8Array.from([0x40]) };
/**
 * The bytes a COSE_Sign1 signature covers (RFC 9052 §4.4):
 * `["Signature1", protected (bstr, exactly as sent), external_aad = h'', payload (bstr)]`.
 */
export function sigStructure(protectedHeader, payload) {
    return encodePrefixedByteStrings([PREFIX, protectedHeader, EMPTY_AAD, payload]);
}
