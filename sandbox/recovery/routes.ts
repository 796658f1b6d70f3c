/**
 * Recovery share endpoints (reference §3 N13/N14, C11–C13; microsoft/CCF
 * src/node/gov/handlers/recovery.h and src/node/rpc/member_frontend.h, 5.x/6.x generations).
 *
 *   N13 GET  /gov/recovery/encrypted-shares/{memberId}          → {"memberId","encryptedShare"}
 *   N14 POST /gov/recovery/members/{memberId}:recover           → {"message","submittedCount","recoveryThreshold"[,"fullKeySubmitted"]}
 *   C11 GET  /gov/recovery_share (cert or COSE on a GET)        → {"encrypted_share"}
 *   C12 GET  /gov/encrypted_recovery_share/{member_id}          → {"encrypted_share"}
 *   C13 POST /gov/recovery_share                                → {"message"}
 *
 * Once the threshold is reached (or an owner's full key arrives, 6.x+) the handler reassembles the
 * wrapping key and unwraps the ledger secret inside the same transaction ("initiate private recovery");
 * a failure clears the submitted shares, commits that, and answers 500 "Failed to initiate private
 * recovery.". On success the private recovery runs in the background (NodeAlreadyRecovering meanwhile)
 * and then opens the service with fresh shares (see disaster.ts `completePrivateRecovery`).
 */
import type { Route, RequestContext } from "../router.js";
import { ApiError, badRequest, forbidden, jsonResponse, notFound, type SandboxResponse } from "../http.js";
import type { SandboxState } from "../state.js";
import type { WriteTx } from "../service.js";
import { isFullKey, recoverLedgerSecret } from "./shares.js";

const HEX64 = /^[0-9a-fA-F]{64}$/;

/** CCF `try_parse_member_id`: 64 hex chars, else 400 InvalidResourceName. The id is kept as written. */
export function parseMemberIdParam(value: string | undefined): string {
  const raw = value ?? "";
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // keep raw
  }
  if (!HEX64.test(text)) throw badRequest("InvalidResourceName", `'${text}' is not a valid hex-encoded member ID`);
  return text;
}

function encryptedShareOf(state: SandboxState, memberId: string): string | undefined {
  const shares = state.recovery.encryptedShares ?? {};
  return Object.prototype.hasOwnProperty.call(shares, memberId) ? shares[memberId] : undefined;
}

function shareNotFound(memberId: string): ApiError {
  return notFound("ResourceNotFound", `Recovery share not found for member ${memberId}.`);
}

/** nlohmann-style failure for a body without a string `share` (escapes the handler → 400 InvalidInput). */
function readShareParam(payload: Uint8Array): string {
  let params: unknown;
  try {
    params = JSON.parse(Buffer.from(payload).toString("utf8"));
  } catch (err) {
    throw badRequest("InvalidInput", `[json.exception.parse_error.101] parse error: ${(err as Error).message}`);
  }
  const share = (params as Record<string, unknown> | null)?.["share"];
  if (typeof share !== "string") {
    const kind = share === undefined || share === null ? "null" : Array.isArray(share) ? "array" : typeof share;
    throw badRequest("InvalidInput", `[json.exception.type_error.302] type must be string, but is ${kind}`);
  }
  return share;
}

export interface SubmissionOutcome {
  message: string;
  submittedCount: number;
  recoveryThreshold: number;
  fullKeySubmitted: boolean;
  /** True when this submission reached the threshold and private recovery started. */
  initiated: boolean;
}

/** The part of N14/C13 after the flavour-specific checks; runs inside the write transaction. */
function submitShare(tx: WriteTx, memberId: string, shareB64: string, fullKeysSupported: boolean): SubmissionOutcome {
  const state = tx.state;
  const raw = Buffer.from(shareB64, "base64");
  const submitted = { ...(state.recovery.submittedShares ?? {}) };
  submitted[memberId] = raw.toString("base64");
  state.recovery.submittedShares = submitted;
  const count = Object.keys(submitted).length;
  const fullKeySubmitted = fullKeysSupported && isFullKey(raw);
  raw.fill(0);
  const threshold = state.service.config.recoveryThreshold;
  let message = fullKeySubmitted
    ? "Full recovery key successfully submitted"
    : `${count}/${threshold} recovery shares successfully submitted`;
  let initiated = false;
  if (count >= threshold || fullKeySubmitted) {
    message += "\nEnd of recovery procedure initiated";
    try {
      const wrapped = Buffer.from(String(state.recovery.wrappedLedgerSecret ?? ""), "base64");
      const shares = Object.keys(submitted)
        .sort()
        .map((id) => Buffer.from(submitted[id]!, "base64"));
      const secret = recoverLedgerSecret(shares, threshold, wrapped);
      state.recovery.ledgerSecret = secret.toString("base64");
      state.recovery.privateRecoveryInProgress = true;
      initiated = true;
    } catch {
      // Clear the submitted shares so that members can start over; that clearing is committed.
      state.recovery.submittedShares = {};
      tx.commitOnError = true;
      throw new ApiError(500, "InternalError", "Failed to initiate private recovery.");
    }
  }
  return { message, submittedCount: count, recoveryThreshold: threshold, fullKeySubmitted, initiated };
}

