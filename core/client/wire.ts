import { NodeReplyError } from "./errors.js";
import type { ApiFlavour, EncryptedShare, Failure, Member, Node, Proposal, RecoveryShareResult, ServiceInfo, StateDigest, TransactionStatus } from "./model.js";

/** A successful reply: the body and the transaction id of a write. */
export interface Reply {
  status: number;
  body: Buffer;
  transactionId?: string;
  /** The body as JSON (undefined when empty); not JSON → NodeReplyError naming node and request. */
  json(): unknown;
  /**
   * The body as JSON checked and shaped by `shape` (one of the validators below); whatever it rejects
   * becomes a NodeReplyError naming node, method and path.
   */
  parse<T>(shape: (json: unknown) => T): T;
}

/** The requests a flavour adapter may make; errors (non-2xx) are thrown as GovernanceError. */
export interface Http {
  get(path: string): Promise<Reply>;
  /** Like get, but a 404 resolves to undefined. */
  getOptional(path: string): Promise<Reply | undefined>;
}

/**
 * Everything that differs between API flavours: paths, query, field names and shapes. Reads are done
 * here; writes are signed by the client, which asks the adapter for the path, payload and parser.
 */
export interface FlavourAdapter {
  readonly flavour: ApiFlavour;
  listMembers(http: Http): Promise<Member[]>;
  getMember(http: Http, memberId: string): Promise<Member | undefined>;
  getServiceInfo(http: Http): Promise<ServiceInfo>;
  /** Open proposals (the new API also returns the most recently completed one). */
  listProposals(http: Http): Promise<Proposal[]>;
  getProposal(http: Http, proposalId: string): Promise<Proposal | undefined>;
  /** The proposal body exactly as submitted. */
  getProposalActions(http: Http, proposalId: string): Promise<Buffer | undefined>;
  getBallot(http: Http, proposalId: string, memberId: string): Promise<string | undefined>;
  getStateDigest(http: Http, memberId: string): Promise<StateDigest | undefined>;
  getEncryptedShare(http: Http, memberId: string): Promise<EncryptedShare | undefined>;
  getTransactionStatus(http: Http, transactionId: string): Promise<TransactionStatus>;
  /** The constitution's JavaScript source. */
  getConstitution(http: Http): Promise<string>;
  listNodes(http: Http): Promise<Node[]>;

  createProposalPath(): string;
  parseCreatedProposal(json: unknown): Proposal;
  ballotPath(proposalId: string, memberId: string): string;
  parseBallotResult(json: unknown, proposalId: string): Proposal;
  withdrawPath(proposalId: string): string;
  parseWithdrawn(json: unknown, proposalId: string): Proposal;
  updateDigestPath(memberId: string): string;
  parseUpdatedDigest(json: unknown, memberId: string): StateDigest;
  ackPath(memberId: string): string;
  ackPayload(stateDigest: string): Record<string, string>;
  recoverPath(memberId: string): string;
  parseRecoverResult(json: unknown): RecoveryShareResult;
}

/** Parses `"<submitted>/<threshold> recovery shares successfully submitted"` (+ recovery started). */
export function parseRecoveryMessage(message: string): RecoveryShareResult {
  // `(?<!\d)`: a digit run is tried once, not from each of its digits (linear, not quadratic, on a node's text).
  const m = /(?<!\d)(\d+)\s*\/\s*(\d+)\s+recovery shares/.exec(message);
  return {
    message,
    ...(m ? { submittedCount: Number(m[1]), recoveryThreshold: Number(m[2]) } : {}),
    ...(/Full recovery key successfully submitted/.test(message) ? { fullKeySubmitted: true } : {}),
    recoveryInitiated: /End of recovery procedure initiated/.test(message),
  };
}

// ---- reply validators: each takes the value and where it sits (`value[2].memberId`), returns it typed
// or throws a NodeReplyError (the Reply adds node and request). Linear in the size of the value.

