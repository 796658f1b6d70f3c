import { CcfConsortiumError } from "../errors.js";
import { cborDecoder } from "./cbor.js";
import { COSE_SIGN1_TAG } from "./envelope.js";
import { HEADER_ALG, HEADER_CREATED_AT, HEADER_KID, HEADER_MSG_TYPE, HEADER_PROPOSAL_ID } from "./protected-header.js";
const INT64_MAX = 2n ** 63n - 1n;
function malformed(message) {
    return new CcfConsortiumError("COSE_MALFORMED", message);
}
function isBytes(v) {
    return v instanceof Uint8Array;
}
function copy(bytes) {
    return new Uint8Array(bytes);
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
export function decodeSign1(bytes) {
    if (!isBytes(bytes))
        throw malformed("Failed to parse COSE_Sign1 outer array");
    // The tag is read here, not by cbor-x: cbor-x keeps a process-wide tag registry, and a library that
    // registers tag 18 (as @auth0/cose does) would change what the decoder returns for every caller.
    const tag = readTag(bytes);
    let items;
    try {
        items = cborDecoder.decode(tag ? bytes.subarray(tag.headerLength) : bytes);
    }
    catch {
        throw malformed("Failed to parse COSE_Sign1 outer array");
    }
    if (!Array.isArray(items))
        throw malformed("Failed to parse COSE_Sign1 outer array");
    if (!tag || tag.tag !== COSE_SIGN1_TAG)
        throw malformed("COSE_Sign1 is not tagged");
    const arr = items;
    if (arr.length !== 4)
        throw malformed(`Failed to parse COSE_Sign1 outer array: expected 4 elements, found ${arr.length}`);
    const [protectedBytes, unprotected, payload, signature] = arr;
    if (!isBytes(protectedBytes))
        throw malformed("Failed to decode protected header: it is not a byte string");
    const headers = parseProtectedHeader(protectedBytes);
    if (!(unprotected instanceof Map))
        throw malformed("Failed to decode COSE_Sign1: the unprotected header is not a map");
    if (!isBytes(payload))
        throw malformed("Failed to decode COSE_Sign1: the payload is not an embedded byte string");
    if (!isBytes(signature))
        throw malformed("Failed to decode COSE_Sign1: the signature is not a byte string");
    return { protectedBytes: copy(protectedBytes), headers, payload: copy(payload), signature: copy(signature) };
}
/** Parses an encoded protected header; same errors as `decodeSign1`. */
export function parseProtectedHeader(protectedBytes) {
    let map;
    try {
        map = cborDecoder.decode(protectedBytes);
    }
    catch (err) {
        throw malformed(`Failed to decode protected header: ${err.message}`);
    }
    if (!(map instanceof Map))
        throw malformed("Failed to decode protected header: it is not a map");
    const alg = map.get(HEADER_ALG);
    const kid = map.get(HEADER_KID);
    const msgType = map.get(HEADER_MSG_TYPE);
    const createdAt = map.get(HEADER_CREATED_AT);
    const proposalId = map.get(HEADER_PROPOSAL_ID);
    // Type checks first (QCBOR's GetItemsInMap fails on a wrong type before the presence checks run).
    if (alg !== undefined && !isInt(alg))
        throw malformed("Failed to decode protected header: alg (1) is not an integer");
    if (kid !== undefined && !isBytes(kid))
        throw malformed("Failed to decode protected header: kid (4) is not a byte string");
    if (msgType !== undefined && typeof msgType !== "string")
        throw malformed(`Failed to decode protected header: ${HEADER_MSG_TYPE} is not a text string`);
    if (proposalId !== undefined && typeof proposalId !== "string")
        throw malformed(`Failed to decode protected header: ${HEADER_PROPOSAL_ID} is not a text string`);
    if (createdAt !== undefined && !isInt(createdAt))
        throw malformed(`Failed to decode protected header: ${HEADER_CREATED_AT} is not an integer`);
    if (alg === undefined)
        throw malformed("Missing algorithm in protected header");
    if (kid === undefined)
        throw malformed("Missing kid in protected header");
    if (createdAt === undefined)
        throw malformed("Missing created_at in protected header");
    const algNum = toSafeNumber(alg, "alg (1)");
    if (createdAt < 0)
        throw malformed(`Failed to decode protected header: ${HEADER_CREATED_AT} is negative`);
    if (typeof createdAt === "bigint" && createdAt > INT64_MAX) {
        throw malformed(`Failed to decode protected header: ${HEADER_CREATED_AT} does not fit in a 64-bit integer`);
    }
    const headers = {
        alg: algNum,
        kid: Buffer.from(kid).toString("utf8"),
        createdAt: Number(createdAt),
    };
    if (msgType !== undefined)
        headers.msgType = msgType;
    if (proposalId !== undefined)
        headers.proposalId = proposalId;
    return headers;
}
/** The leading CBOR tag (major type 6) of an item, if it has one: its number and header size. */
function readTag(bytes) {
    const first = bytes[0];
    if (first === undefined || first >> 5 !== 6)
        return undefined;
    const info = first & 0x1f;
    if (info < 24)
        return { tag: info, headerLength: 1 };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0 || bytes.length < 1 + size)
        return { tag: -1, headerLength: 1 };
    let tag = 0;
    for (let k = 1; k <= size; k++)
        tag = tag * 256 + bytes[k];
    return { tag, headerLength: 1 + size };
}
function isInt(v) {
    return (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint";
}
function toSafeNumber(v, what) {
    if (typeof v === "number")
        return v;
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw malformed(`Failed to decode protected header: ${what} is out of range`);
    }
    return Number(v);
}
