import { typeName } from "../text/input-value.js";
import { InputError } from "../errors.js";
import type { CoseAlgorithm } from "../identity/index.js";
import { algorithmInfo } from "./algorithms.js";
import { compareBytes, encodeCbor } from "./cbor.js";
import { parseGovMessageType, requiresProposalId, type GovMessageType } from "./message-types.js";

/** Protected-header labels CCF reads (reference §2.1). */
export const HEADER_ALG = 1;
export const HEADER_KID = 4;
export const HEADER_MSG_TYPE = "ccf.gov.msg.type";
export const HEADER_CREATED_AT = "ccf.gov.msg.created_at";
export const HEADER_PROPOSAL_ID = "ccf.gov.msg.proposal_id";

/**
 * Largest created_at we emit. A CCF node refuses proposals whose created_at exceeds this
 * ("Header parameter created_at value is too large", reference §2.5): it keys its replay window on a
 * 10-digit zero-padded decimal. We refuse it for every message type: such a time (after 2286) is a mistake.
 */
export const MAX_CREATED_AT = 9_999_999_999;

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

const HEX64 = /^[0-9a-fA-F]{64}$/;

/** A member id as CCF uses it for kid: 64 lowercase hex characters (SHA-256 of the cert DER). */
export function normalizeMemberId(value: unknown, input = "memberId"): string {
  if (typeof value !== "string" || !HEX64.test(value)) {
    throw new InputError(input, "must be a member id: 64 hexadecimal characters (the SHA-256 of the member certificate)");
  }
  return value.toLowerCase();
}

/** A proposal id: 64 hex characters; upper case is accepted, lower case is emitted (CCF ids are lowercase). */
export function normalizeProposalId(value: unknown, input = "proposalId"): string {
  if (typeof value !== "string" || !HEX64.test(value)) {
    const shown = typeof value === "string" ? ` (got ${value.length} characters${/^[0-9a-fA-F]*$/.test(value) ? "" : ", not all hexadecimal"})` : "";
    throw new InputError(input, `must be a proposal id: 64 hexadecimal characters${shown}`);
  }
  return value.toLowerCase();
}

/** created_at as CCF wants it: whole seconds since the epoch, 0 ≤ t ≤ 9_999_999_999. */
export function normalizeCreatedAt(value: number | Date | undefined, input = "createdAt", now: () => number = Date.now): number {
  let seconds: number;
  if (value === undefined) seconds = Math.floor(now() / 1000);
  else if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new InputError(input, "is not a valid date");
    seconds = Math.floor(ms / 1000);
  } else if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new InputError(input, `must be a whole number of seconds since the Unix epoch (got ${Number.isFinite(value) ? value : String(value)})`);
    seconds = value;
  } else {
    throw new InputError(input, "must be a number of seconds since the Unix epoch or a Date");
  }
  if (seconds < 0) throw new InputError(input, `must not be before 1970-01-01T00:00:00Z (got ${seconds} seconds)`);
  if (seconds > MAX_CREATED_AT) throw new InputError(input, `is too large (${seconds} > ${MAX_CREATED_AT}; CCF refuses it)`);
  return seconds;
}

/** Validates a header request: known type, proposal id exactly when the type needs one, sane created_at. */
export function normalizeGovHeader(
  input: GovHeaderInput,
  names: { type?: string; proposalId?: string; createdAt?: string; memberId?: string } = {},
  now?: () => number,
): GovHeader {
  if (!input || typeof input !== "object") throw new InputError("header", `must be an object (got ${typeName(input)})`);
  if (names === null || typeof names !== "object") names = {};
  const algorithm = algorithmInfo(input.algorithm).name;
  const memberId = normalizeMemberId(input.memberId, names.memberId ?? "memberId");
  const type = parseGovMessageType(input.type, names.type ?? "type");
  const createdAt = normalizeCreatedAt(input.createdAt, names.createdAt ?? "createdAt", now);
  const proposalName = names.proposalId ?? "proposalId";
  let proposalId: string | undefined;
  if (requiresProposalId(type)) {
    if (input.proposalId === undefined || input.proposalId === "") {
      throw new InputError(proposalName, `is required for a ${type} message`);
    }
    proposalId = normalizeProposalId(input.proposalId, proposalName);
  } else if (input.proposalId !== undefined) {
    // CCF's tool would add it anyway and the node would ignore it; a stray id is almost always a mix-up.
    throw new InputError(proposalName, `is only used by ballot and withdrawal messages, not by a ${type} message`);
  }
  return Object.freeze(proposalId === undefined ? { algorithm, memberId, type, createdAt } : { algorithm, memberId, type, createdAt, proposalId });
}

/**
 * Encodes the protected header the way CCF's `ccf_cose_sign1` does: a CBOR map whose keys are sorted by
 * the bytewise order of their CBOR encodings (RFC 8949 §4.2.1; cwt's `sort_keys_for_deterministic_encoding`),
 * which for CCF's labels gives 1 (0x01), 4 (0x04), "ccf.gov.msg.type" (0x70…), "ccf.gov.msg.created_at"
 * (0x76…), "ccf.gov.msg.proposal_id" (0x77…). kid is a byte string holding the member id's ASCII hex.
 */
export function encodeProtectedHeader(header: GovHeader): Uint8Array {
  const map = new Map<number | string, unknown>();
  for (const label of LABEL_ORDER) {
    const v = headerValue(header, label);
    if (v !== undefined) map.set(label, v);
  }
  return encodeCbor(map, 192);
}

function headerValue(header: GovHeader, label: number | string): unknown {
  switch (label) {
    case HEADER_ALG:
      return algorithmInfo(header.algorithm).coseId;
    case HEADER_KID:
      return Buffer.from(header.memberId, "latin1");
    case HEADER_MSG_TYPE:
      return header.type;
    case HEADER_CREATED_AT:
      return header.createdAt;
    case HEADER_PROPOSAL_ID:
      return header.proposalId;
    default:
      return undefined;
  }
}

/** Our labels in deterministic order, sorted once (the set of labels never changes). */
const LABEL_ORDER: readonly (number | string)[] = sortForDeterministicEncoding(
  [HEADER_ALG, HEADER_KID, HEADER_MSG_TYPE, HEADER_CREATED_AT, HEADER_PROPOSAL_ID].map((k) => [k, undefined] as [number | string, undefined]),
).map(([k]) => k);

/** Sorts map entries by the bytes of their encoded keys (RFC 8949 §4.2.1 core deterministic order). */
export function sortForDeterministicEncoding<V>(entries: [number | string, V][]): [number | string, V][] {
  return entries
    .map((entry) => ({ entry, key: encodeCbor(entry[0]) }))
    .sort((a, b) => compareBytes(a.key, b.key))
    .map(({ entry }) => entry);
}
