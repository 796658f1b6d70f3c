import { type Signer } from "../cose/index.js";
import type { ApiChoice, ApiFlavour, EncryptedShare, Member, Node, Proposal, ProposalBody, RecoveryShareResult, ServiceInfo, StateDigest, TransactionStatus, Written } from "./model.js";
import { type RetryOptions, type RetryPolicy } from "./retry.js";
import { Transport, type NodeEndpoint, type RequestCounter, type RetryEvent } from "./transport.js";
export interface GovernanceClientOptions {
    /** One or more node URLs (`https://host:port`), or `{ url, servername }` per node. */
    nodes: (string | NodeEndpoint)[];
    /** The service identity certificate: the only trust root for TLS. */
    serviceCertificatePem: string;
    /** Name checked against every node certificate's SANs instead of the URL host (nodes reached by IP). */
    servername?: string;
    /** API flavour; "auto" (default) detects it once per client. */
    api?: ApiChoice;
    retry?: RetryOptions;
    /**
     * Operation deadline in ms: one request with all its retries, failover and redirects (default 60 000).
     * A retry that would start after it is not made.
     */
    timeoutMs?: number;
    /** One request's deadline in ms, covering connect, headers and the whole body (default 30 000, never past `timeoutMs`). */
    requestTimeoutMs?: number;
    /** Largest reply body accepted, in bytes (default 16 MiB); a larger one is abandoned while it streams. */
    maxResponseBytes?: number;
    /** Called before each retry, e.g. to print "retry 2/6 in 4 s after UND_ERR_HEADERS_TIMEOUT". */
    onRetry?: (event: RetryEvent) => void;
    /** CCF major version when known (decides whether `recovery_role` may be sent); otherwise asked from /node/version. */
    ccfVersion?: number;
    /** Called for every HTTP request sent. */
    onRequest?: (info: {
        method: string;
        path: string;
        node: string;
    }) => void;
}
export interface CreatedProposal {
    proposal: Proposal;
    transactionId?: string;
    /** True when an ambiguous failure was resolved by adopting the Open proposal it had created. */
    adopted: boolean;
}
export declare function createGovernanceClient(options: GovernanceClientOptions): GovernanceClient;
/**
 * A governance client for one CCF service. Reads are typed the same across API flavours; writes take a
 * `Signer` and sign their COSE message here, fresh for every proposal attempt.
 */
export declare class GovernanceClient {
    readonly transport: Transport;
    readonly retry: RetryPolicy;
    private readonly options;
    private adapterPromise;
    private resolved;
    private probe;
    private versionPromise;
    /** Proposal actions by proposal id: immutable once proposed, so fetched once per id (bounded, LRU). */
    private readonly actionsCache;
    private readonly http;
    constructor(options: GovernanceClientOptions);
    /** Requests sent so far (redirect hops and retries included), by method. */
    get requests(): RequestCounter;
    resetRequestCount(): void;
    close(): Promise<void>;
    /** The API flavour in use, detected on first use when `api` is "auto". */
    api(): Promise<ApiFlavour>;
    /**
     * The CCF major version when it can be known: the `ccfVersion` option, else /node/version, else 4
     * when auto-detection found only the preview api-version (5.x+ serve 2024-07-01); undefined otherwise.
     */
    ccfVersion(): Promise<number | undefined>;
    listMembers(): Promise<Member[]>;
    getMember(memberId: string): Promise<Member | undefined>;
    getServiceInfo(): Promise<ServiceInfo>;
    /** Open proposals (the new API also lists the most recently completed one). */
    listProposals(): Promise<Proposal[]>;
    getProposal(proposalId: string): Promise<Proposal | undefined>;
    /**
     * The proposal body exactly as it was submitted. A proposal's actions never change, so each id is
     * fetched once per client (the last 1024 ids are kept); an unknown id is asked again.
     */
    getProposalActions(proposalId: string): Promise<Buffer | undefined>;
    private rememberActions;
    getBallot(proposalId: string, memberId: string): Promise<string | undefined>;
    getStateDigest(memberId: string): Promise<StateDigest | undefined>;
    getEncryptedShare(memberId: string): Promise<EncryptedShare | undefined>;
    getTransactionStatus(transactionId: string): Promise<TransactionStatus>;
    /** The live constitution's JavaScript source. */
    getConstitution(): Promise<string>;
    /** Every node the service knows (Pending, Trusted, Retired) with its attestation format. */
    listNodes(): Promise<Node[]>;
    /**
     * The Open proposals whose body equals `body` (same actions and arguments), optionally only those
     * made by `proposerId`. Reads the actions of each Open candidate (in parallel).
     */
    findOpenProposals(body: ProposalBody | string, options?: {
        proposerId?: string;
        among?: Proposal[];
    }): Promise<Proposal[]>;
    /**
     * Polls the transaction status (every `pollMs`, default 50) until Committed; throws on Invalid
     * (rolled back) and after `timeoutMs` (default 60 s).
     */
    waitForCommit(transactionId: string, options?: {
        timeoutMs?: number;
        pollMs?: number;
    }): Promise<TransactionStatus>;
    /**
     * Creates a proposal, never blindly re-sending it. After a connection that dropped once the request
     * was sent, the Open proposals are searched for one by this signer with identical actions (adopted if
     * found); only if there is none is a FRESH message signed (new created_at) and sent. A 503 (the node
     * executed nothing) is retried after Retry-After/backoff, also with a freshly signed message.
     */
    createProposal(signer: Signer, body: ProposalBody | string): Promise<CreatedProposal>;
    /**
     * Submits a ballot (safe to repeat: an identical ballot is accepted again; on the classic API, where a
     * second ballot is always refused, an identical stored ballot counts as success).
     */
    submitBallot(signer: Signer, proposalId: string, ballot: string): Promise<Written<Proposal>>;
    /** Withdraws a proposal; undefined when the node does not know it (204). */
    withdrawProposal(signer: Signer, proposalId: string): Promise<Written<Proposal | undefined>>;
    /** Refreshes this member's stored state digest to the current ledger root and returns it. */
    updateStateDigest(signer: Signer): Promise<Written<StateDigest>>;
    /** Acks `stateDigest` (must equal the stored digest); the member becomes Active. */
    ackStateDigest(signer: Signer, stateDigest: string): Promise<Written<void>>;
    /** Submits a decrypted recovery share (raw bytes; sent base64). */
    submitRecoveryShare(signer: Signer, share: Uint8Array): Promise<Written<RecoveryShareResult>>;
    private adapter;
    /**
     * Tries GET /gov/service/members with api-version 2024-07-01, then 2023-06-01-preview; a 404 means
     * the node only has the classic API. The members answer serves the listMembers calls that were waiting
     * on this detection (so detecting costs no extra request there), and nothing later.
     */
    private detect;
    private read;
    private write;
}
