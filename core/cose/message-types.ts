import { quoteValue } from "../text/input-value.js";
import { InputError } from "../errors.js";

/** The `ccf.gov.msg.type` values CCF's governance endpoints expect (CCF python/src/ccf/cose.py GOV_MSG_TYPES). */
export type GovMessageType =
  | "proposal"
  | "ballot"
  | "withdrawal"
  | "state_digest"
  | "ack"
  | "recovery_share"
  | "encrypted_recovery_share";

export const GOV_MESSAGE_TYPES: readonly GovMessageType[] = Object.freeze([
  "proposal",
  "ballot",
  "withdrawal",
  "state_digest",
  "ack",
  "recovery_share",
  "encrypted_recovery_share",
] as const);

/** Types whose endpoint names a proposal: they must carry `ccf.gov.msg.proposal_id`. */
export const GOV_MESSAGE_TYPES_WITH_PROPOSAL_ID: readonly GovMessageType[] = Object.freeze(["ballot", "withdrawal"] as const);

export function isGovMessageType(value: unknown): value is GovMessageType {
  return typeof value === "string" && (GOV_MESSAGE_TYPES as readonly string[]).includes(value);
}

export function requiresProposalId(type: GovMessageType): boolean {
  return GOV_MESSAGE_TYPES_WITH_PROPOSAL_ID.includes(type);
}

/** Checks a message type named by the user; `input` names the flag or field in the error. */
export function parseGovMessageType(value: unknown, input = "type"): GovMessageType {
  if (isGovMessageType(value)) return value;
  throw new InputError(input, `unknown message type ${quoteValue(value, 64)} (expected one of: ${GOV_MESSAGE_TYPES.join(", ")})`);
}
