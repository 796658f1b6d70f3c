export { createGovernanceClient, GovernanceClient, type GovernanceClientOptions, type CreatedProposal } from "./governance-client.js";
export { GovernanceError, TransportError, type TransportFailure } from "./errors.js";
export { Transport, type NodeEndpoint, type HttpRequest, type HttpResponse, type RequestCounter } from "./transport.js";
export { retryPolicy, backoffDelay, parseRetryAfter, type RetryOptions, type RetryPolicy } from "./retry.js";
export * from "./model.js";
