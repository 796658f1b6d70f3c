/**
 * The versioned governance API (`?api-version=`), reference §3.1 (N1–N20). JSON is camelCase.
 * Handlers follow microsoft/CCF src/node/gov/handlers/{service_state,acks,proposals,recovery,transactions}.h.
 */
import { ApiError, badRequest, errorResponse, jsonResponse, notFound, textResponse, type SandboxResponse } from "../http.js";
import type { RequestContext, Route } from "../router.js";
import { API_VERSION_V1 } from "../profile.js";
import { ackStateDigest, createProposal, parseHexId, submitBallot, updateStateDigest, withdrawProposal } from "../governance.js";
import { memberNew, nodeNew, proposalNew, serviceInfoNew } from "../format.js";
import { parseTxId } from "../ledger.js";
import { callerOf, has, signedJson, writeJson, writeNoContent } from "./common.js";
import { submitRecoveryShareFlow } from "./recovery-flow.js";

function pathMemberMatchesSigner(ctx: RequestContext, memberId: string): void {
  const signer = callerOf(ctx).memberId;
  if (signer !== memberId) {
    throw new ApiError(
      400,
      "InvalidAuthenticationInfo",
      `Member ID from path parameter (${memberId}) does not match member ID from body signature (${signer}).`,
    );
  }
}

function signedProposalId(ctx: RequestContext): string {
  const proposalId = parseHexId(ctx.params.proposalId!, "proposal");
  if (callerOf(ctx).proposalId !== proposalId) throw badRequest("InvalidResourceName", "Authenticated proposal id does not match URL");
  return proposalId;
}

const listMembers = (ctx: RequestContext): SandboxResponse =>
  jsonResponse(200, { value: Object.entries(ctx.service.state.members).map(([id, m]) => memberNew(id, m)) });

const getMember = (ctx: RequestContext): SandboxResponse => {
  const id = parseHexId(ctx.params.memberId!, "member");
  const m = ctx.service.state.members;
  if (!has(m, id)) throw notFound("ResourceNotFound", `Member ${id} does not exist.`);
  return jsonResponse(200, memberNew(id, m[id]!));
};

const getStateDigest = (ctx: RequestContext): SandboxResponse => {
  const id = ctx.params.memberId!;
  const acks = ctx.service.state.acks;
  if (!has(acks, id)) throw notFound("ResourceNotFound", `No ACK record exists for member ${id}.`);
  return jsonResponse(200, { memberId: id, stateDigest: acks[id]!.stateDigest ?? "" });
};

const postUpdate = (ctx: RequestContext): SandboxResponse => {
  const id = ctx.params.memberId!;
  pathMemberMatchesSigner(ctx, id);
  const { value, txId } = updateStateDigest(ctx.service, id, "new");
  return writeJson(200, { memberId: id, stateDigest: value }, txId);
};

const postAck = (ctx: RequestContext): SandboxResponse => {
  const id = ctx.params.memberId!;
  pathMemberMatchesSigner(ctx, id);
  const { txId } = ackStateDigest(ctx.service, callerOf(ctx), id, signedJson(ctx), "new");
  return writeNoContent(txId);
};

const postCreate = (ctx: RequestContext): SandboxResponse => {
  const { value, txId } = createProposal(ctx.service, callerOf(ctx), "new");
  return writeJson(200, proposalNew(value.proposalId, value.record, ctx.service.profile.ballotSubmitters), txId);
};

const listProposals = (ctx: RequestContext): SandboxResponse =>
  jsonResponse(200, { value: Object.entries(ctx.service.state.proposals).map(([id, p]) => proposalNew(id, p, ctx.service.profile.ballotSubmitters)) });

const getProposal = (ctx: RequestContext): SandboxResponse => {
  const id = parseHexId(ctx.params.proposalId!, "proposal");
  const p = ctx.service.state.proposals;
  if (!has(p, id)) throw notFound("ProposalNotFound", `Could not find proposal ${id}.`);
  return jsonResponse(200, proposalNew(id, p[id]!, ctx.service.profile.ballotSubmitters));
};

