/**
 * Governance operations shared by both API flavours: proposals (create, ballot, withdraw, resolve,
 * housekeeping), state digests and acks. Handlers in routes-new.ts / routes-classic.ts parse the request,
 * call these, and render the result in their flavour's JSON. Everything that writes runs inside one
 * `service.transact`, so an error leaves the state untouched (CCF: errors commit nothing).
 *
 * Texts and ordering: microsoft/CCF src/node/gov/handlers/{proposals,acks}.h (new API) and
 * src/node/rpc/member_frontend.h (classic), as summarized in the reference §2.5, §2.6, §3, §4, §5.
 */
import { createHash } from "node:crypto";
import { ApiError, badRequest, forbidden, internalError, notFound } from "./http.js";
import type { AuthenticatedMember } from "./auth.js";
import type { SandboxService, WriteTx } from "./service.js";
import type { ProposalRecord, SandboxState } from "./state.js";
import { applyProposal, describeError, failureOf, resolveProposalState, validateProposal } from "./constitution/index.js";
import { compileBallot, evaluateBallot } from "./ballots.js";

export type Flavour = "new" | "classic";

const MAX_CREATED_AT = 9_999_999_999;

function has<T>(map: Record<string, T>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** `hex(SHA-256(root ‖ SHA-256(signature)))` (§2.6). */
export function proposalIdFor(root: string, signature: Uint8Array): { proposalId: string; requestDigest: Buffer } {
  const requestDigest = createHash("sha256").update(signature).digest();
  const proposalId = createHash("sha256").update(Buffer.from(root, "hex")).update(requestDigest).digest("hex");
  return { proposalId, requestDigest };
}

/** Deletes every non-Open proposal except `keep` (§4.6). */
export function removeAllOtherNonOpenProposals(state: SandboxState, keep: string): void {
  for (const [pid, p] of Object.entries(state.proposals)) {
    if (pid !== keep && p.state !== "Open") delete state.proposals[pid];
  }
}

/**
 * Re-evaluates every ballot, runs resolve and, once Accepted, apply (CCF `resolve_proposal`). On leaving
 * Open: other completed proposals are deleted, finalVotes/voteFailures are frozen. An apply exception
 * marks the proposal Failed with "Failed to apply(): ..." — the caller turns that into a 500 and discards
 * the transaction.
 */
export function resolveProposal(tx: WriteTx, proposalId: string, record: ProposalRecord, flavour: Flavour): void {
  const proposalText = Buffer.from(record.proposal, "base64").toString("utf8");
  const votes: Record<string, boolean> = {};
  const failures: NonNullable<ProposalRecord["voteFailures"]> = {};
  for (const [mid, source] of Object.entries(record.ballots)) {
    const outcome = evaluateBallot(source, proposalText, record.proposerId, {
      name: `public:ccf.gov.proposals_info[${proposalId}].ballots[${mid}]`,
      proposalId: flavour === "classic" ? proposalId : undefined,
      timeoutMs: tx.service.ballotTimeoutMs,
    });
    if ("vote" in outcome) votes[mid] = outcome.vote;
    else failures[mid] = outcome.failure;
  }
  tx.state.proposals[proposalId] = record;
  try {
    record.state = resolveProposalState(tx, proposalText, record.proposerId, votes);
  } catch (err) {
    record.state = "Failed";
    record.failure = failureOf("Failed to resolve(): ", err);
  }
  if (record.state === "Open") return;
  removeAllOtherNonOpenProposals(tx.state, proposalId);
  record.finalVotes = votes;
  record.voteFailures = failures;
  if (record.state === "Accepted") {
    try {
      applyProposal(tx, proposalText, proposalId);
    } catch (err) {
      record.state = "Failed";
      record.failure = failureOf("Failed to apply(): ", err);
    }
  }
}

function failIfFailed(record: ProposalRecord): void {
  if (record.state === "Failed") throw internalError(record.failure?.reason ?? "Proposal failed");
}

/** created_at checks (§2.5) against `public:ccf.gov.cose_recent_proposals`, then records the key. */
function checkSubmissionTime(state: SandboxState, createdAt: number, requestDigest: Buffer, proposalId: string, flavour: Flavour): void {
  if (createdAt > MAX_CREATED_AT) throw badRequest("InvalidCreatedAt", "Header parameter created_at value is too large");
  const ts = String(createdAt).padStart(10, "0");
  const key = `${ts}:${requestDigest.toString("hex")}`;
  const keys = Object.keys(state.recentProposals).sort();
  const duplicate = () => {
    if (has(state.recentProposals, key)) {
      throw badRequest("ProposalReplay", `Proposal submission replay, already exists as proposal ${state.recentProposals[key]}`);
    }
  };
  const tooOld = () => {
    if (keys.length > 0) {
      const median = keys[Math.floor(keys.length / 2)]!.split(":")[0]!;
      if (ts < median) throw badRequest("ProposalCreatedTooLongAgo", `Proposal created too long ago, created_at must be greater than ${median}`);
    }
  };
  if (flavour === "new") {
    duplicate();
    tooOld();
  } else {
    tooOld();
    duplicate();
  }
  const window = state.service.config.recentCoseProposalsWindowSize;
  state.recentProposals[key] = proposalId;
  if (keys.length >= window - 1) {
    for (let i = 0; i < keys.length - (window - 1); i++) delete state.recentProposals[keys[i]!];
  }
}

function requireActiveClassic(state: SandboxState, memberId: string): void {
  const m = has(state.members, memberId) ? state.members[memberId] : undefined;
  if (!m || m.status !== "Active") throw forbidden("AuthorizationFailed", `Member ${memberId} is not active.`);
}

// --- proposals ----------------------------------------------------------------------------------------

export interface WriteResult<T> {
  value: T;
  txId: string;
}

/** N6 / C4. Returns the stored proposal record and its id. */
export function createProposal(service: SandboxService, caller: AuthenticatedMember, flavour: Flavour): WriteResult<{ proposalId: string; record: ProposalRecord }> {
  const { result, txId } = service.transact((tx) => {
    const state = tx.state;
    if (flavour === "classic") requireActiveClassic(state, caller.memberId);
    if (state.ledger.root === "") throw internalError("Proposal failed to bind to state.");
    const { proposalId, requestDigest } = proposalIdFor(state.ledger.root, caller.signature);
    if (!state.constitution) throw internalError("No constitution is set - proposals cannot be evaluated");
    const text = Buffer.from(caller.payload).toString("utf8");
    let validation: { valid: boolean; description: string };
    try {
      validation = validateProposal(service, text, state);
    } catch (err) {
      const d = describeError(err);
      throw internalError(`Failed to execute validation: ${d.reason}${d.trace === undefined ? "" : ` ${d.trace}`}`);
    }
    if (!validation.valid) throw badRequest("ProposalFailedToValidate", `Proposal failed to validate: ${validation.description}`);
    if (has(state.proposals, proposalId)) throw internalError("Proposal ID collision.");
    const record: ProposalRecord = {
      proposal: Buffer.from(caller.payload).toString("base64"),
      proposerId: caller.memberId,
      state: "Open",
      ballots: {},
      createdSeqno: tx.seqno,
    };
    state.proposals[proposalId] = record;
    checkSubmissionTime(state, caller.createdAt, requestDigest, proposalId, flavour);
    resolveProposal(tx, proposalId, record, flavour);
    failIfFailed(record);
    return { proposalId, record };
  });
  return { value: result, txId };
}

/** Path-id format check of the new API (`parse_hex_id`: 64 hex chars, either case, kept as sent). */
export function parseHexId(value: string, what: "member" | "proposal" | "node" | "user"): string {
  if (value.length !== 64 || !/^[0-9a-fA-F]*$/.test(value)) {
    throw badRequest("InvalidResourceName", `'${value}' is not a valid hex-encoded ${what} ID`);
  }
  return value;
}

export type BallotResult = { proposalId: string; record: ProposalRecord; changed: boolean };

/** N11 / C9. `memberIdInPath` is the new API's `{memberId}` (already format-checked); classic has none. */
export function submitBallot(
  service: SandboxService,
  caller: AuthenticatedMember,
  proposalId: string,
  memberIdInPath: string | undefined,
  ballotBody: () => unknown,
  flavour: Flavour,
): WriteResult<BallotResult> | { value: BallotResult; txId?: undefined } {
  const state0 = service.state;
  if (flavour === "classic") requireActiveClassic(state0, caller.memberId);
  if (caller.proposalId !== proposalId) throw badRequest("InvalidResourceName", "Authenticated proposal id does not match URL");
  if (flavour === "new" && memberIdInPath !== caller.memberId) {
    throw badRequest("InvalidResourceName", "Authenticated member id does not match URL");
  }
  const existing = has(state0.proposals, proposalId) ? state0.proposals[proposalId] : undefined;
  if (!existing) throw notFound("ProposalNotFound", `Could not find proposal ${proposalId}.`);
  if (existing.state !== "Open") {
    const tail = flavour === "new" ? "" : ".";
    throw badRequest("ProposalNotOpen", `Proposal ${proposalId} is currently in state ${existing.state} - only Open proposals can receive votes${tail}`);
  }
  const memberId = caller.memberId;
  if (flavour === "classic" && has(existing.ballots, memberId)) throw badRequest("VoteAlreadyExists", "Vote already submitted.");
  const params = ballotBody();
  const ballot = params !== null && typeof params === "object" ? (params as Record<string, unknown>).ballot : undefined;
  if (typeof ballot !== "string") {
    if (flavour === "new") throw badRequest("InvalidInput", 'Signed request body is not a JSON object containing required string field "ballot"');
    throw badRequest("InvalidInput", "[json.exception.type_error.302] type must be string, but is " + (ballot === undefined ? "null" : typeof ballot));
  }
  if (!state0.constitution) throw internalError("No constitution is set - ballots cannot be evaluated");
  if (flavour === "new" && has(existing.ballots, memberId)) {
    if (existing.ballots[memberId] === ballot) return { value: { proposalId, record: existing, changed: false } };
    throw badRequest("VoteAlreadyExists", `Different ballot already submitted by ${memberId} for ${proposalId}.`);
  }
  if (flavour === "classic") {
    // Classic compiles the ballot up front (`get_exported_function(params["ballot"], "vote", ...)`).
    compileBallot(ballot, { name: 'body["ballot"]', timeoutMs: service.ballotTimeoutMs });
  }
  const { result, txId } = service.transact((tx) => {
    const record = tx.state.proposals[proposalId]!;
    record.ballots[memberId] = ballot;
    resolveProposal(tx, proposalId, record, flavour);
    failIfFailed(record);
    return { proposalId, record, changed: true };
  });
  return { value: result, txId };
}

/** N10 / C8. Returns undefined for the new API's 204 (unknown proposal). */
export function withdrawProposal(
  service: SandboxService,
  caller: AuthenticatedMember,
  proposalId: string,
  flavour: Flavour,
): WriteResult<{ proposalId: string; record: ProposalRecord }> | { value: { proposalId: string; record: ProposalRecord } | undefined; txId?: undefined } {
  const state0 = service.state;
  if (flavour === "classic") requireActiveClassic(state0, caller.memberId);
  if (caller.proposalId !== proposalId) throw badRequest("InvalidResourceName", "Authenticated proposal id does not match URL");
  const existing = has(state0.proposals, proposalId) ? state0.proposals[proposalId] : undefined;
  if (!existing) {
    if (flavour === "new") return { value: undefined };
    throw badRequest("ProposalNotFound", `Proposal ${proposalId} does not exist.`);
  }
  if (caller.memberId !== existing.proposerId) {
    throw forbidden("AuthorizationFailed", `Proposal ${proposalId} can only be withdrawn by proposer ${existing.proposerId}, not caller ${caller.memberId}.`);
  }
  if (flavour === "new") {
    if (existing.state === "Withdrawn") return { value: { proposalId, record: existing } };
    if (existing.state !== "Open") {
      throw badRequest("ProposalNotOpen", `Proposal ${proposalId} is currently in state ${existing.state} and cannot be withdrawn.`);
    }
  } else if (existing.state !== "Open") {
    throw badRequest("ProposalNotOpen", `Proposal ${proposalId} is currently in state ${existing.state} - only Open proposals can be withdrawn.`);
  }
  const { result, txId } = service.transact((tx) => {
    const record = tx.state.proposals[proposalId]!;
    record.state = "Withdrawn";
    removeAllOtherNonOpenProposals(tx.state, proposalId);
    return { proposalId, record };
  });
  return { value: result, txId };
}

// --- state digests and acks ---------------------------------------------------------------------------

/** N4 / C2: stores the current root as the member's expected digest and returns it. */
export function updateStateDigest(service: SandboxService, memberId: string, flavour: Flavour): WriteResult<string> {
  const { result, txId } = service.transact((tx) => {
    const state = tx.state;
    if (flavour === "classic") {
      if (!has(state.acks, memberId)) throw forbidden("AuthorizationFailed", `No ACK record exists for caller ${memberId}.`);
      if (state.ledger.root !== "") state.acks[memberId]!.stateDigest = state.ledger.root;
      return state.acks[memberId]!.stateDigest ?? "";
    }
    const ack = has(state.acks, memberId) ? state.acks[memberId]! : {};
    if (state.ledger.root === "") throw internalError("Service has no signatures to ack yet - try again soon.");
    ack.stateDigest = state.ledger.root;
    state.acks[memberId] = ack;
    return ack.stateDigest;
  });
  return { value: result, txId };
}

/** N5 / C3: compares the signed digest with the stored one, stores the signed ack, activates the member. */
export function ackStateDigest(service: SandboxService, caller: AuthenticatedMember, memberId: string, body: () => unknown, flavour: Flavour): WriteResult<void> {
  const { txId } = service.transact((tx) => {
    const state = tx.state;
    const ack = has(state.acks, memberId) ? state.acks[memberId]! : undefined;
    if (!ack) {
      throw forbidden("AuthorizationFailed", flavour === "new" ? `No ACK record exists for member ${memberId}.` : `No ACK record exists for caller ${memberId}.`);
    }
    const expected = ack.stateDigest ?? "";
    let actual: unknown;
    if (flavour === "new") {
      let parsed: unknown;
      try {
        parsed = body();
      } catch {
        parsed = undefined;
      }
      actual = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>).stateDigest : undefined;
      if (typeof actual !== "string") {
        throw badRequest("InvalidInput", 'Signed request body is not a JSON object containing required string field "stateDigest"');
      }
      if (actual !== expected) {
        throw badRequest("StateDigestMismatch", `Submitted state digest is not valid.\nExpected\n ${expected}\nReceived\n ${actual}`);
      }
    } else {
      const parsed = body();
      actual = parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>).state_digest : undefined;
      if (typeof actual !== "string") {
        throw badRequest("InvalidInput", "[json.exception.out_of_range.403] key 'state_digest' not found");
      }
      if (actual !== expected) throw badRequest("StateDigestMismatch", "Submitted state digest is not valid.");
      // Classic stores the ack with the root of the latest signature.
      ack.stateDigest = state.ledger.root;
    }
    ack.coseSign1 = Buffer.from(caller.envelope).toString("base64");
    const member = state.members[memberId];
    if (!member) throw internalError(flavour === "new" ? "Error activating member: unknown member" : "Error activating new member: unknown member");
    const wasActive = member.status === "Active";
    member.status = "Active";
    try {
      service.hooks.onMemberActivated(tx, memberId, wasActive);
    } catch (err) {
      if (err instanceof ApiError) throw err;
      // activate_member refused (recovery/hooks.ts: the 255 active recovery member cap).
      if (err instanceof Error && err.name === "MemberActivationError") {
        throw flavour === "new"
          ? internalError(`Error activating member: ${err.message}`)
          : forbidden("AuthorizationFailed", `Error activating new member: ${err.message}`);
      }
      throw internalError(`Error issuing new recovery shares: ${(err as Error).message}`);
    }
  });
  return { value: undefined, txId };
}
