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
 * Errors: `GovernanceError` (code CCF_ERROR: status, ccfCode, ccfMessage, method, path, node) and
 * `TransportError` (code TRANSPORT: failure "not-sent" | "maybe-sent" | "tls"); never a request body.
 */
export { createGovernanceClient, GovernanceClient, type GovernanceClientOptions, type CreatedProposal } from "./governance-client.js";
export { GovernanceError, TransportError, type TransportFailure } from "./errors.js";
export { Transport, type NodeEndpoint, type HttpRequest, type HttpResponse, type RequestCounter } from "./transport.js";
export { retryPolicy, backoffDelay, parseRetryAfter, type RetryOptions, type RetryPolicy } from "./retry.js";
export { nodeOrigin, parseApiChoice } from "./connection-inputs.js";
export * from "./model.js";