function typeName(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function wrong(where: string, expected: string, value: unknown): NodeReplyError {
  return new NodeReplyError({ problem: value === undefined ? `${where} is missing (expected ${expected})` : `${where} is ${typeName(value)} (expected ${expected})` });
}

export function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw wrong(where, "a JSON object", value);
  return value as Record<string, unknown>;
}

export function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw wrong(where, "an array", value);
  return value;
}

export function asString(value: unknown, where: string): string {
  if (typeof value !== "string") throw wrong(where, "a string", value);
  return value;
}

/** A string or absent (`null` counts as absent, as CCF writes unset optionals in the classic maps). */
export function optString(value: unknown, where: string): string | undefined {
  return value === undefined || value === null ? undefined : asString(value, where);
}

export function asCount(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) throw wrong(where, "a non-negative integer", value);
  return value;
}

export function optCount(value: unknown, where: string): number | undefined {
  return value === undefined || value === null ? undefined : asCount(value, where);
}

export function optBoolean(value: unknown, where: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw wrong(where, "true or false", value);
  return value;
}

export function oneOf<T extends string>(value: unknown, where: string, allowed: readonly T[]): T {
  if (typeof value !== "string") throw wrong(where, `one of ${allowed.join(", ")}`, value);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new NodeReplyError({ problem: `${where} is '${value.slice(0, 40)}' (expected one of ${allowed.join(", ")})` });
  }
  return value as T;
}

/** A member, proposal or node id: 64 hex characters. */
export function asId(value: unknown, where: string): string {
  if (typeof value !== "string") throw wrong(where, "a 64-hex-character id", value);
  if (!/^[0-9a-fA-F]{64}$/.test(value)) throw new NodeReplyError({ problem: `${where} is not a 64-hex-character id` });
  return value;
}

/** A transaction id `<view>.<seqno>`. */
export function asTransactionId(value: unknown, where: string): string {
  if (typeof value !== "string") throw wrong(where, "a transaction id <view>.<seqno>", value);
  if (!/^\d{1,20}\.\d{1,20}$/.test(value)) throw new NodeReplyError({ problem: `${where} is not a transaction id <view>.<seqno>` });
  return value;
}

/** A map `{key: value}` with every value shaped by `shape`. */
export function asMap<T>(value: unknown, where: string, shape: (v: unknown, where: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(asRecord(value, where))) out[k] = shape(v, `${where}["${k.slice(0, 70)}"]`);
  return out;
}

export const MEMBER_STATUSES = ["Accepted", "Active"] as const;
export const RECOVERY_ROLES = ["NonParticipant", "Participant", "Owner"] as const;
export const PROPOSAL_STATES = ["Open", "Accepted", "Withdrawn", "Rejected", "Failed", "Dropped"] as const;
export const SERVICE_STATUSES = ["Opening", "Open", "WaitingForRecoveryShares", "Recovering"] as const;
export const NODE_STATUSES = ["Pending", "Trusted", "Retired"] as const;
export const TRANSACTION_STATUSES = ["Unknown", "Pending", "Committed", "Invalid"] as const;

export function asVotes(value: unknown, where: string): Record<string, boolean> | undefined {
  if (value === undefined || value === null) return undefined;
  return asMap(value, where, (v, w) => {
    if (typeof v !== "boolean") throw wrong(w, "true or false", v);
    return v;
  });
}

/** `{reason, trace?}` (a proposal's or a ballot's failure), the same in both flavours. */
export function parseFailure(value: unknown, where: string): Failure | undefined {
  if (value === undefined || value === null) return undefined;
  const f = asRecord(value, where);
  const trace = optString(f.trace, `${where}.trace`);
  return { reason: asString(f.reason, `${where}.reason`), ...(trace !== undefined ? { trace } : {}) };
}

export function parseFailures(value: unknown, where: string): Record<string, Failure> | undefined {
  if (value === undefined || value === null) return undefined;
  return asMap(value, where, (v, w) => parseFailure(v, w) ?? { reason: "" });
}