const getActions = (ctx: RequestContext): SandboxResponse => {
  const id = parseHexId(ctx.params.proposalId!, "proposal");
  const p = ctx.service.state.proposals;
  if (!has(p, id)) throw notFound("ProposalNotFound", `Could not find proposal ${id}.`);
  return { status: 200, headers: {}, body: Buffer.from(p[id]!.proposal, "base64") };
};

const postWithdraw = (ctx: RequestContext): SandboxResponse => {
  const id = signedProposalId(ctx);
  const result = withdrawProposal(ctx.service, callerOf(ctx), id, "new");
  if (!result.value) return writeNoContent(undefined);
  return writeJson(200, proposalNew(id, result.value.record, ctx.service.profile.ballotSubmitters), result.txId);
};

const postBallot = (ctx: RequestContext): SandboxResponse => {
  const proposalId = signedProposalId(ctx);
  const memberId = parseHexId(ctx.params.memberId!, "member");
  if (memberId !== callerOf(ctx).memberId) throw badRequest("InvalidResourceName", "Authenticated member id does not match URL");
  const result = submitBallot(ctx.service, callerOf(ctx), proposalId, memberId, signedJson(ctx), "new");
  return writeJson(200, proposalNew(proposalId, result.value.record, ctx.service.profile.ballotSubmitters), result.txId);
};

const getBallot = (ctx: RequestContext): SandboxResponse => {
  const proposalId = parseHexId(ctx.params.proposalId!, "proposal");
  const memberId = parseHexId(ctx.params.memberId!, "member");
  const p = ctx.service.state.proposals;
  if (!has(p, proposalId)) throw notFound("ProposalNotFound", `Proposal ${proposalId} does not exist.`);
  const ballots = p[proposalId]!.ballots;
  if (!has(ballots, memberId)) throw notFound("VoteNotFound", `Member ${memberId} has not voted for proposal ${proposalId}.`);
  return textResponse(200, ballots[memberId]!, "text/javascript");
};

const getEncryptedShare = (ctx: RequestContext): SandboxResponse => {
  const memberId = parseHexId(ctx.params.memberId!, "member");
  const shares = ctx.service.state.recovery.encryptedShares;
  if (!has(shares, memberId)) throw notFound("ResourceNotFound", `Recovery share not found for member ${memberId}.`);
  return jsonResponse(200, { memberId, encryptedShare: shares[memberId] });
};

const postRecover = (ctx: RequestContext): SandboxResponse => {
  const outcome = submitRecoveryShareFlow(
    ctx.service,
    () => {
      const memberId = parseHexId(ctx.params.memberId!, "member");
      // 5.x stored the share under the path id as-is; 6.x+ rejects a path id that is not the signer.
      if (ctx.service.profile.recoverChecksSigner) pathMemberMatchesSigner(ctx, memberId);
      return memberId;
    },
    signedJson(ctx),
  );
  const body: Record<string, unknown> = {
    message: outcome.message,
    submittedCount: outcome.submittedCount,
    recoveryThreshold: outcome.recoveryThreshold,
  };
  if (ctx.service.profile.recoveryRole) body.fullKeySubmitted = outcome.fullKeySubmitted;
  return writeJson(200, body, outcome.txId);
};

const getServiceInfo = (ctx: RequestContext): SandboxResponse => jsonResponse(200, serviceInfoNew(ctx.service.state));

const getConstitution = (ctx: RequestContext): SandboxResponse => {
  const c = ctx.service.state.constitution;
  if (!c) throw notFound("ResourceNotFound", "Constitution not found");
  return textResponse(200, c, "text/javascript");
};

const listNodes = (ctx: RequestContext): SandboxResponse => jsonResponse(200, { value: ctx.service.state.nodes.map(nodeNew) });

const getNode = (ctx: RequestContext): SandboxResponse => {
  const id = parseHexId(ctx.params.nodeId!, "node");
  const node = ctx.service.state.nodes.find((n) => n.nodeId === id);
  if (!node) throw notFound("ResourceNotFound", `Node ${id} does not exist.`);
  return jsonResponse(200, nodeNew(node));
};

