/** The `ccf.gov.msg.type` values CCF's governance endpoints expect (CCF python/src/ccf/cose.py GOV_MSG_TYPES). */
export type GovMessageType = "proposal" | "ballot" | "withdrawal" | "state_digest" | "ack" | "recovery_share" | "encrypted_recovery_share";
export declare const GOV_MESSAGE_TYPES: readonly GovMessageType[];
/** Types whose endpoint names a proposal: they must carry `ccf.gov.msg.proposal_id`. */
export declare const GOV_MESSAGE_TYPES_WITH_PROPOSAL_ID: readonly GovMessageType[];
export declare function isGovMessageType(value: unknown): value is GovMessageType;
export declare function requiresProposalId(type: GovMessageType): boolean;
/** Checks a message type named by the user; `input` names the flag or field in the error. */
export declare function parseGovMessageType(value: unknown, input?: string): GovMessageType;
