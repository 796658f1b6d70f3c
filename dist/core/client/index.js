/**
 * The governance client: one CCF service, one or more nodes, pinned TLS, one typed model across API
 * flavours.
 *
 * ```ts
 * const client = createGovernanceClient({ nodes: ["https://10.0.0.4:8080"], servername: "ccf.example",
 *   serviceCertificatePem, api: "auto" });
 * const members = await client.listMembers();          // Member[] whatever the flavour
 * const { proposal } = await client.createProposal(signer, proposalBody(setMemberAction({ certificatePem })));
 * await client.submitBallot(voter, proposal.proposalId, APPROVE_BALLOT);
 * client.requests;                                      // { total, byMethod: { GET, POST } }
 * await client.close();
 * ```
 * Errors: `GovernanceError` (code CCF_ERROR: status, ccfCode, ccfMessage, method, path, node),
 * `TransportError` (code TRANSPORT: failure "not-sent" | "maybe-sent" | "tls"; timeouts included) and
 * `NodeReplyError` (code NODE_REPLY: a reply that is not JSON, lacks or mistypes a field, exceeds the
 * response cap, or redirects out of the service); each names node, method and path, never a request body.
 * Bounds (DEFAULT_LIMITS): 16 MiB per reply, 30 s per request (headers and whole body), 60 s per
 * operation (retries included), 5 retries; options `maxResponseBytes`, `requestTimeoutMs`, `timeoutMs`,
 * `retry.retries`.
 */
export { createGovernanceClient, GovernanceClient } from "./governance-client.js";
export { GovernanceError, NodeReplyError, TransportError, formatSeconds } from "./errors.js";
export { Transport, DEFAULT_LIMITS } from "./transport.js";
export { retryPolicy, backoffDelay, parseRetryAfter } from "./retry.js";
export { nodeOrigin, parseApiChoice, parseDuration } from "./connection-inputs.js";
export * from "./model.js";