const getTransaction = (ctx: RequestContext): SandboxResponse => {
  const text = decodeURIComponent(ctx.params.transactionId!);
  const id = parseTxId(text);
  if (!id) {
    throw badRequest(
      "InvalidQueryParameterValue",
      `The value '${text}' passed as parameter 'transactionId' could not be converted to a valid Transaction ID.`,
    );
  }
  return jsonResponse(200, { status: ctx.service.txStatus(id.view, id.seqno), transactionId: `${id.view}.${id.seqno}` });
};

const getCommit = (ctx: RequestContext): SandboxResponse => {
  const view = ctx.service.state.ledger.view;
  const seqno = ctx.service.durableSeqno;
  return jsonResponse(200, { status: ctx.service.txStatus(view, seqno), transactionId: `${view}.${seqno}` });
};

const emptyList = (): SandboxResponse => jsonResponse(200, { value: [] });

const getUser = (ctx: RequestContext): SandboxResponse => {
  const id = parseHexId(ctx.params.userId!, "user");
  return errorResponse(404, "ResourceNotFound", `User ${id} does not exist.`);
};

/** The new-API route table. */
export function newApiRoutes(): Route[] {
  const r = (method: string, path: string, handler: Route["handler"], extra: Partial<Route> = {}): Route => ({
    method,
    path,
    api: "new",
    handler,
    ...extra,
  });
  return [
    r("GET", "/gov/service/members", listMembers),
    r("GET", "/gov/service/members/{memberId}", getMember),
    r("GET", "/gov/members/state-digests/{memberId}", getStateDigest),
    r("POST", "/gov/members/state-digests/{memberId}:update", postUpdate, { write: true, auth: { msgType: "state_digest", policy: "member_cose_sign1" } }),
    r("POST", "/gov/members/state-digests/{memberId}:ack", postAck, { write: true, auth: { msgType: "ack", policy: "member_cose_sign1" } }),
    r("POST", "/gov/members/proposals:create", postCreate, { write: true, auth: { msgType: "proposal", policy: "active_member_cose_sign1" } }),
    r("GET", "/gov/members/proposals", listProposals),
    r("GET", "/gov/members/proposals/{proposalId}", getProposal),
    r("GET", "/gov/members/proposals/{proposalId}/actions", getActions),
    r("POST", "/gov/members/proposals/{proposalId}:withdraw", postWithdraw, { write: true, auth: { msgType: "withdrawal", policy: "active_member_cose_sign1" } }),
    r("POST", "/gov/members/proposals/{proposalId}/ballots/{memberId}:submit", postBallot, { write: true, auth: { msgType: "ballot", policy: "active_member_cose_sign1" } }),
    r("GET", "/gov/members/proposals/{proposalId}/ballots/{memberId}", getBallot),
    r("GET", "/gov/recovery/encrypted-shares/{memberId}", getEncryptedShare),
    r("POST", "/gov/recovery/members/{memberId}:recover", postRecover, { write: true, auth: { msgType: "recovery_share", policy: "active_member_cose_sign1" } }),
    r("GET", "/gov/service/info", getServiceInfo),
    r("GET", "/gov/service/constitution", getConstitution),
    r("GET", "/gov/service/nodes", listNodes),
    r("GET", "/gov/service/nodes/{nodeId}", getNode),
    r("GET", "/gov/service/transactions/{transactionId}", getTransaction, { command: true }),
    r("GET", "/gov/service/transactions/commit", getCommit, { command: true }),
    r("GET", "/gov/service/users", emptyList),
    r("GET", "/gov/service/users/{userId}", getUser),
    r("GET", "/gov/service/join-policy", () => jsonResponse(200, { snp: { measurements: [], hostData: {}, uvmEndorsements: {} }, sgx: { measurements: [] } })),
    r("GET", "/gov/service/jwk", () => jsonResponse(200, { issuers: {}, keys: {} })),
    r("GET", "/gov/service/javascript-app", () => jsonResponse(200, { endpoints: {} }), { minApiVersion: API_VERSION_V1 }),
    r("GET", "/gov/service/javascript-modules", () => jsonResponse(200, { value: [] }), { minApiVersion: API_VERSION_V1 }),
  ];
}
