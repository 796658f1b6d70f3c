import { CcfConsortiumError } from "../errors.js";
import { COSE_SIGN1_TAG } from "./envelope.js";
import { HeaderReadError, readEnvelope, readHeaderMap, type EnvelopeItems, type HeaderLabel, type HeaderValue } from "./header-reader.js";
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
/** The integer labels as the header reader keys them (numbers: small integers). */
const LABEL_ALG = HEADER_ALG;
const LABEL_KID = HEADER_KID;

/** UTF-8 text of bytes, read in place (no copy). */
function bytesToUtf8(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");
}

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
  // Read by hand (core/cose/header-reader.ts), not by cbor-x: no process-wide tag registry can change
  // what comes back, and every item keeps its CBOR kind.
  let envelope: EnvelopeItems;
  try {
    envelope = readEnvelope(bytes);
  } catch {
    throw malformed("Failed to parse COSE_Sign1 outer array");
  }
  if (envelope.tag !== COSE_SIGN1_TAG) throw malformed("COSE_Sign1 is not tagged");
  const arr = envelope.items;
  if (arr.length !== 4) throw malformed(`Failed to parse COSE_Sign1 outer array: expected 4 elements, found ${arr.length}`);
  const [protectedItem, unprotected, payload, signature] = arr as [HeaderValue, HeaderValue, HeaderValue, HeaderValue];
  if (protectedItem.kind !== "bytes") throw malformed("Failed to decode protected header: it is not a byte string");
  const headers = parseProtectedHeader(protectedItem.value);
  if (unprotected.kind !== "other" || unprotected.what !== "a map") throw malformed("Failed to decode COSE_Sign1: the unprotected header is not a map");
  if (payload.kind !== "bytes") throw malformed("Failed to decode COSE_Sign1: the payload is not an embedded byte string");
  if (signature.kind !== "bytes") throw malformed("Failed to decode COSE_Sign1: the signature is not a byte string");
  return { protectedBytes: copy(protectedItem.value), headers, payload: copy(payload.value), signature: copy(signature.value) };
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
  const algValue = (alg as { value: number | bigint }).value;
  if (typeof algValue === "bigint") throw malformed("Failed to decode protected header: alg (1) is out of range");
  const created = (createdAt as { value: number | bigint }).value;
  if (created < 0) throw malformed(`Failed to decode protected header: ${HEADER_CREATED_AT} is negative`);
  if (typeof created === "bigint" && created > INT64_MAX) {
    throw malformed(`Failed to decode protected header: ${HEADER_CREATED_AT} does not fit in a 64-bit integer`);
  }
  const headers: GovProtectedHeaders = {
    alg: Number(algValue),
    kid: bytesToUtf8((kid as { value: Uint8Array }).value),
    createdAt: Number(created),
  };
  if (msgType !== undefined) headers.msgType = (msgType as { value: string }).value;
  if (proposalId !== undefined) headers.proposalId = (proposalId as { value: string }).value;
  return headers;
}