function checkWaiting(state: SandboxState): void {
  if (state.service.status !== "WaitingForRecoveryShares") {
    throw forbidden("ServiceNotWaitingForRecoveryShares", "Service is not waiting for recovery shares.");
  }
  if (state.recovery.privateRecoveryInProgress === true) {
    throw forbidden("NodeAlreadyRecovering", "Node is already recovering private ledger.");
  }
}

export interface RecoveryRouteOptions {
  /** Called after a submission that started private recovery has committed. */
  onRecoveryInitiated: (ctx: RequestContext) => void;
}

function withTxHeader(response: SandboxResponse, txId: string): SandboxResponse {
  return { ...response, headers: { ...response.headers, "x-ms-ccf-transaction-id": txId } };
}

/** Runs `fn` as a write transaction; an ApiError thrown after `commitOnError` still commits (CCF set_apply_writes). */
function transactResponse(ctx: RequestContext, fn: (tx: WriteTx) => SandboxResponse): SandboxResponse {
  const { result, txId } = ctx.service.transact(fn);
  return withTxHeader(result, txId);
}

export function recoveryRoutes(options: RecoveryRouteOptions): { newApi: Route[]; classic: Route[] } {
  const newApi: Route[] = [
    {
      method: "GET",
      path: "/gov/recovery/encrypted-shares/{memberId}",
      api: "new",
      handler: (ctx) => {
        const memberId = parseMemberIdParam(ctx.params["memberId"]);
        const share = encryptedShareOf(ctx.service.state, memberId);
        if (share === undefined) throw shareNotFound(memberId);
        return jsonResponse(200, { memberId, encryptedShare: share });
      },
    },
    {
      method: "POST",
      path: "/gov/recovery/members/{memberId}:recover",
      api: "new",
      write: true,
      auth: { msgType: "recovery_share", policy: "active_member_cose_sign1" },
      handler: (ctx) => {
        const profile = ctx.service.profile;
        let outcome: SubmissionOutcome | undefined;
        const response = transactResponse(ctx, (tx) => {
          checkWaiting(tx.state);
          const memberId = parseMemberIdParam(ctx.params["memberId"]);
          const caller = ctx.caller!;
          const share = readShareParam(caller.payload);
          if (profile.recoverChecksSigner && caller.memberId !== memberId) {
            throw badRequest(
              "InvalidAuthenticationInfo",
              `Member ID from path parameter (${memberId}) does not match member ID from body signature (${caller.memberId}).`,
            );
          }
          // 5.x stores the share under the path's member id without comparing it to the signer.
          outcome = submitShare(tx, memberId, share, profile.recoveryRole);
          const body: Record<string, unknown> = {
            message: outcome.message,
            submittedCount: outcome.submittedCount,
            recoveryThreshold: outcome.recoveryThreshold,
          };
          if (profile.recoveryRole) body["fullKeySubmitted"] = outcome.fullKeySubmitted;
          return jsonResponse(200, body);
        });
        if (outcome?.initiated) options.onRecoveryInitiated(ctx);
        return response;
      },
    },
  ];

  const classic: Route[] = [
    {
      method: "GET",
      path: "/gov/recovery_share",
      api: "classic",
      auth: { msgType: "encrypted_recovery_share", policy: "member_cose_sign1", allowMemberCert: true },
      handler: (ctx) => {
        const memberId = ctx.caller!.memberId;
        const member = ctx.service.state.members[memberId];
        if (!member) throw forbidden("AuthorizationFailed", "Member is unknown.");
        if (member.status !== "Active") throw forbidden("AuthorizationFailed", "Only active members are given recovery shares.");
        const share = encryptedShareOf(ctx.service.state, memberId);
        if (share === undefined) throw shareNotFound(memberId);
        return jsonResponse(200, { encrypted_share: share });
      },
    },
    {
      method: "GET",
      path: "/gov/encrypted_recovery_share/{member_id}",
      api: "classic",
      handler: (ctx) => {
        const memberId = parseMemberIdParam(ctx.params["member_id"]);
        const share = encryptedShareOf(ctx.service.state, memberId);
        if (share === undefined) throw shareNotFound(memberId);
        return jsonResponse(200, { encrypted_share: share });
      },
    },
    {
      method: "POST",
      path: "/gov/recovery_share",
      api: "classic",
      write: true,
      auth: { msgType: "recovery_share", policy: "member_cose_sign1", allowMemberCert: true },
      handler: (ctx) => {
        let outcome: SubmissionOutcome | undefined;
        const response = transactResponse(ctx, (tx) => {
          const memberId = ctx.caller!.memberId;
          const member = tx.state.members[memberId];
          if (!member) throw forbidden("AuthorizationFailed", "Member is unknown.");
          if (member.status !== "Active") throw forbidden("AuthorizationFailed", "Member is not active.");
          const share = readShareParam(ctx.caller!.payload);
          checkWaiting(tx.state);
          outcome = submitShare(tx, memberId, share, ctx.service.profile.recoveryRole);
          return jsonResponse(200, { message: outcome.message });
        });
        if (outcome?.initiated) options.onRecoveryInitiated(ctx);
        return response;
      },
    },
  ];
  return { newApi, classic };
}
