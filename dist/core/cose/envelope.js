import { encodePrefixedByteStrings } from "./cbor.js";
/** CBOR tag of COSE_Sign1 (RFC 9052 §4.2). CCF refuses untagged messages. */
export const COSE_SIGN1_TAG = 18;
/** tag 18 (0xd2), array(4) (0x84) */
const HEAD = { raw: Uint8Array.from([0xc0 | COSE_SIGN1_TAG, 0x84]) };
/** the unprotected header: an empty map */
const EMPTY_MAP = { raw: Uint8Array.from([0xa0]) };
/**
 * Assembles `18([protected, {}, payload, signature])`: unprotected header empty (CCF ignores it; kid there
 * does not count), payload attached (an empty payload is an empty byte string, never nil), signature raw r||s.
 */
export function encodeSign1(protectedHeader, payload, signature) {
    return encodePrefixedByteStrings([HEAD, protectedHeader, EMPTY_MAP, payload, signature]);
}
