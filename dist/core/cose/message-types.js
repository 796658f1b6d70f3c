import { InputError } from "../errors.js";
export const GOV_MESSAGE_TYPES = Object.freeze([
    "proposal",
    "ballot",
    "withdrawal",
    "state_digest",
    "ack",
    "recovery_share",
    "encrypted_recovery_share",
]);
/** Types whose endpoint names a proposal: they must carry `ccf.gov.msg.proposal_id`. */
export const GOV_MESSAGE_TYPES_WITH_PROPOSAL_ID = Object.freeze(["ballot", "withdrawal"]);
export function isGovMessageType(value) {
    return typeof value === "string" && GOV_MESSAGE_TYPES.includes(value);
}
export function requiresProposalId(type) {
    return GOV_MESSAGE_TYPES_WITH_PROPOSAL_ID.includes(type);
}
/** Checks a message type named by the user; `input` names the flag or field in the error. */
export function parseGovMessageType(value, input = "type") {
    if (isGovMessageType(value))
        return value;
    const shown = typeof value === "string" ? `'${value}'` : String(value);
    throw new InputError(input, `unknown message type ${shown} (expected one of: ${GOV_MESSAGE_TYPES.join(", ")})`);
}
