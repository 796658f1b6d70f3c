import type { ProposalBody } from "../client/model.js";
/**
 * Canonical text of a proposal body for comparison: keys sorted, PEM strings with CRLF→LF and surrounding
 * whitespace trimmed (the same certificate written by two tools compares equal). Not what is sent — the
 * bytes sent are the caller's own.
 */
export declare function canonicalProposal(body: ProposalBody | string | Uint8Array): string;
/** True when two proposal bodies hold the same actions with the same arguments (see canonicalProposal). */
export declare function sameProposal(a: ProposalBody | string | Uint8Array, b: ProposalBody | string | Uint8Array): boolean;
/** Deep equality of JSON values with the same normalization. */
export declare function sameJson(a: unknown, b: unknown): boolean;
/** PEM text normalized for comparison: LF line endings, no surrounding whitespace. */
export declare function normalizePem(pem: string): string;
