import { CcfConsortiumError } from "../errors.js";
import { cborDecoder } from "./cbor.js";
import { COSE_SIGN1_TAG } from "./envelope.js";
import { HeaderReadError, readHeaderMap, type HeaderLabel, type HeaderValue } from "./header-reader.js";
import { HEADER_ALG, HEADER_CREATED_AT, HEADER_KID, HEADER_MSG_TYPE, HEADER_PROPOSAL_ID } from "./protected-header.js";

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

const INT64_MAX = 2n ** 63n - 1n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** The integer labels as the header reader keys them. */
const LABEL_ALG = BigInt(HEADER_ALG);
const LABEL_KID = BigInt(HEADER_KID);

function malformed(message: string): CcfConsortiumError {
  return new CcfConsortiumError("COSE_MALFORMED", message);
}

function isBytes(v: unknown): v is Uint8Array {
  return v instanceof Uint8Array;
}

function copy(bytes: Uint8Array): Uint8Array {
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
export function decodeSign1(bytes: Uint8Array): DecodedSign1 {
  if (!isBytes(bytes)) throw malformed("Failed to parse COSE_Sign1 outer array");
  // The tag is read here, not by cbor-x: cbor-x keeps a process-wide tag registry, and a library that
  // registers tag 18 (as @auth0/cose does) would change what the decoder returns for every caller.
  const tag = readTag(bytes);
  let items: unknown;
  try {
    items = cborDecoder.decode(tag ? bytes.subarray(tag.headerLength) : bytes);
  } catch {
    throw malformed("Failed to parse COSE_Sign1 outer array");
  }
  if (!Array.isArray(items)) throw malformed("Failed to parse COSE_Sign1 outer array");
  if (!tag || tag.tag !== COSE_SIGN1_TAG) throw malformed("COSE_Sign1 is not tagged");
  const arr = items as unknown[];
  if (arr.length !== 4) throw malformed(`Failed to parse COSE_Sign1 outer array: expected 4 elements, found ${arr.length}`);
  const [protectedBytes, unprotected, payload, signature] = arr;
  if (!isBytes(protectedBytes)) throw malformed("Failed to decode protected header: it is not a byte string");
  const headers = parseProtectedHeader(protectedBytes);
  if (!(unprotected instanceof Map)) throw malformed("Failed to decode COSE_Sign1: the unprotected header is not a map");
  if (!isBytes(payload)) throw malformed("Failed to decode COSE_Sign1: the payload is not an embedded byte string");
  if (!isBytes(signature)) throw malformed("Failed to decode COSE_Sign1: the signature is not a byte string");
  return { protectedBytes: copy(protectedBytes), headers, payload: copy(payload), signature: copy(signature) };
}

/**
 * Parses an encoded protected header; same errors as `decodeSign1`. Strict as a CCF node: `alg` and
 * `created_at` only as CBOR integers (major types 0/1; a float of any width, even integral, or a tag-2/3
 * bignum is refused), `kid` a definite byte string, the text labels definite text strings, and no
 * label twice (core/cose/header-reader.ts reads the bytes by hand to see these distinctions).
 */
export function parseProtectedHeader(protectedBytes: Uint8Array): GovProtectedHeaders {
  let map: Map<HeaderLabel, HeaderValue>;
  try {
    map = readHeaderMap(protectedBytes);
  } catch (err) {
    throw malformed(`Failed to decode protected header: ${err instanceof HeaderReadError ? err.message : "unreadable CBOR"}`);
  }
  const alg = map.get(LABEL_ALG);
  const kid = map.get(LABEL_KID);
  const msgType = map.get(HEADER_MSG_TYPE);
  const createdAt = map.get(HEADER_CREATED_AT);
  const proposalId = map.get(HEADER_PROPOSAL_ID);
  // Type checks first (QCBOR's GetItemsInMap fails on a wrong type before the presence checks run).
  if (alg !== undefined && alg.kind !== "int") throw malformed("Failed to decode protected header: alg (1) is not an integer");
  if (kid !== undefined && kid.kind !== "bytes") throw malformed("Failed to decode protected header: kid (4) is not a byte string");
  if (msgType !== undefined && msgType.kind !== "text") throw malformed(`Failed to decode protected header: ${HEADER_MSG_TYPE} is not a text string`);
  if (proposalId !== undefined && proposalId.kind !== "text") throw malformed(`Failed to decode protected header: ${HEADER_PROPOSAL_ID} is not a text string`);
  if (createdAt !== undefined && createdAt.kind !== "int") {
    throw malformed(`Failed to decode protected header: ${HEADER_CREATED_AT} is not an integer`);
  }
  if (alg === undefined) throw malformed("Missing algorithm in protected header");
  if (kid === undefined) throw malformed("Missing kid in protected header");
  if (createdAt === undefined) throw malformed("Missing created_at in protected header");
  const algValue = (alg as { value: bigint }).value;
  if (algValue > MAX_SAFE || algValue < -MAX_SAFE) throw malformed("Failed to decode protected header: alg (1) is out of range");
  const created = (createdAt as { value: bigint }).value;
  if (created < 0n) throw malformed(`Failed to decode protected header: ${HEADER_CREATED_AT} is negative`);
  if (created > INT64_MAX) throw malformed(`Failed to decode protected header: ${HEADER_CREATED_AT} does not fit in a 64-bit integer`);
  const headers: GovProtectedHeaders = {
    alg: Number(algValue),
    kid: Buffer.from((kid as { value: Uint8Array }).value).toString("utf8"),
    createdAt: Number(created),
  };
  if (msgType !== undefined) headers.msgType = (msgType as { value: string }).value;
  if (proposalId !== undefined) headers.proposalId = (proposalId as { value: string }).value;
  return headers;
}

/** The leading CBOR tag (major type 6) of an item, if it has one: its number and header size. */
function readTag(bytes: Uint8Array): { tag: number; headerLength: number } | undefined {
  const first = bytes[0];
  if (first === undefined || first >> 5 !== 6) return undefined;
  const info = first & 0x1f;
  if (info < 24) return { tag: info, headerLength: 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0 || bytes.length < 1 + size) return { tag: -1, headerLength: 1 };
  let tag = 0;
  for (let k = 1; k <= size; k++) tag = tag * 256 + bytes[k]!;
  return { tag, headerLength: 1 + size };
}
